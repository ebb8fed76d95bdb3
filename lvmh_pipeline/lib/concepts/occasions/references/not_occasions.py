"""Occasion words that name an order or a move, no occasion of the client's (:func:`not_occasions`):

- Ramadan gifts ordered for a team are the firm's gifts, no Eid: "Ramadan gifts for the office staff", "هدايا رمضان
  للموظفين". An ``eid`` hit said with Ramadan (not its end: "fin du ramadan" stays the Eid) inside a corporate-gift
  phrase is dropped; the dev writers list the corporate gift alone there, while Ramadan gifts for the family stay the Eid.
- A move to another city or country is a relocation, no housewarming: "se mudan a Lisboa en otoño", "zieht nach
  Wien um", "verhuizen naar Antwerpen", "mudam-se para o Porto" — a move word followed by "to" and a capitalised
  place, with no home nor gift word in its sentence ("se mudan a su primer piso" stays one).
- A design's name that holds an occasion word: Hermès's carré "Brides de Gala" is no gala.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lvmh_pipeline.lib.common.text import NormalizedText, fold
from lvmh_pipeline.lib.concepts.matcher import AliasMatch

if TYPE_CHECKING:
    from lvmh_pipeline.lib.concepts.context import ConceptMeta

__all__ = ["not_occasions"]

_RAMADAN = tuple(fold(w) for w in ("ramadan", "ramadhan", "ramazan", "рамадан", "رمضان", "라마단", "ラマダン", "斋月", "齋月"))
_END = tuple(fold(w) for w in ("end", "fin", "ende", "eind", "fine", "final", "конец", "оконч", "نهاية", "آخر", "明け", "结束", "後",
                               "后", "종료"))
# Move words among the housewarming aliases (folded): a relocation when a place follows them.
_MOVES = frozenset(fold(w) for w in (
    "se muda|se mudan|mudanza|mudança|mudou-se|se mudam|mudam-se|trasloco|si trasferisce|si trasferiscono|"
    "umzug|umziehen|zieht um|verhuizing|verhuizen|verhuist|переезд|переезжает|déménagement|emménage|emménagent|"
    "moving house|moving home"
).split("|"))
# "to" / "in" and a capitalised place right after the move (original text): "a Lisboa", "nach Wien", "naar Gent".
_TO_PLACE = re.compile(r"[ \u00a0]+(?:a|para|pra|to|nach|naar|à|au|en|in|in die|в|во)[ \u00a0]+(?:(?:o|a|la|el|le|de|het)[ \u00a0]+)?"
                       r"[A-ZÀ-ÖØ-ÞА-ЯЁ][^\W\d_]+")
_HOME = re.compile(r"(?<![^\W\d_])(?:casa|piso|apartamento|apartamento|apartment|flat|house|home|maison|appartement|appart|"
                   r"wohnung|haus|huis|woning|appartamento|квартир|дом|gift|regalo|cadeau|geschenk|cadeau|presente|подар)")
_STOPS = re.compile(r"[.;!?\n]")
_DESIGNS_BEFORE_GALA = ("brides de ", "brides de  ")


def not_occasions(nt: NormalizedText, matches: list[AliasMatch], meta: ConceptMeta, found: list[int],
                  dropped: set[int]) -> set[int]:
    """Indices among ``found`` of a team's Ramadan gifts read as an Eid and of a relocation read as a housewarming."""
    eid, corporate = meta.by_name.get("eid", -1), meta.by_name.get("corporate_gift", -1)
    housewarming, gala = meta.by_name.get("housewarming", -1), meta.by_name.get("charity_gala", -1)
    folded = nt.folded
    out = set()
    orders = None
    for i in found:
        concept = matches[i][2]
        if i in dropped or concept not in (eid, housewarming, gala):
            continue
        if concept == gala:
            if folded[max(0, matches[i][0] - 10) : matches[i][0]].endswith(_DESIGNS_BEFORE_GALA):
                out.add(i)  # "carré « Brides de Gala »"
            continue
        start, end = matches[i][0], matches[i][1]
        said = folded[start:end]
        if concept == eid:
            if not any(w in said for w in _RAMADAN) or any(w in said for w in _END):
                continue
            if orders is None:
                orders = [matches[k] for k in found if matches[k][2] == corporate and k not in dropped]
            if any(o[0] <= start and end <= o[1] for o in orders):
                out.add(i)
        elif said in _MOVES and _relocation(nt, start, end):
            out.add(i)
    return out


def _relocation(nt: NormalizedText, start: int, end: int) -> bool:
    """A capitalised place after the move word, no home or gift word in its sentence."""
    text = nt.original
    o_start, o_end = nt.to_original(start, end)
    if _TO_PLACE.match(text, o_end) is None:
        return False
    lo = max((m.end() for m in _STOPS.finditer(text, 0, o_start)), default=0)
    stop = _STOPS.search(text, o_end)
    sentence = fold(text[lo : stop.start() if stop else len(text)])
    return _HOME.search(sentence) is None
