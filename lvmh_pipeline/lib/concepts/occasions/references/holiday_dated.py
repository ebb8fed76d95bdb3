"""An occasion dated by the usual-date holiday said right after it: "un anello per la proposta, a San Valentino"
(the proposal is on Valentine's Day: February), "the engagement, at Christmas", "la demande, à Noël" — a preposition of
time opens the holiday, at most a comma and three words after the occasion (:func:`holiday_dated`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from lvmh_pipeline.lib.common.text import NormalizedText, fold
from lvmh_pipeline.lib.concepts.matcher import AliasMatch

if TYPE_CHECKING:
    from lvmh_pipeline.lib.concepts.context import ConceptMeta

__all__ = ["holiday_dated"]

_AT = frozenset(fold(w) for w in "a at on for à au pour am an zu zum zur op met en el para na no em pra в на к في".split())
_STOPS = (".", ";", "!", "?", "\n", "(", "。", "；")
_MAX_WORDS = 3


def holiday_dated(
    nt: NormalizedText, matches: list[AliasMatch], meta: ConceptMeta, language: str | None, timed: Sequence[int],
    months: dict[int, int], dropped: set[int],
) -> None:
    """Give each undated occasion among ``timed`` the month of a usual-date holiday right after it (see the module)."""
    fixed = meta.language_months.get((language or "").upper(), meta.fixed_month)
    if not timed or not any(fixed[m[2]] for m in matches):
        return  # (most notes: no usual-date holiday)
    for i in timed:
        if i in months:
            continue
        end = matches[i][1]
        j = next((k for k in range(i + 1, len(matches)) if matches[k][0] >= end and meta.occasion[matches[k][2]]), None)
        if j is None or j in dropped or not fixed[matches[j][2]]:
            continue
        o_end, o_start = nt.to_original(end, matches[j][0])
        between = nt.original[o_end:o_start]
        words = fold(between).split()
        if any(stop in between for stop in _STOPS) or not words or len(words) > _MAX_WORDS or words[0] not in _AT:
            continue
        months[i] = months.get(j) or fixed[matches[j][2]]
