"""Months in a clause of their own next to a JA/ZH/KO occasion. A Korean occasion's month said to open the next clause of its sentence, after the gift or the
request of the occasion's own clause: "퇴임 기념 선물 구매 건, 12월 중순", "돌 선물로 수저 세트 보심,
내년 1월", "결혼기념일 선물 미리, 이십 주년이 5월" (the month of the occasion, as the advisor writes it), but not a month that dates a visit
or a call in its clause ("…, 12월에 다시 방문"); and a month that is a short clause right before the
occasion's (:func:`dense_month_clause`: "下个月，就是十二月，结婚纪念日", "…ので、三月の末、定年の").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lvmh_pipeline.lib.common.text import NormalizedText
from lvmh_pipeline.lib.concepts.occasions.months import MonthMention

__all__ = ["dense_month_clause", "month_opens_next_clause"]

_MAX_GAP_CHARS = 26  # the occasion's own clause after it: "기념 선물로 만년필 30자루 문의, "
_SENTENCE_BREAK = re.compile(r"[.;!?\n。！？；]")
_CLAUSE_BREAK = re.compile(r"[,，、:：]")
# Words that may stand between the comma and the month: "내년 3월", "올해 5월", "그 4월", and the years of the
# anniversary said again ("결혼기념일 선물, 삼십 주년이 5월이라", "…, 이십 주년이고 유월이에요").
_LEADS = re.compile(r"\s*(?:(?:내년|올해|이번|금년|그)\s*)?(?:(?:[0-9]+|[일이삼사오육칠팔구십백]+)\s*주년(?:이고|이|은|는|도|고)?\s*)?$")
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


# A dense-script month that is a clause of its own right before the occasion's: a relative date glossed
# ("下个月，就是十二月，结婚纪念日", "来月、つまり五月、還暦"), or a month opening its clause ("…ので、三月の末、定年の").
_GLOSS = re.compile(r"(?:也?就是|即|是|つまり|즉|그러니까)?\s*(?:来年の?|今年の?|再来年の?|明年|今年|내년|올해)?\s*$")
# (a particle may end the month's clause, and a place or a topic of up to four characters open the occasion's:
# "来年の四月に、海外で挙式", "5월에, 제주에서 결혼식")
_DENSE_TAIL = re.compile(r"\s*(?:の?(?:末|初め|初旬|初|中旬|上旬|下旬|頃|ごろ)|底|左右|前后|前後|말|초|중순)?\s*(?:には|に|에는|에)?\s*[，、,]\s*"
                         r"(?:[^\s，、,。.!?！？；;:：]{1,4}(?:で|에서)\s*)?$")
_DENSE_CLAUSE_BREAK = re.compile(r"[，、,。.!?！？；;:：\n]")


def dense_month_clause(nt: NormalizedText, mention: MonthMention, start: int) -> bool:
    """The JA/ZH/KO month before an occasion is a short clause of its own: only a date tail ("の末") and
    one comma after it, only a gloss word ("就是") or nothing before it in its clause."""
    o_end, o_start = nt.to_original(mention.end, start)
    text = nt.original
    if not _DENSE_TAIL.match(text[o_end:o_start]):
        return False
    o_month = nt.to_original(mention.start, mention.end)[0]
    lead = text[max(0, o_month - 6) : o_month]
    cut = max((m.end() for m in _DENSE_CLAUSE_BREAK.finditer(lead)), default=-1)
    return (cut >= 0 or o_month < 6) and _GLOSS.fullmatch(lead[max(cut, 0) :]) is not None
