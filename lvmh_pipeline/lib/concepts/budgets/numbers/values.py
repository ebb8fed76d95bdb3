"""A quantity as the readers return it (:class:`Quantity`), grouped digits to float
(:func:`to_float`: "1 500", "3.500", "8,000", "2,5", "1,50,000") and four digits that are a year
(:func:`is_year`).
"""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["Quantity", "is_year", "to_float"]


class Quantity(NamedTuple):
    """One quantity: its value, span, and how it was written."""

    value: float
    start: int
    end: int
    multiplier: bool  # a multiplier (K, mille, 万, hundred …) was applied
    big: bool  # a group-closing multiplier (thousand, K, 万 …) was applied
    words: bool  # the number itself is written in words or CJK/Hangul numerals
    lead_scale: float  # factor applied to the leading number ("4K": 1000, "5천만": 1e7)
    group_scale: float  # the first group-closing multiplier ("5천만": 1e4; 1 if none)
    digits: str | None  # the digits as written when the quantity is a bare number
    hangul: bool = False  # a Hangul multiplier (만, 천 …) was written: Korean won by default
    bare: bool = False  # only a multiplier word, no count ("mille", "a thousand", "тысяча")


_YEAR = re.compile(r"(?:19|20)\d\d")


def is_year(digits: str) -> bool:
    """Four digits that read as a year of 1900–2099 ("since 2019"), not an amount."""
    return _YEAR.fullmatch(digits) is not None


_GROUP_SPACES = re.compile(r"[ \u00a0\u202f'’٬]")
_GROUPED = re.compile(r"(\d{1,3}|\d{1,2}(?:,\d\d)+(?=,))((?:[.,]\d{3})+)([.,]\d{1,2})?")  # "1,50,000": Indian


def to_float(number: str) -> float:
    """Parse ``1 500`` / ``3.500`` / ``8,000`` / ``1.5`` / ``2,5`` / ``٥٠٠٠`` into a float."""
    if number.isdigit():
        return float(number)
    compact = _GROUP_SPACES.sub("", number).replace("٫", ".")
    groups = _GROUPED.fullmatch(compact)
    if groups and (groups.group(3) or len({c for c in groups.group(2) if c in ".,"}) == 1):
        whole = (groups.group(1) + groups.group(2)).replace(".", "").replace(",", "")
        decimals = groups.group(3)[1:] if groups.group(3) else ""
        return float(f"{int(whole)}.{decimals or 0}")
    return float(compact.replace(",", "."))
