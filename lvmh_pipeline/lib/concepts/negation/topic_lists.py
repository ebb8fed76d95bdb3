"""The allergy word listed with a word for dietary restrictions before one negator that answers both: "Allergies /
restrictions: none", "Аллергий/ограничений нет", "アレルギー・食事制限なし", "过敏和忌口都没有", "Allergie e
intolleranze: nessuna". The restriction word is no concept of its own, so the negator after it would not reach
the concept; :func:`over_restriction_words` widens such a hit's span over the list so that it does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lvmh_pipeline.lib.common.literals import Literals
from lvmh_pipeline.lib.common.text import NormalizedText, to_folded

__all__ = ["over_restriction_words"]

_WORDS = (
    "dietary restrictions|dietary restriction|restrictions|restriction|intolerances|food restrictions|"
    "restrictions alimentaires|intolérances|interdits alimentaires|"
    "Einschränkungen|Diätvorgaben|"
    "restrizioni alimentari|restrizioni|intolleranze|limitazioni|"
    "restricciones alimentarias|restricciones|intolerancias|"
    "restrições alimentares|restrições|intolerâncias|"
    "dieetwensen|beperkingen|intoleranties|"
    "ограничений|ограничения|ограничениями|непереносимостей|непереносимости|"
    "القيود الغذائية|قيود غذائية|القيود|قيود|"
    "食事制限|食事の制限|制限|苦手な食材|"
    "식이 제한|식단 제한|제한|못 드시는 음식|"
    "饮食禁忌|飲食禁忌|忌口|禁忌|饮食限制|限制"
)
# The stems above as they stand in the folded note (one quick test before the pattern).
_STEMS = Literals(("restrict", "intoler", "interdit", "einschr", "diatvor", "limitaz", "dieetw", "beperk", "ограничен",
                   "непереносим", "قيود", "制限", "苦手", "제한", "못 드시", "禁忌", "忌口", "限制"))
_SEPARATOR = r"\s*(?:[/・、,，&+]|\band\b|\bet\b|\bund\b|\be\b|\by\b|\bи\b|\ben\b|\bor\b|\bou\b|\bo\b|\boder\b|\bof\b|\bили\b|و|や|와|과|及|和)\s*"
# The generic allergy word (folded), which a restriction word may share a negator with.
_GENERIC = re.compile(r"(?:allerg|alerg|аллерг)[^\W\d_]*|アレルギー|알레르기|过敏|過敏|(?:ال)?حساسي[^\W\d_]*")
_LIST_AFTER = re.compile(rf"{_SEPARATOR}(?i:{_WORDS})")


def over_restriction_words(nt: NormalizedText, spans: Sequence[Sequence[int]]) -> Sequence[Sequence[int]]:
    """``spans`` with each hit followed by a separator and a restriction word ending after that word (folded
    coordinates); ``spans`` itself when the note holds no restriction word."""
    if not _STEMS.any_in(nt.folded):
        return spans
    text = nt.original
    widened = None
    for k, span in enumerate(spans):
        end = span[1]
        if not _GENERIC.fullmatch(nt.folded, span[0], end):
            continue  # "Nut allergy, restrictions: none": a named allergen stands on its own
        o_end = nt.to_original(end, end)[0]
        found = _LIST_AFTER.match(text, o_end)
        if found is None:
            continue
        new_end = to_folded(nt, found.end())
        if any(other[0] < new_end and other[1] > end for j, other in enumerate(spans) if j != k):
            continue  # another hit inside the list: the negator reaches it on its own
        if widened is None:
            widened = [tuple(s) for s in spans]
        widened[k] = (span[0], new_end, *span[2:])
    return spans if widened is None else widened
