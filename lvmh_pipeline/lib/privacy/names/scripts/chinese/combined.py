"""All Chinese names of a note: before an honorific, an age, a label or a couple word, bare and Latin-script names."""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.lexicon import (
    ZH_COMMON_WORDS,
    ZH_COUPLE_SUFFIXES,
    ZH_GIVEN_CHARS,
    ZH_HONORIFICS,
    ZH_SURNAMES,
    ZH_TRANSLITERATION,
)
from lvmh_pipeline.lib.privacy.names.scripts.chinese.bare import (
    _ZH_HONORIFIC_STARTS,
    _zh_bare_names,
    _zh_cue_before,
    _zh_familiar_names,
    _zh_given_alone,
    _zh_known_given,
)
from lvmh_pipeline.lib.privacy.names.person_names import person_names
from lvmh_pipeline.lib.privacy.names.scripts.chinese.cantonese import cantonese_familiar_names
from lvmh_pipeline.lib.privacy.names.scripts.chinese.foreign import zh_kin_foreign_given
from lvmh_pipeline.lib.privacy.names.scripts.chinese.latin import _ZH_LATIN_HINT, _zh_latin_names
from lvmh_pipeline.lib.privacy.names.scripts.chinese.rare import zh_rare_surnames
from lvmh_pipeline.lib.privacy.names.scripts.chinese.patterns import (
    _HAN_CHAR,
    _SHARED_WITH_JA,
    _ZH_AGE,
    _ZH_COUPLE,
    _ZH_DOTTED,
    _ZH_DOUBLE_SURNAMES,
    _ZH_HONORIFIC,
    _ZH_KIN_CHARS,
    _ZH_LABEL,
    _ZH_LEADING,
    _ZH_LEADING_SURNAME,
    _ZH_LONE_AGED,
    _ZH_ROLE_ENDINGS,
    _ZH_SAID_SURNAME,
    _ZH_SURNAME_IS,
)
from lvmh_pipeline.lib.privacy.names.scripts.cjk_common import HAN, _runs_before


# Offices written after a surname (郑主任, 黄主席, 刘董事长): only a name opening the clause takes them
_ZH_OFFICES = frozenset(
    "主任 主管 主席 书记 書記 董事长 董事長 行长 行長 院长 院長 校长 校長 局长 局長 处长 處長 厂长 廠長 部长 部長 会长 會長 老板 老闆".split()
)
_ZH_OFFICE_HINTS = ("主", "书", "書", "长", "長", "老板", "老闆")
_ZH_OFFICE = re.compile(rf"(?:^|(?<=[^{HAN}]))([{HAN}]{{1,3}}?)(?:{'|'.join(sorted(_ZH_OFFICES, key=len, reverse=True))})")


def _zh_office_names(text: str) -> list[PiiSpan]:
    """郑主任说, 黄主席, 刘董事长: an office after a surname (a full name) opening the clause; not
    班主任, 公司的副主任, 公司老板."""
    spans = []
    for m in _ZH_OFFICE.finditer(text):
        run, office = m.group(1), text[m.end(1) : m.end()]
        if run[0] in ZH_SURNAMES and run[-1] + office not in _ZH_OFFICE_WORDS and (
            len(run) == 1 or _zh_known_given(run[1:]) or run[:2] in _ZH_DOUBLE_SURNAMES
        ):
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    return spans


_ZH_OFFICE_WORDS = frozenset("班主任 副主任 副主席 副书记 副書記 副校长 副校長 副院长 副院長 副局长 副局長 副处长 副處長 副厂长 副部长 副部長 副会长 副會長 副行长 副行長 总书记 總書記 车间主任".split())


# Professions among the titles, and the verbs that say one works as one ("做律师", "当医生", "是老师")
_ZH_PROFESSIONS = frozenset("律师 律師 医生 醫生 老师 老師 教授 博士 经理 經理 总监".split())
_ZH_JOB_VERBS = frozenset("做当當作是为為")


# Verbs and prepositions said right before a title, which end no given name: "会带太太来",
# "由太太决定", "给太太买", "跟太太一起".
_ZH_VERB_BEFORE_TITLE = frozenset("给把被替帮带由让跟")
# Verbs of saying, asking and meeting between a familiar name and a surname with a title
# ("小刘说周总", "老王问李总"): the title's name is the surname alone.
_ZH_VERBS_BETWEEN = frozenset("说說讲講问問叫请請找约約见見陪告")
# Particles no given name holds: a name before a title stops after them ("公司的方总", "她和王总").
_ZH_GRAMMAR_CHARS = frozenset("的了和与與及或在是也都就")


