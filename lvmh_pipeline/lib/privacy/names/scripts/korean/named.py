"""Korean full names the note itself calls names, and the names listed with them:

- after a word that says "name" or names the holder of a record ("성함은 조만식", "남편분 성함이 함석진이시고",
  "예약자: 봉준서", "받는 분: 용혜원", "명의자 명현수 님"): a surname and two syllables are the name even
  where the given name is rare ("만식") or the surname is ("봉", "피"), before a copula or a particle;
- a list of full names once one of them is a name or the list follows a list word ("초대 명단: 길태민,
  명소라, 어윤정", "(오태식 / 송미라)" after "부부"): every surname and two syllables in the run;
- a given name after a kin word, before 씨 / 님 even where it is a word too ("신랑 바다 씨"), or with the
  이 of a name ending in a consonant before the relative's event ("조카 도담이 백일 선물");
- the name a correction puts instead of one found ("은비가 아니고 은빈이요", "다은이, 아니 다인이래요");
- a rarer surname ("봉", "피", "경") written with a given name before an honorific ("봉재훈 원장님"), and
  then alone before an honorific or a role in the same note ("봉 원장님");
- the name a person asks to be called ("제니라고 불러 달라고");
- a given name before a kin word of respect ("순자 할머님", "도윤 어머님"): the person, or the child the
  parent is called after.

No ordinary word: the two syllables after the surname are no listed noun, role or cue, and the word is
no term of the notes ("성함은 정확히", "이름: 미정").
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.guard import COMMON, classify
from lvmh_pipeline.lib.privacy.names.lexicon import KO_COMMON_STEMS, KO_HONORIFIC_VERB_FORMS, KO_NAME_CUES, KO_ROLE_WORDS, KO_SURNAMES
from lvmh_pipeline.lib.privacy.names.scripts.korean.bare import _ko_given_shaped as ko_given_shaped
from lvmh_pipeline.lib.privacy.names.scripts.korean.bare import ko_full_name
from lvmh_pipeline.lib.privacy.names.word_forms import is_hangul_term

__all__ = ["ko_named_full_names", "ko_said_surname"]

# Rarer surnames, taken here only: the note says the word is a name
_RARE = "봉피경태견감계판팽평풍옹탄빈승시사"
_SURNAME = f"[{''.join(sorted(KO_SURNAMES))}{_RARE}]"
_NAMING = (
    r"성함|존함|이름|고객명|고객 이름|본명|실명|한국 이름|한국명|예약자|예약명|예약 명|명의자|명의|수령인|수령자"
    r"|받는[ \t]?분|받으실[ \t]?분|보내는[ \t]?분|주문자|구매자|신청자|방문자|문의자|명단|참석자|초대 명단|대상자"
)
_CUE_GAP = r"(?:[은는이가]|분은|분이)?[ \t]*[:：\-–]?[ \t]*"
# What may follow the name: a copula or a particle, an honorific, or the field's end
_AFTER = (
    r"(?:이시고|이시며|이세요|이십니다|이신데|이신|입니다|이고|이며|이에요|이예요|이라고|이라는|이래요|이요|으로|님|씨"
    r"|[은는이가을를의도와과랑]|이랑|에게|한테|께)?(?![가-힣])"
)
_NAMED = re.compile(rf"(?<![가-힣])(?:{_NAMING}){_CUE_GAP}({_SURNAME}[가-힣]{{2}}){_AFTER}")
# A run of full names separated as a list, possibly in brackets
_RUN = re.compile(
    rf"(?<![가-힣])({_SURNAME}[가-힣]{{2}})(?:[ \t]*(?:님|씨))?"
    rf"((?:[ \t]*[,，/·・、&][ \t]*{_SURNAME}[가-힣]{{2}}(?:[ \t]*(?:님|씨))?(?![가-힣]))+)(?![가-힣])"
)
_MEMBER = re.compile(rf"({_SURNAME}[가-힣]{{2}})(?![가-힣])")
# What a field says when the name is not known yet
_UNKNOWN = frozenset("미정 미상 모름 확인 불명 비공개".split())
_LIST_BEFORE = re.compile(r"(?:명단|참석자|초대|일행|부부|내외|커플|가족|동행)[ \t]*[:：(（]?[ \t]*$")


def _plain(word: str) -> bool:
    """A surname and two syllables that make no ordinary word ("정확히", "미정" …)."""
    given = word[1:]
    return (
        given not in KO_COMMON_STEMS
        and word[:2] not in KO_COMMON_STEMS
        and given not in KO_ROLE_WORDS
        and given not in KO_NAME_CUES
        and word not in KO_ROLE_WORDS
        and word[:2] not in KO_ROLE_WORDS
        and word[:2] not in KO_NAME_CUES
        and given[-1] not in "님씨분들"
        and classify(word) != COMMON
        and classify(given) != COMMON
        and not is_hangul_term(word)
        and not given.endswith(("히", "게", "고", "며", "요", "다", "이", "가", "을", "를", "은", "는", "의", "도", "에"))
        and given not in _UNKNOWN
    )


_KIN = (
    "딸|아들|남편|아내|와이프|부인|따님|아드님|손녀|손자|조카|며느리|사위|신랑|신부|약혼자|약혼녀|남자친구|여자친구"
    "|남친|여친|동생|남동생|여동생|언니|오빠|누나|형|시누이|올케|처제|손주|막내|첫째|둘째|셋째|예비신부|예비신랑"
)
_KIN_THEN_TITLED = re.compile(
    rf"(?<![가-힣])(?:{_KIN})(?:분)?[ \t]+([가-힣]{{2}}[ \t](?=씨|님)|[가-힣]{{3,4}}[ \t]?(?=양|군|씨|님))(?:씨|님|양|군)(?![가-힣])"
)
_EVENT = "돌|돌잔치|백일|생일|입학|졸업|결혼|결혼식|약혼|취업|입사|유학|성인식|수능|전역|입대|첫돌"
_KIN_THEN_CALLED = re.compile(
    rf"(?<![가-힣])(?:{_KIN})[ \t]+([가-힣]{{2}})이(?:가|는|도|의)?[ \t]+(?:[가-힣]+[ \t]+)?(?:{_EVENT})(?![가-힣])"
)
_BEFORE_RESPECTED_KIN = re.compile(
    r"(?:^|(?<=[ \t,.(]))([가-힣]{2})[ \t]+(?:할머님|할아버님|할머니|할아버지|어머님|아버님|이모님|고모님|삼촌)"
    r"(?:[이가은는의께도]|께서)?(?![가-힣])"
)


# A name found, its particle, "no, (it is) not", then the right name and a copula or an honorific
_CORRECTED = re.compile(
    r"(?:[이가은는]|이가|이는)?[ \t]*[,…]*[ \t]*(?:아니(?:고|라|라고|요)?[ \t,]+)?(?:[가-힣]{2,4}(?:이|가)[ \t]+)?아니(?:고|라|라고)?[ \t,]+"
    r"([가-힣]{2,4}?)(?:이요|이에요|예요|요|이래요|래요|이라고|라고|이고|이야|[ \t]?님|[ \t]?씨)(?![가-힣])"
)


def _corrections(text: str, found: list[PiiSpan]) -> list[PiiSpan]:
    out = []
    for span in found:
        name = text[span.start : span.end]
        if not 2 <= len(name) <= 4 or not all("가" <= c <= "힣" for c in name):
            continue
        m = _CORRECTED.match(text, span.end)
        if m and m.group(1) != name and m.group(1)[0] == name[0] and _word_name(m.group(1)):
            out.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    return out


_RARE_FULL = re.compile(
    rf"(?<![가-힣])([{_RARE}])([가-힣]{{2}})(?=[ \t]?(?:님|씨|고객님|사장님|원장님|대표님|선생님|회장님|실장님|여사님|교수님|사모님)"
    r"|[이가은는의](?![가-힣]))"
)
_CALL_ME = re.compile(r"(?<![가-힣])([가-힣]{2,4}?)(?:이라고|라고)[ \t]*(?:불러|부르|불러달|불러 달|해 ?달)")


_NOT_CALLED = frozenset("이거 그거 저거 이것 그것 저것 뭐라 아무 이렇게 그렇게 선생 사장 언니 오빠 이모 삼촌".split())


def _rare_surnames(text: str) -> list[PiiSpan]:
    """A rarer surname with a given name before an honorific, and the same surname alone before one."""
    out = []
    for m in _RARE_FULL.finditer(text):
        if not _word_name(m.group(2)) or not ko_given_shaped(m.group(2)) or m.group(1) + m.group(2)[0] in KO_COMMON_STEMS:
            continue
        out.append(PiiSpan(m.start(), m.end(), "NAME"))
        alone = re.compile(rf"(?<![가-힣]){m.group(1)}(?=[ \t]+[가-힣]{{0,3}}님(?![가-힣])|[ \t]?씨(?![가-힣]))")
        out += [PiiSpan(a.start(), a.end(), "NAME") for a in alone.finditer(text)]
    return out


def _word_name(word: str) -> bool:
    """Two syllables that may be a given name where the place says so: no role, cue, time or record word."""
    return (
        word not in KO_ROLE_WORDS and word not in KO_NAME_CUES and word not in KO_COMMON_STEMS
        and word not in _UNKNOWN and not is_hangul_term(word) and not word.endswith(("들", "분", "님"))
        and word not in _NOT_GIVEN and word[0] not in "님씨" and word[-1] not in "은는을를의도과와랑에께"
        and word not in KO_HONORIFIC_VERB_FORMS  # "오신 어머님": who came
    )


# Words that stand in those places without naming anyone
_NOT_GIVEN = frozenset(
    """우리 저희 제 그 이 저 그분 이분 저분 친구 친척 시댁 친정 동네 회사 학교 옆집 이웃 본인 같은 다른 어떤
    아이 애기 아기 큰 작은 외 친 시 처 돌아가신 생일 결혼 졸업 입학 선물 반지 시계 가방 때문""".split()
)


def ko_named_full_names(text: str, found: list[PiiSpan] = ()) -> list[PiiSpan]:
    """Full names after a naming word, and the lists of full names (see the module)."""
    spans = [PiiSpan(m.start(1), m.end(1), "NAME") for m in _NAMED.finditer(text) if _plain(m.group(1))]
    starts = {s.start for s in (*found, *spans)}
    for m in _RUN.finditer(text):
        members = [m.group(1)] + _MEMBER.findall(m.group(2))
        offsets = [m.start(1)] + [m.start(2) + x.start(1) for x in _MEMBER.finditer(m.group(2))]
        listed = _LIST_BEFORE.search(text, max(0, m.start() - 12), m.start()) is not None
        anchored = listed or any(o in starts for o in offsets) or any(ko_full_name(w) for w in members)
        if not anchored or not all(_plain(w) for w in members):
            continue
        spans += [PiiSpan(o, o + 3, "NAME") for o in offsets]
    spans += _corrections(text, [*found, *spans]) + _rare_surnames(text)
    spans += [
        PiiSpan(m.start(1), m.end(1), "NAME") for m in _CALL_ME.finditer(text)
        if _word_name(m.group(1)) and m.group(1)[-1] not in "이거것" and m.group(1) not in _NOT_CALLED
    ]  # not "이거라고 불러요" (this thing), "상이라고" (the honorific さん with its copula)
    for pattern in (_KIN_THEN_TITLED, _KIN_THEN_CALLED, _BEFORE_RESPECTED_KIN):
        for m in pattern.finditer(text):
            word = m.group(1).rstrip(" \t")
            if _word_name(word):
                spans.append(PiiSpan(m.start(1), m.start(1) + len(word), "NAME"))
    return spans


def ko_said_surname(text: str, syllable: str, start: int) -> bool:
    """A hesitation syllable that is a surname too (어) is the surname where it opens the note or the note
    writes it glued to a given name ("어 고객님(… 어수진 님)")."""
    return not text[:start].strip() or re.search(rf"(?<![가-힣]){syllable}[가-힣]{{2}}(?:[ \t]?(?:님|씨)|[,.)]|$)", text) is not None
