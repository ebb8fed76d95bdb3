"""An occasion dated "next month" when the note says which month that is (and one a start word or a season's
gloss dates further away: :mod:`.anchored_months`):

- glossed by the month itself ("تخرج بنتها من الجامعة الشهر الجاي يعني في يونيو", "생일이 다음 달, 그러니까
  십이월", "next month, i.e. June"): the occasion's month is the one named;
- with today's date or month said beside it ("wife's birthday next month (today 12 Aug)", "下月生日（现在七月）",
  "next month, today's the third of October", "le mois prochain (on est en février)", "il mese prossimo (oggi
  20/10)"), or anywhere in the note ("hoje é dez de novembro … a festa é no mês
  que vem", "Notiz vom zwanzigsten Mai … ab nächsten Monat", "ملاحظة ١٥/٥: … الشهر الجاي"): the month after it, not
  the month of today that the month attachment read as the occasion's;
- "in two weeks" / "next week" with today's day and month ("بعد أسبوعين، واليوم ٢٨ أكتوبر"): the month that many
  days later, not today's.

The occasion is the nearest one with a movable date in the sentence of the "next month" hit. "This month" with
today's month said in the note ("사귄 지 삼 주년이 이번 달이라서, 지금 사월이니까", "anniversary this month, we're in
April") dates the nearest such occasion with today's month; "in two months" counts from the note's date
(:mod:`.months_ahead`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from lvmh_pipeline.lib.common.literals import Literals
from lvmh_pipeline.lib.common.text import NormalizedText, fold
from lvmh_pipeline.lib.concepts.matcher import AliasMatch
from lvmh_pipeline.lib.concepts.occasions.month_names import DATE_LEAD_WORDS
from lvmh_pipeline.lib.concepts.occasions.months import MonthMention, find_months
from lvmh_pipeline.lib.concepts.occasions.references.anchored_months import anchored_months
from lvmh_pipeline.lib.concepts.occasions.references.months_ahead import months_ahead
from lvmh_pipeline.lib.concepts.occasions.references.stated_today import said_now, stated_today

if TYPE_CHECKING:
    from lvmh_pipeline.lib.concepts.context import ConceptMeta

__all__ = ["relative_months"]

_SENTENCE = re.compile(r"[.;!?\n。！？；]")
# Words that gloss "next month" with the month it is (folded; the dense ones matched as substrings).
_GLOSS = frozenset(fold(w) for w in (
    "so i e ie that is namely meaning which donc soit c est a dire also d h das heisst heißt cioe ossia quindi o sea "
    "es decir ou seja isto e dus oftewel то есть т е значит يعني أي اي في uh um er euh eh ehm äh ah"
).split()) | DATE_LEAD_WORDS
_DENSE_GLOSS = ("也就是", "就是", "即", "つまり", "すなわち", "그러니까", "그러니깐", "즉", "이라서", "라서", "이니까", "이고요", "이고",
                "아니", "음", "어", "아", "嗯", "の", "에", "呃", "额", "えー", "えっと", "あの")
_GLOSS_CHARS = 24


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
    if timed and _THIS_MONTH.any_in(nt.folded):
        _this_month(nt, matches, language, timed, months)
    if timed and any(i not in months for i in timed):  # "zur Beförderung, er wird Vorstand … ab Januar"
        anchored_months(nt, matches, find_months(nt, language), timed, months)
    if timed:  # "wife's 60th in two months" under "Appt 02 Nov 2024": January
        months_ahead(nt, matches, timed, months, lambda: stated_today(nt, find_months(nt, language), language)[1])
    soon = {meta.by_name.get("in_two_weeks", -1): 14, meta.by_name.get("next_week", -1): 7}
    nexts = [m for m in matches if m[2] == meta.next_month or m[2] in soon]
    if not nexts or not timed:
        return
    mentions = find_months(nt, language)
    today: list = []  # (mention said as today's date, (month, day)), found once when needed
    for n_start, n_end, concept, _ in nexts:
        days = soon.get(concept, 0)
        glossed = None if days else next((m for m in mentions if m.start >= n_end and _glossed(nt, n_end, m)
                                          and not said_now(nt, m)), None)  # not "next month (on est en février)"
        now = next((m for m in mentions if abs(m.start - n_end) <= 30 and said_now(nt, m)), None) if glossed is None else None
        stated = (now.month, now.day) if now is not None else None
        if glossed is None and now is None:
            if not today:
                today.append(stated_today(nt, mentions, language))
            now, stated = today[0]
        if glossed is None and stated is None:
            continue
        lo, hi = _sentence_of(nt, n_start, n_end)
        inside = [i for i in timed if lo <= nt.to_original(matches[i][0], matches[i][1])[0] < hi]
        if not inside:
            continue
        i = min(inside, key=lambda k: min(abs(matches[k][0] - n_end), abs(n_start - matches[k][1])))
        if glossed is not None:
            months.setdefault(i, glossed.month)
        elif days:
            if stated[1] is not None and months.get(i, stated[0]) == stated[0]:
                months[i] = stated[0] % 12 + 1 if stated[1] + days > 30 else stated[0]
        elif months.get(i, stated[0]) == stated[0]:
            months[i] = stated[0] % 12 + 1


# "This month" (folded), said of an occasion.
_THIS_MONTH_WORDS = tuple(fold(w) for w in (
    "this month", "ce mois-ci", "ce mois ci", "diesen monat", "in diesem monat", "questo mese", "este mes", "este mês",
    "deze maand", "в этом месяце", "этот месяц", "هذا الشهر", "الشهر هذا", "이번 달", "이번달", "今月", "这个月", "本月", "這個月",
))
_THIS_MONTH = Literals(_THIS_MONTH_WORDS)
_THIS_MONTH_AT = re.compile("|".join(re.escape(w) for w in sorted(set(_THIS_MONTH_WORDS), key=len, reverse=True)))


def _this_month(nt: NormalizedText, matches: list[AliasMatch], language: str | None, timed: Sequence[int],
                months: dict[int, int]) -> None:
    """Today's month, when the note states it, for the occasion nearest each "this month" in its sentence."""
    mentions = find_months(nt, language)
    stated = stated_today(nt, mentions, language)[1] if mentions or _NUMERIC_STEMS.any_in(nt.folded) else None
    if stated is None:
        return
    for phrase in _THIS_MONTH_AT.finditer(nt.folded):
        lo, hi = _sentence_of(nt, phrase.start(), phrase.end())
        inside = [i for i in timed if lo <= nt.to_original(matches[i][0], matches[i][1])[0] < hi]
        if inside:
            i = min(inside, key=lambda k: min(abs(matches[k][0] - phrase.end()), abs(phrase.start() - matches[k][1])))
            months[i] = stated[0]


_NUMERIC_STEMS = Literals(("today", "oggi", "hoy", "heute", "aujourd", "hoje", "vandaag", "сегодня", "اليوم", "今日", "今天", "오늘"))
