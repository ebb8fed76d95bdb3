"""Names in Chinese notes: before an honorific ("王先生", "王总"), an age or a label ("王丽，45岁"),
a couple word ("王夫妇"); without one where the script shows the name's shape ("跟王建国聊了",
"老王", "陈姐"); foreign names in transliteration ("施耐德先生", "玛丽亚·罗西").
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.scripts.cjk_common import HAN, _AGE_ZH, _SEP, _runs_before
from lvmh_pipeline.lib.privacy.names.cues import alternation
from lvmh_pipeline.lib.privacy.names.guard import (
    COMMON,
    UNKNOWN,
    classify,
    is_given_name,
    is_place_month_or_brand,
    is_surname,
    is_vocabulary,
)
from lvmh_pipeline.lib.privacy.names.lexicon import (
    ZH_COMMON_WORDS,
    ZH_COUPLE_SUFFIXES,
    ZH_GIVEN_CHARS,
    ZH_HONORIFICS,
    ZH_KIN_SUFFIXES,
    ZH_NAME_CUES_BEFORE,
    ZH_NAME_FOLLOWERS,
    ZH_POSSESSED,
    ZH_SHENG_WORDS,
    ZH_SHORT_TITLE_NOT_BEFORE,
    ZH_SURNAMES,
    ZH_TRANSLITERATION,
)
from lvmh_pipeline.lib.privacy.names.person_names import person_names

_ZH_SINGLE = tuple(h for h in ZH_HONORIFICS if len(h) == 1)
_ZH_HONORIFIC = re.compile(
    rf"(?:{alternation(h for h in ZH_HONORIFICS if len(h) > 1)}"
    rf"|(?<=[{HAN}])(?:{alternation(_ZH_SINGLE + ('氏',))})(?![{''.join(ZH_SHORT_TITLE_NOT_BEFORE)}]))"
)
_HAN_CHAR = re.compile(f"[{HAN}]")
_SHARED_WITH_JA = frozenset({"先生", "夫人", "教授", "博士", "総", "氏"})
_ZH_DOUBLE_SURNAMES = frozenset({"欧阳", "歐陽", "司马", "司馬", "上官", "诸葛", "諸葛", "司徒"})
_ZH_ROLE_ENDINGS = frozenset("师员家长士手星人生姐妹哥弟儿女子")
_ZH_KIN_CHARS = frozenset("女儿子太妻夫母父孙爸妈姐妹哥弟")
_ZH_AGE = re.compile(rf"([{HAN}]{{2,6}}){_SEP}(?={_AGE_ZH})")
# "王 45岁": a lone surname opening the note (or after a client word) before an age.
_ZH_LONE_AGED = re.compile(rf"(?:^[ \u3000]*|(?<=客户)|(?<=顾客)|(?<=客人))([{HAN}])[ \u3000、，,]+(?={_AGE_ZH})")
_ZH_LABEL = re.compile(
    rf"(?:客户姓名|客户名|姓名|客户|顾客|客人)[ \u3000]?[:：][ \u3000]?([{HAN}]{{2,4}})"
    rf"|(?:客户|顾客|客人|会员|VIP)[ \u3000]?([{''.join(ZH_SURNAMES)}][{HAN}]{{1,2}})(?=[，,、。；;(（ \u3000])"
)
_ZH_LEADING = re.compile(rf"^[ \u3000]*([{''.join(ZH_SURNAMES)}][{HAN}]{{1,2}})(?=[，,、：:（(])")
_ZH_COUPLE = re.compile(rf"([{HAN}]{{1,3}})(?:{alternation(ZH_COUPLE_SUFFIXES)})")
_ZH_DOTTED = re.compile(rf"(?<![{HAN}])([{HAN}]{{2,6}})[·・•‧]([{HAN}]{{2,6}})")
_ZH_LEADING_SURNAME = re.compile(
    rf"^[ \u3000]*([{''.join(ZH_SURNAMES)}])[ \u3000]?[，,、:：(（][ \u3000]?"
    rf"(?=\d{{1,3}}[ \u3000]?(?:岁|歲|周岁|多岁|來歲|来岁|[，,、)）;；]))"
)
_ZH_SURNAME_IS = re.compile(rf"(?<=[^{HAN}]姓)([{''.join(ZH_SURNAMES)}])(?=[，,、。；;\s]|[{HAN}]{{1,2}}[，,、。；;])")


def _zh_name_at_end(run: str, end: int, *, honorific: bool) -> PiiSpan | None:
    if not honorific and (run.endswith(ZH_HONORIFICS) or run[-1] in _ZH_ROLE_ENDINGS):
        return None  # 何先生，45岁 (the honorific rule has it); 工程师，45岁 (an engineer)
    if (
        honorific
        and len(run) >= 2
        and run[-2] not in ZH_SURNAMES
        and (len(run) == 2 or run[-3] not in ZH_SURNAMES)
        and _zh_known_given(run[-2:])
    ):
        return PiiSpan(end - 2, end, "NAME")  # 美玲小姐: a given name before the title
    if len(run) >= 4 and run[-4:-2] in _ZH_DOUBLE_SURNAMES:
        return PiiSpan(end - 4, end, "NAME")
    for size in (3, 2, 1) if honorific else (3, 2):
        if len(run) < size or run[-size] not in ZH_SURNAMES:
            continue
        name = run[-size:]
        if not honorific and (name in ZH_COMMON_WORDS or _ZH_KIN_CHARS & set(name[1:])):
            continue
        if honorific and size > 1 and name in ZH_COMMON_WORDS:
            continue  # 董事总经理: the board, not Mr 董
        return PiiSpan(end - size, end, "NAME")
    return None


def _transliterated_end(run: str) -> int:
    """Length of the foreign name in transliteration characters ending ``run`` (施耐德, 布朗)."""
    size = 0
    while size < min(len(run), 6) and run[len(run) - 1 - size] in ZH_TRANSLITERATION:
        size += 1
    return size if size >= 2 and run[-size:] not in ZH_COMMON_WORDS else 0


def _chinese_names(text: str, *, honorifics_only: bool = False) -> list[PiiSpan]:
    """``honorifics_only`` (Japanese text): only the titles Japanese does not use (女士, 小姐 …)."""
    spans = []
    for start, end, honorific in _runs_before(text, _ZH_HONORIFIC, _HAN_CHAR):
        if honorifics_only and honorific in _SHARED_WITH_JA:
            continue
        run = text[start:end]
        if text[end - 1 : end + len(honorific)] in ZH_COMMON_WORDS:
            continue  # 古董 (antiques), 董事: the "title" is part of a word
        span = _zh_name_at_end(run, end, honorific=True)
        size = _transliterated_end(run) if len(honorific) > 1 else 0
        if size and (span is None or end - span.start < size):
            span = PiiSpan(end - size, end, "NAME")  # 施耐德先生, 布朗女士: a foreign name
        if span:
            spans.append(span)
    for m in _ZH_DOTTED.finditer(text):  # 买买提·艾力, 玛丽亚·罗西: a foreign name with its dot
        head = _transliterated_end(m.group(1))
        tail = 0
        while tail < len(m.group(2)) and m.group(2)[tail] in ZH_TRANSLITERATION:
            tail += 1
        if head and tail >= 2:
            spans.append(PiiSpan(m.end(1) - head, m.start(2) + tail, "NAME"))
    lone = _ZH_LEADING_SURNAME.match(text)  # 周，52岁
    if lone:
        spans.append(PiiSpan(lone.start(1), lone.end(1), "NAME"))
    for m in _ZH_SURNAME_IS.finditer(text):  # 姓苏, 姓王
        spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    if honorifics_only:
        return spans
    for m in _ZH_AGE.finditer(text):
        span = _zh_name_at_end(m.group(1), m.end(1), honorific=False)
        if span:
            spans.append(span)
    for m in _ZH_LONE_AGED.finditer(text):
        if m.group(1) in ZH_SURNAMES:
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    lead = _ZH_LEADING.match(text)  # "王丽，VIP客户": a note opening with a name
    if (
        lead
        and lead.group(1) not in ZH_COMMON_WORDS
        and lead.group(1)[-1] not in _ZH_ROLE_ENDINGS
        and not lead.group(1).endswith(ZH_COUPLE_SUFFIXES)  # "郭夫妇，…": the couple rule has it
        and not lead.group(1)[1:].startswith(_ZH_HONORIFIC_STARTS)  # "江太太，…": the honorific rule has 江
    ):
        spans.append(PiiSpan(lead.start(1), lead.end(1), "NAME"))
    for m in _ZH_LABEL.finditer(text):
        group = 1 if m.group(1) else 2
        name = m.group(group)
        if name[0] in ZH_SURNAMES and name not in ZH_COMMON_WORDS and name[-1] not in _ZH_ROLE_ENDINGS:
            spans.append(PiiSpan(m.start(group), m.end(group), "NAME"))
    spans += _zh_bare_names(text) + _zh_familiar_names(text) + _zh_given_alone(text)
    if _ZH_LATIN_HINT.search(text):
        spans += _zh_latin_names(text)
    for m in _ZH_COUPLE.finditer(text):  # 王氏夫妇 is taken by 氏; 王家 needs a surname
        span = _zh_couple_surname(text, m)
        if span:
            spans.append(span)
    return spans


def _zh_couple_surname(text: str, m: re.Match[str]) -> PiiSpan | None:
    """The surname before 夫妇 / 夫妻 / 一家: "王夫妇", "接待林夫妻", "与欧阳夫妇" — the surname
    only, opening the run of Han characters or after a cue ("接待", "与"); not "他们夫妇"."""
    run, end = m.group(1), m.end(1)
    size = 2 if run[-2:] in _ZH_DOUBLE_SURNAMES else 1 if run[-1] in ZH_SURNAMES else 0
    if not size:
        return None
    start = end - size
    if start > m.start(1) and not _zh_cue_before(text, start):
        return None
    if start == m.start(1) and start > 0 and re.match(f"[{HAN}]", text[start - 1]) and not _zh_cue_before(text, start):
        return None
    return PiiSpan(start, end, "NAME")


_ZH_PUNCT = frozenset("，。、；：！？（）【】「」《》“”‘’,.;:!?()/ \u3000\n\t…—-~～·")
_ZH_CUE_BEFORE = re.compile(rf"(?:{alternation(ZH_NAME_CUES_BEFORE)})$")


def _zh_cue_before(text: str, pos: int) -> bool:
    """Does a cue word ("跟", "女儿", "客户" …) end at ``pos``?"""
    return pos > 0 and _ZH_CUE_BEFORE.search(text, max(0, pos - 6), pos) is not None
_ZH_HONORIFIC_STARTS = tuple(sorted(set(ZH_HONORIFICS) | {"氏", "夫妇", "夫婦", "一家", "们", "們"}, key=len, reverse=True))
_ZH_KIN_SUFFIX = re.compile(
    rf"(?:{alternation(ZH_KIN_SUFFIXES)})(?:(?![{HAN}a-z])|(?=[{''.join(ZH_NAME_FOLLOWERS)}]))"
)


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
            if not all(g in ZH_GIVEN_CHARS for g in given):
                continue
            name = text[i:end]
            if name in ZH_COMMON_WORDS or given in ZH_COMMON_WORDS:
                continue
            if text[i : i + sur + 1] in ZH_COMMON_WORDS and not (cue and size == 2):
                continue  # 黄金, 周末 … ; "女儿叶子涵" has a cue before it
            if any(w in ZH_COMMON_WORDS for w in (text[i : end + 1], text[i : end + 2])):
                continue  # 周大福的, 江诗丹顿: a word that goes on
            if size == 1 and not cue and sur == 1 and not (clause_start and _zh_closed_two(text, i, end)):
                continue  # "备注：赵娜，", "赵娜 来店": a two-character name closed at a clause start
            if not (cue or clause_start):
                continue
            if _zh_boundary_after(text, end):
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
        if len(word) < 2 or not all(c in ZH_GIVEN_CHARS for c in word) or word in ZH_COMMON_WORDS:
            continue
        naming = m.group().endswith(_ZH_NAMING_CUES)
        if (_zh_known_given(word) or naming) and _zh_boundary_after(text, i + 2):
            spans.append(PiiSpan(i, i + 2, "NAME"))
    return spans


def _zh_familiar_names(text: str) -> list[PiiSpan]:
    """A surname called familiarly: "老王", "小李" (before punctuation or a verb), "陈姐", "王姨",
    "陳太", "黃生", "何Sir"."""
    spans = []
    for i, c in enumerate(text):
        if c not in ZH_SURNAMES:
            continue
        before = text[i - 1] if i else ""
        if before in ("老", "小") and (
            i < 2 or not _HAN_CHAR.match(text[i - 2]) or text[i - 2] in _ZH_PUNCT or _zh_cue_before(text, i - 1)
        ):
            if (
                before + c not in ZH_COMMON_WORDS
                and c + text[i + 1 : i + 2] not in ZH_COMMON_WORDS
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


# "Amy 王", "Kelly 张": an English given name and a Chinese surname, as Hong Kong writes them
_LATIN_GIVEN_ZH_SURNAME = re.compile(
    rf"(?<![A-Za-z])([A-Z][a-z]+)[ \u3000]?([{''.join(ZH_SURNAMES)}])(?![{HAN}])"
)


def _latin_given_zh_surname(text: str) -> list[PiiSpan]:
    spans = []
    for m in _LATIN_GIVEN_ZH_SURNAME.finditer(text):
        if is_given_name(m.group(1)) and classify(m.group(1)) != COMMON:
            spans += [PiiSpan(m.start(1), m.end(1), "NAME"), PiiSpan(m.start(2), m.end(2), "NAME")]
    return spans


# Person words of a Chinese note before a name in Latin letters ("客户 Emily Zhang", "她的朋友
# Aurelia", "英文名 Cindy", "助理Vivian"): a word missing from the lexicon is a name there too. After
# a verb of meeting or a time word ("跟 Sophie", "今天 Chloe") only a known given name is.
_ZH_PERSON_CUES = (
    "客户", "客戶", "顾客", "顧客", "客人", "会员", "會員", "贵宾", "貴賓", "朋友", "闺蜜", "閨蜜", "同事", "助理",
    "秘书", "秘書", "司机", "司機", "女儿", "女兒", "儿子", "兒子", "老公", "老婆", "丈夫", "妻子", "先生",
    "太太", "夫人", "妈妈", "媽媽", "爸爸", "男友", "女友", "男朋友", "女朋友", "未婚夫", "未婚妻", "孙女",
    "孫女", "孙子", "孫子", "外孙", "外孫", "姐姐", "妹妹", "哥哥", "弟弟", "英文名", "英文名字", "英文名是",
    "英文名叫", "小名", "昵称", "暱稱", "名叫", "叫做", "名字是", "名字叫",
)
# Nouns after a product's name ("Twist 系列", "Tank 表带", "Mini 包"): the word is a line, not a person.
_ZH_PRODUCT_AFTER = re.compile(
    r"[ \u3000]?(?:系列|包|款|表|手表|腕表|香水|手袋|手链|项链|項鍊|戒指|耳环|耳環|型号|型號|号|號|色|尺码|尺碼|鞋|"
    r"围巾|圍巾|丝巾|絲巾|皮带|皮帶|钱包|錢包|卡包|眼镜|眼鏡|口红|口紅|链|鏈|扣|盒|套装|套裝|限量|新款|经典|經典)"
)
_ZH_LATIN_HINT = re.compile(r"[A-Z][a-z]")
_ZH_LATIN_NAME = re.compile(
    rf"(?<![A-Za-z])([A-Z][a-z]{{2,}}(?:-[A-Z][a-z]+)?)(?:[ \u3000]([A-Z][a-z]{{2,}}))?"
    rf"(?=[ \u3000]?(?:[{HAN}，。、；：！？（）,.;:!?()]|$))"
)
_ZH_PERSON_CUE_END = re.compile(rf"(?:{alternation(_ZH_PERSON_CUES)})[ \u3000]?$")
_ZH_ANY_CUE_END = re.compile(rf"(?:{alternation(ZH_NAME_CUES_BEFORE)})[ \u3000]?$")


def _zh_latin_names(text: str) -> list[PiiSpan]:
    spans = []
    for m in _ZH_LATIN_NAME.finditer(text):
        word, second = m.group(1), m.group(2)
        start = m.start(1)
        if not start or not _HAN_CHAR.match(text[start - 1 if text[start - 1] not in " \u3000" else max(0, start - 2)]):
            continue  # a cue word in Han characters stands right before
        if is_place_month_or_brand(word) or classify(word) == COMMON:
            continue
        person_cue = _ZH_PERSON_CUE_END.search(text, max(0, start - 6), start) is not None
        # after a person word ("女儿 Rose", "先生 Grant") a given name that is an English word too
        # is still the relative's name: a Chinese note writes its ordinary words in Han characters
        known = is_given_name(word) and (person_cue or not is_vocabulary(word))
        if not (person_cue and classify(word) == UNKNOWN or known and (
            person_cue or _ZH_ANY_CUE_END.search(text, max(0, start - 6), start)
        )):
            continue  # "今天 Tank 到货": after a time word or a verb only a known given name
        if _ZH_PRODUCT_AFTER.match(text, m.end(2) if second else m.end(1)):
            continue
        end = m.end(1)
        if second and (is_surname(second) or classify(second) == UNKNOWN) and not is_place_month_or_brand(second):
            end = m.end(2)  # "客户 Emily Zhang"
        spans.append(PiiSpan(start, end, "NAME"))
    return spans
