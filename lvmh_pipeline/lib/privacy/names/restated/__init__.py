"""A name found once, said again in another shape in the same note: the given part of a Korean full
name alone before an honorific ("봄 님" after "이봄"), the full name after its given part ("(윤하나)"
after "하나 님"), a Western family name in Hangul after its given name ("카트린 르블랑 씨"), a
surname and a one-syllable given name written apart ("장 뤽 씨"), a surname that is a word too
before a teacher's title ("고 선생님"); in Arabic notes the Arabic spelling of a Latin name found
("Mr. Rashid Al Nasr / راشد النصر", "السيد الزرعوني" after "Fatima Al Zarooni") and a Korean name
written in Arabic letters ("كيم جي وو"); the names in an Arabic CRM note's client field and list of
companions, words too (``arabic_fields``). ``korean`` and ``arabic`` hold the other rules,
:func:`restated_names` runs them.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.restated.arabic_fields import arabic_field_names
from lvmh_pipeline.lib.privacy.names.restated.arabic import arabic_restated, korean_in_arabic, without_time_word
from lvmh_pipeline.lib.privacy.names.restated.korean import korean_loose_names, korean_not_names, korean_restated

__all__ = ["korean_not_names", "restated_candidates", "restated_names", "without_time_word"]

_HANGUL = re.compile("[가-힣]")
_ARABIC = re.compile("[\u0621-\u064a]")


def restated_candidates(text: str) -> list[PiiSpan]:
    """Names found without a name found before: "고 선생님", "장 뤽 씨", "كيم جي وو"."""
    out: list[PiiSpan] = []
    if _HANGUL.search(text):
        out += korean_loose_names(text)
    if _ARABIC.search(text):
        out += korean_in_arabic(text) + arabic_field_names(text)
    return out


def restated_names(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """Names restating ``spans`` (names found in ``text``) in another shape (see the module)."""
    out: list[PiiSpan] = []
    if not spans:
        return out
    if _HANGUL.search(text):
        out += korean_restated(text, spans)
    if _ARABIC.search(text):
        out += arabic_restated(text, spans)
    return out
