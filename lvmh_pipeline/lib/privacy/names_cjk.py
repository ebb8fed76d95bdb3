"""Names in Japanese, Chinese and Korean notes, and foreign names written in them.

Unspaced scripts mark a person with a suffix: "田中様", "ミュラー氏", "王先生", "王总",
"김민수 님", "김민지 회장님", "Meyer님", "Smith さん", "Орлова様"; or with an age ("김민지(34세)",
"王丽，45岁", "田中（45）") or a label ("顧客：田中", "고객명: 김민지").
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.name_lexicon import (
    JA_COUPLE_SUFFIXES,
    JA_HONORIFICS,
    JA_LEADING_WORDS,
    JA_ROLE_WORDS,
    KO_HONORIFICS,
    KO_PREFIX_TITLES,
    KO_ROLE_WORDS,
    KO_SPACED_ONLY,
    KO_SURNAMES,
    ZH_COMMON_WORDS,
    ZH_COUPLE_SUFFIXES,
    ZH_HONORIFICS,
    ZH_SHORT_TITLE_NOT_BEFORE,
    ZH_SURNAMES,
    ZH_TRANSLITERATION,
)
from lvmh_pipeline.lib.privacy.names_cues import _TITLE, alternation, scan, skip_fillers
from lvmh_pipeline.lib.privacy.names_guard import COMMON, classify, is_given_name, is_surname
from lvmh_pipeline.lib.privacy.person_names import person_names

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
    lead = _JA_LEADING_NAME.match(text)  # 原田、…: a note opening with a known surname
    if lead and _ja_known_prefix(lead.group(1)) == len(lead.group(1)) >= 2:
        spans.append(PiiSpan(lead.start(1), lead.end(1), "NAME"))
    for pattern in (_JA_AGE, _JA_LABEL):
        for m in pattern.finditer(text):
            run = m.group(1)
            if any(h in run for h in JA_HONORIFICS + ("先生",)) or run in JA_ROLE_WORDS:
                continue  # 田中様、45歳: the honorific rule has it
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
    for m in _ZH_COUPLE.finditer(text):  # 王氏夫妇 is taken by 氏; 王家 needs a surname
        run = m.group(1)
        if len(run) == 1 and run in ZH_SURNAMES:
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
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


def _korean_names(text: str) -> list[PiiSpan]:
    spans = []
    for m in _KO_NAME.finditer(text):
        word, spaced, honorific = m.group(1), bool(m.group(2)), m.group(3)
        if honorific in KO_SPACED_ONLY:
            # "김민지 고객": a full name (3 syllables) before a bare role word ("전 대표" is
            # "the former CEO", "우수 고객" a good customer).
            if spaced and len(word) == 3 and _ko_is_name(word):
                spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
            continue
        for role in _KO_ROLES_LONGEST_FIRST:
            if word.endswith(role) and len(word) > len(role):
                word, spaced = word[: -len(role)], True  # 김선생님: the surname before a role
                break
        # "김씨", "최 고객님": a lone surname, spaced or glued to 씨
        long_enough = 2 <= len(word) <= 4 or (len(word) == 1 and (spaced or honorific == "씨"))
        if long_enough and word[0] in KO_SURNAMES and word not in KO_ROLE_WORDS:
            spans.append(PiiSpan(m.start(1), m.start(1) + len(word), "NAME"))
        elif (
            spaced
            and m.group(2)
            and honorific in _KO_FOREIGN_HONORIFICS
            and 2 <= len(word) <= 6
            and _ko_foreign(word)
            and not word.endswith(_KO_VERB_ENDINGS)
        ):
            # "리처드슨 님", "다나카 고객님": a foreign name in Hangul before a spaced honorific
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
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


# --- foreign names before CJK and Hangul honorifics ------------------------------------------

_FOREIGN_HONORIFICS = (
    JA_HONORIFICS + ZH_HONORIFICS[:6] + tuple(h for h in KO_HONORIFICS if h not in KO_SPACED_ONLY)
)
_LETTERS = "A-Za-zÀ-ÖØ-öø-ÿĀ-žА-яЁё"
_FOREIGN = re.compile(
    rf"(?<![{_LETTERS}'’\-])([A-ZÀ-ÖØ-ÞА-ЯЁ][{_LETTERS}'’\-]+)"
    rf"(?:[ \u3000]?(?:{alternation(_FOREIGN_HONORIFICS)})|[ \u3000](?:{alternation(KO_SPACED_ONLY)}))"
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
            if run.endswith(particle) and len(run) > len(particle) + 1:
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
    spans = _foreign_names(text) + _titled_names(text) + _native_names(text)
    if _HANGUL.search(text):
        spans += _korean_names(text)
    if _KANA_CHAR.search(text) or "様" in text or "歳" in text:  # 様 and 歳 are Japanese forms
        spans += _japanese_names(text) + _chinese_names(text, honorifics_only=True)
    elif _HAN_CHAR.search(text):
        spans += _chinese_names(text) + _japanese_names(text, honorifics=False)
    return spans
