"""An occasion taken back by a spoken correction before another one: "for his birthday, no wait, for their
anniversary", "pour son anniversaire, non pardon, pour leur anniversaire de mariage", "다음 달에 돌이라서, 아 아니다
돌이 아니고 백일" — the first occasion is no occasion of the note (:func:`taken_back_occasions`). The correction words
are the budget's (:func:`~lvmh_pipeline.lib.concepts.budgets.budget_bounds.correction_end`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from lvmh_pipeline.lib.common.text import NormalizedText, to_folded
from lvmh_pipeline.lib.concepts.budgets.budget_bounds import correction_end
from lvmh_pipeline.lib.concepts.matcher import AliasMatch

if TYPE_CHECKING:
    from lvmh_pipeline.lib.concepts.context import ConceptMeta

__all__ = ["taken_back_occasions"]

_MAX_CHARS_AFTER = 40  # from the end of the correction to the occasion said instead
_STOPS = (".", ";", "!", "?", "\n", "。", "！", "？")


def taken_back_occasions(
    nt: NormalizedText, matches: list[AliasMatch], meta: ConceptMeta, found: Sequence[int], dropped: set[int]
) -> set[int]:
    """Indices among ``found`` of occasions a correction right after them replaces with another occasion."""
    out: set[int] = set()
    if len(found) < 2:
        return out
    kept = [i for i in found if i not in dropped and matches[i][2] != meta.next_month]
    for k, i in enumerate(kept[:-1]):
        o_end = nt.to_original(matches[i][1], matches[i][1])[0]
        marker = correction_end(nt.original, o_end)
        if marker is None:
            continue
        start = to_folded(nt, marker)
        later = next((j for j in kept[k + 1 :] if matches[j][0] >= start), None)
        if later is None or matches[later][2] == matches[i][2] or matches[later][0] - start > _MAX_CHARS_AFTER:
            continue
        o_later = nt.to_original(matches[later][0], matches[later][0])[0]
        if not any(stop in nt.original[marker:o_later] for stop in _STOPS):
            out.add(i)
    return out
