"""Occasion words that name an order or a design, no occasion of the client's (:func:`not_occasions`):

- Ramadan gifts ordered for a team are the firm's gifts, no Eid: "Ramadan gifts for the office staff", "هدايا رمضان
  للموظفين". An ``eid`` hit said with Ramadan (not its end: "fin du ramadan" stays the Eid) inside a corporate-gift
  phrase is dropped; the dev writers list the corporate gift alone there, while Ramadan gifts for the family stay the Eid.
- A visit's date in its field is no dated holiday: "到店：3月8日" is no Women's Day.
- A design's name that holds an occasion word: Hermès's carré "Brides de Gala" is no gala; nor is a gala dinner with no
  charity or benefit said in its sentence ("per la cena di gala niente glutine": a formal dinner). A gala whose
  sentence denies the charity ("the firm's annual gala, not a charity one") is relabelled a celebration.

A move to another city stays a housewarming: the dev writers split one to one on "se mudan a Lisboa"
(counted in session 44), and a move is what a housewarming gift is bought for.
"""

from __future__ import annotations

import re
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
# A gala dinner is a formal dinner: a charity gala only when its sentence says charity or benefit ("cena di gala di
# beneficenza"; folded stems).
_DINNER = re.compile(r"(?:cena|diner|dinner|jantar|souper|abendessen|ужин|디너|ディナー)\s*(?:di|de|du)?\s*(?:gala)|"
                     r"(?:gala|ガラ)\s*-?\s*(?:dinner|diner|ужин|디너|ディナー)")
_CHARITY = re.compile(r"charit|caritat|benefi|benefiz|wohltat|liefdadig|benefiet|goed doel|благотвор|fundrais|solidar|자선|"
                      r"チャリティ|慈善|خيري")
# The charity denied in the gala's sentence ("not a charity event", "pas caritatif", "KEIN Charity", "no es benéfica",
# "não é beneficente", "geen goed doel", "не благотворительный", "مو حفل خيري", "不是慈善", "자선 행사 아님",
# "チャリティーではなく"; folded): the firm's own gala, a celebration.
_NOT_CHARITY = re.compile(
    r"(?<![^\W_])(?:not|non|no|pas|kein|keine|keinen|nicht|nao|geen|не|غير|ليس|ليست|مو|مش|مب)\s+(?:[^\W\d_]+\s+){0,3}?"
    r"(?:charit|caritat|benefi|wohltat|liefdadig|goed doel|благотвор|خيري)|(?:不是|并非|非)慈善|"
    r"(?:자선|チャリティ)[^\s,.;)）]{0,4}\s?(?:행사|イベント)?\s?(?:아님|아니|ではな|じゃな)"
)
_SENTENCE_END = re.compile(r"[.;!?\n。！？；]")
# A visit-date field's label right before a dated holiday ("到店：3月8日", "방문일: 3월 8일", "Visit: 8 March"; folded).
_VISIT_LABEL = re.compile(r"(?:到店|来店|来访|到访|방문일|방문|visit|visite|besuch|bezoek|visita|визит|زيارة)\s*(?:日期?|date|datum)?\s*$")


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
        if i in dropped or concept not in (eid, gala, meta.celebration):
            continue
        if concept == meta.celebration:
            if "0" in folded[matches[i][0] : matches[i][1]] and _VISIT_LABEL.search(folded, max(0, matches[i][0] - 12), matches[i][0]):
                out.add(i)  # "到店：3月8日": the visit's date, no Women's Day
            continue
        if concept == gala:
            if _charity_denied(nt, matches[i][0], matches[i][1]) and meta.celebration >= 0:
                matches[i] = (matches[i][0], matches[i][1], meta.celebration, matches[i][3])  # the firm's annual gala
            elif folded[max(0, matches[i][0] - 10) : matches[i][0]].endswith(_DESIGNS_BEFORE_GALA) or _plain_gala_dinner(
                    nt, matches[i][0], matches[i][1]):
                out.add(i)  # "carré « Brides de Gala »", "per la cena di gala niente glutine"
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



def _charity_denied(nt: NormalizedText, start: int, end: int) -> bool:
    """The sentence of the gala hit at folded ``[start, end)`` denies it is a charity's."""
    folded = nt.folded
    lo = max((m.end() for m in _SENTENCE_END.finditer(folded, 0, start)), default=0)
    stop = _SENTENCE_END.search(folded, end)
    return _NOT_CHARITY.search(folded, lo, stop.start() if stop else len(folded)) is not None


def _plain_gala_dinner(nt: NormalizedText, start: int, end: int) -> bool:
    """The gala hit at folded ``[start, end)`` is a gala dinner whose sentence names no charity."""
    folded = nt.folded
    near = folded[max(0, start - 12) : end + 12]
    if not _DINNER.search(near):
        return False
    lo = max((m.end() for m in _SENTENCE_END.finditer(folded, 0, start)), default=0)
    stop = _SENTENCE_END.search(folded, end)
    return _CHARITY.search(folded, lo, stop.start() if stop else len(folded)) is None
