"""Korean given names of two syllables that the lexicon lacks (or lists as words too), without a
surname, where a note shows a person:

- before a personal honorific or a parent word (a full name before "회원" too: "장하준 회원", and
  after a client or label word: "고객 탁소담 방문");, spaced or not ("재인 사모님", "바다 님", "설아
  엄마가": Seol-a's mother);
- after a kin or label word, with a colon or a dash too ("손주 도아", "딸: 규리", "이름: 재율",
  "동행 - 은재"), and every name of a list after it ("아이들: 도아, 율하");
- before a particle that only follows a person ("은재한테", "하엘이랑": the suffix 이 of a name
  that ends in a consonant), or two such names before a word for the pair ("승아, 선율 두 분",
  "하엘이랑 율하 자매"), or alone in brackets ("(하엘) 생일 선물").

A given name by its syllables: both occur in the lexicon's Korean given names (before a person
particle alone: the first as a first syllable, the second as a second), and the word is no
frequent ordinary word (:func:`..lexicon.frequent.ko_frequent`: "수리", "우리", "하나"), role, kin
or term of the note.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.guard import COMMON, classify
from lvmh_pipeline.lib.privacy.names.lexicon import KO_NAME_CUES, KO_ROLE_WORDS, KO_SURNAMES
from lvmh_pipeline.lib.privacy.names.lexicon.frequent import ko_frequent
from lvmh_pipeline.lib.privacy.names.person_names import person_names
from lvmh_pipeline.lib.privacy.names.scripts.korean.bare import _ko_given_syllables, ko_full_name
from lvmh_pipeline.lib.privacy.names.word_forms import is_hangul_term

__all__ = ["ko_unknown_given_names"]

_HONORIFIC_AFTER = re.compile(
    r"[ \t]?(?:사모님|고객님|여사님|선생님|님|씨|어머님|아버님|어머니|아버지|엄마|아빠)(?![가-힣])"
    r"|[ \t]?(?:사모님|고객님|여사님|선생님|님|씨|어머님|아버님|엄마|아빠)(?:[이가은는을를의도께과와랑한]|께서|한테|에게)"
)
_KIN_BEFORE = (
    "딸 아들 남편 아내 와이프 부인 따님 아드님 손녀 손자 손주 외손주 외손녀 외손자 조카 동생 남동생 여동생 "
    "언니 오빠 누나 형 며느리 사위 막내 큰딸 작은딸 큰아들 작은아들 첫째 둘째 셋째 약혼자 약혼녀 남자친구 "
    "여자친구 남친 여친 친구 이름 성함 고객명 동행 동행인 수령인 수령자 예약자 구매자 아이들 자녀 자녀분 "
    "애들 아이 손주들 조카들 고객 회원"
).split()
_CUE = re.compile(
    rf"(?<![가-힣A-Za-z0-9])(?:{'|'.join(sorted(_KIN_BEFORE, key=len, reverse=True))})[)）]?(?:[ \t]*[:：\-–—][ \t]*|[ \t]+)"
    r"([가-힣]{2})(?=[ \t,，.。/)(（]|$|\n|이(?:가|는|도|랑|를|의|한테|에게)|[가는도랑를의]|한테|에게)"
)
# The next items of a list after a cued name: "도아, 율하", "도아·율하"
_LIST_NEXT = re.compile(r"[ \t]*[,，·・/][ \t]*([가-힣]{2})(?=[ \t,，.。/)]|$|\n|[가는도랑])")
# A person's particles after a name: the suffix 이 of a name ending in a consonant and a particle
# ("하엘이랑"), "to / by" ("은재한테", "민채에게"), or the plain particles that fit its last syllable
# ("민채가", "서진은").
_PERSON_PARTICLE = re.compile(
    r"(?<![가-힣A-Za-z0-9])([가-힣]{2})(이(?:가|는|도|랑|를|한테|에게|의|네)|한테|에게|께서|[가는랑를의도와]|[은을과])(?![가-힣])"
)
_PAIR = re.compile(
    r"(?<![가-힣A-Za-z0-9])([가-힣]{2})(?:이랑|랑|와|과|[ \t]*[,，·・&][ \t]*)[ \t]*([가-힣]{2})"
    r"(?=[ \t]*(?:두[ \t]?분|두[ \t]?명|자매|형제|남매|쌍둥이|커플|부부)(?:[이가은는을를의도와과]|께서|한테)?(?![가-힣]))"
)


# Endings of verbs and connectives ("이고", "하며", "해서", "하시는"), no given name's last syllable.
_VERB_ENDINGS = tuple("고며서요다면니죠게시")


# The locative and time particles glued to a one-syllable noun ("다음 주에", "그 날에", "이 때에"): a word
# and its particle, no unknown given name
_LOCATIVE_ENDS = frozenset("에")


# Last syllables of verb stems before the adnominal 는 ("원하는", "되는", "오는"): no unknown name's.
_VERB_STEM_ENDS = frozenset("하되오보주가사서나지치")
_PARTICLE_ENDS = frozenset("은는을를의에도로와과")  # "이름은": a word and its particle, no full name
_PARENTS = ("어머님", "아버님", "어머니", "아버지", "엄마", "아빠")  # "우리 엄마", "친구 엄마": whose, no name
# Two syllables alone in brackets ("(하엘) 생일 선물", "(지우, 7세)"): a name by its syllables.
_BRACKETED = re.compile(r"[(（][ \t]*([가-힣]{2})[ \t]*(?=[)）,，])")
# A Hangul word of four syllables or more glued to the bracket
_GLOSSED = re.compile(r"[가-힣]{4,}$")
# A full name before the word for a member ("장하준 회원,"), as before "고객".
_MEMBER = re.compile(r"(?<![가-힣A-Za-z0-9])([가-힣]{3})[ \t]+회원(?:님)?(?:[이은의께]|께서)?(?![가-힣])")


# A surname and a given name after a client or label word ("고객 탁소담 방문", "예약자: 추서윤").
_CLIENT_FULL = re.compile(
    r"(?<![가-힣A-Za-z0-9])(?:고객|손님|회원|VIP|고객명|예약자|수령인|성함|이름)(?:[ \t]*[:：][ \t]*|[ \t]+)([가-힣]{3})"
    r"(?=[ \t,，.。/)(（]|$|\n|[은는이가을를의께와과도])"
)


@lru_cache(maxsize=1)
def _syllables() -> frozenset[str]:
    lexicon = person_names()  # the syllables of Korean names, not of "하산", "겐지" (coined or foreign)
    return frozenset(s for g in lexicon.given - lexicon.coined if re.fullmatch("[가-힣]{2,3}", g) for s in g)


# Loanwords of the notes that read as a surname and a given name ("인스타 보고 오셨다", "스타일"):
# social networks, apps and fashion words in Hangul.
_LOANWORDS = frozenset(
    """인스타 인스타그램 유튜브 카톡 카카오 페북 페이스북 틱톡 블로그 네이버 스타일 스타일링 디자인 컬렉션 컬러
    사이즈 브랜드 라인 시즌 트렌드 클래식 미니멀 모던 빈티지 캐주얼 포멀 오피스 이벤트 프로모션 멤버십 쿠폰 포인트
    스토리 피드 라이브 리뷰 후기 유투브 스토어 온라인 오프라인 플래그십 부티크 쇼룸 팝업""".split()
)


def _word(word: str, frequent_ok: bool = False) -> bool:
    """No frequent ordinary word (unless ``frequent_ok``), role, kin or note word, term of the taxonomy."""
    return (
        word not in _LOANWORDS
        and (frequent_ok or not ko_frequent(word)) and word not in KO_ROLE_WORDS and word not in KO_NAME_CUES
        and classify(word) != COMMON and not is_hangul_term(word)
    )


def _given_like(word: str, *, strict: bool = False, frequent_ok: bool = False, ambiguous_ok: bool = False) -> bool:
    """A two-syllable given name: known (one that is a word too, "바다", "가을", only if
    ``ambiguous_ok``) or shaped by the syllables of the lexicon's given names."""
    if len(word) != 2:
        return False
    known, firsts, seconds = _ko_given_syllables()
    if word in person_names().ambiguous:
        return ambiguous_ok
    if word in known or word in person_names().given:
        return word not in KO_ROLE_WORDS and word not in KO_NAME_CUES
    if strict:
        shaped = word[0] in firsts and word[1] in seconds
    else:
        shaped = word[0] in _syllables() and word[1] in _syllables()
    return shaped and _word(word, frequent_ok) and not word.endswith(_VERB_ENDINGS) and word[1] not in _LOCATIVE_ENDS


