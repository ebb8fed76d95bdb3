"""A usual-date occasion dated right after it (:func:`dated_right_after`): "Dia dos Namorados (12/06)" in Brazil,
"七夕在8月", "Valentine's Day, 14 Feb", "Weihnachten erst am siebten Januar", "Рождество, на православное, седьмого
января" keep the month written; a month further away is about something else ("Noël, rappeler en novembre").
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.common.text import NormalizedText, fold, same_clause
from lvmh_pipeline.lib.concepts.occasions.month_names import DATE_LEAD_WORDS, leads_to_date
from lvmh_pipeline.lib.concepts.occasions.months import find_months

__all__ = ["dated_right_after"]

_DENSE_NOTE_LANGUAGES = frozenset({"JA", "ZH", "KO"})
_GLOSS_WORDS = frozenset(fold(w) for w in (
    "o sea es decir cioe cioè ossia quindi i e ie that is so meaning c est a dire soit donc d h das heisst heißt also "
    "ou seja isto e dus oftewel то есть т е значит يعني أي اي"
).split())
_AT_WORDS = frozenset(fold(w) for w in "in en a em im op в في".split())
_ENDS_CLAUSE = re.compile(r"\s*(?:[,.;:!?)\n]|$)")


def dated_right_after(
    nt: NormalizedText, language: str | None, spans: list[tuple[int, int]], indices: list[int], months: dict[int, int]
) -> list[int]:
    """A usual-date occasion with its own date right after it keeps that month: "Dia dos
    Namorados (12/06)" in Brazil, "七夕在8月", "Valentine's Day, 14 Feb", "Weihnachten erst am siebten Januar" (a
    few date words between). A month further away is about something else ("Noël, rappeler en novembre")."""
    mentions = find_months(nt, language, near=spans)
    if not mentions:
        return []
    dense = (language or "").upper() in _DENSE_NOTE_LANGUAGES
    for (start, end), i in zip(spans, indices):
        if i in months:
            continue
        mention = next((m for m in mentions if m.start >= end), None)
        if mention is None:
            continue
        gap = nt.folded[end : mention.start]
        o_end, o_start = nt.to_original(end, mention.start)
        between = nt.original[o_end:o_start]
        # date words only: "Рождество, на православное, седьмого января"; the day alone after a comma: "Рождество, седьмого января"
        led = not dense and (leads_to_date(gap) or len(gap.split()) == 1 and gap.strip() not in DATE_LEAD_WORDS
                                        and between.lstrip()[:1] in (",", "،"))
        # a gloss after a comma: "para Reyes, o sea enero", "a Pasqua, cioè aprile", "for Orthodox Christmas, i.e. January"
        # (a preposition alone only when the month ends its clause: "Dia dos Namorados, em junho, pra namorada"; not
        # "Weihnachten, im Januar Geburtstag")
        words = gap.split()
        led = led or not dense and between.lstrip()[:1] in (",", "،") and bool(words) and all(
            w in _GLOSS_WORDS or w in _AT_WORDS for w in words) and (
            any(w in _GLOSS_WORDS for w in words) or _ENDS_CLAUSE.match(nt.original, nt.to_original(mention.end, mention.end)[0]))
        close = len(gap.strip()) <= 2 if dense else len(gap.split()) <= 1 or led
        if close and (led or same_clause(nt, end, mention.start) or between.strip() in ("(", "（", "-", "–", "—", ",", ":")):
            months[i] = mention.month
    return [i for i in indices if i in months]
