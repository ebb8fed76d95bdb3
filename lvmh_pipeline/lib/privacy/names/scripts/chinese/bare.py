"""Chinese names without an honorific, where the script shows the name's shape ("跟王建国聊了"), and familiar forms ("陈姐")."""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.cues import alternation
from lvmh_pipeline.lib.privacy.names.lexicon import (
    ZH_COMMON_WORDS,
    ZH_GIVEN_CHARS,
    ZH_HONORIFICS,
    ZH_KIN_SUFFIXES,
    ZH_NAME_CUES_BEFORE,
    ZH_NAME_FOLLOWERS,
    ZH_POSSESSED,
    ZH_SHENG_WORDS,
    ZH_SURNAMES,
)
from lvmh_pipeline.lib.privacy.names.person_names import person_names
from lvmh_pipeline.lib.privacy.names.scripts.chinese.patterns import _HAN_CHAR, _ZH_DOUBLE_SURNAMES
from lvmh_pipeline.lib.privacy.names.scripts.cjk_common import HAN

_ZH_PUNCT = frozenset("，。、；：！？（）【】「」《》“”‘’,.;:!?()/ \u3000\n\t…—-~～·")
_ZH_CUE_BEFORE = re.compile(rf"(?:{alternation(ZH_NAME_CUES_BEFORE)})$")


def _zh_cue_before(text: str, pos: int) -> bool:
    """Does a cue word ("跟", "女儿", "客户" …) end at ``pos``?"""
    return pos > 0 and _ZH_CUE_BEFORE.search(text, max(0, pos - 6), pos) is not None


# A child's or grandchild's kin word: the full name after it may run on into what the note says
# of the child ("孙女林若彤满月", "儿子高子墨的百日宴"), and its given name may be a 小- form ("女儿陆小棠").
_ZH_CHILD_KIN = re.compile(r"(?:女儿|女兒|儿子|兒子|孙子|孫子|孙女|孫女|外孙|外孫|闺女|閨女)$")


def _zh_child_kin_before(text: str, pos: int) -> bool:
    return pos > 1 and _ZH_CHILD_KIN.search(text, max(0, pos - 3), pos) is not None
_ZH_HONORIFIC_STARTS = tuple(sorted(set(ZH_HONORIFICS) | {"氏", "夫妇", "夫婦", "一家", "们", "們"}, key=len, reverse=True))
_ZH_KIN_SUFFIX = re.compile(
    rf"(?:{alternation(ZH_KIN_SUFFIXES)})(?:(?![{HAN}a-z])|(?=[{''.join(ZH_NAME_FOLLOWERS)}]))"
)


_ZH_TOGETHER = ("一起", "一同", "一块", "一塊", "一齊")


def _zh_boundary_after(text: str, end: int, *, possessive: bool = True) -> bool:
    """Does a name end at ``end``: punctuation, another script, an honorific, a verb or adverb
    that follows a person, or "的" before a kin or client noun ("王丽的老公")?"""
    if end >= len(text):
        return True
    c = text[end]
    if c in _ZH_PUNCT or not _HAN_CHAR.match(c):
        return not ("a" <= c <= "z")  # "王丽sir" is the kin-suffix rule's
    if text.startswith(_ZH_HONORIFIC_STARTS, end):
        return True
    if c == "的":
        return possessive and text.startswith(ZH_POSSESSED, end + 1)
    if text.startswith(_ZH_TOGETHER, end):
        return True  # "老周一起来": "together", though "周一" alone is a weekday
    return c in ZH_NAME_FOLLOWERS and text[end - 1 : end + 1] not in ZH_COMMON_WORDS


_ZH_LABEL_END = frozenset("：:")


def _zh_closed_two(text: str, start: int, end: int) -> bool:
    """A surname and one given-name character at a clause start stand alone: after a label's
    colon or at the note's start, before punctuation or a space ("备注：赵娜，", "赵娜 来店，")."""
    if end < len(text) and text[end] not in "，,、；; \u3000。":
        return False
    return start == 0 or text[start - 1] in _ZH_LABEL_END or text[:start].strip() == ""


