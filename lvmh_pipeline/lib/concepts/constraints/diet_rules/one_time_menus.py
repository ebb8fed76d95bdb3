"""A diet's menu or dish chosen once is no diet of the client: "오늘은 채식 메뉴로 점심", "오늘 점심은 채식 메뉴
시키셨대요", "오늘만 채식 메뉴", "오늘은 비건 디저트가 마침 남아서", "今日はヴィーガンメニューにした", "今天点了素食菜单".
The diet word heads a menu or dish noun and the same clause marks the meal as one time (today, this time, as it
happened). A diet the note states elsewhere stays through its own mention.
Hits are matcher tuples ``(start, end, concept, confidence)`` in folded coordinates.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.common.text import NormalizedText
from lvmh_pipeline.lib.concepts.context import ConceptMeta
from lvmh_pipeline.lib.concepts.matcher import AliasMatch
from lvmh_pipeline.lib.concepts.statements.tastes import CLAUSE

__all__ = ["one_time_menus"]

# The cheap gate: a one-time word somewhere in the note
_ONCE = re.compile(r"오늘|이번|마침|今日|今回|今天|这次|這次")
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
    if not _ONCE.search(folded):
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
