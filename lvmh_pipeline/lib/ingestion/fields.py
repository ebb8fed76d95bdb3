"""Parsing of the scalar fields of a note row: date, duration, length label, text."""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import date

LENGTH_LABELS: tuple[str, ...] = ("short", "medium", "long")

# In the CA export the length label follows the appointment duration exactly (100/100 notes of
# the real sample): under 25 min short, 25–40 min medium, over 40 min long.
SHORT_BELOW_MIN = 25.0
LONG_ABOVE_MIN = 40.0
# Without a duration, text length reproduces 93/100 labels of the sample (the label is not a
# function of length there: medium notes span 342–950 characters, long ones start at 719).
SHORT_BELOW_CHARS = 365
LONG_ABOVE_CHARS = 960

_DATE_FORMATS: tuple[tuple[re.Pattern[str], tuple[str, str, str]], ...] = (
    # ISO, optionally with a time part: 2026-01-08, 2026-01-08T10:30:00, 2026-01-08 10:30
    (re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?"),
     ("y", "m", "d")),
    (re.compile(r"(\d{4})[/.](\d{1,2})[/.](\d{1,2})"), ("y", "m", "d")),
    # European day-first: 08/01/2026, 08.01.2026, 08-01-2026
    (re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})(?: \d{1,2}:\d{2}(?::\d{2})?)?"),
     ("d", "m", "y")),
)
_MINUTES = re.compile(
    r"(\d+(?:[.,]\d+)?)\s*(?:min(?:s|utes?|utos?|uti)?|mn|m|')?\.?", re.IGNORECASE
)
_HOURS = re.compile(
    r"(\d+)\s*(?:h|hrs?|hours?|heures?|ore|ora|horas?|std|stunden?)\s*"
    r"(?:(\d{1,2})\s*(?:min|mn|m)?)?",
    re.IGNORECASE,
)
_CLOCK = re.compile(r"(\d{1,2}):(\d{2})")


def is_blank(value: object) -> bool:
    """True for None, NaN and strings of whitespace."""
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return isinstance(value, str) and not value.strip()


# Note dates outside this range are typing errors or placeholders ("0001-01-01", "9999-12-31"),
# and pandas cannot even hold them as timestamps (1677-09-21 to 2262-04-11).
EARLIEST_NOTE_DATE = date(1900, 1, 1)
LATEST_NOTE_DATE = date(2199, 12, 31)


def parse_note_date(value: str, *, check_range: bool = True) -> str | None:
    """ISO date (YYYY-MM-DD) of ``value``, or None when it is not a real calendar date (or,
    with ``check_range``, one outside ``EARLIEST_NOTE_DATE`` … ``LATEST_NOTE_DATE``).

    Accepts ISO (with optional time), YYYY/MM/DD, YYYY.MM.DD and day-first DD/MM/YYYY,
    DD.MM.YYYY, DD-MM-YYYY.
    """
    cleaned = value.strip()
    for pattern, order in _DATE_FORMATS:
        m = pattern.fullmatch(cleaned)
        if not m:
            continue
        parts = dict(zip(order, (int(g) for g in m.groups()), strict=True))
        try:
            day = date(parts["y"], parts["m"], parts["d"])
        except ValueError:
            return None
        if check_range and not EARLIEST_NOTE_DATE <= day <= LATEST_NOTE_DATE:
            return None
        return day.isoformat()
    return None


def parse_duration(value: object) -> float:
    """Duration in minutes from "35 min", "45", "1h10", "1 h 10 min", "1:10"; NaN otherwise."""
    if is_blank(value):
        return math.nan
    text = str(value).strip()
    m = _MINUTES.fullmatch(text)
    if m:
        return float(m.group(1).replace(",", "."))
    m = _HOURS.fullmatch(text)
    if m:
        return float(int(m.group(1)) * 60 + int(m.group(2) or 0))
    m = _CLOCK.fullmatch(text)
    if m and int(m.group(2)) < 60:
        return float(int(m.group(1)) * 60 + int(m.group(2)))
    return math.nan


def derive_length(text: str, duration_min: float = math.nan) -> str:
    """short / medium / long: from the duration when known (as the CA export does), else text."""
    if not math.isnan(duration_min):
        if duration_min < SHORT_BELOW_MIN:
            return "short"
        return "long" if duration_min > LONG_ABOVE_MIN else "medium"
    n = len(text)
    if n < SHORT_BELOW_CHARS:
        return "short"
    return "long" if n > LONG_ABOVE_CHARS else "medium"


def normalize_length(value: object) -> str | None:
    """The length label of ``value`` when it is a valid one (any case), else None."""
    if not isinstance(value, str):
        return None
    cleaned = value.strip().lower()
    return cleaned if cleaned in LENGTH_LABELS else None


def clean_text(value: object) -> str:
    """Note text in NFC with ``\\n`` line ends and no surrounding whitespace."""
    if is_blank(value):
        return ""
    text = unicodedata.normalize("NFC", str(value))
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()