def _has_batchim(syllable: str) -> bool:
    return (ord(syllable) - 0xAC00) % 28 != 0


def _fits(word: str, particle: str) -> bool:
    """Does ``particle`` fit the last syllable of ``word``: the suffix 이, 은, 을, 과 after a consonant,
    가, 는, 를, 와, 랑 after a vowel; 의, 도, 한테, 에게, 께서 after either."""
    if particle[0] == "이" and len(particle) > 1 or particle in ("은", "을", "과"):
        return _has_batchim(word[1])
    if particle in ("가", "는", "를", "와", "랑"):
        return not _has_batchim(word[1])
    return True


def ko_unknown_given_names(text: str) -> list[PiiSpan]:
    """Two-syllable given names without a surname (see the module)."""
    spans: list[PiiSpan] = []
    for m in re.finditer(r"(?<![가-힣A-Za-z0-9])([가-힣]{2})(?=[ \t]?[가-힣])", text):
        honorific = _HONORIFIC_AFTER.match(text, m.end())
        spaced_title = honorific and honorific.group()[0] == " " and not honorific.group()[1:].startswith(_PARENTS)
        if honorific and _given_like(m.group(1), frequent_ok=spaced_title, ambiguous_ok=True):
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))  # "재인 사모님", "설아 엄마가"
    for m in _CUE.finditer(text):
        to_person = text.startswith(("한테", "에게", "께서", "이한테", "이에게"), m.end(1))
        if _given_like(m.group(1), frequent_ok=to_person):  # "여동생 소이한테": a word too, but a person's particle
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))  # "손주 도아", "딸: 규리"
            end = m.end(1)
            while (item := _LIST_NEXT.match(text, end)) and _given_like(item.group(1)):
                spans.append(PiiSpan(item.start(1), item.end(1), "NAME"))  # "아이들: 도아, 율하"
                end = item.end(1)
    for m in _PERSON_PARTICLE.finditer(text):
        word, particle = m.group(1), m.group(2)
        if not _fits(word, particle) or particle == "는" and word[1] in _VERB_STEM_ENDS and word not in person_names().given:
            continue  # a particle that does not fit the last syllable ("하엘가", "지우이랑"), a verb ("원하는"): no name's
        if _given_like(word, strict=True, ambiguous_ok=particle.endswith(("한테", "에게", "께서"))):
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))  # "은재한테", "하엘이랑", "민채가", "지안한테"
    for m in _CLIENT_FULL.finditer(text):
        word = m.group(1)
        if word[0] in KO_SURNAMES and word[2] not in _PARTICLE_ENDS and not ko_full_name(word) and _given_like(word[1:], frequent_ok=True) and _word(word):
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))  # "고객 탁소담 방문": given-name syllables of any place
    for m in _MEMBER.finditer(text):
        if ko_full_name(m.group(1)):
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))  # "장하준 회원,"
    for m in _BRACKETED.finditer(text):
        if _GLOSSED.search(text, max(0, m.start() - 8), m.start()):
            continue  # "채식주의자(비건)": a bracket glued to a long word glosses the word, no name
        if _given_like(m.group(1)):
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))  # "(하엘) 생일 선물": a name in brackets
    for m in _PAIR.finditer(text):
        first, second = m.group(1), m.group(2)
        if all(_given_like(w, frequent_ok=True) for w in (first, second)) and not (ko_frequent(first) and ko_frequent(second)):
            spans += [PiiSpan(m.start(g), m.end(g), "NAME") for g in (1, 2)]  # "승아, 선율 두 분", "하엘이랑 율하 자매"
    return spans
