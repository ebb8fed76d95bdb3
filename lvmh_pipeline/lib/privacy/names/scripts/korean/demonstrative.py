"""Ordinary Korean words before a person word that only look like a surname or a name there.

- 이 (this) before a person word, which is also the surname Lee: "이 고객님은 채식주의자라" (this
  client), "고객 안소희 님. 이 사모님 요즘 …" (this lady). Read as the demonstrative where the note goes
  on after it, unless the note shows the surname: it opens on "이 고객님" ("이 고객님 — 첫 방문") or
  writes 이 glued to a given name somewhere ("이 사모님 (이은경)", "이정민 고객님").
- an adverb or a word of time before the person word: "이번엔 고객님 혼자", "이미 고객님 결제 완료",
  "조만간 고객님 재방문" (이, 조, 한 … open those words as they open surnames); a diet or a pastime
  said of the person ("비건 고객님", "채식주의자 사모님").
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.names.guard import is_given_name
from lvmh_pipeline.lib.privacy.names.scripts.korean.bare import ko_full_name
from lvmh_pipeline.lib.privacy.names.word_forms import is_hangul_term

__all__ = ["ko_demonstrative_i", "ko_adverb_before_person"]

_PERSON_WORDS = r"(?:고객님|고객분|고객|사모님|손님|여사님|분|어르신|신사분|남성분|여성분)"
# The person words a demonstrative goes before; a role of its own ("이 회장님", "이 대표님") is left a surname.
_PERSON_WORD = re.compile(rf"이[ \t]+{_PERSON_WORDS}")
_OPENS_ON_IT = re.compile(r"[ \t\n]*이[ \t]+(?:고객|사모님|손님|여사님)")
# 이 glued to a given name before an honorific, a person word or punctuation: "이수진 님", "이정민 고객님."
_FULL_NAME = re.compile(r"(?<![가-힣])이[가-힣]{2}(?=[ \t]?(?:님|씨|고객|사모님|여사님)|[,.)]|$)")
_BEFORE_PERSON = re.compile(rf"[ \t]+(?:{_PERSON_WORDS}|님|씨)")
# Adverbs and words of time that stand before "고객님" in a note (their particle too: 이번에, 이번엔)
_ADVERBS = frozenset(
    """이번 이번에 이번엔 지난번 지난번에 저번 저번에 다음번 다음번에 조만간 정말 진짜 한번 다시 바로 먼저 항상 요즘
    아까 방금 오늘 내일 어제 이미 이제 아직 벌써 계속 자주 가끔 역시 특히 또한 그냥 일단 우선 같이 함께 직접 혹시 주로
    보통 거의 많이 조금 최근 당일 금일 전날 다음날 나중에 곧""".split()
)
# Diets and pastimes said of the person ("비건 고객님", "채식주의자 사모님"), besides the taxonomy's Hangul terms
_PERSON_TRAITS = frozenset("비건 베지테리언 채식 채식주의자 할랄 코셔 요가 골프 테니스 필라테스 등산 수영 발레 승마".split())


def ko_demonstrative_i(text: str, start: int, end: int) -> bool:
    """Is the one-syllable span at ``start`` the demonstrative 이 before a person word?"""
    if end - start != 1 or text[start] != "이" or not _PERSON_WORD.match(text, start):
        return False
    if start > 0 and "가" <= text[start - 1] <= "힣":
        return False
    if _OPENS_ON_IT.match(text):
        return False  # "이 고객님 — 첫 방문 …": the note opens on the surname, every later one is hers
    return not any(ko_full_name(m.group()) for m in _FULL_NAME.finditer(text))  # not "이번에 고객님", "이사님."


def ko_adverb_before_person(text: str, start: int, end: int) -> bool:
    """Does the span end in an adverb, a word of time, a diet or a pastime right before a person word
    ("이미 고객님", "비건 고객님")?"""
    if not _BEFORE_PERSON.match(text, end):
        return False
    word = text[start:end].split()[-1] if text[start:end].split() else ""
    if is_given_name(word) or len(word) == 3 and ko_full_name(word):
        return False
    # listed words only: a frequent word may be a name said with 님 ("유키 님")
    return word in _ADVERBS or word in _PERSON_TRAITS or is_hangul_term(word)
