"""The boutique's advisor named in a CRM field of a Japanese, Chinese or Arabic note: "担当：王",
"サブ担当：森下。", "担当の安藤より連絡", "担当は林です", "负责人：林", "顾问：文", "المسؤول: خالد".

A field label for the person in charge, then a word that the next field, punctuation or the end of
the line closes: that word is the colleague's name, a lone Chinese family name too (王, 周, 林),
which nothing else marks as a name without an honorific. Not a role or a stand-in word ("担当：店長",
"担当の私が", "负责人：待定", "担当: 銀座2F"), nor an ordinary word of the lexicons. In Arabic the
given name after the label is taken even where it is a word too (خالد, راشد), as after a title.
(Korean "담당: 윤" is read by :mod:`..scripts.korean.positioned`.)
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.guard import COMMON, classify, is_place_month_or_brand
from lvmh_pipeline.lib.privacy.names.lexicon import ZH_COMMON_WORDS, ZH_GIVEN_CHARS, ZH_SURNAMES
from lvmh_pipeline.lib.privacy.names.person_names import person_names

__all__ = ["advisor_label_names"]

_HAN = "\u4e00-\u9fff"
_KATAKANA = "\u30a1-\u30faー"
# Labels of the person in charge (Japanese, Chinese), a colon after them; Japanese "担当の" too.
_CJK_LABEL = (
    "担当者|担当|サブ担当|副担当|接客担当|販売担当|负责人|負責人|负责|負責|顾问|顧問|销售顾问|銷售顧問|对接人|對接人"
    "|经办人|經辦人|跟进人|跟進人|接待人"
)
_CJK_FIELD = re.compile(
    rf"(?<![{_HAN}])(?:{_CJK_LABEL})(?:[ \t\u3000]*[:：][ \t\u3000]*|(?P<of>の)|(?P<wa>は|是))"
    rf"(?P<name>[{_HAN}]{{1,3}}|[{_KATAKANA}]{{2,8}})"
    # closed by punctuation, the end, the next field ("担当：王　顧客：…") or, after の, a particle
    rf"(?=[ \t\u3000]*(?:[、，,。．.;；/／|)）\n]|$)|[ \t\u3000]+[^\s:：]{{1,6}}[:：]|(?(of)(?:より|から|が|は|です|まで)|(?(wa)(?:です|さん|で|、|。)|(?!))))"
)
# Family names the Chinese lexicon leaves out because they begin many words (文化, 安全): in a field, names.
_FIELD_ONLY_SURNAMES = frozenset("文安")
# Roles, places and stand-in words ("to be decided", "same as above", "me") written in that field.
_NOT_NAMES = frozenset(
    """店長 副店長 店主 私 僕 自分 本人 未定 不在 同上 全員 外商 交代 調整中 本店 当店 方 者 人 无 無 我 他 她 待定 未定
    暂无 暫無 同上 主管 店长 經理 经理 销售 銷售 客服 前台""".split()
)
_PLACE_ENDINGS = frozenset("店区區市階館部課係室组組科")
_AR_LETTER = "\u0621-\u064a"
_AR_FIELD = re.compile(
    rf"(?<![{_AR_LETTER}])(?:المسؤولة|المسؤول|المسئولة|المسئول|البائعة|البائع|الموظفة|الموظف)[ \t]*[:：][ \t]*"
    rf"([{_AR_LETTER}]+)(?=[ \t]*(?:[،,.:؛;()\-–—/]|$|\n|[ \t]+[{_AR_LETTER}]+[ \t]*(?:[،,.]|$|\n)))"
)


def _han_name(word: str, after_colon: bool, lone_ok: bool) -> bool:
    """A Han word in the field that is a name: a lone family name, or a word that opens with one (any
    word after a colon that is no role or ordinary word)."""
    if word in _NOT_NAMES or word in ZH_COMMON_WORDS or classify(word) == COMMON or is_place_month_or_brand(word):
        return False
    if len(word) > 1 and word[-1] in _PLACE_ENDINGS:
        return False  # "担当：銀座店", "负责人：销售部": a shop or a department
    if len(word) == 1:
        return lone_ok and (word in ZH_SURNAMES or word in _FIELD_ONLY_SURNAMES)
    if after_colon or word[:2] in person_names().ja_names:
        return True
    # after の / は / 是 a known Japanese family name, or a Chinese one and given-name characters: not
    # "担当の金額", "担当の方針"
    return (word[0] in ZH_SURNAMES or word[0] in _FIELD_ONLY_SURNAMES) and all(c in ZH_GIVEN_CHARS for c in word[1:])


def advisor_label_names(text: str) -> list[PiiSpan]:
    """Names of the advisor in a field of the note (see the module)."""
    spans = []
    if "担当" in text or "负责" in text or "負責" in text or "顾问" in text or "顧問" in text or "人" in text:
        for m in _CJK_FIELD.finditer(text):
            word = m.group("name")
            colon = m.group("of") is None and m.group("wa") is None
            if word[0] in _KATAKANA or _han_name(word, colon, m.group("of") is None):
                spans.append(PiiSpan(m.start("name"), m.end("name"), "NAME"))
    if "ال" in text and (":" in text or "：" in text):
        given = person_names().given
        spans += [PiiSpan(m.start(1), m.end(1), "NAME") for m in _AR_FIELD.finditer(text) if m.group(1) in given]
    return spans
