"""Korean names by their place, with no honorific after them: after a client word or a label's colon
("고객 김민지", "메모: 김민지,"), a given name before a kin word in brackets ("지훈(아들)"), a lone
surname or a full name opening the note or a sentence ("황 부부 방문", "독고준혁. 50대", "최, 58세"),
before an age ("김민지(34세)"). The honorific rules are in :mod:`.core`.
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
    KO_NOT_LONE_SURNAMES,
    KO_ROLE_WORDS,
    KO_SURNAMES,
)
from lvmh_pipeline.lib.privacy.names.scripts.korean.bare import _KO_KIN_IN_BRACKETS, _ko_given_syllables, ko_full_name
from lvmh_pipeline.lib.privacy.names.scripts.korean.name_words import _KO_HESITATION_SYLLABLES, _ko_is_name

_KO_HONORIFIC_ENDINGS = tuple(KO_HONORIFICS)
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
# A three-syllable word right after a label's colon, closed by punctuation or by the Latin initials of
# a boutique role ("담당: x SA": sales advisor, client advisor, store manager).
_KO_AFTER_COLON = re.compile(
    r"(?<=[:：])[ \t]*([가-힣]{3})(?=[ \t]*(?:[,.(（;/]|$|\n)|[ \t]+(?:SA|CA|PA|SM|ASM|CS|VM)(?![A-Za-z]))"
)
# Labels of fields that hold no person's name ("종교: 불교", "색상: 연핑크")
_KO_THING_LABEL = re.compile(
    r"(?:종교|색상|컬러|소재|재질|사이즈|예산|제품|품목|요청|식단|알레르기|국적|직업|주소|결제|포장|선호|브랜드|모델|용도)[ \t]*$"
)
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
_KO_LABEL = re.compile(r"(?:고객명|고객 이름|성함|이름|고객)[ \t]*[:：][ \t]*([가-힣]{2,4})")

_KO_GIVEN_THEN_KIN = re.compile(
    rf"(?<![가-힣])([가-힣]{{2,3}})[ \t]?[(（][ \t]*(?:{alternation(_KO_KIN_IN_BRACKETS)})[ \t]*(?=[,，)）/·]|\d)"
)



def ko_positioned_names(text: str) -> list[PiiSpan]:
    """Names found by position in a Korean note (see the module)."""
    spans = []
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
        if _KO_THING_LABEL.search(text, max(0, m.start() - 9), m.start() - 1):
            continue  # "종교: 불교", "소재: 캐시미어": a field of no person
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
