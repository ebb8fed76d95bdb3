"""Months of the Hijri calendar and feasts that are family names after "بن" / "ابن" too ("بن رمضان",
"بن شعبان"): alone, such a word is the month ("قبل رمضان"), the family name only after "son of"."""

from __future__ import annotations

import re

__all__ = ["HIJRI_MONTHS", "after_son_of"]

HIJRI_MONTHS: frozenset[str] = frozenset(
    "رمضان شعبان رجب محرم صفر شوال ربيع جمادى ذوالقعدة ذوالحجة".split()
)
_SON_OF_BEFORE = re.compile(r"(?:^|(?<=[^\u0621-\u064a]))(?:بن|ابن|بنت|Ben|ben|Bin|bin)[ \t]+$")


def after_son_of(text: str, start: int) -> bool:
    """Does "بن" / "ابن" stand right before the word at ``start``?"""
    return bool(_SON_OF_BEFORE.search(text, max(0, start - 8), start))
