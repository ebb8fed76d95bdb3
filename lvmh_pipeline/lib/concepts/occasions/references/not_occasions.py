"""Occasion words that name an order or a design, no occasion of the client's (:func:`not_occasions`):

- Ramadan gifts ordered for a team are the firm's gifts, no Eid: "Ramadan gifts for the office staff", "هدايا رمضان
  للموظفين". An ``eid`` hit said with Ramadan (not its end: "fin du ramadan" stays the Eid) inside a corporate-gift
  phrase is dropped; the dev writers list the corporate gift alone there, while Ramadan gifts for the family stay the Eid.
- A design's name that holds an occasion word: Hermès's carré "Brides de Gala" is no gala.

A move to another city stays a housewarming: the dev writers split one to one on "se mudan a Lisboa"
(counted in session 44), and a move is what a housewarming gift is bought for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lvmh_pipeline.lib.common.text import NormalizedText, fold
from lvmh_pipeline.lib.concepts.matcher import AliasMatch
from lvmh_pipeline.lib.concepts.occasions.references.arabic_christmas import christmas_milad

if TYPE_CHECKING:
    from lvmh_pipeline.lib.concepts.context import ConceptMeta

__all__ = ["not_occasions"]

_RAMADAN = tuple(fold(w) for w in ("ramadan", "ramadhan", "ramazan", "рамадан", "رمضان", "라마단", "ラマダン", "斋月", "齋月"))
_END = tuple(fold(w) for w in ("end", "fin", "ende", "eind", "fine", "final", "конец", "оконч", "نهاية", "آخر", "明け", "结束", "後",
                               "后", "종료"))
_DESIGNS_BEFORE_GALA = ("brides de ", "brides de  ")


def not_occasions(nt: NormalizedText, matches: list[AliasMatch], meta: ConceptMeta, found: list[int],
                  dropped: set[int]) -> set[int]:
    """Indices among ``found`` of a team's Ramadan gifts read as an Eid, of a design read as a gala and of an Arabic
    Christmas read as a birthday (:func:`.christmas_milad`)."""
    eid, corporate = meta.by_name.get("eid", -1), meta.by_name.get("corporate_gift", -1)
    gala = meta.by_name.get("charity_gala", -1)
    folded = nt.folded
    out = christmas_milad(nt, matches, meta, found, dropped)  # "عيد الميلاد، كريسماس يعني": Christmas, no birthday
    orders = None
    for i in found:
        concept = matches[i][2]
        if i in dropped or concept not in (eid, gala):
            continue
        if concept == gala:
            if folded[max(0, matches[i][0] - 10) : matches[i][0]].endswith(_DESIGNS_BEFORE_GALA):
                out.add(i)  # "carré « Brides de Gala »"
            continue
        start, end = matches[i][0], matches[i][1]
        said = folded[start:end]
        if not any(w in said for w in _RAMADAN) or any(w in said for w in _END):
            continue
        if orders is None:
            orders = [matches[k] for k in found if matches[k][2] == corporate and k not in dropped]
        if any(o[0] <= start and end <= o[1] for o in orders):
            out.add(i)
    return out

