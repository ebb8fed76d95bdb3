"""Which hits of a note are negated (:func:`negation_flags`), and whether the rest of a hit's
clause denies it (:func:`post_denied`). A note without any negator is answered at once (one
pass of :class:`~lvmh_pipeline.lib.common.literals.Words` over it).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from lvmh_pipeline.lib.common.text import NormalizedText
from lvmh_pipeline.lib.concepts.negation.cues import _CONCORD_FIRST, _NE, _cue_words, _cues, post_leads
from lvmh_pipeline.lib.concepts.negation.dense import _dense_negated
from lvmh_pipeline.lib.concepts.negation.topic_lists import over_restriction_words
from lvmh_pipeline.lib.concepts.negation.scope import (
    _TOKEN, MAX_CHARS_BACK, SAID_STEMS, Scope, _post_negated, _pre_negated, said_before,
)

__all__ = ["negation_flags", "post_denied"]


def negation_flags(nt: NormalizedText, spans: Sequence[Sequence[int]], language: str | None) -> list[bool]:
    """For each hit span (folded coordinates, all hits of the note), whether it is negated.
    A span is any sequence whose first two items are start and end (matcher tuples work)."""
    if not spans:
        return []
    lang = (language or "").upper()
    pre, post, post_first, dense_pre, dense_post, pairs = _cues(lang)
    folded = nt.folded
    found = _cue_words(lang).found(folded)  # (start, word): the note's words among the cues
    words = {word for _, word in found}
    pre_words = words & pre
    if pairs:  # the second word of a two-word negator ("nothing | with") counts only after its first
        pre_words = {word for word in pre_words if word not in pairs or not words.isdisjoint(pairs[word])}
    if "plus" in words and not words.isdisjoint(_NE):
        pre_words.add("plus")  # "ne mange plus de porc"
    post_words = words & post_first
    has_dense = bool(dense_pre or dense_post) and any(c in folded for c in dense_pre + dense_post)
    if not pre_words and not post_words and not has_dense:
        return [False] * len(spans)  # no negator anywhere in the note
    spans = over_restriction_words(nt, spans)  # "Allergies/restrictions: none": the negator answers the list
    cue_starts = [start for start, word in found if word in pre_words]
    post_ends = set()  # ends of the words right before a post-negator ("allergies: none")
    said = bool(post_words) and SAID_STEMS.any_in(folded)  # "Аллергий, говорит, нет"
    leads = post_leads(lang) if post_words else {}
    for position in [start for start, word in found
                     if word in post_words and (word not in leads or _completes(folded, start, word, leads))]:
        while position > 0 and folded[position - 1] == " ":
            position -= 1
        post_ends.add(position)
        before_said = said_before(folded, position) if said else None
        if before_said is not None:
            post_ends.add(before_said)
    scope = Scope(nt, spans)
    flags = []
    for own, span in enumerate(spans):
        start, end = span[0], span[1]
        cue_before = False  # a pre-negator close enough before the hit
        if cue_starts:
            j = bisect_right(cue_starts, start - 1) - 1
            cue_before = j >= 0 and start - cue_starts[j] <= MAX_CHARS_BACK
        if pairs and cue_starts and folded.startswith(tuple(pairs), start):
            first = _TOKEN.match(folded, start)
            previous = folded[max(0, start - 12) : start].split()[-1:]
            if first is not None and first.group() in pairs and first.end() <= end and previous \
                    and previous[0] in pairs[first.group()]:
                flags.append(True)  # "ما عنده سكري": the alias holds the negator's second word
                continue
        if pairs and cue_starts and start > 0 and folded[start - 1] != " ":
            # the alias starts inside a word ("ما تتحسس" holds "تحسس"): the whole word may end a two-word negator
            token_start = folded.rfind(" ", 0, start) + 1
            whole = _TOKEN.match(folded, token_start)
            previous = folded[max(0, token_start - 12) : token_start].split()[-1:]
            if whole is not None and whole.group() in pairs and previous and previous[0] in pairs[whole.group()]:
                flags.append(True)
                continue
        if not cue_before and not has_dense and end not in post_ends:
            flags.append(False)  # no negator can reach the hit
            continue
        first = _TOKEN.match(folded, start)
        if first is not None and first.end() <= end and (
            ((token := first.group()) in pre and token not in pairs) or token in _CONCORD_FIRST
        ):  # (not the second word of a two-word negator: "ما | عنده سكر" negates the alias)
            flags.append(False)  # a negative phrase: "no toma nada de alcohol", "ما تشرب كحول أبداً"
            continue
        negated = cue_before and _pre_negated(scope, own, pre, pairs)
        if not negated and end in post_ends:
            negated = _post_negated(scope, own, post, post_first)
        if not negated and has_dense:
            negated = _dense_negated(scope, own, dense_pre, dense_post)
        flags.append(negated)
    return flags


def _completes(folded: str, start: int, word: str, leads: dict[str, frozenset[str]]) -> bool:
    """The short post-negator lead ``word`` at ``start`` ("to", "a") is followed by a word that
    completes one of its phrases ("to nothing", "a nada")."""
    after = folded[start + len(word) : start + len(word) + 24].split(maxsplit=1)
    return bool(after) and after[0] in leads[word]


def post_denied(nt: NormalizedText, spans: Sequence[Sequence[int]], own: int, language: str | None) -> bool:
    """The rest of the clause of hit ``own`` is a post-negator: it denies, it does not avoid
    ("Аллергии на кошек нет", "nuts: none", "Nüsse — nein")."""
    _, post, post_first, _, _, _ = _cues((language or "").upper())
    return _post_negated(Scope(nt, spans), own, post, post_first)