def _zh_bare_names(text: str) -> list[PiiSpan]:
    """Full Chinese names without an honorific: "跟王建国聊了", "女儿李若曦在伦敦", "林志明和太太",
    "客户孙晓梅说" — a surname and one or two given-name characters, after a verb of meeting or
    giving, a client or kin word, or at the start of a clause, and before a verb, a particle,
    punctuation or "的" + a kin noun. Two-character names ("给王丽的礼物") need the cue before."""
    spans = []
    n = len(text)
    i = 0
    while i < n:
        c = text[i]
        if c not in ZH_SURNAMES:
            i += 1
            continue
        sur = 2 if text[i : i + 2] in _ZH_DOUBLE_SURNAMES else 1
        before = text[i - 1] if i else ""
        cue = _zh_cue_before(text, i)
        clause_start = not i or before in _ZH_PUNCT or not _HAN_CHAR.match(before)
        found = None
        for size in (2, 1):
            end = i + sur + size
            if end > n:
                continue
            given = text[i + sur : end]
            child = size == 2 and _zh_child_kin_before(text, i)
            if not all(g in ZH_GIVEN_CHARS or (child and k == 0 and g == "小") for k, g in enumerate(given)):
                continue
            name = text[i:end]
            if name in ZH_COMMON_WORDS or given in ZH_COMMON_WORDS and not child:
                continue  # but "儿子马小龙": after a child's kin word, a given name that is a word too
            if text[i : i + sur + 1] in ZH_COMMON_WORDS and not (cue and size == 2):
                continue  # 黄金, 周末 … ; "女儿叶子涵" has a cue before it
            if any(w in ZH_COMMON_WORDS for w in (text[i : end + 1], text[i : end + 2])):
                continue  # 周大福的, 江诗丹顿: a word that goes on
            if size == 1 and not cue and sur == 1 and not (clause_start and _zh_closed_two(text, i, end)):
                continue  # "备注：赵娜，", "赵娜 来店": a two-character name closed at a clause start
            if not (cue or clause_start):
                continue
            if _zh_boundary_after(text, end) or (child and text[end - 1 : end + 1] not in ZH_COMMON_WORDS):
                found = PiiSpan(i, end, "NAME")
                break
        if found:
            spans.append(found)
            i = found.end
        else:
            i += 1
    return spans


_ZH_CUE_ANY = re.compile(alternation(ZH_NAME_CUES_BEFORE))
_ZH_NAMING_CUES = ("叫", "名叫", "叫做", "名字是", "名字叫", "叫咗", "個名叫")


def _zh_known_given(word: str) -> bool:
    return word in person_names().given and word not in ZH_COMMON_WORDS


def _zh_given_alone(text: str) -> list[PiiSpan]:
    """A given name without its surname after a kin, client or naming word: "她老公志强喜欢",
    "客户美玲今天来", "女儿叫嘉欣" — a known given name, or any two given-name characters after
    a naming word (叫, 名叫)."""
    spans = []
    for m in _ZH_CUE_ANY.finditer(text):
        i = m.end()
        word = text[i : i + 2]
        if len(word) < 2 or word in ZH_COMMON_WORDS or not (all(c in ZH_GIVEN_CHARS for c in word) or _zh_known_given(word)):
            continue  # a known given name whatever its characters ("太太淑芬最近")
        naming = m.group().endswith(_ZH_NAMING_CUES)
        if (_zh_known_given(word) or naming) and _zh_boundary_after(text, i + 2):
            spans.append(PiiSpan(i, i + 2, "NAME"))
    return spans + _zh_pet_names(text)


# Reduplicated words that are adverbs, kin or common nouns, not a child's pet name ("朵朵", "乐乐")
_ZH_NOT_PET = frozenset(
    "常常 天天 慢慢 刚刚 剛剛 渐渐 漸漸 好好 偷偷 往往 早早 默默 悄悄 统统 統統 仅仅 僅僅 白白 稍稍 明明 处处 處處 "
    "人人 个个 個個 样样 樣樣 年年 月月 日日 时时 時時 次次 件件 家家 妈妈 媽媽 爸爸 姐姐 哥哥 弟弟 妹妹 奶奶 爷爷 "
    "爺爺 姥姥 叔叔 舅舅 伯伯 婆婆 公公 嫂嫂 宝宝 寶寶 娃娃 星星 点点 點點 看看 试试 試試 想想 谢谢 謝謝 "
    "说说 說說 等等 久久 多多 大大 小小 高高 满满 滿滿 轻轻 輕輕 静静 靜靜 匆匆 纷纷 紛紛 深深 淡淡 一一".split()
)
# "阿姨" (a nanny), "阿拉伯", "阿根廷", "阿玛尼": no 阿- pet name
_ZH_NOT_AH = frozenset("姨拉根玛瑪胶膠尔爾富联聯曼")
_ZH_STAFF = ("助理", "秘书", "秘書", "司机", "司機", "保姆")
_ZH_RECIPIENT = ("收件人", "收货人", "收貨人", "收件人写", "收件人寫")
# 小 + these is a word after a child's kin word ("女儿小学毕业", "儿子小心点", "女儿小时候")
_ZH_NOT_SMALL = frozenset("学學心朋礼禮巧宝寶时時姐提说說孩")
_ZH_PET_CUE = re.compile(
    r"(?:女儿|女兒|儿子|兒子|孙子|孫子|孙女|孫女|外孙|外孫|闺女|閨女|小孩|孩子|叫|名叫|小名|乳名|叫做|助理|秘书|秘書|司机|司機|保姆"
    r"|收件人|收货人|收貨人|收件人写|收件人寫)$"
)


