"""Names in Korean notes before an honorific ("김민수 님", "김민지 회장님", "김님", "리처드슨 님"): a full
name, a lone surname before a role ("문 대표"), a foreign name in Hangul. The names placed by a client
word, a label, an age or a sentence's start are in :mod:`.positioned` (added here), the tests of a
word in :mod:`.name_words`; names with no honorific, the shape of a full name and spaced surnames in
:mod:`.bare`.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
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
from lvmh_pipeline.lib.privacy.names.scripts.korean.glued_kin import kin_then_given
from lvmh_pipeline.lib.privacy.names.scripts.korean.named import ko_said_surname
from lvmh_pipeline.lib.privacy.names.scripts.korean.rare_full import ko_rare_full_name
from lvmh_pipeline.lib.privacy.names.scripts.korean.bare import (
    _KO_AMOUNT_BEFORE,
    _KO_SPACED_SURNAME_BEFORE,
    _ko_given_shaped,
    _ko_given_syllables,
    ko_noun_then_particle,
    ko_verb_form,
)
from lvmh_pipeline.lib.privacy.names.scripts.korean.name_words import (
    _KO_HESITATION_SYLLABLES,
    _ko_foreign,
    _ko_is_name,
    _ko_opens,
)
from lvmh_pipeline.lib.privacy.names.scripts.korean.positioned import ko_positioned_names

__all__ = ["_ko_foreign", "_ko_is_name", "_korean_names"]

# Words listed with the roles only to keep them from 님 ("하나님", "마음 씨"): after a surname they
# are a given name ("윤하나 님"), no role to strip.
_KO_WORDS_NOT_ROLES = frozenset("하나 하느 마음 솜 날 글 말 불 누 아가 아저".split())
_KO_ROLES_LONGEST_FIRST = sorted(KO_ROLE_WORDS - _KO_WORDS_NOT_ROLES, key=len, reverse=True)
_KO_NAME = re.compile(rf"(?<![가-힣])([가-힣]{{1,6}})(?:['’\"”](?=씨))?( ?)({alternation(KO_HONORIFICS)})")
# One syllable that makes a word with 님 although it is a surname too: 손님 (guest), 주님 (the
# Lord), 신님 (a god).
_KO_NIM_WORDS = frozenset("손주신")
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
    spans += ko_positioned_names(text)  # after a client word or a label, opening a sentence, before an age
    return spans
