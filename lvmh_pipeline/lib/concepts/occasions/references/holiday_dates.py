"""A usual-date occasion dated right after it (:func:`dated_right_after`): "Dia dos Namorados (12/06)" in Brazil,
"七夕在8月", "Valentine's Day, 14 Feb", "Weihnachten erst am siebten Januar", "Рождество, на православное, седьмого
января" keep the month written; a month further away is about something else ("Noël, rappeler en novembre").
"""

from __future__ import annotations

from lvmh_pipeline.lib.common.text import NormalizedText, same_clause
from lvmh_pipeline.lib.concepts.occasions.month_names import DATE_LEAD_WORDS, leads_to_date
from lvmh_pipeline.lib.concepts.occasions.months import find_months

__all__ = ["dated_right_after"]

_DENSE_NOTE_LANGUAGES = frozenset({"JA", "ZH", "KO"})


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
        close = len(gap.strip()) <= 2 if dense else len(gap.split()) <= 1 or led
        if close and (led or same_clause(nt, end, mention.start) or between.strip() in ("(", "（", "-", "–", "—", ",", ":")):
            months[i] = mention.month
    return [i for i in indices if i in months]
