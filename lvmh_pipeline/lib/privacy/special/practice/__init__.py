"""How often a faith is practised, written with a place of worship as a telegraphic item.

:func:`periods_after` (after the spans are grouped, folded offsets): a place or act of worship
that is a contextual word ("temple", "mosque", "church", "synagogue") followed, past spaces only,
by a period of practice of the lexicon's ``periodic`` list, the two together the whole item of a
telegraphic list, is a practice when a term of the faith stands in the same sentence within the
cue window ("very devout, temple every morning", "Observant Jew, synagogue on Saturdays"). Apart
from such a term ("Temple every morning, then the shop") or inside a longer clause ("the cross
every day looks heavy") the words stay readable. A period after a span that is already a practice
("goes to church every Sunday") is not joined to it: the note writers of both held-out sets and
of the dev notes mostly leave it out of the fact (measured in session 28: joining it raised
over-redaction in English and Arabic), and :func:`special.spans.reach_back` handles a period
written before the practice.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.common.text import NormalizedText
from lvmh_pipeline.lib.privacy.special.lexicon import CTX, PERIODIC, SPECIAL_KINDS, TERM, Lexicon

__all__ = ["periods_after"]

_RELIGION = SPECIAL_KINDS.index("RELIGION")
_SPACES = re.compile(r"[ \t]+")
_ITEM_EDGE = re.compile(r"[ \t]*(?:$|[.;:!?,()\n\u2013\u2014\-/。！？；：、，؛؟،])")
_SENTENCE = re.compile(r"[.;!?\n。！？；؛؟]")


def _gap(nt: NormalizedText, start: int, end: int) -> str:
    o_start, o_end = nt.to_original(start, end) if end > start else (0, 0)
    return nt.original[o_start:o_end]


def _next_period(nt: NormalizedText, periods: list[tuple], end: int) -> tuple | None:
    for period in periods:
        if period[0] > end and _SPACES.fullmatch(_gap(nt, end, period[0])):
            return period
    return None


def _item_alone(nt: NormalizedText, start: int, end: int) -> bool:
    """Nothing but the words from ``start`` to ``end`` between two punctuation marks."""
    o_start, o_end = nt.to_original(start, end)
    before = nt.original[:o_start].rstrip(" \t")
    return (not before or _ITEM_EDGE.fullmatch(before[-1]) is not None) and _ITEM_EDGE.match(
        nt.original, o_end) is not None


def _faith_near(nt: NormalizedText, lex: Lexicon, terms: list, start: int, end: int) -> bool:
    for t_start, t_end in terms:
        left, right = (t_end, start) if t_end <= start else (end, t_start) if t_start >= end else (0, 0)
        if right - left <= lex.window and not _SENTENCE.search(_gap(nt, left, right)):
            return True
    return False


def periods_after(nt: NormalizedText, lex: Lexicon, hits: list[tuple], spans: list[list]) -> None:
    """Make a contextual place of worship with the period after it a RELIGION span when it is a
    telegraphic item beside a term of the faith (see the module doc)."""
    periods = sorted((h for h in hits if h[3] == PERIODIC and h[2] == _RELIGION), key=lambda h: h[0])
    if not periods:
        return
    terms = [(s[0], s[1]) for s in spans if s[2] == _RELIGION] + [
        (h[0], h[1]) for h in hits if h[3] == TERM and h[2] == _RELIGION]
    for hit in hits:
        if hit[3] != CTX or hit[2] != _RELIGION or any(s[0] < hit[1] and hit[0] < s[1] for s in spans):
            continue
        period = _next_period(nt, periods, hit[1])
        if (period and _item_alone(nt, hit[0], period[1]) and _faith_near(nt, lex, terms, hit[0], period[1])
                and not any(s[0] < period[1] and period[0] < s[1] for s in spans)):
            spans.append([hit[0], period[1], _RELIGION, True, True])
    spans.sort(key=lambda s: s[0])
