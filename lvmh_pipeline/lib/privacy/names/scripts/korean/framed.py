"""Korean names framed on both sides, whatever their syllables (a given name that is an ordinary
word too: 소망 "hope", 미래 "future", 하늘 "sky"):

- a kin word before, the address for a young person after: "따님 하늘 양", "손자 바다 군";
- a kin word before a given name that is a word too, glued to the familiar "이" of a name ending in
  a consonant: "따님 지안이 돌", "아들 가을이랑" (not "딸 여름 방학", "딸 바다가");
- a kin word before a given name that is a word too, an event of a person's life after: "손녀
  나래 입학식", "아들 슬기 취업" (not a season or time: "딸 가을 결혼" is an autumn wedding);
- a full name before a staff title of the house: "SA 최민수 매니저", "한지우 점장님이";
- a role word before (secretary, driver, aide), a rank or honorific after: "비서 한사랑 대리",
  "기사 박나래 씨"; a lone surname before a staff word: "박 기사가 픽업";
- a word naming a full name before one of three syllables: "풀네임이 석지호.", "성함 안보람,";
- a false start on the surname before the name and a title: "그 윤… 윤서아 고객님", "한... 지민 씨";
- a name label of a CRM line, then a surname and a given name written apart: "Name: 윤 / 서아 |",
  "성명: 윤 서아".
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.gates import Gate
from lvmh_pipeline.lib.privacy.names.guard import AMBIGUOUS, COMMON, NAME, classify, is_given_name
from lvmh_pipeline.lib.privacy.names.lexicon import KO_SURNAMES
from lvmh_pipeline.lib.privacy.names.scripts.korean.bare import ko_full_name, ko_noun_then_particle

_KIN = "따님|아드님|딸|아들|손녀|손자|외손녀|외손자|조카|막내|큰딸|작은딸|큰아들|작은아들"
_KIN_FRAMED = re.compile(
    rf"(?<![가-힣])(?:{_KIN})[ \t]+([가-힣]{{2}})[ \t]+(?:양|군)(?:[이은의을도과와]|께서|에게|한테|이랑)?(?![가-힣])"
)
_KIN_FAMILIAR = re.compile(
    rf"(?<![가-힣])(?:{_KIN})[ \t]+([가-힣]{{2}})이(?:가|는|랑|도|의|를|한테|에게|하고|와)?(?![가-힣])"
)
_LIFE_EVENTS = ("졸업", "입학", "결혼", "생일", "생신", "돌잔치", "첫돌", "백일", "취업", "승진", "유학", "출산", "약혼", "전역",
                "은퇴", "환갑", "칠순", "합격", "상견례")
_HAS_LIFE_EVENT = Gate(_LIFE_EVENTS)
_KIN_EVENT = re.compile(rf"(?<![가-힣])(?:{_KIN})[ \t]+([가-힣]{{2}})[ \t]+(?:{'|'.join(_LIFE_EVENTS)})")
_TIME_WORDS = frozenset("봄철 여름 가을 겨울 내년 올해 연말 연초 다음 이번 지난 작년 하반 상반".split())
_ROLE = "비서|기사|기사님|보좌관|수행비서|운전기사|매니저|실장|담당|담당자|통역|집사"
_RANK = "과장|부장|차장|대리|팀장|실장|주임|사원|비서관|님|씨"
_ROLE_FRAMED = re.compile(
    rf"(?<![가-힣])(?:{_ROLE})[ \t]+([{''.join(KO_SURNAMES)}][가-힣]{{2}})[ \t]*(?:{_RANK})"
    r"(?:[이가은는의을를도과와께]|께서|에게|한테)?(?![가-힣])"
)

# a lone surname before a staff word ("박 기사가 픽업", "한 비서님께"); not a syllable that is a word
# there ("이 기사" this article, "전 비서" the former secretary, "현" current, "모" a certain, "여 비서" /
# "남 비서" a woman / man secretary, "조" a team)
_STAFF_SURNAMES = "".join(sorted(set(KO_SURNAMES) - set("이전조현모여남")))
_SURNAME_STAFF = re.compile(
    rf"(?<![가-힣])([{_STAFF_SURNAMES}])[ \t]+(?:기사|비서|실장|매니저|집사)님?"
    r"(?:[이가은는의을를도과와께]|께서|에게|한테|랑|이랑)?(?![가-힣])"
)

# a full name shaped as one (ko_full_name) before a staff title of the house, whatever stands before it
# ("SA 최민수 매니저 휴가 중", "오늘 한지우 점장님이"): the title says a person
_STAFF_TITLES = "매니저|실장|팀장|점장|부점장|과장|부장|차장|대리|주임|디렉터|어드바이저|컨설턴트|셀러"
_FULL_STAFF = re.compile(
    rf"(?<![가-힣])([{''.join(KO_SURNAMES)}][가-힣]{{2}})[ \t]*(?:{_STAFF_TITLES})님?"
    r"(?:[이가은는의을를도과와께]|께서|에게|한테|랑|이랑)?(?![가-힣])"
)

# a full name of three syllables after a word naming it, closed by punctuation: "풀네임이 석지호.", "성함 안보람, 연락처" (the given name may be a word: 보람, 하늘)
_LABELLED_FULL = re.compile(
    rf"(?<![가-힣])(?:성함|풀네임|본명|실명|성명|이름)(?:은|는|이|가|도)?[ \t]*[:：]?[ \t]*"
    rf"([{_STAFF_SURNAMES}이][가-힣]{{2}})(?=[ \t]*[,.;)/\n]|$)"
)

# a false start on the surname before the name and a title: "그 윤… 윤 고객님", "윤… 윤서아 고객님", "한... 지민 씨"
_TITLE_AFTER = "고객님|고객|씨|여사님|여사|님|회장님|사장님|사모님|선생님|대표님|교수님|원장님|부장님|실장님"
# (a hesitation that is a surname too, "어... 민수 씨", only before the same syllable: "어… 어지민 씨")
_FALSE_START_SURNAMES = "".join(sorted(set(KO_SURNAMES) - set("어아음그저에")))
_FALSE_START = re.compile(rf"(?<![가-힣])([{_FALSE_START_SURNAMES}])[ \t]*(?:…|\.{{2,3}})[ \t]*(?=(?:\1(?:[가-힣]{{2}})?|[가-힣]{{2}})[ \t]*(?:{_TITLE_AFTER})(?:[이가은는의을를도께]|께서|에게|한테)?(?![가-힣]))")

_LABELLED_APART = re.compile(
    rf"(?<![A-Za-z가-힣])(?i:name|nom|nombre|nome|naam|이름|성명|고객명)[ \t]*[:：][ \t]*"
    rf"([{''.join(KO_SURNAMES)}])[ \t]*(?:[/／][ \t]*|[ \t])([가-힣]{{2}})(?=[ \t]*(?:[|,;/\n]|$))"
)


def ko_framed_names(text: str) -> list[PiiSpan]:
    """Names between a kin or role word and a title, or after a name label (see the module)."""
    spans = []
    if ":" in text or "：" in text:
        for m in _LABELLED_APART.finditer(text):
            spans += [PiiSpan(m.start(1), m.end(1), "NAME"), PiiSpan(m.start(2), m.end(2), "NAME")]
    if "성" in text or "이름" in text or "네임" in text or "본명" in text or "실명" in text:
        spans += [
            PiiSpan(m.start(1), m.end(1), "NAME") for m in _LABELLED_FULL.finditer(text)
            if classify(m.group(1)) != COMMON and not m.group(1).endswith("에")  # "이름은 나중에.": later
            and not ko_noun_then_particle(m.group(1))  # "이름 한글로,": in Hangul
        ]
    if "…" in text or ".." in text:
        spans += [PiiSpan(m.start(1), m.end(1), "NAME") for m in _FALSE_START.finditer(text)]
    if "이" in text:
        spans += [
            PiiSpan(m.start(1), m.end(1), "NAME") for m in _KIN_FAMILIAR.finditer(text)
            if (ord(m.group(1)[1]) - 0xAC00) % 28 and classify(m.group(1)) in (AMBIGUOUS, NAME) and is_given_name(m.group(1))
        ]
    if _HAS_LIFE_EVENT(text):
        spans += [
            PiiSpan(m.start(1), m.end(1), "NAME") for m in _KIN_EVENT.finditer(text)
            if m.group(1) not in _TIME_WORDS and classify(m.group(1)) in (AMBIGUOUS, NAME) and is_given_name(m.group(1))
        ]
    spans += [PiiSpan(m.start(1), m.end(1), "NAME") for m in _FULL_STAFF.finditer(text) if ko_full_name(m.group(1))]
    if "양" not in text and "군" not in text and not any(r in text for r in ("비서", "기사", "보좌관", "매니저", "실장", "담당", "통역", "집사")):
        return spans
    spans += [PiiSpan(m.start(1), m.end(1), "NAME") for m in _KIN_FRAMED.finditer(text)]
    spans += [PiiSpan(m.start(1), m.end(1), "NAME") for m in _ROLE_FRAMED.finditer(text)]
    spans += [PiiSpan(m.start(1), m.end(1), "NAME") for m in _SURNAME_STAFF.finditer(text)]
    return spans
