"""Korean names in the places a shorthand or spoken note puts them, with no honorific:

- a full name of given-name syllables opening a sentence before a particle ("하태경이 픽업 예정",
  "오늘 메모. 진아름은 …"): known given names had it already, unknown ones of the right shape too;
- a lone surname after a person word ("고객 윤 방문", "남편 윤, 아내 서.", "문의자 남."), or as a whole
  field of a record ("CRM | 윤 / …", "윤 | 45세"): only surnames that are no everyday word alone
  ("금", "배", "방", "차" … stay);
- a given name the note says someone is called ("남편분 이름이 태오라고", "아들 이름은 라온이에요");
- a given name that is a word too between a child's kin word and the child's event ("손녀 보라 돌 반지";
  not a season: "딸 가을 결혼 예정"), or closed as a field by a comma, a bracket or an age ("손녀 지안, 7살";
  not a product: "딸: 진주 (목걸이)");
- a name in Hangul with its Latin spelling in brackets before a title, even a word ("그린(Green) 고객님");
- a Korean given name right before a Latin family name found ("지수 Park 고객님"), even one that is a
  word too: the Western order of a name written half in each script.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.guard import COMMON, classify, is_given_name
from lvmh_pipeline.lib.privacy.names.lexicon import KO_COMMON_STEMS, KO_NOT_LONE_SURNAMES, KO_ROLE_WORDS, KO_SURNAMES
from lvmh_pipeline.lib.privacy.names.scripts.korean.bare import _ko_given_shaped, _ko_split, ko_full_name
from lvmh_pipeline.lib.privacy.names.word_forms import is_concept_word

__all__ = ["ko_field_names", "ko_given_before_latin"]

# Surnames that are an everyday word or a number when they stand alone ("금, 은", "배 한 상자", "차 한 잔").
_WORD_SURNAMES = frozenset("이안한그저더또잘못좀다막딱참꼭왜자네예어음아응흠즉단첫총약옥은기금백차배방공문반마연소석선설여지표명도라왕인제모용원구나위길현함성주정전고") | KO_NOT_LONE_SURNAMES
_LONE = "".join(sorted(set(KO_SURNAMES) - _WORD_SURNAMES))
_OPENING_PARTICLES = frozenset("이 가 은 는 의 도 랑 이랑 하고 와 과".split())
_SENTENCE_START = re.compile(r"(?:^|(?<=[.!?\n|•·]))[ \t\-*]*")
_TOKEN = re.compile(r"([가-힣]{3,5})(?![가-힣])")
# a field's bar or slash, or a tag in Latin capitals ("VIP", "CRM"), right after a record's first word
_FIELD_OR_TAG_AFTER = re.compile(r"[ \t]*(?:[/|]|[A-Z]{2,5}(?![A-Za-z]))")
# A person word, then the surname alone, then a field's end or what the person did; a word of the
# visit or the record, then the surname alone and a field's end ("예약 윤, 2인", "메모 — 윤 /")
_PERSON_WORDS = (
    "고객명|고객|회원|손님|VIP|vip|방문자|문의자|예약자|예약명|구매자|수령인|남편|아내|와이프|부인|성함|단골|이름|본명|명의|지인"
    "|동행인|동행|담당자"
)
_RECORD_WORDS = "방문|예약|메모|담당|통화|연락|문의|신규|기존"
_FIELD_END = r"[ \t]*(?:[,.;/|()—–·]|-[ \t]|$)"
_CUED_LONE = re.compile(
    rf"(?<![가-힣])(?:(?:{_PERSON_WORDS})[ \t]*[:：\-—–]?[ \t]*([{_LONE}])"
    rf"(?={_FIELD_END}|[ \t]+(?:방문|구매|문의|픽업|내방|다녀감|옴|오심|왔|전화|연락|예약)(?![가-힣]))"
    rf"|(?:{_RECORD_WORDS})[ \t]*[:：\-—–]?[ \t]*([{_LONE}])(?={_FIELD_END}))",
    re.MULTILINE,
)
# The most frequent surname, a word too, alone at a sentence start before a comma, bracket or slash
# ("이, 45세"; not a stammer before a demonstrative: "이, 이거", "이, 그거")
_OPENING_WORD_SURNAME = re.compile(r"(?:^|(?<=[.!?\n;|]))[ \t]*(이)(?=[ \t]*[,(/·|](?![ \t]*[이그저]))", re.MULTILINE)
# A surname that is no everyday word alone opening a sentence before a bracket, a bar or a dot ("윤) 45세", "윤 | …")
_OPENING_LONE = re.compile(rf"(?:^|(?<=[.!?\n;]))[ \t]*([{_LONE}])(?=[ \t]*[)·|…~'\"’”])", re.MULTILINE)
# A name in Hangul, its Latin spelling in brackets, then a title: a person, even a word ("브라운(Brown) 고객님")
_GLOSSED_TITLED = re.compile(
    r"(?<![가-힣])([가-힣]{2,6})[ \t]*\([ \t]*([A-Z][a-z]+(?:[ \-][A-Z][a-z]+)?)[ \t]*\)[ \t]*"
    r"(?=고객님|님|씨|사모님|여사님|선생님|회장님|대표님|사장님|부인)"
)
# A child's kin word, a given name (a word too: "보라", "지수"), then the child's event within a word
# ("딸 지수 이번에 입학", "손녀 보라 돌 반지"); "딸 가을 학기 시작" says no event of hers
_KIN_GIVEN_EVENT = re.compile(
    r"(?<![가-힣])(?:딸|아들|손녀|손자|조카|따님|아드님|막내|큰딸|작은딸|큰아들|작은아들|외손녀|외손자)[ \t]+([가-힣]{2})"
    r"[ \t]+(?:[가-힣]+[ \t]+)?(?:입학|졸업|생일|결혼|결혼식|돌|돌잔치|백일|취업|입사|약혼|유학|성인식|선물)"
)
# A kin word (and a label's colon), then a given name closed as a field: a comma, a bracket, an age or a
# placeholder the other passes left ("손녀 지안, 7살", "딸: 보람 (대학생)", "손녀: 지안 [HEALTH] 있음")
_KIN_GIVEN_FIELD = re.compile(
    r"(?<![가-힣])(?:딸|아들|손녀|손자|조카|따님|아드님|막내|큰딸|작은딸|큰아들|작은아들|외손녀|외손자|며느리|사위)"
    r"[ \t]*[:：]?[ \t]+([가-힣]{2})(?=[ \t]*(?:[,(]|\[[A-Z]+\]|\d{1,2}[ \t]*(?:살|세)))"
)
# Seasons and times that stand where the name would ("딸 가을 결혼 예정": her autumn wedding)
_WHEN = frozenset("가을 여름 겨울 내년 올해 작년 이번 다음 연말 연초 이달 올가을 올여름 올겨울 상반 하반 첫째 둘째 셋째".split())
# A record's field that is the surname alone ("| 윤 /", "윤 | 45세")
_FIELD_LONE = re.compile(rf"(?:^|(?<=[|/\n]))[ \t]*([{_LONE}])(?:[ \t]([가-힣]{{2}}))?(?=[ \t]*[|/](?!/))", re.MULTILINE)
# "이름이 태오라고", "이름은 라온이에요": the name a person is called, before a quoting or copula ending
_CALLED_NAME = re.compile(
    r"(?:이름|애칭|별명|닉네임|세례명)(?:이|은|는)?[ \t]*([가-힣]{2,3}?)"
    r"(?:이라고|라고|이라는|라는|이에요|예요|이래요|래요|이고|이며|입니다|이야|야|임)(?![가-힣])"
)

# The name a person took or goes by, closed as a field: "(세례명 안나)", "세례명: 요셉,", "애칭은 토리." (a
# baptismal name, a nickname, an English name; not the bare "이름", which a note leaves unfilled: "이름 모름.")
_NAMED_FIELD = re.compile(
    r"(?:세례명|본명|애칭|별명|닉네임|영어[ \t]?이름|영문[ \t]?이름)(?:은|는|이)?[ \t]*[:：]?[ \t]*([가-힣]{2,3})"
    r"(?=[ \t]*(?:[,.)/;·]|$))"
)

_UNFILLED = frozenset("모름 없음 미상 미정 비공개 불명 확인 몰라 모르 없어 없고 있음".split())  # "세례명 모름."


def _opening_full_names(text: str) -> list[PiiSpan]:
    spans = []
    for start in _SENTENCE_START.finditer(text):
        m = _TOKEN.match(text, start.end())
        if not m:
            continue
        parts = _ko_split(m.group(1))
        if parts and not parts[2] and _FIELD_OR_TAG_AFTER.match(text, m.end()) and ko_full_name(m.group(1)):
            spans.append(PiiSpan(m.start(), m.end(), "NAME"))  # "김하린 VIP / …": a record opening on the name
            continue
        if not parts or parts[2] not in _OPENING_PARTICLES:
            continue
        surname, given, _ = parts
        full = surname + given
        if _ko_given_shaped(given) and full not in KO_ROLE_WORDS and full[:2] not in KO_COMMON_STEMS and classify(full) != COMMON:
            spans.append(PiiSpan(m.start(), m.start() + len(full), "NAME"))
    return spans


def _called(word: str) -> bool:
    """A word the note says is a name: no everyday word, role or note word; three syllables shaped as
    a full name."""
    if len(word) == 3:
        return bool(_ko_split(word)) and _ko_given_shaped(word[1:])
    return word not in KO_COMMON_STEMS and word not in KO_ROLE_WORDS and classify(word) != COMMON


def ko_field_names(text: str) -> list[PiiSpan]:
    """Korean names by position in a note (see the module docstring)."""
    spans = _opening_full_names(text)
    spans += [PiiSpan(m.start(m.lastindex), m.end(m.lastindex), "NAME") for m in _CUED_LONE.finditer(text)]
    spans += [PiiSpan(m.start(1), m.end(1), "NAME") for m in _OPENING_WORD_SURNAME.finditer(text)]
    spans += [PiiSpan(m.start(1), m.end(1), "NAME") for m in _OPENING_LONE.finditer(text)]
    spans += [
        PiiSpan(m.start(1), m.end(1), "NAME") for m in (*_KIN_GIVEN_EVENT.finditer(text), *_KIN_GIVEN_FIELD.finditer(text))
        if (is_given_name(m.group(1)) or _ko_given_shaped(m.group(1))) and classify(m.group(1)) != COMMON
        and m.group(1) not in KO_ROLE_WORDS and m.group(1) not in KO_COMMON_STEMS and m.group(1) not in _WHEN
        and not is_concept_word(m.group(1))
    ]
    if "(" in text:
        spans += [PiiSpan(m.start(g), m.end(g), "NAME") for m in _GLOSSED_TITLED.finditer(text) for g in (1, 2)]
    if "|" in text or "/" in text:
        for m in _FIELD_LONE.finditer(text):  # "| 윤 /", "/ 윤 서하 |": the surname, and the given name after it
            if not m.group(2) or _ko_given_shaped(m.group(2)):
                spans.append(PiiSpan(m.start(1), m.end(2) if m.group(2) else m.end(1), "NAME"))
    if "이름" in text or "애칭" in text or "별명" in text or "닉네임" in text or "세례명" in text or "본명" in text:
        spans += [PiiSpan(m.start(1), m.end(1), "NAME") for m in _CALLED_NAME.finditer(text) if _called(m.group(1))]
        spans += [PiiSpan(m.start(1), m.end(1), "NAME") for m in _NAMED_FIELD.finditer(text)
                  if _called(m.group(1)) and m.group(1) not in _UNFILLED]
    return spans


_GIVEN_BEFORE = re.compile(r"(?<![가-힣])([가-힣]{2})[ \t]$")
# Where a placeholder anchor holds the family name: the given name opens a field, the title or a
# field's end follows ("(지수 [NAME] 님)", ", 유리 [NAME],")
_FIELD_BEFORE = re.compile(r"(?:^|[,(:/|·\n])[ \t]*$")
_TITLE_OR_END = re.compile(r"[ \t]*(?:님|씨|고객님|[,.)/|]|$)")


def ko_given_before_latin(text: str, anchors: list[tuple[int, int]]) -> list[PiiSpan]:
    """Hangul given names right before a Latin family name found, or before a placeholder between a
    field's start and a title or a field's end (see the module docstring)."""
    out = []
    for start, end in anchors:
        placeholder = text.startswith("[NAME]", start)
        if not ("A" <= text[start] <= "Z" or placeholder):
            continue
        m = _GIVEN_BEFORE.search(text, max(0, start - 3), start)
        if not m or m.group(1) in KO_ROLE_WORDS or not (is_given_name(m.group(1)) or _ko_given_shaped(m.group(1))):
            continue
        if placeholder and not (
            _FIELD_BEFORE.search(text, max(0, m.start(1) - 4), m.start(1)) and _TITLE_OR_END.match(text, end)
            and classify(m.group(1)) != COMMON
        ):
            continue
        out.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    return out
