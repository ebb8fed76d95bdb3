"""A diet's menu or dish chosen once is no diet of the client: "오늘은 채식 메뉴로 점심", "오늘 점심은 채식 메뉴
시키셨대요", "오늘만 채식 메뉴", "오늘은 비건 디저트가 마침 남아서", "今日はヴィーガンメニューにした", "今天点了素食菜单".
The diet word heads a menu or dish noun and the same clause marks the meal as one time (today, this time, as it
happened). A diet the note states elsewhere stays through its own mention.
Hits are matcher tuples ``(start, end, concept, confidence)`` in folded coordinates.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.common.regex_gates import RegexGate
from lvmh_pipeline.lib.common.text import NormalizedText
from lvmh_pipeline.lib.concepts.context import ConceptMeta
from lvmh_pipeline.lib.concepts.matcher import AliasMatch
from lvmh_pipeline.lib.concepts.statements.tastes import CLAUSE, SENTENCE, window

__all__ = ["one_time_abstentions", "one_time_menus"]

# The cheap gate: a one-time word somewhere in the note
_ONCE = re.compile(r"오늘|이번|마침|今日|今回|今天|这次|這次")
_ONCE_GATE = RegexGate(_ONCE)
_DISHES = ("메뉴", "디저트", "요리", "뷔페", "도시락", "코스", "식사", "메뉴로", "メニュー", "料理", "ランチ", "ディナー",
           "菜单", "菜單", "套餐", "餐")
_REACH_BEFORE = 14  # characters back to the one-time word
_REACH_AFTER = 12  # characters on from the dish ("비건 디저트가 마침 남아서")


def _same_clause(nt: NormalizedText, lo: int, hi: int) -> bool:
    if hi <= lo:
        return True
    o_lo, o_hi = nt.to_original(lo, hi)
    return CLAUSE.search(nt.original, o_lo, o_hi) is None


def one_time_menus(nt: NormalizedText, matches: list[AliasMatch], negated: list[bool], meta: ConceptMeta,
                   dropped: set[int]) -> set[int]:
    """The diet matches heading a dish or menu chosen once (see the module)."""
    folded = nt.folded
    if not _ONCE_GATE.open(folded) or not _ONCE.search(folded):
        return set()
    found = set()
    for i, (start, end, concept, _confidence) in enumerate(matches):
        if negated[i] or i in dropped or meta.categories[concept] != "diet":
            continue
        dish_at = end + len(folded[end : end + 2]) - len(folded[end : end + 2].lstrip())
        if not folded.startswith(_DISHES, dish_at):
            continue
        lo = max(0, start - _REACH_BEFORE)
        before = [m for m in _ONCE.finditer(folded, lo, start) if _same_clause(nt, m.start(), start)]
        after = [m for m in _ONCE.finditer(folded, dish_at, min(len(folded), dish_at + _REACH_AFTER))
                 if _same_clause(nt, end, m.end())]
        if before or after:
            found.add(i)
    return found


# Alcohol left out for one evening: "今天不喝酒，因为要开车", "今夜は健診前なのでお酒はやめておく", "오늘은 운전해서 술 안 드심".
# The one-time word opens the abstention's clause, or opens its sentence in a note that says the client usually
# drinks ("平时很爱红酒", "普段はワインを"); a lasting word in the sentence keeps the diet ("今日も一切飲まない").
_TONIGHT = re.compile(r"오늘|이번에|今日は|今日も|今夜|今晩|今回|今天|今晚|这次|這次")
_TONIGHT_GATE = RegexGate(_TONIGHT)
_USUALLY = re.compile(r"平时|平常|平日|普段|いつもは|いつもなら|평소|평상시|원래는")
_LASTING = re.compile(r"一切|从来|從來|从不|向来|一直|ずっと|全然|一滴も|절대|전혀|항상|늘 |never|always")
_TONIGHT_REACH = 16  # characters from the one-time word to the abstention in one clause


def one_time_abstentions(nt: NormalizedText, matches: list[AliasMatch], negated: list[bool], meta: ConceptMeta,
                         dropped: set[int]) -> set[int]:
    """The ``no_alcohol`` matches of an abstention for one occasion (see :data:`_TONIGHT`)."""
    no_alcohol = meta.by_name.get("no_alcohol", -1)
    folded = nt.folded
    if not any(m[2] == no_alcohol for m in matches) or not _TONIGHT_GATE.open(folded) or not _TONIGHT.search(folded):
        return set()
    usually = _USUALLY.search(folded) is not None
    found = set()
    for i, (start, end, concept, _confidence) in enumerate(matches):
        if concept != no_alcohol or negated[i] or i in dropped:
            continue
        s_start, s_end = window(nt, start, end, SENTENCE)
        if _LASTING.search(folded, s_start, s_end):
            continue
        near = [m for m in _TONIGHT.finditer(folded, max(s_start, start - _TONIGHT_REACH), start)
                if _same_clause(nt, m.start(), start)]
        if near or (usually and _TONIGHT.search(folded, s_start, start)):
            found.add(i)
    return found
