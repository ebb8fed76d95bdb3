"""Months a holiday implies when the note gives none (used with ``fixed_months=True``).

Besides the fixed-date holidays of ``context.FIXED_MONTHS``, three holidays have a month that the
note need not say:

- Thanksgiving: the fourth Thursday of November (the American date the notes mean);
- Easter: movable, but computable from the note's year — the Western date, or the Orthodox one in
  Russian notes ("Пасха" is the Orthodox feast there);
- White Day (14 March), the answer to Valentine's Day in Japan, Korea and China, is kept as
  ``valentines_day`` in the taxonomy but falls in March, not February.

A month written in the note still wins: these only fill an occasion left without one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime

from lvmh_pipeline.lib.concepts.alias_keys import AliasMatch

__all__ = ["easter_month", "implied_month", "implied_months", "note_year"]

_WHITE_DAY = re.compile(r"white\s*day|화이트\s*데이|ホワイト\s*デー|白色情人")
_ORTHODOX_LANGUAGES = frozenset({"RU"})
_IMPLYING = frozenset({"valentines_day", "thanksgiving", "easter"})


def note_year(note_date: object) -> int | None:
    """The year of a note date (a ``date``/``datetime`` or an ISO ``YYYY-…`` string), else ``None``."""
    if isinstance(note_date, (date, datetime)):
        return note_date.year
    if isinstance(note_date, str) and len(note_date) >= 4 and note_date[:4].isdigit():
        year = int(note_date[:4])
        return year if 1900 <= year <= 2199 else None
    return None


def easter_month(year: int, orthodox: bool = False) -> int:
    """The (Gregorian) month of Easter Sunday in ``year``: Western, or Orthodox when ``orthodox``."""
    if orthodox:  # Julian computus, then the Julian → Gregorian shift (13 days in 1900–2099)
        a, b, c = year % 4, year % 7, year % 19
        d = (19 * c + 15) % 30
        e = (2 * a + 4 * b - d + 34) % 7
        month, day = divmod(d + e + 114, 31)
        day += 1 + (13 if year < 2100 else 14)
        return month + 1 if day > (30 if month == 4 else 31) else month
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    return (h + l_ - 7 * m + 114) // 31


def implied_month(concept: str, alias_text: str, language: str | None, year: int | None) -> int | None:
    """The month ``concept`` (matched as the folded ``alias_text``) implies, or ``None``.

    ``language`` chooses the Easter computus; ``year`` is the note's (no Easter month without it).
    """
    if concept == "valentines_day":
        return 3 if _WHITE_DAY.search(alias_text) else None
    if concept == "thanksgiving":
        return 11
    if concept == "easter" and year is not None:
        return easter_month(year, orthodox=(language or "").upper() in _ORTHODOX_LANGUAGES)
    return None



def implied_months(
    folded: str, matches: Sequence[AliasMatch], names: Sequence[str], language: str | None, note_date: object,
) -> dict[int, int]:
    """Match index -> implied month (see :func:`implied_month`) for the matches of ``folded`` that have one."""
    out: dict[int, int] = {}
    year: int | None = None
    for i, (start, end, concept, _) in enumerate(matches):
        name = names[concept]
        if name in _IMPLYING:
            year = year or note_year(note_date)
            month = implied_month(name, folded[start:end], language, year)
            if month:
                out[i] = month
    return out
