"""Women's Day ("8 Марта", "妇女节", "Festa della donna") in a company's order is the date of the corporate gifts,
no celebration of the client's: "Корпоративные подарки к 8 Марта" is a corporate gift in March
(:func:`corporate_womens_day`); a personal gift for it stays a celebration ("подарок маме на 8 Марта").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lvmh_pipeline.lib.common.text import NormalizedText, fold
from lvmh_pipeline.lib.concepts.matcher import AliasMatch
from lvmh_pipeline.lib.concepts.occasions.month_names import date_of

if TYPE_CHECKING:
    from lvmh_pipeline.lib.concepts.context import ConceptMeta

__all__ = ["corporate_womens_day"]

_WORDS = tuple(fold(w) for w in (
    "妇女节", "婦女節", "女神节", "三八节", "women's day", "womens day", "frauentag", "journée de la femme",
    "journee de la femme", "festa della donna", "día de la mujer", "dia de la mujer", "dia da mulher", "vrouwendag",
    "женский день", "يوم المرأة", "여성의 날", "国際女性デー",
))


def _womens_day(nt: NormalizedText, match: AliasMatch) -> bool:
    original = nt.original[slice(*nt.to_original(match[0], match[1]))]
    return date_of(original) == (3, 8) or any(w in nt.folded[match[0] : match[1]] for w in _WORDS)


def corporate_womens_day(
    nt: NormalizedText, matches: list[AliasMatch], meta: ConceptMeta, months: dict[int, int], dropped: set[int]
) -> None:
    """In a note with a corporate gift, drop the Women's Day celebrations and date the corporate gifts in March."""
    corporate = meta.by_name.get("corporate_gift", -1)
    gifts = [i for i, m in enumerate(matches) if m[2] == corporate and i not in dropped]
    if not gifts:
        return
    days = [i for i, m in enumerate(matches) if m[2] == meta.celebration and i not in dropped and _womens_day(nt, m)]
    for i in days:
        dropped.add(i)
        months.pop(i, None)
    for i in gifts if days else ():
        months.setdefault(i, 3)
