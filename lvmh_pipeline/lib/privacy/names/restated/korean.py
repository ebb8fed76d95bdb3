"""Korean shapes of a name found (see :mod:`..restated`).

- the given part of a full name found (surname + one or two syllables: "이봄", "한별", "도하늘") alone
  before an honorific ("봄 님", "별 씨", "하늘 양"): a one-syllable or noun given name is a name there;
- the full name (a surname syllable glued before) of a given name found ("하나 님 … (윤하나)");
- a Western family name in Hangul after a Western given name found, before an honorific
  ("카트린 르블랑 씨");
- without a name found: a surname, a blank and one syllable before 씨 / 님 ("장 뤽 씨", "김 준 님");
  a surname that is a prefix word too (고 "late", 구, 부) before a person's title ("고 선생님 오셨어요");
  a given name, then the full name in brackets ("하나 님 (윤하나)");
- no name: a product field's value ("색상: 연핑크", "문의: 기내용"), an institution ("(프랑스 대사관)").
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.lexicon import KO_SURNAMES
from lvmh_pipeline.lib.privacy.names.scripts.transliterated import _western_names

__all__ = ["korean_loose_names", "korean_not_names", "korean_restated"]

_FULL = re.compile(r"[가-힣]{2,3}")
_HANGUL = re.compile("[가-힣]")
_HONORIFIC = r"(?:씨|님|양|군|고객님|선생님|사모님|여사님)"
_PARTICLE = r"(?:이|가|은|는|을|를|의|도|께서|한테|에게|랑|과|와|님|씨|양|군)"
# Words after a given name that are no family name: kin, roles, the honorifics' nouns
_NOT_FAMILY = frozenset(
    """고객 고객님 선생 선생님 사모 사모님 여사 여사님 회장 사장 대표 실장 원장 교수 어머님 어머니 아버님 아버지
    남편 부인 따님 아드님 아들 딸 동생 언니 오빠 누나 형님 이모 고모 친구 배우자 손님 가족 본인 일행 와이프""".split()
)
_LOOSE = re.compile(r"(?<![가-힣])([가-힣])[ \t]+([가-힣])[ \t]+(?:씨|님)(?![가-힣]{2})")
# One-syllable words that are no given name after a surname-like syllable ("이 분 님", "그 쪽 씨")
_NOT_GIVEN = frozenset("분 번 명 개 쪽 때 것 거 중 건 층 곳 집 날 달 해 차 줄 편 팀 측 아 어 음 네 예 응")
_NOT_SURNAME = frozenset("그저이어음아응네한두세몇각전현새총본대제또잘좀다막딱참꼭왜첫약단")
_PREFIX_SURNAME = re.compile(r"(?<![가-힣])([고구부])[ \t]+(?=(?:선생님|사모님|여사님|고객님)(?:이|께서|은|도|의|[ \t,.]|$))")


# A given name, then the full name in brackets: "하나 님 (윤하나)", "봄 씨(이봄)"
_GIVEN_THEN_FULL = re.compile(r"(?<![가-힣])([가-힣]{1,2})[ \t]?(?:씨|님|양|군|고객님)?[ \t]*[(（][ \t]*([가-힣])\1[ \t]*[)）]")


def korean_loose_names(text: str) -> list[PiiSpan]:
    """"장 뤽 씨", "김 준 님"; "고 선생님"; "하나 님 (윤하나)" (see the module)."""
    out: list[PiiSpan] = []
    if "(" in text or "（" in text:
        for m in _GIVEN_THEN_FULL.finditer(text):
            if m.group(2) in KO_SURNAMES:
                out += [PiiSpan(m.start(1), m.end(1), "NAME"), PiiSpan(m.start(2), m.end(2) + len(m.group(1)), "NAME")]
    if "씨" in text or "님" in text:
        for m in _LOOSE.finditer(text):
            first, second = m.group(1), m.group(2)
            if first in KO_SURNAMES and first not in _NOT_SURNAME and second not in _NOT_GIVEN:
                out.append(PiiSpan(m.start(1), m.end(2), "NAME"))
    if "선생님" in text or "사모님" in text or "여사님" in text or "고객님" in text:
        out += [PiiSpan(m.start(1), m.end(1), "NAME") for m in _PREFIX_SURNAME.finditer(text)]
    return out


def _given_alone(text: str, given: str) -> list[PiiSpan]:
    pattern = re.compile(rf"(?<![가-힣]){re.escape(given)}(?=[ \t]?{_HONORIFIC}(?![가-힣]{{2}}))")
    return [PiiSpan(m.start(), m.end(), "NAME") for m in pattern.finditer(text)]


def _full_after(text: str, given: str) -> list[PiiSpan]:
    pattern = re.compile(rf"(?<![가-힣])([가-힣]){re.escape(given)}(?=[^가-힣]|$|{_PARTICLE})")
    return [PiiSpan(m.start(), m.end(), "NAME") for m in pattern.finditer(text) if m.group(1) in KO_SURNAMES]


_FAMILY_AFTER = re.compile(r"[ \t]+([가-힣]{2,5})[ \t]?(?=(?:씨|님|고객님|여사님|부인|선생님)(?![가-힣]{2}))")


def korean_restated(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """The given part, the full name and the Western family name of names found (see the module)."""
    out: list[PiiSpan] = []
    seen: set[str] = set()
    western = _western_names()
    for span in spans:
        name = text[span.start : span.end]
        if not _FULL.fullmatch(name):
            continue
        if name not in seen:
            seen.add(name)
            if name[0] in KO_SURNAMES and name not in western:
                out += _given_alone(text, name[1:])  # "이봄" … "봄 님"
            if len(name) <= 2:
                out += _full_after(text, name)  # "하나 님" … "(윤하나)"
        if name in western:
            m = _FAMILY_AFTER.match(text, span.end)
            if m and m.group(1) not in _NOT_FAMILY and m.group(1) not in western:
                out.append(PiiSpan(m.start(1), m.end(1), "NAME"))  # "카트린 르블랑 씨"
    return out


# Fields of a product or an order whose value is no person ("색상: 연핑크", "사이즈 문의: 기내용")
_ATTRIBUTE_FIELD = re.compile(
    r"(?:색상|컬러|색|사이즈|크기|길이|문의|관심|품목|관심 품목|포장|결제|소재|재질|모델|라인|제품|상품|용도|스타일|종류|타입|옵션)"
    r"[ \t]*[:：][ \t]*$"
)
# Countries and cities as Hangul writes them: where a person is from, beside a name, never a name
KO_PLACES = frozenset(
    """프랑스 미국 영국 독일 이탈리아 스페인 일본 중국 캐나다 호주 러시아 스위스 벨기에 네덜란드 포르투갈 브라질
    홍콩 싱가포르 대만 베트남 태국 인도 두바이 사우디 카타르 쿠웨이트 레바논 한국 파리 런던 뉴욕 밀라노 도쿄 오사카
    상하이 베이징 서울 부산 제주 모나코 오스트리아 스웨덴 덴마크 노르웨이 아일랜드 멕시코 터키 튀르키예 이집트""".split()
)
# Words a Korean note writes that open like a surname but name no one: the label of the name itself
# ("성함이 …": "the name is …"), the company mark "(주)" and the union ("노조", "노조위원장님").
_NAME_LABEL = re.compile(r"(?:성함|성명|이름)(?:이|은|는|을|:)?")
_UNION = re.compile(r"노조(?:위원|원|합|간부|지부|사무|(?![가-힣]))")  # not "노조민 님", a person


def _ko_no_person(text: str, start: int, end: int) -> bool:
    """Whether the Hangul span ``start:end`` is a name label, the "(주)" company mark or the union."""
    if _NAME_LABEL.fullmatch(text, start, end):
        return True
    if start > 0 and text.startswith("(주)", start - 1) and end == start + 1:
        return True
    return _UNION.match(text, start) is not None


# Nouns of an institution that end no person's name ("프랑스 대사관", "하나 은행", "서울 본사")
_INSTITUTION_END = re.compile(r"(?:대사관|영사관|은행|본사|회사|호텔|지점|대학교|병원|그룹|백화점|면세점|매장|재단|협회)$")


def korean_not_names(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` without a product field's value of three syllables that is no full name
    ("색상: 연핑크", "문의: 기내용"), without an institution ("(프랑스 대사관)") and without the name
    label, the company mark or the union (:func:`_ko_no_person`)."""
    from lvmh_pipeline.lib.privacy.names.scripts.korean.bare import ko_full_name

    if not spans or not _HANGUL.search(text):
        return spans
    out = []
    for span in spans:
        word = text[span.start : span.end]
        if not ("가" <= word[:1] <= "힣"):
            out.append(span)
            continue
        if _ko_no_person(text, span.start, span.end):
            continue  # "성함이", "(주)", "노조위원장님"
        if _INSTITUTION_END.search(word) or word in KO_PLACES or word[-1:] == "인" and word[:-1] in KO_PLACES:
            continue  # "(소피 마르탱, 프랑스)", "(프랑스인)": where the person is from
        if len(word) == 3 and _ATTRIBUTE_FIELD.search(text, max(0, span.start - 12), span.start) and not ko_full_name(word):
            continue
        out.append(span)
    return out
