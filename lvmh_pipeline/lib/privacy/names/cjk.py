"""Names in Japanese, Chinese and Korean notes, and foreign names written in them.

Unspaced scripts mark a person with a suffix: "田中様", "ミュラー氏", "王先生", "王总",
"김민수 님", "김민지 회장님", "Meyer님", "Smith さん", "Орлова様"; or with an age ("김민지(34세)",
"王丽，45岁", "田中（45）") or a label ("顧客：田中", "고객명: 김민지").
"""

from __future__ import annotations

import re
from functools import lru_cache

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.lexicon import (
    JA_COUPLE_SUFFIXES,
    JA_HONORIFICS,
    JA_LEADING_WORDS,
    JA_ROLE_SUFFIXES,
    JA_ROLE_WORDS,
    KO_COMMON_STEMS,
    KO_HONORIFICS,
    KO_NAME_CUES,
    KO_NAME_PARTICLES,
    KO_NOT_LONE_SURNAMES,
    KO_PERSON_PARTICLES,
    KO_PREFIX_TITLES,
    KO_ROLE_WORDS,
    KO_SPACED_ONLY,
    KO_SPACED_ROLES,
    KO_SURNAMES,
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
from lvmh_pipeline.lib.privacy.names.cues import _TITLE, alternation, scan, skip_fillers
from lvmh_pipeline.lib.privacy.names.guard import COMMON, classify, is_given_name, is_surname
from lvmh_pipeline.lib.privacy.names.person_names import person_names

HAN = "\u4e00-\u9fff\u3400-\u4dbf\u3005"
KATAKANA = "\u30a0-\u30ff\u31f0-\u31ff"
KANA = "\u3040-\u30ff"
_KANA_CHAR = re.compile(f"[{KANA}]")
_KANA_ONLY = re.compile("[\u3040-\u309f]")
_HANGUL = re.compile("[가-힣]")
_AGE_JA = r"[(（]?\s*\d{1,3}\s*(?:歳|才|代)"
_AGE_ZH = r"[(（]?\s*\d{1,3}\s*(?:岁|歲|周岁)"
_AGE_KO = r"[(（]?\s*\d{1,3}\s*(?:세|살|대)"
_SEP = r"[ \u3000]?[、，,:：]?[ \u3000]?"

# --- Japanese ------------------------------------------------------------------------------

_JA_SHORT = ("氏", "殿")  # also start words: 氏名 (full name), 殿下 (highness)
_JA_HONORIFIC = re.compile(
    rf"(?:{alternation(h for h in JA_HONORIFICS + ('先生',) if h not in _JA_SHORT)}"
    r"|氏(?![名族])|殿(?!下))"
)
_JA_NAME_CHAR = re.compile(rf"[{HAN}{KATAKANA}・ー]")
_KATAKANA_RUN = re.compile(rf"[{KATAKANA}・ー]+")
# Kanji forming ordinary words with 様 (模様 pattern, 多様 diverse, 仕様 specification …).
_SAMA_COMPOUND_BEFORE = frozenset("模多同仕異一外今左斯有")
_SAMA_COMPOUND_AFTER = frozenset("々子式相")
_JA_COUPLE = re.compile(rf"([{HAN}]{{1,4}})(?:{alternation(JA_COUPLE_SUFFIXES)})")
_JA_KATAKANA_COUPLE = re.compile(
    rf"(?<![{KATAKANA}])([{KATAKANA}・ー]{{2,12}})(?:{alternation(s for s in JA_COUPLE_SUFFIXES if s != '家')})"
)
# A given name written in hiragana before an honorific, after の or at a clause start.
_JA_HIRAGANA_NAME = re.compile(
    r"(?:(?<=の)|(?<=[、。，,\s「（(])|^)([\u3041-\u3096]{2,4})(?=様|さま|さん|ちゃん|くん)"
)
_JA_HIRAGANA_NOT_NAMES = ("みな", "みんな", "だんな", "こども", "あかちゃ", "ぼっちゃ", "むすめ", "むすこ", "おく")
_JA_AGE = re.compile(
    rf"(?<![{HAN}{KATAKANA}])([{HAN}{KATAKANA}・ー]{{2,8}})(?:{_SEP}(?={_AGE_JA})|(?=[(（]\d{{2}}[)）]))"
)
_JA_START = re.compile(r"^[ \u3000]*")
_JA_DECADE = re.compile(rf"{_SEP}[(（]?\s*\d{{1,3}}\s*代")
_JA_LEADING_NAME = re.compile(rf"^[ \u3000]*([{HAN}]{{2,3}})[、，,:：]")
# Words that open a Japanese note before an age without being a name (女性、45歳).
_JA_COMMON_BEFORE_AGE = frozenset(
    """女性 男性 主婦 会社員 医師 経営者 弁護士 教師 学生 社長 役員 公務員 自営業 会社経営 主人 奥様 夫婦
    顧客 新規 常連 お客様 ご主人 奥さま 男の子 女の子 息子 娘 ご夫妻 女史 看護師 歯科医 銀行員 会長
    投資家 建築家 デザイナー 弁理士 税理士 会計士 医者 教授 作家 画家 俳優 女優 歌手 モデル 退職者""".split()
)
_JA_LABEL = re.compile(
    rf"(?:顧客名|お客様名|氏名|お名前|顧客|お客様)[ \u3000]?[:：][ \u3000]?([{HAN}{KATAKANA}・ー]{{2,8}})"
)


def _runs_before(text: str, honorific: re.Pattern[str], char: re.Pattern[str]):
    """(run start, run end, honorific) for each honorific preceded by name characters.

    A run never reaches back into the previous honorific ("李女士和张小姐" → 李, 和张).
    """
    floor = 0
    for m in honorific.finditer(text):
        end = m.start()
        if end > floor and text[end - 1] in " \u3000":
            end -= 1
        start = end
        while start > floor and char.match(text, start - 1):
            start -= 1
            # "田中 恵子様": one space inside a name
            if (
                start - 2 >= floor
                and text[start - 1] in " \u3000"
                and char.match(text, start - 2)
                and start < end
                and not _KANA_ONLY.match(text, start - 2)
            ):
                start -= 1
        if start < end:
            yield start, end, m.group()
        floor = m.end()


def _ja_known_suffix(run: str) -> int:
    """Length of the longest known Japanese name ending ``run`` (0 when none)."""
    names = person_names().ja_names
    for size in range(min(len(run), 4), 0, -1):
        if run[-size:] in names:
            return size
    return 0


def _ja_known_prefix(run: str) -> int:
    names = person_names().ja_names
    for size in range(min(len(run), 4), 0, -1):
        if run[:size] in names:
            return size
    return 0


_JA_ROLE_SUFFIX = re.compile(rf"([{HAN}]{{2,6}})(?:{alternation(JA_ROLE_SUFFIXES)})")
# "山本（やまもと）様": the reading in brackets between the name and the honorific
_JA_READING = re.compile(
    rf"([{HAN}]{{1,4}}(?:[ \u3000]?[{HAN}]{{1,3}})?)[（(]([\u3041-\u3096\u30a1-\u30faー・ ]{{2,12}})[）)]"
    rf"(?=[ \u3000]?(?:{alternation(JA_HONORIFICS + JA_ROLE_SUFFIXES)}|[、，,。]))"
)


def _ja_role_names(text: str) -> list[PiiSpan]:
    """A known surname before a role word used as a title ("鈴木社長", "今日は小林部長が"), and a
    name with its reading in brackets ("山本（やまもと）様")."""
    spans = []
    for m in _JA_ROLE_SUFFIX.finditer(text):
        run = m.group(1)
        size = _ja_known_suffix(run)
        if size >= 2:
            spans.append(PiiSpan(m.end(1) - size, m.end(1), "NAME"))
    for m in _JA_READING.finditer(text):
        run = m.group(1)
        if _ja_known_suffix(run) >= 2 or _ja_known_prefix(run) >= 2 or len(run) <= 4 and run not in JA_ROLE_WORDS:
            start = m.start(1)
            if not _ja_known_prefix(run) and _ja_known_suffix(run) >= 2:
                start = m.end(1) - _ja_known_suffix(run)
            spans.append(PiiSpan(start, m.end(1), "NAME"))
            spans.append(PiiSpan(m.start(2), m.end(2), "NAME"))
    return spans


def _japanese_names(text: str, *, honorifics: bool = True) -> list[PiiSpan]:
    """``honorifics`` False (Han text without kana, Chinese or Japanese): only the rules that
    need a known Japanese surname (田中、45歳; 佐藤夫妻)."""
    spans = []
    runs = _runs_before(text, _JA_HONORIFIC, _JA_NAME_CHAR) if honorifics else ()
    for start, end, honorific in runs:
        run = text[start:end]
        if start > 0 and text[start - 1] in "おご御" and " " not in run and "\u3000" not in run:
            continue
        if honorific == "様" and _ja_known_suffix(run) < 2 and (
            run[-1] in _SAMA_COMPOUND_BEFORE or text[end + 1 : end + 2] in _SAMA_COMPOUND_AFTER
        ):
            continue
        if run.endswith("屋"):  # 花屋さん: a shop, not a person
            continue
        head, space, tail = run.partition(" ") if " " in run else run.partition("\u3000")
        if space and (head in JA_LEADING_WORDS or head in JA_ROLE_WORDS or len(head) > 3):
            start, run = start + len(head) + 1, tail  # "本日 田中様": the name is after the space
        for word in JA_LEADING_WORDS:
            if run.startswith(word) and len(run) > len(word):
                start, run = start + len(word), run[len(word) :]
        if not _KATAKANA_RUN.fullmatch(run) and len(run.replace(" ", "").replace("\u3000", "")) > 4:
            keep = 5 if run[-5:-4].isspace() or run[-4:-3].isspace() else 4
            run = run[-keep:].lstrip()
            start = end - len(run)
        if run not in JA_ROLE_WORDS and run.lstrip("ご") not in JA_ROLE_WORDS:
            spans.append(PiiSpan(start, end, "NAME"))
    for m in _JA_COUPLE.finditer(text):  # 田中夫妻, 佐藤家: known surnames only
        size = _ja_known_suffix(m.group(1))
        if size >= 2:
            spans.append(PiiSpan(m.end(1) - size, m.end(1), "NAME"))
    for m in _JA_KATAKANA_COUPLE.finditer(text):  # シュミット夫妻, ブラウンご夫婦
        if classify(m.group(1)) != COMMON and m.group(1) not in JA_ROLE_WORDS:
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    for m in _JA_HIRAGANA_NAME.finditer(text):  # 奥様のさくら様, 娘のあやかちゃん
        run = m.group(1)
        if not run.startswith(("お", "ご")) and not run.startswith(_JA_HIRAGANA_NOT_NAMES):
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    lead = _JA_LEADING_NAME.match(text)  # 原田、…: a note opening with a known surname
    if lead and _ja_known_prefix(lead.group(1)) == len(lead.group(1)) >= 2:
        spans.append(PiiSpan(lead.start(1), lead.end(1), "NAME"))
    for pattern in (_JA_AGE, _JA_LABEL):
        for m in pattern.finditer(text):
            run = m.group(1)
            if any(h in run for h in JA_HONORIFICS + ZH_HONORIFICS) or run in JA_ROLE_WORDS:
                continue  # 田中様、45歳, 白女士（45）: the honorific rule has it
            if _KATAKANA_RUN.fullmatch(run):
                # A katakana word before an age is a name only where a name stands: at the start
                # of the note or after a label ("ミュラー、52歳"), not "アポイント、49歳"; and
                # before an age, not a decade ("ウォークイン、30代女性").
                leading = m.start(1) == _JA_START.match(text).end()
                decade = _JA_DECADE.match(text, m.end(1))
                if len(run) >= 2 and (leading or pattern is _JA_LABEL) and not decade:
                    spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
                continue
            size = _ja_known_prefix(run)
            leading = m.start(1) == _JA_START.match(text).end()
            if size < 2 and (pattern is _JA_LABEL or leading) and 2 <= len(run) <= 4:
                if run not in _JA_COMMON_BEFORE_AGE and classify(run) != COMMON:
                    spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))  # 高畑、27歳
                continue
            if size >= 2:
                # 田中恵子 (surname + given name) stays whole; 田中様 … is handled above.
                stop = m.end(1) if len(run) <= 4 else m.start(1) + size
                spans.append(PiiSpan(m.start(1), stop, "NAME"))
    return spans