_ZH_SIDE_WORDS = frozenset("东方 東方 西方 南方 北方 对方 對方 双方 雙方 男方 女方 官方 前方 后方 後方".split())


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
    if honorific and run[-2:] in _ZH_SIDE_WORDS and (len(run) == 2 or run[-3] not in ZH_SURNAMES):
        return None  # 一位东方女士, 对方先生: a side or a direction, not Mr 方
    if honorific and run[-2:] in _ZH_DOUBLE_SURNAMES:
        return PiiSpan(end - 2, end, "NAME")  # 令狐先生, 那个公孙太太: a compound surname alone, not cut in half
    for size in (3, 2, 1) if honorific else (3, 2):
        if len(run) < size or run[-size] not in ZH_SURNAMES:
            continue
        name = run[-size:]
        if not honorific and (name in ZH_COMMON_WORDS or _ZH_KIN_CHARS & set(name[1:])):
            continue
        if honorific and size > 1 and name in ZH_COMMON_WORDS:
            continue  # 董事总经理: the board, not Mr 董
        if honorific and size == 3 and name[-1] in _ZH_VERB_BEFORE_TITLE:
            continue  # 下周会带太太, 颜色由太太决定: a verb or a preposition before the title
        if honorific and size == 3 and name[1] in _ZH_VERBS_BETWEEN and name[2] in ZH_SURNAMES:
            continue  # 小刘说周总: "Xiao Liu says Mr Zhou", a verb between two surnames
        if size > 1 and _ZH_GRAMMAR_CHARS & set(name[1:]):
            continue  # 公司的方总: "the company's Mr Fang", no given name holds 的
        return PiiSpan(end - size, end, "NAME")
    return None


def _transliterated_end(run: str) -> int:
    """Length of the foreign name in transliteration characters ending ``run`` (施耐德, 布朗)."""
    size = 0
    while size < min(len(run), 6) and run[len(run) - 1 - size] in ZH_TRANSLITERATION:
        size += 1
    return size if size >= 2 and run[-size:] not in ZH_COMMON_WORDS else 0


def _japanese_surname_end(run: str) -> bool:
    """``run`` ends with a two-kanji Japanese family name of the lexicon that is no Chinese word."""
    tail = run[-2:]
    return len(tail) == 2 and tail in person_names().ja_names and tail in person_names().surnames and tail not in ZH_COMMON_WORDS


def _chinese_names(text: str, *, honorifics_only: bool = False) -> list[PiiSpan]:
    """``honorifics_only`` (Japanese text): only the titles Japanese does not use (女士, 小姐 …)."""
    spans = []
    for start, end, honorific in _runs_before(text, _ZH_HONORIFIC, _HAN_CHAR):
        if honorifics_only and honorific in _SHARED_WITH_JA:
            continue
        run = text[start:end]
        if text[end - 1 : end + len(honorific)] in ZH_COMMON_WORDS:
            continue  # 古董 (antiques), 董事: the "title" is part of a word
        if honorific in _ZH_PROFESSIONS and run[-1:] in _ZH_JOB_VERBS:
            continue  # "在上海做律师", "她是医生": the profession one works in, no title after a name
        span = _zh_name_at_end(run, end, honorific=True)
        size = _transliterated_end(run) if len(honorific) > 1 else 0
        if size and (span is None or end - span.start < size):
            span = PiiSpan(end - size, end, "NAME")  # 施耐德先生, 布朗女士: a foreign name
        if span is None and len(honorific) > 1 and _japanese_surname_end(run):
            span = PiiSpan(end - 2, end, "NAME")  # 佐藤先生: a Japanese family name in a Chinese note
        if span:
            spans.append(span)
    if any(o in text for o in _ZH_OFFICE_HINTS):
        spans += _zh_office_names(text)
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
    for m in _ZH_SURNAME_IS.finditer(text):  # 姓苏, 姓王, 妈妈姓欧阳
        g = 1 if m.group(1) else 2
        spans.append(PiiSpan(m.start(g), m.end(g), "NAME"))
    if "姓" in text or "名" in text:  # 慕容是姓，雪是名字; 复姓欧阳
        for m in _ZH_SAID_SURNAME.finditer(text):
            g = next(i for i in (1, 2, 3) if m.group(i))
            if not (g == 3 and m.group(3)[0] in "这這那哪谁誰它我你他她"):
                spans.append(PiiSpan(m.start(g), m.end(g), "NAME"))
    if honorifics_only:
        return spans
    spans += zh_rare_surnames(text)  # 庹女士, 查先生: a family name the lexicon lacks, opening a clause
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
        and _zh_given_part(lead.group(1)[1:])  # "連絡先：…", "金色款，两个": a label or a word, no given name
    ):
        spans.append(PiiSpan(lead.start(1), lead.end(1), "NAME"))
    for m in _ZH_LABEL.finditer(text):
        group = 1 if m.group(1) else 2
        name = m.group(group)
        title = _ZH_HONORIFIC.search(text, m.start(group) + 1, m.end(group) + 4)
        if title and title.start() < m.end(group):
            name = text[m.start(group) : title.start()]  # "客户：高明远先生": the title is no part of the name
        if name[0] in ZH_SURNAMES and name not in ZH_COMMON_WORDS and name[-1] not in _ZH_ROLE_ENDINGS:
            spans.append(PiiSpan(m.start(group), m.start(group) + len(name), "NAME"))
    spans += _zh_bare_names(text) + _zh_familiar_names(text) + _zh_given_alone(text) + zh_kin_foreign_given(text)
    if _ZH_LATIN_HINT.search(text):
        spans += _zh_latin_names(text) + cantonese_familiar_names(text)  # "司机 Ah Keung"
    for m in _ZH_COUPLE.finditer(text):  # 王氏夫妇 is taken by 氏; 王家 needs a surname
        span = _zh_couple_surname(text, m)
        if span:
            spans.append(span)
    return spans


def _zh_given_part(given: str) -> bool:
    """Could ``given`` follow a surname as a given name (its characters, or a known given name)?"""
    return all(c in ZH_GIVEN_CHARS for c in given) or _zh_known_given(given)


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
