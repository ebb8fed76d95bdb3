"""A Korean given name known by the 이 that follows a name ending in a consonant, before a
particle that a noun never takes after it ("라온이가 돌", "하랑이는 10호", "윤슬이한테 줄 선물"),
or before a parent word ("유안이 엄마가 오심": the child's name, then whose mother).

An ordinary noun ending in a consonant takes 이 alone as its subject particle ("선물이 예뻐요"),
never 이가 / 이는 / 이를 / 이한테; so two syllables, the second closed by a consonant, then 이 and
one of those, are a given name, even one missing from the lexicon. Nouns that end in 이 themselves
("목걸이가", "고양이는", "귀걸이를") are no name.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.guard import COMMON, classify
from lvmh_pipeline.lib.privacy.names.lexicon import KO_COMMON_STEMS, KO_ROLE_WORDS
from lvmh_pipeline.lib.privacy.names.scripts.korean.lone import _batchim
from lvmh_pipeline.lib.privacy.names.word_forms import is_concept_word

__all__ = ["ko_hypocoristic_names"]

_NAME_I = re.compile(
    r"(?<![가-힣])([가-힣]{2})이(?:(?:가|는|를|도|의|한테|에게|한테서|에게서)(?![가-힣])"
    r"|[ \t]+(?=(?:엄마|아빠|어머니|아버지|어머님|아버님|할머니|할아버지)(?:[가-힣]{0,2})(?![가-힣])))"
)
# Nouns of three syllables ending in 이 that a note writes before those particles
_NOUNS_IN_I = frozenset(
    """목걸이 귀걸이 고양이 원숭이 호랑이 어린이 젊은이 늙은이 옷걸이 떡볶이 막둥이 바둑이 멍멍이 야옹이
    손잡이 재떨이 꼬맹이 멍청이 똑똑이 귀염이 절름이 책꽂이 다듬이 지팡이""".split()
)
# Verb stems that take 이 as a causative before -는 ("곁들이는 디저트", "물들이는", "덧붙이는 카드")
_VERB_STEMS = frozenset("곁들 물들 길들 덧붙 기울 숨죽 끓어".split())
# Nouns for people before a parent word ("그 사람이 엄마랑 왔다": the person, with the mother)
_PEOPLE = frozenset("사람 손님 고객 친구 동료 직원 학생 선생 회원 남편 아들 동생 조카 손녀 손자 사촌 애인".split())


def ko_hypocoristic_names(text: str) -> list[PiiSpan]:
    """Two-syllable given names before the hypocoristic 이 and a particle or a parent word."""
    if "이" not in text:
        return []
    spans = []
    for m in _NAME_I.finditer(text):
        word = m.group(1)
        if not _batchim(word[1]) or word + "이" in _NOUNS_IN_I or word in _PEOPLE or word in _VERB_STEMS:
            continue
        if word in KO_COMMON_STEMS or word in KO_ROLE_WORDS or classify(word) == COMMON:
            continue
        if is_concept_word(word) or is_concept_word(word + "이"):
            continue
        spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    return spans