def _zh_pet_names(text: str) -> list[PiiSpan]:
    """A child's pet name after a child's kin word or a naming word: a reduplicated character
    ("女儿朵朵来的", "孙子叫乐乐"), or 小 / 阿 + a character after a naming word ("助理叫小雨，",
    "司机阿康来取"), a recipient word ("收件人写小雨，") or a child's kin word ("女儿小雨结婚")."""
    spans = []
    for i in range(1, len(text) - 1):
        a, b = text[i], text[i + 1]
        pet = a == b and _HAN_CHAR.match(a) and a + b not in _ZH_NOT_PET and a + b not in ZH_COMMON_WORDS
        small = (a == "小" or a == "阿" and b not in _ZH_NOT_AH) and _HAN_CHAR.match(b) and b not in _ZH_PUNCT
        before = text[max(0, i - 5) : i].rstrip(" \t")  # "司机 阿明": a space after the cue word
        if not (pet or small) or not _ZH_PET_CUE.search(before):
            continue
        child_small = small and b in ZH_GIVEN_CHARS and b not in _ZH_NOT_SMALL and _zh_child_kin_before(text, i)
        if small and not child_small and not before.endswith(("叫", "小名", "乳名") + _ZH_STAFF + _ZH_RECIPIENT):
            continue  # "助理小雨来取货", "司机阿康": staff are called by a 小- or 阿- form too
        if small and (a + b in ZH_COMMON_WORDS or text[i : i + 3] in ZH_COMMON_WORDS):
            continue
        if _zh_boundary_after(text, i + 2) or (pet or child_small) and text[i + 2 : i + 3] in "来來过過在说說喜对對和跟结結满滿毕畢":
            spans.append(PiiSpan(i, i + 2, "NAME"))
    return spans


def _zh_familiar_names(text: str) -> list[PiiSpan]:
    """A surname called familiarly: "老王", "小李", "阿陈" (before punctuation or a verb), "陈姐", "王姨",
    "陳太", "黃生", "何Sir"."""
    spans = []
    for i, c in enumerate(text):
        if c not in ZH_SURNAMES:
            continue
        before = text[i - 1] if i else ""
        if (before in ("老", "小") or before == "阿" and c not in _ZH_NOT_AH) and (
            i < 2 or not _HAN_CHAR.match(text[i - 2]) or text[i - 2] in _ZH_PUNCT or _zh_cue_before(text, i - 1)
        ):
            if (
                before + c not in ZH_COMMON_WORDS
                and (c + text[i + 1 : i + 2] not in ZH_COMMON_WORDS or text.startswith(_ZH_TOGETHER, i + 1))
                and _zh_boundary_after(text, i + 1)
            ):
                spans.append(PiiSpan(i, i + 1, "NAME"))
                continue
        if i and _HAN_CHAR.match(before) and before not in _ZH_PUNCT and not _zh_cue_before(text, i):
            continue
        m = _ZH_KIN_SUFFIX.match(text, i + 1)
        if not m:
            continue
        suffix = m.group()
        if c + suffix in ZH_COMMON_WORDS or text[i + 1 : m.end() + 1] in ("太太",):
            continue
        if suffix == "生" and text[m.end() : m.end() + 1] in ZH_SHENG_WORDS:
            continue
        if suffix in ("太", "生") and not _zh_boundary_after(text, m.end(), possessive=True):
            continue
        spans.append(PiiSpan(i, i + 1, "NAME"))
    return spans
