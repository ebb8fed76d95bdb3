"""Spans left hollow between redaction tokens: no word of a fact in them.

A span found over a stretch that names people ("со своим партнёром, с Гошей, ну, с Георгием") is cut
around their [NAME] tokens on the way back to the original text; the pieces between two
tokens may then hold only a preposition, a filler or a conjunction ("с", "ну, с"). Such a
piece says nothing (the fact is in the piece that holds the term) and stays readable. Only words of
the lexicon's ``fillers``, ``connectors`` and ``conjunctions`` of one to three letters count as
hollow, and only as written in lower case, so a short term or a party letter ("MS", "PD", "(D)") always stays. A hollow word that ends a span after a comma opens
the next piece and leaves the span too ("своим партнёром[, с]").
"""

from __future__ import annotations

import re
from functools import lru_cache

from lvmh_pipeline.lib.common.text import fold
from lvmh_pipeline.lib.privacy.spans import PiiSpan

__all__ = ["drop_hollow"]

_WORD = re.compile(r"[^\W\d_]+")
_MAX_LETTERS = 3  # a hollow piece's words are this short at most


@lru_cache(maxsize=1)
def _hollow_words() -> frozenset[str]:
    from lvmh_pipeline.lib.privacy.special.lexicon import load_lexicon

    doc = load_lexicon()
    words = {fold(w).strip() for key in ("fillers", "connectors", "conjunctions")
             for ws in doc.get(key, {}).values() for w in ws}
    return frozenset(w for w in words if w and len(w) <= _MAX_LETTERS and " " not in w)


def drop_hollow(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` without the ones whose every word is a short filler, connector or conjunction."""
    if not spans:
        return spans
    words = _hollow_words()
    kept = []
    for span in spans:
        found = _WORD.findall(text[span.start : span.end])
        if found and len(found) <= 3 and all(w.islower() and fold(w).strip() in words for w in found):
            continue
        kept.append(_trimmed(text, span, words))
    return kept


def _trimmed(text: str, span: PiiSpan, words: frozenset[str]) -> PiiSpan:
    """``span`` without a hollow tail after a comma ("своим партнёром[, с]": the "с" opens the next piece)."""
    found = list(_WORD.finditer(text, span.start, span.end))
    end = span.end
    while len(found) > 1 and found[-1].group().islower() and fold(found[-1].group()).strip() in words and found[-1].end() == end:
        gap = text[found[-2].end() : found[-1].start()]
        if "," not in gap:
            break
        end = found[-2].end()
        found.pop()
    return span if end == span.end else PiiSpan(span.start, end, span.kind)
