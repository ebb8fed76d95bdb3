"""An Arabic name goes on with the father's or the family name, and many of those are ordinary
words too: adjectives and nouns ("سالم" safe, "صالح" good, "سعيد" happy, "كريم" generous, "منصور"
victorious). After a name found, such a word is the next part of the name when the lexicon knows
it as a name and nothing shows it is used as the word: no feminine ending (a man's name passes
to his children: "ريم سالم", never "ريم سالمة"), no adverb of degree after it ("سعيد جدا"), no
"with the …" phrase after it ("سعيد بالهدية": happy with the gift)."""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.person_names import person_names
from lvmh_pipeline.lib.privacy.names.scripts.arabic.shapes import _PHRASE_GIVEN

__all__ = ["arabic_word_surnames", "used_as_word"]

_LETTER = "\u0621-\u064a"
_NEXT_WORD = re.compile(rf"[ \t]+([{_LETTER}]+)(?![{_LETTER}])")
_ARABIC_END = re.compile(rf"[{_LETTER}]$")
# adverbs of degree and of manner that make the word before them an adjective ("كريم جدا")
_DEGREE = frozenset("جدا جداً جدًا كثير كتير وايد واجد مره مرة مرا بزاف خالص أوي اوي للغاية دايما دائما".split())
# words of a clause that an adjective opens ("سعيد لأن …": happy because …)
_CLAUSE = frozenset("لأن لان لانه لأنه عشان علشان إن ان انه إنه عن على".split())
# words the lexicon lists as names that are mostly said as words after a name
_NOT_AFTER_NAME = frozenset("الله اليوم أمس امس بكرة بكره".split())
_MAX_WORDS = 4


def _name_word(word: str) -> bool:
    lexicon = person_names()
    return (
        (word in lexicon.given or word in lexicon.surnames)
        and len(word) >= 3
        and not word.endswith(("ة", "ه"))
        and word not in _NOT_AFTER_NAME
        and word not in _PHRASE_GIVEN  # "الهاملي أمل كبير": hope, a woman's name, never a father's
    )


def used_as_word(text: str, end: int) -> bool:
    """Does the word ending at ``end`` stand as an adjective: a degree, a clause or "with the …" after it?"""
    m = _NEXT_WORD.match(text, end)
    if not m:
        return False
    after = m.group(1)
    return after in _DEGREE or after in _CLAUSE or after.startswith(("بال", "لل"))


def arabic_word_surnames(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` with the father's or family names that are words too taken in (see the module)."""
    starts = {s.start for s in spans}
    out = []
    for span in spans:
        end = span.end
        words = len(text[span.start : end].split())
        while words < _MAX_WORDS and _ARABIC_END.search(text, span.start, end):
            m = _NEXT_WORD.match(text, end)
            if not m or m.start(1) in starts or not _name_word(m.group(1)) or used_as_word(text, m.end()):
                break
            end, words = m.end(), words + 1
        out.append(span if end == span.end else PiiSpan(span.start, end, span.kind))
    return out
