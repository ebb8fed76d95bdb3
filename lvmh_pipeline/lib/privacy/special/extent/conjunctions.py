"""A conjunction inside an Art. 9 span stays readable: the span splits around it.

Attached words, cues and roles join a span over the lexicon's connectors, and the connectors hold
the conjunctions too, so a qualifier after "and" used to take the conjunction into one span with
the fact before it: "asthma and chronic bronchitis", "diabete e una grave artrite", "union delegate
and a Unite member", "Catholic and very devout". The conjunction (and the article right after it)
is no part of either fact: :func:`split_conjunctions` cuts the span there into two spans of its kind
("[asthma] and [chronic bronchitis]", "[union delegate] and a [Unite member]"), each still
redacted whole, so a gold span written over both facts is still mostly covered.

Only conjunctions that are no other word in another language of the notes are read ("and", "und",
"et", "y", "e", "и" …; not "o", "u", "of"); the Dutch "en", which is "in" in French and Spanish, only
in a span that holds a word only Dutch writes ("[geopereerd aan z'n heup] en [loopt met een rollator]");
alphabetic words only (a glued Arabic "و" and CJK characters are parts of words too: "共和党").
A side with no word of three letters beside the articles, prepositions and frame words of
:mod:`.words` does not split off ("has and had gout" stays one span).
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.common.text import is_dense_char
from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.special.edges import ARTICLES, PREPOSITIONS
from lvmh_pipeline.lib.privacy.special.extent.words import extent_words, word_key

__all__ = ["CONJUNCTIONS", "split_conjunctions"]

CONJUNCTIONS = frozenset("and or nor und oder sowie et ou ni y e ed né nem и или либо".split())
# articles and determiners right after a conjunction stay with it ("and a", "e una", "und die")
_AFTER = ARTICLES | frozenset("a the der die das den dem des ein eine einen einem einer".split())
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
# words only Dutch writes among the notes' languages: with one of them in the span, "en" is "and"
_DUTCH = frozenset("een het z'n zijn haar heeft hebben aan naar bij geen niet loopt gebruikt sinds".split())


def _holds_word(words: list[re.Match]) -> bool:
    """A word of three letters or more that is no article, preposition or frame word (a verb of
    having or being: "has and had gout" is one fact)."""
    frame = extent_words()
    return any(len(w.group()) >= 3 and w.group().casefold() not in _AFTER | PREPOSITIONS
               and word_key(w.group()) not in frame.verbs | frame.frame for w in words)


def _pieces(text: str, span: PiiSpan) -> list[PiiSpan]:
    words = list(_WORD.finditer(text, span.start, span.end))
    conjunctions = CONJUNCTIONS | ({"en"} if any(w.group().casefold() in _DUTCH for w in words) else set())
    out, first = [], 0
    i = 1
    while i < len(words) - 1:
        word = words[i]
        if (word.group().casefold() not in conjunctions or not word.group().islower()
                or any(is_dense_char(c) for c in word.group())
                or text[words[i - 1].end() : word.start()].strip(" \t,") or text[word.end() : words[i + 1].start()].strip(" \t")):
            i += 1
            continue
        after = i + 1
        while after < len(words) - 1 and words[after].group().casefold() in _AFTER and words[after].group().islower():
            after += 1
        if not (_holds_word(words[first:i]) and _holds_word(words[after:])):
            i += 1
            continue
        out.append(PiiSpan(words[first].start(), words[i - 1].end(), span.kind))
        first, i = after, after + 1
    if not out:
        return [span]
    out.append(PiiSpan(words[first].start(), span.end, span.kind))
    if out[0].start != span.start:
        out[0] = PiiSpan(span.start, out[0].end, span.kind)
    return out


def split_conjunctions(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` (sorted, non-overlapping, original offsets) cut at the conjunctions inside them."""
    out: list[PiiSpan] = []
    for span in spans:
        out.extend(_pieces(text, span))
    return out
