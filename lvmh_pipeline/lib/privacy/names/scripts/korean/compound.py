"""Korean names the honorific and particle rules miss:

- a two-syllable surname glued to its given name before a separator ("남궁하린·정우성 부부",
  "제갈도윤, 45세"), or written apart before a one-syllable given name closed by a bracket or
  punctuation ("(독고 준)", "선우 솔,") or a given name before 님 / 씨 ("제갈 하람님이요");
- a full name after a label saying it is the Korean or real name ("한국명 최하늘", "본명: 문가을"),
  whatever its given name (a word too: 하늘 "sky", 가을 "autumn");
- a Latin given name right before a Hangul kin word ("Rose 이모", "Tom 삼촌");
- a one-syllable given name between a kin word and 씨 or 님 ("남자친구 훈 씨");
- a given name right before a child's age in brackets ("다온(6살)랑", "하람(9세)").
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.guard import COMMON, classify, is_given_name, is_place_month_or_brand
from lvmh_pipeline.lib.privacy.names.lexicon import KIN_WORDS, KO_ROLE_WORDS, KO_SURNAMES
from lvmh_pipeline.lib.privacy.names.scripts.korean.bare import _KO_KIN_IN_BRACKETS, _ko_given_shaped

__all__ = ["ko_compound_names"]

# Not 사공 (boatman) nor 서문 (preface): words before a separator too.
_COMPOUND = "황보|남궁|제갈|선우|독고"
_GLUED = re.compile(rf"(?<![가-힣])(?:{_COMPOUND})([가-힣]{{2}})(?=[ \t]*[·,，(（/:：)）]|[ \t]+(?:부부|내외)(?![가-힣]))")
_APART_ONE = re.compile(rf"(?<![가-힣])(?:{_COMPOUND})[ \t]([가-힣])(?=[ \t]*[)）,，.·/]|[ \t]*(?:님|씨)(?![가-힣]))")
# "황보 수아님이요", "남궁 도윤 씨": a two-syllable given name apart, before 님 or 씨 and a particle
_APART_TWO = re.compile(
    rf"(?<![가-힣])(?:{_COMPOUND})[ \t]([가-힣]{{2}})[ \t]?(?=(?:님|씨)(?:이|가|은|는|의|을|를|도|께|께서|이요|이세요|이랑|한테)?(?![가-힣]))"
)
# Hesitations and one-syllable words after a surname ("제갈 그.. 제갈현우", "선우 아님": not Sunwoo).
_NOT_GIVEN = frozenset("그저어음아에네이뭐좀또더잘안못다는은도")
_LABELLED = re.compile(
    r"(?:한국명|한국 이름|한국이름|한글명|한글 이름|본명|본명은|실명)[ \t]*[:：]?[ \t]*"
    rf"([{''.join(KO_SURNAMES)}][가-힣]{{2}})(?=[ \t]*[)）,，.;/]|[ \t]*$|[ \t]*(?:님|씨)(?![가-힣]))"
)
_ASCII_UPPER = re.compile("[A-Z]")
_KIN_AFTER_LATIN = re.compile(
    r"(?<![A-Za-z])([A-Z][a-z]{2,})[ \t]?"
    r"(?=(?:외삼촌|삼촌|이모|고모|할머니|할아버지|오빠|언니|누나|형님|조카|사촌|아들|딸|남편|아내|와이프)"
    r"(?:[이가은는의을를도와과께]|에게|한테|랑|하고|분|님)?(?![가-힣]))"
)


_KIN_ONE_SYLLABLE = re.compile(
    r"(?<![가-힣])(?:남자친구|여자친구|남친|여친|남편|아내|와이프|약혼자|아들|딸|조카|동생|손자|손녀)[ \t]+"
    r"([가-힣])[ \t]?(?=(?:씨|님)(?![가-힣])|(?:씨|님)(?:이|가|은|는|의|을|를|도|와|과|께|한테|에게|랑|하고)(?![가-힣]))"
)
_CHILD_AGE = re.compile(r"(?:^|(?<=[ \t,.(（/·:]))([가-힣]{2})[ \t]?[(（][ \t]*\d{1,2}[ \t]?(?:살|세)[ \t]*[)）]")


def ko_compound_names(text: str) -> list[PiiSpan]:
    """Names of a Korean note found by the shapes of the module docstring."""
    spans = []
    if any(s in text for s in ("황보", "남궁", "제갈", "선우", "독고")):
        spans += [PiiSpan(m.start(), m.end(), "NAME") for m in _GLUED.finditer(text) if _ko_given_shaped(m.group(1))]
        spans += [PiiSpan(m.start(1), m.end(1), "NAME") for m in _APART_ONE.finditer(text) if m.group(1) not in _NOT_GIVEN]
        spans += [PiiSpan(m.start(1), m.end(1), "NAME") for m in _APART_TWO.finditer(text) if _ko_given_shaped(m.group(1))]
    if "명" in text or "이름" in text:
        spans += [PiiSpan(m.start(1), m.end(1), "NAME") for m in _LABELLED.finditer(text)]
    spans += [PiiSpan(m.start(1), m.end(1), "NAME") for m in _KIN_ONE_SYLLABLE.finditer(text) if m.group(1) not in _NOT_GIVEN]
    if "살" in text or "세" in text:
        spans += [PiiSpan(m.start(1), m.end(1), "NAME") for m in _CHILD_AGE.finditer(text) if _child_name(m.group(1))]
    for m in _KIN_AFTER_LATIN.finditer(text) if _ASCII_UPPER.search(text) else ():
        word = m.group(1)
        if is_given_name(word) and classify(word) != COMMON and not is_place_month_or_brand(word):
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    return spans


# Words for a child or a pet before its age ("첫째(7살)", "강아지(3살)"): no name.
_CHILD_WORDS = frozenset(
    "첫째 둘째 셋째 막내 큰애 작은애 아이 애기 아기 손주 남아 여아 아들 딸 자녀 강아지 고양이 본인 고객 남편 아내".split()
)


def _child_name(word: str) -> bool:
    """No kin, role, child or ordinary word ("아들(7살)", "막내(5세)"): the child's name."""
    return (
        word not in KIN_WORDS and word not in _KO_KIN_IN_BRACKETS and word not in KO_ROLE_WORDS
        and word not in _CHILD_WORDS and classify(word) != COMMON
    )
