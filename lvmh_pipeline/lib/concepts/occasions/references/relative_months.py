"""An occasion dated "next month" when the note says which month that is:

- glossed by the month itself ("تخرج بنتها من الجامعة الشهر الجاي يعني في يونيو", "생일이 다음 달, 그러니까
  십이월", "next month, i.e. June"): the occasion's month is the one named;
- with today's date or month said beside it ("wife's birthday next month (today 12 Aug)", "下月生日（现在七月）"):
  the month after it, not the month of today that the month attachment read as the occasion's.

The occasion is the nearest one with a movable date in the sentence of the "next month" hit.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from lvmh_pipeline.lib.common.text import NormalizedText, fold
from lvmh_pipeline.lib.concepts.matcher import AliasMatch
from lvmh_pipeline.lib.concepts.occasions.month_names import DATE_LEAD_WORDS
from lvmh_pipeline.lib.concepts.occasions.months import MonthMention, find_months

if TYPE_CHECKING:
    from lvmh_pipeline.lib.concepts.context import ConceptMeta

__all__ = ["relative_months"]

_SENTENCE = re.compile(r"[.;!?\n。！？；]")
# Words that gloss "next month" with the month it is (folded; the dense ones matched as substrings).
_GLOSS = frozenset(fold(w) for w in (
    "so i e ie that is namely meaning which donc soit c est a dire also d h das heisst heißt cioe ossia quindi o sea "
    "es decir ou seja isto e dus oftewel то есть т е значит يعني أي اي في uh um er euh eh ehm äh ah"
).split()) | DATE_LEAD_WORDS
_DENSE_GLOSS = ("也就是", "就是", "即", "つまり", "すなわち", "그러니까", "그러니깐", "즉", "음", "어", "嗯", "の", "에")
_GLOSS_CHARS = 24
# Today's date or month said beside "next month": "(today 12 Aug)", "（现在七月）", "오늘이 8월".
_NOW = frozenset(fold(w) for w in (
    "today now currently aujourd hui actuellement maintenant heute jetzt derzeit oggi ora adesso attualmente hoy ahora "
    "actualmente hoje agora atualmente vandaag nu momenteel сегодня сейчас сейчас اليوم الآن الان حاليا"
).split())
_DENSE_NOW = ("今天", "现在", "現在", "今日", "目前", "오늘", "지금", "현재")
_NOW_CHARS = 14


def _glossed(nt: NormalizedText, end: int, mention: MonthMention) -> bool:
    """Only gloss words (or nothing but a pause) between a "next month" hit ending at folded ``end`` and
    ``mention``."""
    if mention.start < end or mention.start - end > _GLOSS_CHARS:
        return False
    o_end, o_start = nt.to_original(end, mention.start)
    between = nt.original[o_end:o_start]
    if _SENTENCE.search(between):
        return False
    for gloss in _DENSE_GLOSS:
        between = between.replace(gloss, " ")
    return all(w in _GLOSS for w in fold(between).split())


def _said_now(nt: NormalizedText, mention: MonthMention) -> bool:
    """A word for "today" or "now" right before ``mention`` (a day number may stand between)."""
    o_start = nt.to_original(mention.start, mention.start)[0]
    lead = nt.original[max(0, o_start - _NOW_CHARS) : o_start]
    if any(word in lead for word in _DENSE_NOW):
        return True
    words = [w for w in fold(lead).split() if not w.isdigit() and w not in ("is", "es", "est", "ist", "e")]
    return bool(words) and words[-1] in _NOW


def _sentence_of(nt: NormalizedText, start: int, end: int) -> tuple[int, int]:
    o_start, o_end = nt.to_original(start, end)
    text = nt.original
    lo = max((m.end() for m in _SENTENCE.finditer(text, max(0, o_start - 200), o_start)), default=max(0, o_start - 200))
    after = _SENTENCE.search(text, o_end)
    return lo, after.start() if after else len(text)


def relative_months(
    nt: NormalizedText, matches: list[AliasMatch], meta: ConceptMeta, language: str | None, timed: Sequence[int],
    months: dict[int, int],
) -> None:
    """Set in ``months`` the month of the occasion (among the ``timed`` match indices) dated by a "next month"
    hit whose month the note names (see the module)."""
    nexts = [m for m in matches if m[2] == meta.next_month]
    if not nexts or not timed:
        return
    mentions = find_months(nt, language)
    for n_start, n_end, _, _ in nexts:
        glossed = next((m for m in mentions if m.start >= n_end and _glossed(nt, n_end, m)), None)
        now = next((m for m in mentions if abs(m.start - n_end) <= 30 and _said_now(nt, m)), None) if glossed is None else None
        if glossed is None and now is None:
            continue
        lo, hi = _sentence_of(nt, n_start, n_end)
        inside = [i for i in timed if lo <= nt.to_original(matches[i][0], matches[i][1])[0] < hi]
        if not inside:
            continue
        i = min(inside, key=lambda k: min(abs(matches[k][0] - n_end), abs(n_start - matches[k][1])))
        if glossed is not None:
            months.setdefault(i, glossed.month)
        elif months.get(i, now.month) == now.month:
            months[i] = now.month % 12 + 1
