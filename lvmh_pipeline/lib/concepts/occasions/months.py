"""Month mentions in notes ("fin mars", "in May", "Geburtstag April", "3月", "5월", "مايو",
"le 12/03", "am 31.12.", "2026-07-14"); the month words themselves are in
:mod:`.month_names`, a mention and the day written with a name in :mod:`.mentions`, numeric dates
in :mod:`.numeric_dates`, their attachment to occasion hits in :mod:`.month_attachment`.

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

from collections.abc import Sequence
from operator import itemgetter

from lvmh_pipeline.lib.common.text import NormalizedText, to_folded
from lvmh_pipeline.lib.concepts.occasions.mentions import (
    MonthMention,
    abbreviation_mention,
    named_mention,
    next_word,
    previous_word,
)
from lvmh_pipeline.lib.concepts.occasions.month_corrections import corrected_months
from lvmh_pipeline.lib.concepts.occasions.month_names import (
    _ARABIC_DIGITS,
    _ARABIC_MONTH_NUMBERS,
    _ARABIC_NUMBERED_MONTH,
    _CAPITALISED_ONLY,
    _CJK_DAY,
    _CJK_MONTH,
    _CJK_NUMERALS,
    _DENSE_LANGS,
    _FULLWIDTH_DIGITS,
    _HANGUL_FEBRUARY,
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
from lvmh_pipeline.lib.concepts.occasions.numeric_dates import (
    NUMERIC_WINDOW_AFTER,
    NUMERIC_WINDOW_BEFORE,
    has_numeric_date,
    numeric_dates,
)

__all__ = ["MonthMention", "date_of", "find_months", "next_month_of"]

_START = itemgetter(1)
_LUNAR = ("农历", "農曆", "农暦", "阴历", "陰曆", "陰暦", "旧暦", "旧历", "舊曆", "음력", "음")


def _lunar(original: str, start: int) -> bool:
    """A month of the lunar calendar ("农历八月十五", "음력 8월", "旧暦の8月"): no month of the year."""
    before = original[max(0, start - 5) : start].replace(" ", "").rstrip("の")
    return before.endswith(_LUNAR)


# The last note's months without ``near`` spans: (note, language, mentions). The occasion rules ask for them
# several times per note; the note is held, so its identity cannot be taken by another one.
_LAST: list = [None, None, ()]


def find_months(
    nt: NormalizedText, language: str | None, near: Sequence[tuple[int, int]] = ()
) -> list[MonthMention]:
    """Every month name (or CJK numeric month) in the note, and the numeric dates near the
    folded spans ``near``, folded coordinates, in text order (read once per note without ``near``)."""
    if near:
        return _find_months(nt, language, near)
    if _LAST[0] is nt and _LAST[1] == language:
        return list(_LAST[2])
    found = _find_months(nt, language, near)
    _LAST[:] = [nt, language, tuple(found)]
    return found


def _find_months(nt: NormalizedText, language: str | None, near: Sequence[tuple[int, int]]) -> list[MonthMention]:
    """:func:`find_months`, read on the note."""
    lang = (language or "").upper()
    found: list[MonthMention] = []
    folded = nt.folded
    if lang not in _DENSE_LANGS:
        abbreviations, wordlike = _abbreviated(lang), _WORDLIKE_ABBREVIATIONS | _WORDLIKE_IN.get(lang, frozenset())
        for start, end, (month, name) in _finder(lang).find(folded):
            if name in abbreviations:
                mention = abbreviation_mention(nt, month, start, end, name in wordlike)
                if mention is not None:
                    found.append(mention)
                continue
            if name in _CAPITALISED_ONLY and not nt.original[nt.to_original(start, end)[0]].isupper():
                previous = previous_word(folded, start)
                if previous not in _MONTH_LEAD and not previous.isdigit() and not next_word(folded, end).isdigit():
                    continue
            if folded.find("0", max(0, start - 8), end + 4) != -1:  # a day next to it
                found.append(named_mention(nt, month, start, end))
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
        if "이월" in nt.original:  # "졸업을 이월에", "이월쯤"
            for match in _HANGUL_FEBRUARY.finditer(nt.original):
                if not (lunar and _lunar(nt.original, match.start())):
                    found.append(MonthMention(2, to_folded(nt, match.start()), to_folded(nt, match.end())))
            found.sort(key=_START)
    if near:
        windows: list[tuple[int, int]] = []
        ends: list[int] = []
        for start, end in near:
            lo, hi = max(0, start - NUMERIC_WINDOW_BEFORE), end + NUMERIC_WINDOW_AFTER
            # a numeric date folds to "00 00": most windows have none
            if folded.find("0 0", lo, hi) != -1 and has_numeric_date(nt, lo, hi):
                windows.append((lo, hi))
                ends.append(nt.to_original(start, end)[1])
        if windows:
            taken = {(m.start, m.end) for m in found}
            seen: set[tuple[int, int]] = set()
            for lo, hi in windows:
                o_lo, o_hi = nt.to_original(lo, min(hi, len(folded)))
                for m in numeric_dates(nt, lang, o_lo, o_hi, ends):
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
