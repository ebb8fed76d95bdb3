"""Korean names with no honorific: the shape of a full name ("이상민", "남궁민수"), a full name
before a particle or after a kin, client or label word ("김민지가", "딸 김하린 양"), couples
("김민지·이준호 부부"), a lone surname before a role ("문 대표") and a lone surname written apart
from its given name, also across a hesitation ("박 민준", "이 음 서연 고객님")."""

from __future__ import annotations

import re
from functools import lru_cache

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.cues import alternation
from lvmh_pipeline.lib.privacy.names.guard import COMMON, classify
from lvmh_pipeline.lib.privacy.names.lexicon import (
    KO_COMMON_STEMS,
    KO_HONORIFIC_VERB_FORMS,
    KO_NAME_CUES,
    KO_NAME_PARTICLES,
    KO_NOT_LONE_SURNAMES,
    KO_PERSON_PARTICLES,
    KO_ROLE_WORDS,
    KO_SPACED_ROLES,
    KO_SURNAMES,
)
from lvmh_pipeline.lib.privacy.names.person_names import person_names
from lvmh_pipeline.lib.privacy.names.scripts.cjk_common import _HANGUL

# A given name with the kin word in brackets after it ("지훈(아들)", "서윤(딸, 7세)", "유나 (와이프)").
_KO_KIN_IN_BRACKETS = ("아들", "딸", "남편", "아내", "와이프", "부인", "손녀", "손자", "조카", "동생", "남동생", "여동생",
                       "언니", "오빠", "누나", "형", "따님", "아드님", "며느리", "사위", "막내", "첫째", "둘째", "셋째",
                       "큰딸", "작은딸", "큰아들", "작은아들", "외손녀", "외손자", "약혼자", "약혼녀", "여자친구", "남자친구")
_KO_SPACED_SURNAME_BEFORE = re.compile(rf"(?<![가-힣])([{''.join(KO_SURNAMES)}])[ \t]$")


_KO_COMPOUND_SURNAMES = ("남궁", "황보", "제갈", "선우", "독고", "사공", "서문")
_KO_TOKEN = re.compile(r"(?<![가-힣])[가-힣]+")
_KO_SPACED_ROLE = re.compile(
    rf"[ \t]+(?:{alternation(KO_SPACED_ROLES)})(?:(?![가-힣])|(?=[은는이가을를의께도과와]))"
)
_KO_AFTER_NAME = re.compile(r"[ \t]+(?:양|군)(?:[이은의을도과와]|께서|에게|한테)?(?![가-힣])")


