"""A Chinese family name told by the parts of its character ("张，弓长张", "李，木子李", "耳东陈").

Spoken Chinese tells which of two surnames that sound alike is meant by naming the parts of the
character: 弓长张 (bow + long), 立早章, 木子李, 耳东陈, 口天吴, 古月胡 … The phrase names the person as
the surname does. Its parts and the surname character are two spans, so that the surname is a
name found on its own too (the same character alone elsewhere in the note then goes: "张，弓长张").
"""

from __future__ import annotations

from lvmh_pipeline.lib.privacy.contacts import PiiSpan

__all__ = ["described_surnames"]

# The usual descriptions, simplified and traditional; "的" may stand before the character ("弓长的张")
_DESCRIPTIONS = tuple(
    """弓长张 弓長張 立早章 木子李 耳东陈 耳東陳 口天吴 口天吳 双木林 雙木林 草头黄 草頭黃 古月胡 言午许 言午許 禾口程
    人可何 文刀刘 文刀劉 子小孙 子小孫 双口吕 雙口呂 走肖赵 走肖趙 木易杨 木易楊 水工江 三横王 三橫王 十八子李
    关耳郑 關耳鄭 三点水江 三點水江 宝盖宋 寶蓋宋 人工巫 双人徐 雙人徐 土口吉""".split()
)


def described_surnames(text: str) -> list[PiiSpan]:
    if not any(d[:2] in text for d in _DESCRIPTIONS):
        return []
    spans = []
    for description in _DESCRIPTIONS:
        for head in (description, description[:-1] + "的" + description[-1]):
            start = text.find(head)
            while start != -1:
                end = start + len(head)
                spans += [PiiSpan(start, end - 1, "NAME"), PiiSpan(end - 1, end, "NAME")]
                start = text.find(head, end)
    return spans
