"""Foods named for others or said to be fine, not the client's allergy:

- a dish on the other guests' menu ("其他客人的菜单里有蟹和虾", "ほかのお客様のコースは海老のまま", "다른 손님 메뉴에는
  새우"), and a food in brackets after a gift or sweet ("쿠키 세트(아몬드)", "クッキー缶（くるみ）", "礼盒（核桃）"), with no
  allergy word or cue standing in their sentence (:func:`others_foods`);
- another mention of a food the note says is fine ("甜点是杏仁豆腐…她说杏仁没问题", "デザートはナッツのタルト、ナッツは
  大丈夫"): a dish, no allergy (:func:`fine_elsewhere`).
Hits are matcher tuples ``(start, end, concept, confidence)`` in folded coordinates.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.common.regex_gates import RegexGate
from lvmh_pipeline.lib.common.text import NormalizedText
from lvmh_pipeline.lib.concepts.context import REDACTED_ALLERGEN, AllergyMeta, ConceptMeta
from lvmh_pipeline.lib.concepts.matcher import AliasMatch
from lvmh_pipeline.lib.concepts.statements.tastes import CLAUSE, SENTENCE, window

__all__ = ["fine_elsewhere", "others_foods"]

# The other guests' menu, before the food in its sentence (folded text).
_OTHERS_MENU = re.compile(
    r"(?:其他|其余|其餘|别的|別的|另外的)(?:客人|宾客|賓客|人|来宾|來賓)|他の(?:お客様|方|皆様)|ほかの(?:お客様|方|皆様)|同席の方|"
    r"다른\s?(?:손님|분|하객|참석자)|동석(?:하신)?\s?분|other guests|the others|everyone else"
)
_OTHERS_MENU_GATE = RegexGate(_OTHERS_MENU)
_MENU_WORDS = ("菜单", "菜單", "菜", "メニュー", "コース", "料理", "메뉴", "코스", "요리", "menu", "course")
# A gift or sweet right before the bracket that names what is in it (original text).
_BRACKETED = re.compile(
    r"(?:세트|쿠키|과자|초콜릿|케이크|박스|상자|선물|セット|缶|クッキー|チョコ|ケーキ|ギフト|詰め合わせ|礼盒|饼干|餅乾|巧克力|蛋糕|"
    r"点心|點心|礼品|禮品|box|set|hamper)\s?[(（]$"
)
_CLOSE = re.compile(r"\s?(?:入り|味|들어간|맛|口味)?\s?[)）]")


def others_foods(nt: NormalizedText, matches: list[AliasMatch], negated: list[bool], meta: ConceptMeta,
                 allergy: AllergyMeta, dropped: set[int]) -> set[int]:
    """The food allergens on the others' menu or in the brackets after a gift (not to output)."""
    folded, original = nt.folded, nt.original
    menus = _OTHERS_MENU_GATE.open(folded) and _OTHERS_MENU.search(folded) is not None
    brackets = "(" in original or "（" in original
    if not menus and not brackets:
        return set()
    allergen, every, licensors = allergy.allergen, allergy.every, meta.licensors
    found = set()
    for i, (start, end, concept, confidence) in enumerate(matches):
        if not allergen[concept] or every[concept] or negated[i] or i in dropped or confidence == REDACTED_ALLERGEN \
                or concept in licensors or allergy.words.search(folded, start, end):
            continue
        s_start, s_end = window(nt, start, end, SENTENCE)
        if any(m[2] in licensors and not negated[k] and s_start <= m[0] < s_end for k, m in enumerate(matches)):
            continue
        o_start, o_end = nt.to_original(start, end)
        if brackets and _BRACKETED.search(original, max(0, o_start - 12), o_start) and _CLOSE.match(original, o_end):
            found.add(i)
            continue
        if menus:
            before = _OTHERS_MENU.search(folded, s_start, start)
            if before is not None and any(w in folded[before.end() : start] for w in _MENU_WORDS):
                found.add(i)
    return found


# Said fine right after the food (folded text): "杏仁没问题", "ナッツは大丈夫", "견과류는 괜찮", "nuts are fine".
_FINE = re.compile(r"\s?(?:は|も|는|은|도|都|也)?\s?(?:没问题|沒問題|没事|可以吃|能吃|大丈夫|平気|問題な|괜찮|문제\s?없|ok(?![a-z])|"
                   r"(?:is|are) (?:fine|ok))")


# "Other" right before the food said fine ("다른 견과류는 괜찮", "其他坚果没问题", "他のナッツは大丈夫", "other nuts are
# fine"): the rest of the kind, not the mention singled out.
_OTHER = re.compile(r"(?:다른|其他|其它|别的|別的|他の|ほかの|other|autres?|andere[n]?|otr[oa]s|altr[ie]|outr[oa]s|другие)\s?$")


def fine_elsewhere(nt: NormalizedText, matches: list[AliasMatch], negated: list[bool], meta: ConceptMeta,
                   allergy: AllergyMeta) -> None:
    """Marks negated, in place, the other mentions of a food a negated mention says is fine, when they carry
    no allergy word and no allergy cue stands in their clause."""
    folded = nt.folded
    fine = {m[2] for i, m in enumerate(matches) if negated[i] and allergy.allergen[m[2]] and not allergy.every[m[2]]
            and m[3] != REDACTED_ALLERGEN and _FINE.match(folded, m[1]) and not _OTHER.search(folded, max(0, m[0] - 8), m[0])}
    if not fine:
        return
    licensors = meta.licensors
    for i, (start, end, concept, confidence) in enumerate(matches):
        if concept not in fine or negated[i] or allergy.words.search(folded, start, end):
            continue
        s_start, s_end = window(nt, start, end, CLAUSE)
        if any(m[2] in licensors and not negated[k] and s_start <= m[0] < s_end for k, m in enumerate(matches)):
            continue
        negated[i] = True
