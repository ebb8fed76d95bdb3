"""Month mentions in notes ("fin mars", "in May", "Geburtstag April", "3月", "5월", "مايو",
"le 12/03", "am 31.12.", "2026-07-14"); the month words themselves are in
:mod:`.month_names`, their attachment to occasion hits in :mod:`.month_attachment`.

Month names are matched on the folded text of the note's language (all languages when it is
unknown); JA/ZH/KO numeric months ("3月", "5월") on the original text. English "May" and
"March" count capitalised, or lowercase next to a day number or after a word that only
introduces a date ("in may", "end of march", "mid-may"), so the modal verb and the verb
"march" are not months. A day written with the month ("14. Februar", "12 марта", "March 8th",
"3月15日", "15 de março") is kept on the mention. Numeric dates are read only near the occasions
(``near`` spans): day first ("12/03", "31.12.", "12.03.2026"), month first in JA/ZH/KO and
when the day-first reading is impossible ("05/14"), ISO ``2026-07-14`` everywhere. A month taken back
("in June, no sorry, in July") gives way to the later one (:mod:`.month_corrections`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from operator import itemgetter
from typing import NamedTuple

from lvmh_pipeline.lib.common.text import NormalizedText, is_word_char, to_folded
from lvmh_pipeline.lib.concepts.occasions.month_corrections import corrected_months
from lvmh_pipeline.lib.concepts.occasions.month_names import (
    _ABBREVIATION_LEAD,
    _ARABIC_DIGITS,
    _ARABIC_MONTH_NUMBERS,
    _ARABIC_NUMBERED_MONTH,
    _CAPITALISED_ONLY,
    _CJK_DAY,
    _CJK_MONTH,
    _CJK_NUMERALS,
    _DENSE_LANGS,
    _FULLWIDTH_DIGITS,
    _HANGUL_MONTH,
    _HANGUL_MONTHS,
    _LATIN_MONTH,
    _LATIN_MONTHS,
    _MONTH_LEAD,
    _NAMES,
    _WORDLIKE_ABBREVIATIONS,
    _WORDLIKE_IN,
    _abbreviated,
    _finder,
    date_of,
)

__all__ = ["MonthMention", "date_of", "find_months", "next_month_of"]

_START = itemgetter(1)
# A day before a month name: "14. Februar", "12 марта", "15 de março", "3rd of March", "le 1er mai".
# also glued with a slash or a dash: "12/set", "3-nov"
_DAY_BEFORE = re.compile(r"(?<!\d)(\d{1,2})(?:\s*(?:\.|er|e|ème|th|st|nd|rd|º|°|-?го|-?е)|[/-])?\s*(?:de\s+|of\s+|d')?$")
_DAY_AFTER = re.compile(r"\s*(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?(?!\d)")  # "March 8th"
# Numeric dates, validated in Python ("12/03", "31.12.", "2026-07-14").
_NUMERIC_DATE = re.compile(r"[0-9]{1,4}[./\-][0-9]{1,2}(?:[./\-][0-9]{1,4})?")
# Words that introduce a date ("le 2/11", "il 2/4", "am 3.5.", "on 5/6").
_DATE_LEAD = frozenset("le il el am on du au dal del al em op à en в к до с".split())
_DATE_HINT = re.compile(r"[0-9][./][0-9]{1,2}(?![0-9A-Za-z])|[0-9]-[0-9]{1,2}-[0-9]")
_NUMERIC_WINDOW_BEFORE = 40  # characters read before an occasion for a numeric date
_NUMERIC_WINDOW_AFTER = 75
# Words that place a day in a month ("late Jan", "fin janv", "Ende Jan", "finales de ene").
_MONTH_POSITION = frozenset("early mid late end beginning start fin debut ende anfang mitte fine inizio meta finales "
                            "principios mediados fim inicio meados eind begin medio".split())


# A year glued after an abbreviated month: "dez/26", "nov-2026".
_YEAR_AFTER = re.compile(r"[/-](?:\d\d|\d{4})(?!\d)")


class MonthMention(NamedTuple):
    """A month (1..12) mentioned at folded span ``[start, end)``, with its day when written."""

    month: int
    start: int
    end: int
    day: int | None = None


def _previous_word(folded: str, start: int) -> str:
    head = folded[max(0, start - 20) : start].split()
    return head[-1] if head else ""


def _next_word(folded: str, end: int) -> str:
    tail = folded[end : end + 12].split()
    return tail[0] if tail else ""


def _named(nt: NormalizedText, month: int, start: int, end: int) -> MonthMention:
    """The mention of a month name, with the day written next to it ("14. Februar", "March
    8th"); a day before the name is part of the mention ("am 14. Februar", "the 3rd of march")."""
    o_start, o_end = nt.to_original(start, end)
    before = _DAY_BEFORE.search(nt.original, max(0, o_start - 14), o_start)
    if before is not None:
        day = int(before.group(1))
        if 1 <= day <= 31:
            return MonthMention(month, to_folded(nt, before.start()), end, day)
    after = _DAY_AFTER.match(nt.original, o_end, o_end + 10)
    day = int(after.group(1)) if after is not None else 0
    return MonthMention(month, start, end, day if 1 <= day <= 31 else None)


def _abbreviation(nt: NormalizedText, month: int, start: int, end: int, wordlike: bool) -> MonthMention | None:
    """The mention of an abbreviated month ("18 Nov", "Sept 4", "due Oct", "(feb)", "Aug.", "Feb:"), or
    None when nothing around it says it is one."""
    mention = _named(nt, month, start, end)
    if mention.day is not None:
        return mention
    o_start, o_end = nt.to_original(start, end)
    text = nt.original
    if wordlike:
        # "late Jan", "early Jan.", "mid-Jan": a word of a place in the month makes it one (not
        # "the late Jan Smith": a capitalised word after it is a name's)
        if _previous_word(nt.folded, start) not in _MONTH_POSITION:
            return None
        following = text[o_end : o_end + 3].lstrip()
        return None if following[:1].isupper() else mention
    if text[o_end : o_end + 1] in (".", ")", ":", ";", ",") or text[o_start - 1 : o_start] == "(":  # "expected Feb: baby set"
        return mention
    if _YEAR_AFTER.match(text, o_end):  # "formatura dez/26", "Nov-2026"
        return mention
    return mention if _previous_word(nt.folded, start) in _ABBREVIATION_LEAD else None


def _numeric_dates(nt: NormalizedText, lang: str, start: int, end: int, ends: Sequence[int] = ()) -> list[MonthMention]:
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
        lead = text[max(0, m_start - 8) : m_start].split()
        dated = bool(lead) and lead[-1].lower() in _DATE_LEAD or any(
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


def _has_numeric_date(nt: NormalizedText, lo: int, hi: int) -> bool:
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


_LUNAR = ("农历", "農曆", "农暦", "阴历", "陰曆", "陰暦", "旧暦", "旧历", "舊曆", "음력", "음")


def _lunar(original: str, start: int) -> bool:
    """A month of the lunar calendar ("农历八月十五", "음력 8월", "旧暦の8月"): no month of the year."""
    before = original[max(0, start - 5) : start].replace(" ", "").rstrip("の")
    return before.endswith(_LUNAR)


def find_months(
    nt: NormalizedText, language: str | None, near: Sequence[tuple[int, int]] = ()
) -> list[MonthMention]:
    """Every month name (or CJK numeric month) in the note, and the numeric dates near the
    folded spans ``near``, folded coordinates, in text order."""
    lang = (language or "").upper()
    found: list[MonthMention] = []
    folded = nt.folded
    if lang not in _DENSE_LANGS:
        abbreviations, wordlike = _abbreviated(lang), _WORDLIKE_ABBREVIATIONS | _WORDLIKE_IN.get(lang, frozenset())
        for start, end, (month, name) in _finder(lang).find(folded):
            if name in abbreviations:
                mention = _abbreviation(nt, month, start, end, name in wordlike)
                if mention is not None:
                    found.append(mention)
                continue
            if name in _CAPITALISED_ONLY and not nt.original[nt.to_original(start, end)[0]].isupper():
                previous = _previous_word(folded, start)
                if previous not in _MONTH_LEAD and not previous.isdigit() and not _next_word(folded, end).isdigit():
                    continue
            if folded.find("0", max(0, start - 8), end + 4) != -1:  # a day next to it
                found.append(_named(nt, month, start, end))
            else:
                found.append(MonthMention(month, start, end))
    lunar = lang in ("ZH", "JA", "KO", "") and any(w in nt.original for w in ("历", "曆", "暦", "음력"))
    if lang in _DENSE_LANGS or lang not in _NAMES:
        for match in _CJK_MONTH.finditer(nt.original):
            if lunar and _lunar(nt.original, match.start()):
                continue
            if match.group(1):
                month = int(match.group(1).translate(_FULLWIDTH_DIGITS))
            else:
                month = _CJK_NUMERALS.index(match.group(2)) + 1
            day_match = _CJK_DAY.match(nt.original, match.end())
            day = int(day_match.group(1).translate(_FULLWIDTH_DIGITS)) if day_match else None
            found.append(MonthMention(month, to_folded(nt, match.start()), to_folded(nt, match.end()), day))
    if lang in _DENSE_LANGS and any(s in folded for s in ("ber", "uary", "july", "march")):  # "生日在 July"
        for match in _LATIN_MONTH.finditer(nt.original):
            found.append(MonthMention(_LATIN_MONTHS[match.group().lower()], to_folded(nt, match.start()),
                                      to_folded(nt, match.end())))
        found.sort(key=_START)
    if lang == "AR" and "شهر" in nt.original:  # "في شهر ١٠", "شهر 3": the month by its number
        for match in _ARABIC_NUMBERED_MONTH.finditer(nt.original):
            month = int(match.group(1).translate(_ARABIC_DIGITS)) if match.group(1) else _ARABIC_MONTH_NUMBERS[match.group(2)]
            if 1 <= month <= 12:
                found.append(MonthMention(month, to_folded(nt, match.start()), to_folded(nt, match.end())))
        found.sort(key=_START)
    if lang in ("KO", "") or lang not in _NAMES:
        for match in _HANGUL_MONTH.finditer(nt.original):
            if lunar and _lunar(nt.original, match.start()):
                continue
            found.append(MonthMention(_HANGUL_MONTHS[match.group(1)], to_folded(nt, match.start()), to_folded(nt, match.end())))
    if near:
        windows: list[tuple[int, int]] = []
        ends: list[int] = []
        for start, end in near:
            lo, hi = max(0, start - _NUMERIC_WINDOW_BEFORE), end + _NUMERIC_WINDOW_AFTER
            # a numeric date folds to "00 00": most windows have none
            if folded.find("0 0", lo, hi) != -1 and _has_numeric_date(nt, lo, hi):
                windows.append((lo, hi))
                ends.append(nt.to_original(start, end)[1])
        if windows:
            taken = {(m.start, m.end) for m in found}
            seen: set[tuple[int, int]] = set()
            for lo, hi in windows:
                o_lo, o_hi = nt.to_original(lo, min(hi, len(folded)))
                for m in _numeric_dates(nt, lang, o_lo, o_hi, ends):
                    if (m.start, m.end) not in taken and (m.start, m.end) not in seen:
                        seen.add((m.start, m.end))
                        found.append(m)
            found.sort(key=_START)
            return corrected_months(nt, found)
    if lang not in _NAMES and lang not in _DENSE_LANGS:
        found.sort(key=_START)  # names and CJK months of a note in an unknown language
    return corrected_months(nt, found)  # "en juin, non pardon, en juillet"


def next_month_of(note_month: int) -> int:
    """The month after ``note_month`` (December wraps to January)."""
    return note_month % 12 + 1
