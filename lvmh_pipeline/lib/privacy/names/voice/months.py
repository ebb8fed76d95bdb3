"""A given name that is a month too, right after a kin word: "her sister June", "my daughter April",
"su hija Abril", "sa fille Avril".

A month after a kin word with nothing in between is that relative's name (a date would take a day,
a preposition or a comma: "her daughter, in June", "son May 3rd"). Once found, the name's other
occurrences are redacted where they are no date (:func:`month_use`: "in June", "14 June", "June
14" stay).
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.cues import scan

__all__ = ["month_given_names", "month_use", "MONTH_NAMES"]

# Months that are given names too, in the languages of the notes
MONTH_NAMES = frozenset("april may june abril avril".split())
_MONTH_AFTER_KIN = re.compile(r"[ \t]+(April|May|June|Abril|Avril)(?!['’]?[\w\-])(?![ \t]*(?:\d|the[ \t]+\d|de[ \t]+\d))")
_MONTH_AFTER_KIN_POSSESSIVE = re.compile(r"[ \t]+(April|May|June|Abril|Avril)(?=['’]s(?![\w]))")
# whose relative: "her sister June", "su hija Abril", "sa fille Avril"
_POSSESSIVE_BEFORE = re.compile(
    r"(?<![\w])(?i:her|his|my|our|their|your|su|sus|mi|tu|sa|son|ma|mon|ta|notre|leur|sua|seu|minha|meu)[ \t]+$"
)
# Words before a month that make it a date, not a person: "in June", "end of May", "next April"
_DATE_BEFORE = frozenset(
    """in of on since until till by next last early mid late this from to end beginning start before after
    during throughout every en de del desde hasta para à au dès jusqu'en jusqu’en im am ab bis seit vor nach
    em no na di da nel del dal entro tot sinds vanaf voor na in в до после с к""".split()
)


def month_given_names(text: str) -> list[PiiSpan]:
    if not any(m in text for m in ("April", "May", "June", "Abril", "Avril")):
        return []
    spans = []
    for kin_start, stop, kin_word in scan(text).kin:
        if not kin_word[:1].islower() or not _POSSESSIVE_BEFORE.search(text, max(0, kin_start - 12), kin_start):
            continue  # "Tochter Mai": German, May; "birthday daughter April": the month of it
        m = _MONTH_AFTER_KIN.match(text, stop) or _MONTH_AFTER_KIN_POSSESSIVE.match(text, stop)
        if m:
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    return spans


def month_use(text: str, start: int, end: int) -> bool:
    """Is the month word at ``text[start:end]`` used as a date (a day or a time word beside it)?"""
    before = text[max(0, start - 16) : start].split()
    after = text[end : end + 6].lstrip(" \t")
    if before and (before[-1].casefold().strip(",") in _DATE_BEFORE or before[-1].rstrip(",.").isdigit()):
        return True
    if before and re.fullmatch(r"\d{1,2}(?:st|nd|rd|th|er|e|º|ª)?\.?", before[-1]):
        return True
    return bool(re.match(r"\d", after))
