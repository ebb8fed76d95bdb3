"""A month of fasting written as a CRM line's cue for the hours kept (RELIGION).

A typed CRM line writes the fast by its month and an arrow to the hours the client keeps during it:
"Ramadan → RDV after 9 pm", "Ramadán en curso → citas después de las 21h", "Рамадан → встречи после
21:00", "斋月期间→日落后再约", "صائم برمضان → بعد المغرب". The arrow makes the month the reason for the
hours, so the month tells the practice: it is RELIGION, with a fasting word right before it ("صائم
برمضان", "em jejum do Ramadão" keeps its own span). A month used as a date without an arrow to hours
("gift for after Ramadan", "Ramadan: 30 boxes of dates") stays readable, as :mod:`special.contexts.hours` keeps it.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.spans import PiiSpan

__all__ = ["arrowed_months"]

_MONTH = re.compile(r"(?<![^\W\d_])(?:[Rr]amad[aáã]n|[Rr]amad[aã]o|[Rr]amadhan|[Rr]amazan|Рамадан|Рамазан)(?![^\W\d_])"
                    r"|(?:ب|في[ \t]+)?(?:شهر[ \t]+)?رمضان|斋月|ラマダン|라마단")
# what may stand between the month and its arrow: "en cours", "in corso", "期间", "中", "기간"
_BETWEEN = re.compile(r"[ \t]*(?:en[ \t]+cours|in[ \t]+corso|en[ \t]+curso|em[ \t]+curso|bezig|läuft|идёт|期间|期間|中|기간|"
                      r"period|month)?[ \t]*(?:→|->|=>|⇒)[ \t]*")
# the hours kept after the arrow: a clock time or a sunset word within the line
_HOURS = re.compile(r"[^\n.;]{0,40}?(?:\d{1,2}[ \t]*(?:h|u|uhr|:\d\d)|[0-9一二三四五六七八九十]{1,3}[ \t]*(?:時|点|시)|\bafter[ \t]+\d|dopo[ \t]+le[ \t]+\d|"
                    r"المغرب|الإفطار|الافطار|الفطور|日没|日落|일몰|sunset|coucher|ftour|iftar|закат)", re.IGNORECASE)
_FAST_BEFORE = re.compile(r"(?:صائم|صائمة|صايم|صايمة)[ \t]*$")


def arrowed_months(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` with each month of fasting that an arrow makes the reason for the hours kept."""
    if "→" not in text and "->" not in text and "=>" not in text and "⇒" not in text:
        return spans
    found = []
    for match in _MONTH.finditer(text):
        arrow = _BETWEEN.match(text, match.end())
        if not arrow or not _HOURS.match(text, arrow.end()):
            continue
        start = match.start()
        fast = _FAST_BEFORE.search(text, max(0, start - 8), start)
        start = fast.start() if fast else start
        if not any(s.start < match.end() and start < s.end for s in spans):
            found.append(PiiSpan(start, match.end(), "RELIGION"))
    return sorted(spans + found, key=lambda s: s.start) if found else spans