# --- Chinese -------------------------------------------------------------------------------

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
_ZH_LABEL = re.compile(
    rf"(?:客户姓名|客户名|姓名|客户|顾客|客人)[ \u3000]?[:：][ \u3000]?([{HAN}]{{2,4}})"
    rf"|(?:客户|顾客|客人|会员|VIP)[ \u3000]?([{''.join(ZH_SURNAMES)}][{HAN}]{{1,2}})(?=[，,、。；;(（ \u3000])"
)
_ZH_LEADING = re.compile(rf"^[ \u3000]*([{''.join(ZH_SURNAMES)}][{HAN}]{{1,2}})(?=[，,、：:（(])")
_ZH_COUPLE = re.compile(rf"([{HAN}]{{1,3}})(?:{alternation(ZH_COUPLE_SUFFIXES)})")
_ZH_DOTTED = re.compile(rf"(?<![{HAN}])([{HAN}]{{2,6}})[·・•‧]([{HAN}]{{2,6}})")
_ZH_LEADING_SURNAME = re.compile(
    rf"^[ \u3000]*([{''.join(ZH_SURNAMES)}])[ \u3000]?[，,、:：][ \u3000]?(?=\d{{1,3}}[ \u3000]?(?:岁|歲|周岁))"
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
    lead = _ZH_LEADING.match(text)  # "王丽，VIP客户": a note opening with a name
    if lead and lead.group(1) not in ZH_COMMON_WORDS and lead.group(1)[-1] not in _ZH_ROLE_ENDINGS:
        spans.append(PiiSpan(lead.start(1), lead.end(1), "NAME"))
    for m in _ZH_LABEL.finditer(text):
        group = 1 if m.group(1) else 2
        name = m.group(group)
        if name[0] in ZH_SURNAMES and name not in ZH_COMMON_WORDS and name[-1] not in _ZH_ROLE_ENDINGS:
            spans.append(PiiSpan(m.start(group), m.end(group), "NAME"))
    spans += _zh_bare_names(text) + _zh_familiar_names(text) + _zh_given_alone(text)
    for m in _ZH_COUPLE.finditer(text):  # 王氏夫妇 is taken by 氏; 王家 needs a surname
        run = m.group(1)
        if len(run) == 1 and run in ZH_SURNAMES:
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    return spans


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
            if size == 1 and not cue and sur == 1:
                continue
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


# --- Korean --------------------------------------------------------------------------------

_KO_HONORIFIC_ENDINGS = tuple(KO_HONORIFICS)
_KO_ROLES_LONGEST_FIRST = sorted(KO_ROLE_WORDS, key=len, reverse=True)
_KO_NAME = re.compile(rf"(?<![가-힣])([가-힣]{{1,6}})( ?)({alternation(KO_HONORIFICS)})")
_KO_AGE = re.compile(
    rf"(?<![가-힣])([가-힣]{{2,4}})(?:{_SEP}(?={_AGE_KO})|[ \t]?(?=[(（]\d{{2}}[)）]))"
)
# "고객 김민지", "VIP 박서준": a full name after a client word, known given name or followed by
# a particle or punctuation.
_KO_PREFIXED = re.compile(
    r"(?:고객|손님|회원|VIP|신규 고객|단골 고객)[ \t]+([가-힣]{3})(?=[은는이가을를의께와과도]?(?:[ \t,.(（:]|$))"
)
_KO_LEADING = re.compile(r"^[ \t]*([가-힣]{2,4})[ \t]*[,(（:]")
# "최, 58세", "윤, 39,": a lone surname opening a note before an age
_KO_LEADING_SURNAME = re.compile(
    rf"^[ \t]*([{''.join(KO_SURNAMES)}])[ \t]*[,，][ \t]*(?=\d{{1,3}}[ \t]*(?:세|살|,|，|\)))"
)
_KO_FILLER_WORDS = frozenset({"음", "어", "그", "저", "저기", "그러니까", "그니까", "뭐", "아", "에", "흠", "네"})
_KO_ROLE_ENDINGS = ("분", "들", "님", "씨", "사", "장", "원", "관")
_KO_FOREIGN_HONORIFICS = frozenset({"님", "씨", "고객님", "여사님", "고객", "여사"})
# Endings of verbs and particles: "채식하시고 사모님" is "… and madam", no name.
_KO_VERB_ENDINGS = ("고", "며", "서", "요", "다", "면", "니", "죠", "게", "은", "는", "을", "를", "에", "로", "와", "과", "랑")
_KO_LABEL = re.compile(r"(?:고객명|고객 이름|성함|이름|고객)[ \t]*[:：][ \t]*([가-힣]{2,4})")


def _ko_foreign(word: str) -> bool:
    """A Hangul word that may be a foreign name: no role, kin, filler or ordinary word."""
    return (
        word not in KO_ROLE_WORDS
        and word not in _KO_FILLER_WORDS
        and classify(word) != COMMON
        and not word.endswith(_KO_ROLE_ENDINGS)
    )


def _ko_is_name(word: str) -> bool:
    """A Hangul word starting with a surname that is no role, kin or ordinary word."""
    return word[0] in KO_SURNAMES and word not in KO_ROLE_WORDS and classify(word) != COMMON


_KO_SPACED_SURNAME_BEFORE = re.compile(rf"(?<![가-힣])([{''.join(KO_SURNAMES)}])[ \t]$")
_KO_WORD_BEFORE = re.compile(r"(?<![가-힣])([가-힣]{2,4})[ \t]$")
_KO_PARTICLES_LONGEST = tuple(sorted(KO_NAME_PARTICLES, key=len, reverse=True))


def _ko_after_honorific(word: str) -> str | None:
    """The name in a word before a second honorific: None for a role or an honorific with its
    particle ("Dubois 선생님의 사모님" is "Mr Dubois's wife": 선생님의 is no name), the part before
    the honorific for "마이어님의 사모님", else the word."""
    for particle in _KO_PARTICLES_LONGEST:
        if word.endswith(particle) and len(word) > len(particle):
            stem = word[: -len(particle)]
            if stem in KO_ROLE_WORDS or stem.endswith(("님", "씨")) or stem in ("고객", "선생", "사모", "여사"):
                return None
            if particle[0] in "님씨":
                return stem if len(stem) >= 2 and stem not in KO_ROLE_WORDS else None
            return word
    return word


def _ko_name_start(text: str, start: int, word: str) -> int:
    """"김 민지 고객님": a surname written apart from the given name; "소피 마르탱 님": a known
    given name before a foreign surname."""
    before = text[max(0, start - 6) : start]
    lone = _KO_SPACED_SURNAME_BEFORE.search(before)
    if lone and len(word) == 2 and (word in _ko_given_syllables()[0] or is_given_name(word)):
        return start - len(lone.group())
    given = _KO_WORD_BEFORE.search(before)
    if given and is_given_name(given.group(1)) and classify(given.group(1)) != COMMON:
        return start - len(given.group())
    return start


def _korean_names(text: str) -> list[PiiSpan]:
    spans = []
    for m in _KO_NAME.finditer(text):
        word, spaced, honorific = m.group(1), bool(m.group(2)), m.group(3)
        if _ko_after_honorific(word) != word:
            stem = _ko_after_honorific(word)
            if stem is None or honorific in KO_SPACED_ONLY or not spaced:
                continue
            word, spaced = stem, False  # "마이어님의 사모님"
        if honorific in KO_SPACED_ONLY:
            # "김민지 고객": a full name (3 syllables) before a bare role word ("전 대표" is
            # "the former CEO", "우수 고객" a good customer).
            if spaced and len(word) == 3 and _ko_is_name(word) and (
                word[1:] in _ko_given_syllables()[0]
                or word[2] not in "의을를에은는도로" and word[:2] not in KO_COMMON_STEMS
            ):
                spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))  # not "최고의 고객"
            continue
        for role in _KO_ROLES_LONGEST_FIRST:
            if word.endswith(role) and len(word) > len(role):
                word, spaced = word[: -len(role)], True  # 김선생님: the surname before a role
                break
        # "김씨", "최 고객님": a lone surname, spaced or glued to 씨
        long_enough = 2 <= len(word) <= 4 or (len(word) == 1 and (spaced or honorific == "씨"))
        if len(word) == 1 and word in KO_NOT_LONE_SURNAMES and honorific not in _KO_FOREIGN_HONORIFICS:
            long_enough = False  # "전 대표님" the former CEO, "고 회장님" the late chairman
        if long_enough and word[0] in KO_SURNAMES and word not in KO_ROLE_WORDS:
            spans.append(PiiSpan(_ko_name_start(text, m.start(1), word), m.start(1) + len(word), "NAME"))
        elif (
            spaced
            and m.group(2)
            and honorific in _KO_FOREIGN_HONORIFICS
            and 2 <= len(word) <= 6
            and _ko_foreign(word)
            and not word.endswith(_KO_VERB_ENDINGS)
        ):
            # "리처드슨 님", "다나카 고객님": a foreign name in Hangul before a spaced honorific
            spans.append(PiiSpan(_ko_name_start(text, m.start(1), word), m.end(1), "NAME"))
    for m in _KO_PREFIXED.finditer(text):
        word = m.group(1)
        after = text[m.end(1) : m.end(1) + 1]
        if _ko_is_name(word) and (is_given_name(word[1:]) or (after and after in "은는이가을를의께와과도,.(（:")):
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    lone = _KO_LEADING_SURNAME.match(text)
    if lone:
        spans.append(PiiSpan(lone.start(1), lone.end(1), "NAME"))
    for pattern in (_KO_AGE, _KO_LEADING, _KO_LABEL):
        for m in pattern.finditer(text):
            word = m.group(1)
            if word.endswith(_KO_HONORIFIC_ENDINGS):
                continue  # "김민지 고객님(37세)": the honorific rule has it
            if pattern is _KO_LEADING and len(word) != 3:
                continue
            if _ko_is_name(word):
                spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    return spans


