"""A month mention (:class:`MonthMention`) and the day written with a month name ("14. Februar",
"March 8th", "le 1er mai"); abbreviated months counted only where something around them says they are
one ("18 Nov", "due Oct", "(feb)", "late Jan", "dez/26").
"""

from __future__ import annotations

import re
from typing import NamedTuple

from lvmh_pipeline.lib.common.text import NormalizedText, to_folded
from lvmh_pipeline.lib.concepts.occasions.month_names import _ABBREVIATION_LEAD

__all__ = ["MonthMention", "abbreviation_mention", "named_mention", "next_word", "previous_word"]

# A day before a month name: "14. Februar", "12 марта", "15 de março", "3rd of March", "le 1er mai".
# also glued with a slash or a dash: "12/set", "3-nov"
_DAY_BEFORE = re.compile(r"(?<!\d)(\d{1,2})(?:\s*(?:\.|er|e|ème|th|st|nd|rd|º|°|-?го|-?е)|[/-])?\s*(?:de\s+|of\s+|d')?$")
_DAY_AFTER = re.compile(r"\s*(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?(?!\d)")  # "March 8th"
# Words that place a day in a month ("late Jan", "fin janv", "Ende Jan", "finales de ene").
_MONTH_POSITION = frozenset("early mid late end beginning start fin debut ende anfang mitte fine inizio meta finales "
                            "principios mediados fim inicio meados eind begin medio".split())


# Prepositions of time before an abbreviated month that is also a word ("in Jan.", "em out.", "en ago.").
_IN_WORDS = frozenset("in en em im entro until till by".split())
# A year glued after an abbreviated month: "dez/26", "nov-2026".
_YEAR_AFTER = re.compile(r"[/-](?:\d\d|\d{4})(?!\d)")


class MonthMention(NamedTuple):
    """A month (1..12) mentioned at folded span ``[start, end)``, with its day when written."""

    month: int
    start: int
    end: int
    day: int | None = None


def previous_word(folded: str, start: int) -> str:
    """The word before folded ``start`` (within 20 characters), or ""."""
    head = folded[max(0, start - 20) : start].split()
    return head[-1] if head else ""


def next_word(folded: str, end: int) -> str:
    """The word after folded ``end`` (within 12 characters), or ""."""
    tail = folded[end : end + 12].split()
    return tail[0] if tail else ""


def named_mention(nt: NormalizedText, month: int, start: int, end: int) -> MonthMention:
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


def abbreviation_mention(nt: NormalizedText, month: int, start: int, end: int, wordlike: bool) -> MonthMention | None:
    """The mention of an abbreviated month ("18 Nov", "Sept 4", "due Oct", "(feb)", "Aug.", "Feb:"), or
    None when nothing around it says it is one."""
    mention = named_mention(nt, month, start, end)
    if mention.day is not None:
        return mention
    o_start, o_end = nt.to_original(start, end)
    text = nt.original
    if wordlike:
        # "late Jan", "early Jan.", "mid-Jan": a word of a place in the month makes it one (not
        # "the late Jan Smith": a capitalised word after it is a name's)
        previous = previous_word(nt.folded, start)
        if previous in _IN_WORDS and text[o_end : o_end + 1] in (".", ")", ""):
            return mention  # "promotion in Jan.", "nasce em out.": a preposition of time and a dot
        if previous not in _MONTH_POSITION:
            return None
        following = text[o_end : o_end + 3].lstrip()
        return None if following[:1].isupper() else mention
    if text[o_end : o_end + 1] in (".", ")", ":", ";", ",") or text[o_start - 1 : o_start] == "(":  # "expected Feb: baby set"
        return mention
    if _YEAR_AFTER.match(text, o_end):  # "formatura dez/26", "Nov-2026"
        return mention
    return mention if previous_word(nt.folded, start) in _ABBREVIATION_LEAD else None

