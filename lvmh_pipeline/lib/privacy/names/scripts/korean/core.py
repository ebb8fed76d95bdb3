"""Names in Korean notes: before an honorific ("김민수 님", "김민지 회장님", "김님"), an age or a
label ("김민지(34세)", "고객명: 김민지"); a full name before a particle ("김민지가"), a lone surname
before a role ("문 대표"), couples ("김민지·이준호 부부"). Names with no honorific, the shape of a
full name and spaced surnames are in :mod:`.korean_bare`.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.scripts.cjk_common import _AGE_KO, _SEP
from lvmh_pipeline.lib.privacy.names.cues import alternation
from lvmh_pipeline.lib.privacy.names.guard import COMMON, classify, is_given_name
from lvmh_pipeline.lib.privacy.names.lexicon import (
    KO_COMMON_STEMS,
    KO_HONORIFICS,
    KO_NAME_CUES,
    KO_NAME_PARTICLES,
    KO_NOT_LONE_SURNAMES,
    KO_ROLE_WORDS,
    KO_SPACED_ONLY,
    KO_SURNAMES,
)
from lvmh_pipeline.lib.privacy.names.word_forms import is_hangul_term
from lvmh_pipeline.lib.privacy.names.scripts.korean.glued_kin import kin_then_given
from lvmh_pipeline.lib.privacy.names.scripts.korean.named import ko_said_surname
from lvmh_pipeline.lib.privacy.names.scripts.korean.rare_full import ko_rare_full_name
from lvmh_pipeline.lib.privacy.names.scripts.korean.bare import (
    _KO_AMOUNT_BEFORE,
    _KO_KIN_IN_BRACKETS,
    _KO_SPACED_SURNAME_BEFORE,
    _ko_given_shaped,
    _ko_given_syllables,
    ko_full_name,
    ko_noun_then_particle,
    ko_verb_form,
)

_KO_HONORIFIC_ENDINGS = tuple(KO_HONORIFICS)
# Words listed with the roles only to keep them from 님 ("하나님", "마음 씨"): after a surname they
# are a given name ("윤하나 님"), no role to strip.
_KO_WORDS_NOT_ROLES = frozenset("하나 하느 마음 솜 날 글 말 불 누 아가 아저".split())
_KO_ROLES_LONGEST_FIRST = sorted(KO_ROLE_WORDS - _KO_WORDS_NOT_ROLES, key=len, reverse=True)
_KO_NAME = re.compile(rf"(?<![가-힣])([가-힣]{{1,6}})(?:['’\"”](?=씨))?( ?)({alternation(KO_HONORIFICS)})")
_KO_AGE = re.compile(
    rf"(?<![가-힣])([가-힣]{{2,4}})(?:{_SEP}(?={_AGE_KO})|[ \t]?(?=[(（]\d{{2}}[)）]))"
)
# "고객 김민지", "VIP 박서준": a full name after a client word, known given name or followed by
# a particle or punctuation.
_KO_PREFIXED = re.compile(
    r"(?:고객|손님|회원|VIP|신규 고객|단골 고객)[ \t]+([가-힣]{3})(?=[은는이가을를의께와과도]?(?:[ \t,.(（:]|$))"
)
# "고객 최, 예산 …", "VIP 정.", "담당 고객: 윤.": a lone surname after a client or label word,
# closed by punctuation.
_KO_PREFIXED_LONE = re.compile(
    r"(?<![가-힣])(?:고객|손님|회원|VIP|vip|신규 고객|단골 고객|고객명|성함|이름|예약자|방문자|"
    r"(?:방문|예약|내방|부?담당자?)(?=[ \t]*[:：]))(?:[ \t]*[:：][ \t]*|[ \t]+)"
    rf"([{''.join(KO_SURNAMES)}])(?=[ \t]*(?:[,.(（:;/]|$|\n))"
)
# "… 재방문. 한, 가방 문의": a lone surname opening a note or a sentence, closed by a comma or a
# colon (or a dash: "윤 — VIP") before the note goes on (a one-syllable word there is no adverb:
# 또, 단, 즉, 네 are no surnames; 오, 하, 어, 우 before a comma are interjections).
_KO_SENTENCE_SURNAME = re.compile(
    rf"(?:^|(?<=[.!?。\n]))[ \t]*(?![오하어우])([{''.join(KO_SURNAMES)}경봉복태피감빈온호범좌팽승갈견옹빙풍평탄종묵뇌필포])"
    r"(?:[ \t]*[,，:：]|[ \t]+[—–])[ \t]*(?=[가-힣A-Z])"
)
# The same after a hesitation opening the clause ("음 윤, 반지 보러 오신 분"), not a word begun
# again ("음 정, 정말": the syllable repeated).
_KO_HESITANT_SURNAME = re.compile(
    rf"(?:^|(?<=[.!?。\n]))[ \t]*(?:음|어|그|저|아|에|흠)[ \t]*[,…]*[ \t]+([{''.join(KO_SURNAMES)}])"
    r"[ \t]*(?:[,，]|…)[ \t]*(?!\1)(?=[가-힣A-Z])"
)
# A three-syllable word right after a label's colon, closed by punctuation.
_KO_AFTER_COLON = re.compile(r"(?<=[:：])[ \t]*([가-힣]{3})(?=[ \t]*(?:[,.(（;/]|$|\n))")
# Last syllables of words that are no given name: particles, verb endings, nouns of time.
_KO_NOT_GIVEN_END = frozenset("은는을를의에도로와과고며서요다면니죠게엔됨함음중일월년후전")
_KO_LEADING = re.compile(r"^[ \t]*([가-힣]{2,4})[ \t]*[,(（:]")
# "독고준혁. 50대 …", "탁민수 — 반지", "한지후 / VIP": a full name opening the note, closed by a full stop, a dash or a field bar
_KO_LEADING_STOP = re.compile(r"^[ \t]*([가-힣]{3,4})[ \t]*(?:[.。]|[—–\-/|·])[ \t]")
# "최, 58세", "윤, 39,": a lone surname opening a note before an age
_KO_LEADING_SURNAME = re.compile(
    rf"^[ \t]*([{''.join(KO_SURNAMES)}경봉복태피감빈온호범좌팽승갈견옹빙풍평탄종묵뇌필포])[ \t]*[,，.:：(（][ \t]*(?=\d{{1,3}}[ \t]*(?:세|살|,|，|\)|）|대))"
)
# A lone surname opening the note or a sentence before a couple or family word or a day
# ("황 부부 방문", "최 오늘 방문"); not a syllable that is a word alone ("이 부부": this couple).
_KO_OPENING_SURNAME = re.compile(
    rf"(?:^|(?<=[.!?。\n]))[ \t]*([{''.join(KO_SURNAMES)}])[ \t]+"
    r"(?=(?:부부|내외|댁|가족|일가|씨네|오늘|어제|내일|금일|방금|다음[ \t]?주|지난[ \t]?주)(?![가-힣])|"
    r"(?:부부|내외|가족)[은는이가을를의도와과])"
)
_KO_WORD_SYLLABLES_LONE = frozenset("이그저전한안더또좀잘못두세네새각총본대고구현부왜꼭다막참딱제내너뭐늘곧줄수것등및약별양명원번때중위차후초말첫온옛헌맨순단진정오주시도우나소연어음아에")
# One syllable that makes a word with 님 although it is a surname too: 손님 (guest), 주님 (the
# Lord), 신님 (a god).
_KO_NIM_WORDS = frozenset("손주신")
_KO_FILLER_WORDS = frozenset({"음", "어", "그", "저", "저기", "그러니까", "그니까", "뭐", "아", "에", "흠", "네"})
_KO_ROLE_ENDINGS = ("분", "들", "님", "씨", "사", "장", "원", "관")
_KO_FOREIGN_HONORIFICS = frozenset({"님", "씨", "고객님", "여사님", "고객", "여사"})
# Rarer one-syllable surnames, taken only alone before a personal honorific ("봉 고객님", "빈 여사님"):
# elsewhere they are words. Not 두 (two), 가, 시, 상, 예, 형, 동, 당, 순, 목: words in that place too.
_KO_RARE_SURNAMES = frozenset("경봉복태피감빈온호범좌팽승간갈견옹빙풍평부예탄종묵뇌초화창흥필포운")
_KO_PERSONAL_HONORIFICS = frozenset({"님", "씨", "고객님", "여사님", "사모님", "고객", "여사"})
_KO_GLUED_FOREIGN = frozenset({"님", "씨", "고객님", "여사님"})
_KO_TITLE_HONORIFICS = frozenset({"선생님", "사모님", "교수님", "박사님", "회장님", "대표님"})
_KO_LONG_ROLE_WORDS = tuple(w for w in KO_ROLE_WORDS if len(w) >= 2)  # "할아버님", "시어머님"
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


def _ko_opens(text: str, i: int) -> bool:
    """Does a word at ``i`` open the note, a sentence or a clause?"""
    before = text[:i].rstrip(" \t")
    return not before or before[-1] in ".!?。,，:：\n(（"


def _ko_is_name(word: str) -> bool:
    """A Hangul word starting with a surname that is no role, kin or ordinary word ("남편분(마이클)":
    her husband, respectfully, with his name in brackets), nor the plural of a role ("고객들께",
    "손님들이"), nor a term of the taxonomy ("알레르기: 고양이, 콩": an allergen)."""
    kin = word in _KO_KIN_IN_BRACKETS or word[-1] in "분님" and word[:-1] in _KO_KIN_IN_BRACKETS
    plural = word[-1] == "들" and word[:-1] in KO_ROLE_WORDS
    return (
        word[0] in KO_SURNAMES and word not in KO_ROLE_WORDS and not kin and not plural
        and classify(word) != COMMON and not is_hangul_term(word)
    )


# Surnames that a transcription writes as a hesitation too ("어, 소재는 세라믹": uh, not Mr 어).
_KO_HESITATION_SYLLABLES = frozenset("어음아에네그저")


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
    if lone and (lone.group(1) in KO_NOT_LONE_SURNAMES or lone.group(1) in _KO_HESITATION_SYLLABLES
                 or _KO_AMOUNT_BEFORE.search(before, 0, lone.start(1))):
        lone = None  # "그 제 민지 님" (my), "20만 원 민지 님" (a currency), "어 서연님" (uh)
    if lone and len(word) == 2 and (word in _ko_given_syllables()[0] or is_given_name(word)):
        return start - len(lone.group())
    given = _KO_WORD_BEFORE.search(before)
    if given and is_given_name(given.group(1)) and classify(given.group(1)) != COMMON:
        return start - len(given.group())
    return start


# "2. 제니퍼 월시 님", "일행, 소피아 월시 님": a foreign given name opening a phrase before a
# foreign surname in Hangul.
_KO_FOREIGN_GIVEN_BEFORE = re.compile(
    r"(?:^|(?<=[,.:;(（)\]/·\-–—\n])|(?<![\w])\d{1,4}[가-힣]{0,2}[ \t]+)[ \t]*([가-힣]{2,4})[ \t]$"
)
# Last syllables of Korean words (particles, verb and adjective endings, nouns of place or time)
# that no foreign given name in Hangul ends with.
_KO_NOT_FOREIGN_GIVEN_END = tuple("은는이가을를의에도로와과랑한된던할인들님씨분께서고며면요다죠음함됨임중후전날일주월년층점")


def _ko_foreign_given_start(text: str, start: int) -> int:
    m = _KO_FOREIGN_GIVEN_BEFORE.search(text, max(0, start - 14), start)
    if not m:
        return start
    word = m.group(1)
    if not _ko_foreign(word) or word.endswith(_KO_NOT_FOREIGN_GIVEN_END) or word in KO_NAME_CUES:
        return start
    return m.start(1)


_KO_GIVEN_THEN_KIN = re.compile(
    rf"(?<![가-힣])([가-힣]{{2,3}})[ \t]?[(（][ \t]*(?:{alternation(_KO_KIN_IN_BRACKETS)})[ \t]*(?=[,，)）/·]|\d)"
)


def _korean_names(text: str) -> list[PiiSpan]:
    spans = []
    for m in _KO_NAME.finditer(text):
        word, spaced, honorific = m.group(1), bool(m.group(2)), m.group(3)
        if kin_then_given(word) or ko_noun_then_particle(word):
            continue  # "남편성민씨": a kin word and the name (glued_kin); "배송은 회장님 댁으로": a noun
        if _ko_after_honorific(word) != word:
            stem = _ko_after_honorific(word)
            if stem is None or honorific in KO_SPACED_ONLY or not spaced:
                continue
            word, spaced = stem, False  # "마이어님의 사모님"
        if honorific in KO_SPACED_ONLY:
            # "김민지 고객": a full name (3 syllables) before a bare role word ("전 대표" is
            # "the former CEO", "우수 고객" a good customer).
            if spaced and len(word) == 3 and (_ko_is_name(word) and (
                word[1:] in _ko_given_syllables()[0]
                or word[2] not in "의을를에은는도로" and word[:2] not in KO_COMMON_STEMS
            ) or ko_rare_full_name(text, m.start(1), word, spaced, honorific)):
                spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))  # not "최고의 고객"
            elif spaced and len(word) == 2 and _ko_given_shaped(word):
                lone = _KO_SPACED_SURNAME_BEFORE.search(text, max(0, m.start(1) - 3), m.start(1))
                if lone and lone.group(1) not in KO_NOT_LONE_SURNAMES:
                    # "김 지민 고객": a surname written apart, then the given name
                    spans.append(PiiSpan(lone.start(1), m.end(1), "NAME"))
            continue
        for role in _KO_ROLES_LONGEST_FIRST:
            if word.endswith(role) and len(word) > len(role):
                word, spaced = word[: -len(role)], True  # 김선생님: the surname before a role
                break
        # "김씨", "최 고객님": a lone surname, spaced or glued to 씨
        long_enough = 2 <= len(word) <= 4 or (len(word) == 1 and (spaced or honorific == "씨"))
        if len(word) == 1 and honorific == "님" and word not in _KO_NIM_WORDS:
            long_enough = True  # "김님", "김님 부부": a lone surname glued to 님 (not 손님, 주님)
        if len(word) == 1 and word in KO_NOT_LONE_SURNAMES and honorific not in _KO_FOREIGN_HONORIFICS:
            long_enough = False  # "전 대표님" the former CEO, "고 회장님" the late chairman
        rare = len(word) == 1 and spaced and word in _KO_RARE_SURNAMES and (
            honorific in _KO_PERSONAL_HONORIFICS
            or word not in "부예간" and honorific.endswith("님") and _ko_opens(text, m.start(1))
        ) or ko_rare_full_name(text, m.start(1), word, spaced, honorific)  # "봉 사장님이 오셨어요", "피서윤 고객,"
        if len(word) == 1 and spaced and word in _KO_HESITATION_SYLLABLES and not ko_said_surname(text, word, m.start(1)):
            continue  # "모르겠고 어 회장님 칠순": "uh", unless the note opens on it or writes it with a given name
        if long_enough and (word[0] in KO_SURNAMES or rare) and word not in KO_ROLE_WORDS and not ko_verb_form(word):
            spans.append(PiiSpan(_ko_name_start(text, m.start(1), word), m.start(1) + len(word), "NAME"))
        elif (
            (spaced and honorific in _KO_FOREIGN_HONORIFICS and 2 <= len(word) <= 6
             or len(word) >= 3 and (honorific in _KO_GLUED_FOREIGN or spaced and honorific in _KO_TITLE_HONORIFICS))
            and _ko_foreign(word)
            and not word.endswith(_KO_VERB_ENDINGS)
            and not ko_verb_form(word)
            and not word.endswith(_KO_LONG_ROLE_WORDS)
        ):
            # "리처드슨 님", "다나카 고객님", "가르시아님", "가르시아 선생님": a foreign name in
            # Hangul before an honorific (three syllables at least when glued or before a role)
            start = _ko_name_start(text, m.start(1), word)
            if start == m.start(1):
                start = _ko_foreign_given_start(text, start)
            spans.append(PiiSpan(start, m.end(1), "NAME"))
    for m in _KO_PREFIXED.finditer(text):
        word = m.group(1)
        after = text[m.end(1) : m.end(1) + 1]
        if _ko_is_name(word) and (is_given_name(word[1:]) or (after and after in "은는이가을를의께와과도,.(（:")):
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    for m in _KO_PREFIXED_LONE.finditer(text):
        if m.group(1) == "명" and text[m.end(1) : m.end(1) + 1] in ":：":
            continue  # "예약자 명: …": the word "name" of a label
        if m.group(1) not in KO_NOT_LONE_SURNAMES:
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    for m in _KO_AFTER_COLON.finditer(text):  # "메모: 김민지, 스카프", "통화: 박서준."
        word = m.group(1)
        if _ko_is_name(word) and (
            ko_full_name(word) or word[2] not in _KO_NOT_GIVEN_END and word[:2] not in KO_COMMON_STEMS
        ):
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    for m in _KO_GIVEN_THEN_KIN.finditer(text):  # "지훈(아들) 졸업 선물", "서윤(딸, 7세)"
        word = m.group(1)
        known, firsts, seconds = _ko_given_syllables()
        shaped = (
            word in known
            or len(word) == 2 and word[0] in firsts and word[1] in seconds and word not in KO_COMMON_STEMS
            or len(word) == 3 and ko_full_name(word)
        )  # a given name by its syllables, not "가방(딸)", "시계 (남편)": a product for her
        if shaped and classify(word) != COMMON and word not in KO_ROLE_WORDS and word not in KO_NAME_CUES:
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    for m in _KO_OPENING_SURNAME.finditer(text):  # "황 부부 방문", "최 오늘 방문": no word starts so
        if m.group(1) not in _KO_WORD_SYLLABLES_LONE:
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    stop = _KO_LEADING_STOP.match(text)
    if stop and ko_full_name(stop.group(1)) and (
        stop.group(1)[-1] not in _KO_NOT_GIVEN_END or stop.group(1)[-2:] in _ko_given_syllables()[0]
    ):
        spans.append(PiiSpan(stop.start(1), stop.end(1), "NAME"))
    lone = _KO_LEADING_SURNAME.match(text)
    if lone:
        spans.append(PiiSpan(lone.start(1), lone.end(1), "NAME"))
    hesitant = [m for m in _KO_HESITANT_SURNAME.finditer(text) if m.group(1) not in _KO_WORD_SYLLABLES_LONE]
    for m in (*_KO_SENTENCE_SURNAME.finditer(text), *hesitant):
        # "재방문. 한, 가방 문의", "음 윤, 반지 보러" (not "음 안, 그거 말고"): a lone surname opens a sentence
        if m.group(1) not in KO_NOT_LONE_SURNAMES and m.group(1) not in _KO_HESITATION_SYLLABLES:
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    for pattern in (_KO_AGE, _KO_LEADING, _KO_LABEL):
        for m in pattern.finditer(text):
            word = m.group(1)
            if word.endswith(_KO_HONORIFIC_ENDINGS):
                continue  # "김민지 고객님(37세)": the honorific rule has it
            if pattern is _KO_AGE and (word in KO_COMMON_STEMS or word in KO_ROLE_WORDS):
                continue  # "나이 7세", "연세 80세": the word for age, no name
            if pattern is _KO_LEADING and len(word) != 3 and not (len(word) == 4 and ko_full_name(word)):
                continue  # "독고준혁," opens the note: a compound surname and a given name
            if _ko_is_name(word):
                spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    return spans