_KO_COMPOUND_SURNAMES = ("남궁", "황보", "제갈", "선우", "독고", "사공", "서문")
_KO_TOKEN = re.compile(r"(?<![가-힣])[가-힣]+")
_KO_SPACED_ROLE = re.compile(
    rf"[ \t]+(?:{alternation(KO_SPACED_ROLES)})(?:(?![가-힣])|(?=[은는이가을를의께도과와]))"
)
_KO_AFTER_NAME = re.compile(r"[ \t]+(?:양|군)(?![가-힣])")


@lru_cache(maxsize=1)
def _ko_given_syllables() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(known two-syllable given names, their first syllables, their second syllables)."""
    lexicon = person_names()
    given = frozenset(
        g for g in lexicon.given if len(g) == 2 and _HANGUL.match(g) and g not in lexicon.ambiguous
    )
    return given, frozenset(g[0] for g in given), frozenset(g[1] for g in given)


def _ko_split(token: str) -> tuple[str, str, str] | None:
    """(surname, given name, particle) of a Hangul token shaped as a full name ("김민지가" →
    김, 민지, 가; "남궁민수님" → 남궁, 민수, 님), or None."""
    sur = 2 if token.startswith(_KO_COMPOUND_SURNAMES) and len(token) >= 4 else 1
    if token[0] not in KO_SURNAMES and sur == 1:
        return None
    given, rest = token[sur : sur + 2], token[sur + 2 :]
    if len(given) < 2 or rest and rest not in KO_NAME_PARTICLES:
        return None
    return token[:sur], given, rest


def ko_full_name(word: str) -> bool:
    """A Hangul word shaped as a Korean full name: a surname and a given name that is known or
    made of given-name syllables ("이상민", "남궁민수"; not "한국물산")."""
    parts = _ko_split(word)
    if not parts or parts[2]:
        return False
    known, firsts, seconds = _ko_given_syllables()
    sur, given, _ = parts
    return given in known or (
        given[0] in firsts and given[1] in seconds and word[: len(sur) + 1] not in KO_COMMON_STEMS
    ) and word not in KO_ROLE_WORDS


_KO_COUPLE = re.compile(
    r"(?<![가-힣])([가-힣]{3})[ \t]*[·・,、/&][ \t]*([가-힣]{3})(?=[ \t]*(?:부부|커플|내외|님|씨|고객))"
    r"|(?<![가-힣])([가-힣]{3})(?=[ \t]+(?:부부|내외)(?![가-힣]))"
)


def _ko_couples(text: str) -> list[PiiSpan]:
    """"김민지·이준호 부부", "김민지, 이준호 부부", "박서준 부부": full names of a couple."""
    spans = []
    for m in _KO_COUPLE.finditer(text):
        names = [g for g in (1, 2, 3) if m.group(g)]
        if all(ko_full_name(m.group(g)) for g in names):
            spans += [PiiSpan(m.start(g), m.end(g), "NAME") for g in names]
    return spans


def _ko_bare_names(text: str) -> list[PiiSpan]:
    """Korean names without an honorific: a full name before a particle ("김민지가 오늘",
    "이서연의 남편"), after a kin, client or label word ("딸 김하린 양", "고객명 노승희,"),
    before 양 / 군; a lone surname before a role ("문 대표", "김 부장님"); a known given name
    before a particle ("수진이랑", "민지 씨")."""
    known, firsts, seconds = _ko_given_syllables()
    spans = []
    previous = ""
    for m in _KO_TOKEN.finditer(text):
        token = m.group()
        parts = _ko_split(token)
        cue = previous in KO_NAME_CUES or any(
            previous.endswith(p) and previous[: -len(p)] in KO_NAME_CUES for p in _KO_CUE_PARTICLES
        )  # "이름은 김준혁", "남편분이 …"
        if parts:
            sur, given, rest = parts
            name_end = m.start() + len(sur) + 2
            stem_common = token[: len(sur) + 1] in KO_COMMON_STEMS or sur + given in KO_COMMON_STEMS
            shaped = given[0] in firsts and given[1] in seconds and not stem_common
            full = token[: len(sur) + 2]
            ok = False
            if full in KO_ROLE_WORDS or classify(full) == COMMON:
                ok = False
            elif given in known and full not in KO_COMMON_STEMS:
                ok = bool(rest) or cue
            elif shaped and (rest in KO_PERSON_PARTICLES or cue and (rest or _CLOSING_KO.match(text, m.end()))):
                ok = True
            elif shaped and not rest and _KO_AFTER_NAME.match(text, m.end()):
                ok = True  # "김하린 양", "이도현 군"
            if ok:
                if sur == "이" and rest == "이":
                    name_end += 1  # "이수진이 말하길": a bare 이 after [NAME] would read as the surname
                spans.append(PiiSpan(m.start(), name_end, "NAME"))
                previous = token
                continue
        if cue and token[:2] in known and (len(token) == 2 or token[2:] in KO_NAME_PARTICLES):
            spans.append(PiiSpan(m.start(), m.start() + 2, "NAME"))  # "딸 민서 졸업", "아들 준호가"
        elif len(token) >= 3 and token[:2] in known and (
            token[2:] in KO_PERSON_PARTICLES or token[2] == "이" and token[3:] in KO_NAME_PARTICLES and len(token) > 3
        ):
            spans.append(PiiSpan(m.start(), m.start() + 2, "NAME"))  # "수진이랑", "민지씨"
        elif (
            len(token) == 1
            and token in KO_SURNAMES
            and token not in KO_NOT_LONE_SURNAMES
            and _KO_SPACED_ROLE.match(text, m.end())
        ):
            spans.append(PiiSpan(m.start(), m.end(), "NAME"))  # "문 대표", "김 부장님"
        previous = token
    return spans


_KO_CUE_PARTICLES = ("은", "는", "이", "가", "의", "도", "분", "분은", "분이", "분의", "님", "님은", "님의", "께서", "이요")
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


_CLOSING_KO = re.compile(r"[ \t]*(?:[,.;:!?()（）\[\]/·]|$|\n)")


# --- foreign names before CJK and Hangul honorifics ------------------------------------------

_FOREIGN_HONORIFICS = (
    JA_HONORIFICS + ZH_HONORIFICS[:6] + tuple(h for h in KO_HONORIFICS if h not in KO_SPACED_ONLY)
)
# "Meyer 부인" (Mrs Meyer), "Meyer 부부" (the Meyers): after a Latin name only.
_KO_FOREIGN_SPACED = frozenset({"부인", "부부", "내외", "커플"})
_LETTERS = "A-Za-zÀ-ÖØ-öø-ÿĀ-žА-яЁё"
_FOREIGN = re.compile(
    rf"(?<![{_LETTERS}'’\-])([A-ZÀ-ÖØ-ÞА-ЯЁ][{_LETTERS}'’\-]+)"
    rf"(?:[ \u3000]?(?:{alternation(_FOREIGN_HONORIFICS)})|[ \u3000](?:{alternation(KO_SPACED_ONLY | _KO_FOREIGN_SPACED)}))"
)
_WORD_BEFORE = re.compile(rf"([A-ZÀ-ÖØ-ÞА-ЯЁ][{_LETTERS}'’\-]+)[ ]$")


def _foreign_names(text: str) -> list[PiiSpan]:
    spans = []
    for m in _FOREIGN.finditer(text):
        if classify(m.group(1)) == COMMON:
            continue
        start = m.start(1)
        before = _WORD_BEFORE.search(text, max(0, start - 30), start)
        if before and (is_given_name(before.group(1)) or is_surname(before.group(1))):
            start = before.start(1)  # "Anna Meyer様", "Kim Minji 고객님"
        spans.append(PiiSpan(start, m.end(1), "NAME"))
    return spans


_KO_TITLE = re.compile(rf"(?<![가-힣{KATAKANA}])(?:{alternation(KO_PREFIX_TITLES)})(?=[ \t\u3000・])")
_DENSE_WORD = re.compile(rf"[가-힣]+|[{KATAKANA}・ー]+|[{HAN}]+")
_KO_PARTICLES = ("께서", "에게", "한테", "은", "는", "이", "가", "을", "를", "의", "도", "께", "와", "과")


def _after_prefix_title(text: str, pos: int) -> PiiSpan | None:
    """The name after a title written before it, in a script without capitals: "Mrs 梁",
    "Mr./Mrs. 쿠마르 부부", "미스터 어… 다나카 님", "Dr. ミラー"."""
    skip = skip_fillers(text, pos)
    if skip is None:
        return None
    word = _DENSE_WORD.match(text, skip[0])
    if not word:
        return None
    run = word.group()
    start = word.start()
    if _HANGUL.match(run):
        for particle in _KO_PARTICLES:
            if run.endswith(particle) and (
                len(run) > len(particle) + 1 or len(run) == len(particle) + 1 and run[0] in KO_SURNAMES
            ):
                run = run[: -len(particle)]
                break
        if len(run) < 2 and run not in KO_SURNAMES or not _ko_foreign(run):
            return None
        return PiiSpan(start, start + len(run), "NAME")
    if _KATAKANA_RUN.fullmatch(run):
        return PiiSpan(start, word.end(), "NAME") if len(run) >= 2 and classify(run) != COMMON else None
    if run[:2] in _ZH_DOUBLE_SURNAMES:
        return PiiSpan(start, start + 2, "NAME")
    if run[0] in ZH_SURNAMES and run[:2] not in ZH_COMMON_WORDS:
        size = _ja_known_prefix(run)
        return PiiSpan(start, start + max(1, size), "NAME")
    size = 0
    while size < min(len(run), 6) and run[size] in ZH_TRANSLITERATION:
        size += 1
    return PiiSpan(start, start + size, "NAME") if size >= 2 else None


def _titled_names(text: str) -> list[PiiSpan]:
    spans = []
    for start in scan(text).titles:
        m = _TITLE.match(text, start)
        if m:
            span = _after_prefix_title(text, m.end())
            if span:
                spans.append(span)
    for m in _KO_TITLE.finditer(text):
        span = _after_prefix_title(text, m.end())
        if span:
            spans.append(span)
    return spans


_DENSE_CHAR = re.compile(rf"[가-힣{HAN}{KANA}]")
_LATIN_OR_CYRILLIC = re.compile(r"[A-Za-zÀ-ÿА-яЁё]")
_NATIVE_NAME = re.compile(rf"(?<![가-힣{HAN}{KANA}])([가-힣]{{2,4}}|[{HAN}]{{2,4}})(?![가-힣{HAN}{KANA}])")


def _native_names(text: str) -> list[PiiSpan]:
    """A name in its own script inside a note in another language ("il nome lo scrive 박지연",
    "in scheda come 王丽"): a Hangul or Han word shaped as a full name, the only such script there."""
    dense = len(_DENSE_CHAR.findall(text))
    if dense > 12 or dense * 8 > len(_LATIN_OR_CYRILLIC.findall(text)):
        return []
    spans = []
    for m in _NATIVE_NAME.finditer(text):
        word = m.group(1)
        if _HANGUL.match(word):
            ok = len(word) == 3 and _ko_is_name(word)
        else:
            ok = (word[0] in ZH_SURNAMES or _ja_known_prefix(word) >= 2) and word not in ZH_COMMON_WORDS
            ok = ok and word[-1] not in _ZH_ROLE_ENDINGS and classify(word) != COMMON
        if ok:
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    return spans


def cjk_names(text: str) -> list[PiiSpan]:
    """Names marked by CJK or Hangul honorifics, ages and labels."""
    spans = _foreign_names(text) + _titled_names(text) + _native_names(text) + _latin_given_zh_surname(text)
    if _HANGUL.search(text):
        spans += _korean_names(text) + _ko_bare_names(text) + _ko_couples(text)
    if _KANA_CHAR.search(text) or "様" in text or "歳" in text:  # 様 and 歳 are Japanese forms
        spans += _japanese_names(text) + _chinese_names(text, honorifics_only=True) + _ja_role_names(text)
    elif _HAN_CHAR.search(text):
        spans += _chinese_names(text) + _japanese_names(text, honorifics=False)
    return spans
