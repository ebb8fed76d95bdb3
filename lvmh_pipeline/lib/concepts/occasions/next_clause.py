"""A Korean occasion's month said to open the next clause of its sentence, after the gift or the
request of the occasion's own clause: "퇴임 기념 선물 구매 건, 12월 중순", "돌 선물로 수저 세트 보심,
내년 1월" (the month of the occasion, as the advisor writes it), but not a month that dates a visit
or a call in its clause ("…, 12월에 다시 방문").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lvmh_pipeline.lib.common.text import NormalizedText

__all__ = ["month_opens_next_clause"]

_MAX_GAP_CHARS = 26  # the occasion's own clause after it: "기념 선물로 만년필 30자루 문의, "
_SENTENCE_BREAK = re.compile(r"[.;!?\n。！？；]")
_CLAUSE_BREAK = re.compile(r"[,，、:：]")
# Words that may stand between the comma and the month: "내년 3월", "올해 5월", "그 4월".
_LEADS = re.compile(r"\s*(?:(?:내년|올해|이번|금년|그)\s*)?$")
# The month's clause dates something else: a visit, a call, a booking, a delivery of the shop.
_OTHER_EVENT = re.compile(r"방문|연락|전화|오실|오신|오심|예약|들르|내점|상담|입고|재입고|출장|여행")
_CLAUSE_END = re.compile(r"[,，、.;!?\n。！？；]")


def month_opens_next_clause(
    nt: NormalizedText, end: int, month_start: int, month_end: int, occasions: Sequence[tuple[int, int]]
) -> bool:
    """Does the month at folded ``[month_start, month_end)`` open the clause right after the
    clause of the Korean occasion that ends at folded ``end``?"""
    o_end, o_month = nt.to_original(end, month_start)
    text = nt.original
    between = text[o_end:o_month]
    if len(between) > _MAX_GAP_CHARS or _SENTENCE_BREAK.search(between):
        return False
    breaks = list(_CLAUSE_BREAK.finditer(between))
    if len(breaks) != 1 or not _LEADS.match(between, breaks[0].end()):
        return False
    if any(end <= s and e <= month_start for s, e in occasions):
        return False
    o_month_end = nt.to_original(month_start, month_end)[1]
    stop = _CLAUSE_END.search(text, o_month_end)
    return _OTHER_EVENT.search(text, o_month_end, stop.start() if stop else len(text)) is None