@lru_cache(maxsize=1)
def _ko_given_syllables() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(known two-syllable given names, their first syllables, their second syllables); the
    syllables of new coinages ("하랑", "태오") shape no other name."""
    lexicon = person_names()
    given = frozenset(
        g for g in lexicon.given if len(g) == 2 and _HANGUL.match(g) and g not in lexicon.ambiguous
    )
    shaping = given - lexicon.coined
    return given, frozenset(g[0] for g in shaping), frozenset(g[1] for g in shaping)


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


def ko_noun_then_particle(word: str) -> bool:
    """A listed noun of the notes and a particle glued to it ("배송은", "문구는", "한글로"): shaped as
    a surname and a given name, but a name before an honorific takes no particle (unless the given
    name is a known one: "이하은 님" is no "이하" + "은")."""
    return (
        len(word) == 3 and word[:2] in KO_COMMON_STEMS and word[2] in "은는이가을를의도로와과에"
        and word[1:] not in _ko_given_syllables()[0]
    )


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


_NEXT_WORD_GAP = re.compile(r"[ \t,:(（]*")


def _ko_bare_names(text: str) -> list[PiiSpan]:
    """Korean names without an honorific: a full name before a particle ("김민지가 오늘",
    "이서연의 남편"), after a kin, client or label word ("딸 김하린 양", "고객명 노승희,"),
    before 양 / 군; a lone surname before a role ("문 대표", "김 부장님"); a known given name
    before a particle ("수진이랑", "민지 씨")."""
    known, firsts, seconds = _ko_given_syllables()
    spans = []
    previous, previous_end = "", 0
    for m in _KO_TOKEN.finditer(text):
        token = m.group()
        if not _NEXT_WORD_GAP.fullmatch(text, previous_end, m.start()):
            previous = ""  # "부인 (…) / 두바이": a bracket or a slash between ends the kin word's reach
        previous_end = m.end()
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
                ok = bool(rest) or cue or bool(_KO_AFTER_NAME.match(text, m.end()))  # "김하린 양 방문"
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
        elif previous in _KO_KIN and _ko_given_shaped(token[:2]) and (
            token[2:] in KO_NAME_PARTICLES and len(token) > 2
            or len(token) == 2 and (_CLOSING_KO.match(text, m.end()) or _KO_KIN_EVENT.match(text, m.end()))
        ):  # "아들 도하가", "조카 라온이", "딸 이솔,", "딸 서하 결혼 선물"
            spans.append(PiiSpan(m.start(), m.start() + 2, "NAME"))
        elif len(token) >= 3 and token[:2] in known and (
            token[2:] in KO_PERSON_PARTICLES or token[2] == "이" and token[3:] in KO_NAME_PARTICLES and len(token) > 3
        ):
            spans.append(PiiSpan(m.start(), m.start() + 2, "NAME"))  # "수진이랑", "민지씨"
        elif len(token) == 2 and token in known and _KO_OWNER_OF.match(text, m.end()) and _ko_given_shaped(token):
            spans.append(PiiSpan(m.start(), m.end(), "NAME"))  # "서준 엄마랑 통화", "하린 친구 선물"
        elif len(token) == 2 and _KO_AFTER_NAME.match(text, m.end()) and _ko_given_shaped(token):
            spans.append(PiiSpan(m.start(), m.end(), "NAME"))  # "하은 양 생일", "도윤 군 입학"
        elif cue and len(token) == 1 and (spaced := _spaced_given_after(text, token, m.end(), known)):
            spans.append(PiiSpan(m.start(), spaced, "NAME"))  # "딸 윤 하은이", "예약자 정 하늘,"
        elif (
            (len(token) == 1 and token in KO_SURNAMES and token not in KO_NOT_LONE_SURNAMES
             or token in _KO_COMPOUND_SURNAMES)
            and _KO_SPACED_ROLE.match(text, m.end())
            and not (token in _KO_HESITATIONS and text[: m.start()].strip())  # "모르겠고 어 회장님": "uh"
        ):
            spans.append(PiiSpan(m.start(), m.end(), "NAME"))  # "문 대표", "김 부장님", "황보 원장님"
        previous = token
    return spans


# After a kin, client or label word, a lone surname and a given name written apart ("아들 송 민준 군").
_KO_SPACED_GIVEN = re.compile(r"[ \t]([가-힣]{2})([가-힣]*)")


def _spaced_given_after(text: str, surname: str, end: int, known: frozenset[str]) -> int | None:
    m = _KO_SPACED_GIVEN.match(text, end)
    if not m or surname not in KO_SURNAMES or surname in KO_NOT_LONE_SURNAMES or surname in "이안":
        return None
    given, rest = m.group(1), m.group(2)
    if not (_ko_given_shaped(given) or given in known and given not in KO_ROLE_WORDS):
        return None
    if rest in KO_NAME_PARTICLES or not rest and (_CLOSING_KO.match(text, m.end()) or _KO_AFTER_NAME.match(text, m.end())):
        return m.end(1)
    return None


# A relative's event after the name ("딸 서하 결혼 선물", "손자 도윤 돌잔치")
_KO_KIN_EVENT = re.compile(r"[ \t]+(?:생일|생신|결혼|졸업|입학|돌잔치|백일|취업|승진|약혼|환갑|칠순|유학|출산|성인식)")
# Kin words after which a word of given-name syllables is the relative's name, known or not.
_KO_KIN = frozenset(_KO_KIN_IN_BRACKETS) | frozenset({"따님분", "아드님분", "아내분", "남편분", "배우자", "손주"})


def _ko_given_shaped(word: str) -> bool:
    """Two syllables shaped as a Korean given name (known, or made of given-name syllables) that
    are no ordinary word, role or cue ("지민", "도하", "라온"; not "생일", "선물")."""
    known, firsts, seconds = _ko_given_syllables()
    return (
        len(word) == 2
        and (word in known or word[0] in firsts and word[1] in seconds)
        and word not in KO_COMMON_STEMS
        and word not in KO_ROLE_WORDS
        and word not in KO_NAME_CUES
        and classify(word) != COMMON
    )


_KO_CUE_PARTICLES = ("은", "는", "이", "가", "의", "도", "분", "분은", "분이", "분의", "님", "님은", "님의", "께서", "이요")


_CLOSING_KO = re.compile(r"[ \t]*(?:[,.;:!?()（）\[\]/·]|$|\n)")


# "이 음 서연 고객님", "김 어 그 민지 님": a lone surname, a hesitation or two, then the given name
# (a hesitation first is none: "어… 그러니까 서준 씨").
_KO_SURNAME_FILLERS_BEFORE = re.compile(
    rf"(?<![가-힣])([{''.join(KO_SURNAMES)}])[ \t]*[,…]?[ \t]+(?:(?:음|어|그|저|그러니까|그니까|뭐|아|에|흠)[ \t]*[,.…]*[ \t]+){{1,3}}$"
)


# A known given name before a kin word: the person's relative ("서준 엄마", "하린 친구").
_KO_OWNER_OF = re.compile(
    r"[ \t]+(?:엄마|아빠|어머니|어머님|아버지|아버님|친구|언니|오빠|누나|남편|와이프|남친|여친|할머니|할아버지|이모|고모|"
    r"삼촌)(?:[은는이가의도랑와과을를]|이랑|한테|에게)?(?![가-힣])"
)
# "20만 원 민지 님": a currency after an amount, no surname
_KO_AMOUNT_BEFORE = re.compile(r"[0-9][0-9,.]*[ \t]*(?:만|천|백|억)?[ \t]*$")
_KO_HESITATION_THEN_GIVEN = re.compile(r"[어음아에그저][ \t]+([가-힣]{2})")
# "어 서연님", "음 정미님": a hesitation that is a surname too (어, 음) before a given name found is "uh"
_KO_HESITATIONS = frozenset("어음아에그저")


def with_spaced_surnames(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """"박 민준 (45세)": a given name found on its own takes the lone surname written before it,
    also across a hesitation ("이 음 서연 고객님": the surname alone, the filler stays)."""
    out = []
    for span in spans:
        word = text[span.start : span.end]
        hesitation = _KO_HESITATION_THEN_GIVEN.fullmatch(word)
        if hesitation and _KO_SURNAME_FILLERS_BEFORE.search(text, max(0, span.start - 20), span.start + hesitation.start(1)):
            span = PiiSpan(span.start + hesitation.start(1), span.end, span.kind)  # "홍 어 길동 님": 어 is "uh"
            word = text[span.start : span.end]
        given = len(word) == 2 and all("가" <= c <= "힣" for c in word)
        lone = _KO_SPACED_SURNAME_BEFORE.search(text, max(0, span.start - 3), span.start)
        if lone and given and lone.group(1) not in KO_NOT_LONE_SURNAMES and lone.group(1) not in _KO_HESITATIONS and not hesitation and not _KO_AMOUNT_BEFORE.search(
            text, max(0, lone.start(1) - 6), lone.start(1)
        ):
            span = PiiSpan(lone.start(1), span.end, span.kind)
        elif given:
            hesitant = _KO_SURNAME_FILLERS_BEFORE.search(text, max(0, span.start - 20), span.start)
            if hesitant and hesitant.group(1) not in KO_NOT_LONE_SURNAMES and hesitant.group(1) not in "어음아에그저":
                out.append(PiiSpan(hesitant.start(1), hesitant.end(1), span.kind))
        out.append(span)
    return out


# "최 회장님 (최 동수)": the bracket writes out in full the person named before it by the same
# lone surname and a title — the two syllables after the surname are the given name.
# (a phone number or a comma may follow the name inside the bracket: "김 기사님 (김영철 010-…)")
_KO_FULL_IN_BRACKETS = re.compile(
    rf"[(（][ \t]*([{''.join(KO_SURNAMES)}])[ \t]?([가-힣]{{2}})(?:[ \t]*[)）]|[ \t]*,|[ \t]+(?=[+0-9[]))"
)
_KO_TITLED_SURNAME_BEFORE = re.compile(r"(?<![가-힣])([가-힣])[ \t]+[가-힣]{1,4}[ \t]*$")


def ko_bracket_full_names(text: str) -> list[PiiSpan]:
    spans = []
    if "(" not in text and "（" not in text:
        return spans
    for m in _KO_FULL_IN_BRACKETS.finditer(text):
        before = _KO_TITLED_SURNAME_BEFORE.search(text, max(0, m.start() - 10), m.start())
        if before and before.group(1) == m.group(1) and m.group(2) not in KO_ROLE_WORDS | KO_NAME_CUES:
            spans.append(PiiSpan(m.start(1), m.end(2), "NAME"))
    return spans


def ko_verb_form(word: str) -> bool:
    """"모시고 오셨는데 사모님이": a verb in the past or honorific form or before "but" ends the word
    before the honorific; no name has 셨, 었, 았, 겠 or ends on 는데; nor is an honorific verb form
    before it one ("오늘 오신 고객님": the client who came)."""
    if word in KO_HONORIFIC_VERB_FORMS:
        return True
    return len(word) >= 3 and (
        any(s in word[1:] for s in "셨었았겠") or word.endswith(("는데", "은데")) or word.endswith(_KO_ADNOMINAL_TAILS)
    )  # "추천받은 고객님": the client who was recommended


# Verb forms that qualify the noun after them ("received", "doing", "who came"): no given name ends so
_KO_ADNOMINAL_TAILS = ("받은", "받는", "하는", "하신", "하던", "했던", "주신", "오신", "계신", "있는", "없는", "같은", "드린", "시는", "시던")
