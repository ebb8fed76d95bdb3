"""Numeric dates near an occasion ("12/03", "31.12.", "2026-07-14", "le 2/11", "결혼 6/8"), read day
first except in JA/ZH/KO and where the day-first reading is impossible ("05/14"); Arabic-Indic digits
read as ASCII ones.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lvmh_pipeline.lib.common.text import NormalizedText, is_word_char, to_folded
from lvmh_pipeline.lib.concepts.occasions.mentions import MonthMention
from lvmh_pipeline.lib.concepts.occasions.month_names import _ARABIC_DIGITS, _DENSE_LANGS

__all__ = ["NUMERIC_WINDOW_AFTER", "NUMERIC_WINDOW_BEFORE", "has_numeric_date", "numeric_dates"]

# Numeric dates, validated in Python ("12/03", "31.12.", "2026-07-14").
_NUMERIC_DATE = re.compile(r"[0-9]{1,4}[./\-][0-9]{1,2}(?:[./\-][0-9]{1,4})?")
# Words that introduce a date ("le 2/11", "il 2/4", "am 3.5.", "on 5/6").
_DATE_LEAD = frozenset("le il el am on du au dal del al em op à en в к до с يوم بتاريخ".split())
_DATE_HINT = re.compile(r"[0-9][./][0-9]{1,2}(?![0-9A-Za-z])|[0-9]-[0-9]{1,2}-[0-9]")
# An age said right before the date: "40 anos 3/4", "60 ans 2/5" (the birthday's date).
_AGE_YEARS = frozenset("anos ans años anni years yrs jahre jaar лет года".split())
_AGED = lambda lead: len(lead) > 1 and lead[-1].lower() in _AGE_YEARS and lead[-2].isdigit()  # noqa: E731
NUMERIC_WINDOW_BEFORE = 40  # characters read before an occasion for a numeric date
NUMERIC_WINDOW_AFTER = 75


def numeric_dates(nt: NormalizedText, lang: str, start: int, end: int, ends: Sequence[int] = ()) -> list[MonthMention]:
    """Numeric dates in the original text between ``start`` and ``end`` (original offsets);
    ``ends``: original ends of the occasions, a date right after one is a date even in one-digit
    parts ("70th 2/8", "결혼 6/8"); Arabic-Indic digits read as ASCII ones ("١٤/٠٨")."""
    text = _ascii_digits(nt.original)
    found = []
    for match in _NUMERIC_DATE.finditer(text, start, end):
        m_start, m_end = match.span()
        before = text[m_start - 1] if m_start > 0 else " "
        if is_word_char(before) or (before in "./,-" and m_start > 1 and text[m_start - 2].isdigit()):
            continue
        after = text[m_end] if m_end < len(text) else " "
        if is_word_char(after) or (after in "./,-:" and m_end + 1 < len(text) and text[m_end + 1].isdigit()):
            continue
        raw = match.group()
        separator = next(c for c in raw if c in "./-")
        parts = raw.split(separator)
        if len(parts) != raw.count(separator) + 1 or any(not p for p in parts):
            continue  # mixed separators
        lead = text[max(0, m_start - 16) : m_start].split()
        dated = bool(lead) and (lead[-1].lower() in _DATE_LEAD or _AGED(lead)) or any(
            0 <= m_start - e <= 2 and not text[e:m_start].strip() for e in ends
        )
        date = _read_date(parts, separator, after == ".", lang, dated)
        if date is not None:
            month, day = date
            found.append(MonthMention(month, to_folded(nt, m_start), to_folded(nt, m_end), day))
    return found


def _ascii_digits(text: str) -> str:
    """``text`` with Arabic-Indic digits as ASCII ones (same length)."""
    return text if text.isascii() else text.translate(_ARABIC_DIGITS)


def has_numeric_date(nt: NormalizedText, lo: int, hi: int) -> bool:
    """Whether folded ``[lo, hi)`` may hold a numeric date: two numbers joined by "/", "."
    or "-" whose second one has at most two digits ("12/03", "31.12.", "2026-07-14"; not
    "3.400", "3-4K"). Folded digits are "0" and separators spaces: a quick scan for "0 0"
    first (a regex over every window would cost more than the rest of month finding)."""
    folded, text = nt.folded, nt.original
    size = len(folded)
    position = folded.find("0 0", lo, hi)
    while position != -1:
        after = position + 3
        if after < size and folded[after] == "0":
            after += 1
        if after >= size or not is_word_char(folded[after]):
            separator = position + 1 if nt.starts is None else nt.to_original(position + 1, position + 2)[0]
            if text[separator] in "./-":
                o_lo, o_hi = nt.to_original(lo, min(hi, size))
                return _DATE_HINT.search(_ascii_digits(text[o_lo:o_hi])) is not None
        position = folded.find("0 0", position + 1, hi)
    return False


def _read_date(parts: list[str], separator: str, dotted: bool, lang: str, dated: bool = False) -> tuple[int, int] | None:
    """(month, day) of a numeric date split on its separator, or None when it is not one.
    ``dated``: an article or preposition that introduces dates precedes it ("le 2/11")."""
    if len(parts) == 3:
        if len(parts[0]) == 4:
            year, first, second = parts[0], parts[1], parts[2]  # ISO / East Asian year first
            month, day = int(first), int(second)
            return (month, day) if 1 <= month <= 12 and 1 <= day <= 31 and year[:2] in ("19", "20") else None
        if len(parts[2]) not in (2, 4) or len(parts[0]) > 2:
            return None
    elif len(parts) != 2 or separator == "-":
        return None  # "3-4K": a range, not a date
    elif separator == "." and not (len(parts[0]) == 2 and len(parts[1]) == 2) and not dotted and (
        lang != "KO" or len(parts[1]) != 2
    ):
        return None  # "3.5K", "2.5 carats" (Korean "3.15" is March 15)
    elif separator == "/" and len(parts[0]) == 1 and len(parts[1]) == 1 and not dated:
        return None  # "2/3": a fraction or a size; "le 2/11", "il 2/4" are dates
    a, b = int(parts[0]), int(parts[1])
    if separator == "." and lang == "KO":
        readings = ((a, b),)  # "생신 3.15", "12.25": month first
    elif separator == ".":
        readings = ((b, a),)  # dotted dates are day first everywhere ("31.12."); "10.30" is a time
    elif lang in _DENSE_LANGS:
        readings = ((a, b), (b, a))
    else:
        readings = ((b, a), (a, b))  # "12/03" day first; "05/14" month first (US)
    for month, day in readings:
        if 1 <= month <= 12 and 1 <= day <= 31:
            return month, day
    return None

