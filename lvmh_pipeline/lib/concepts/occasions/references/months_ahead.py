"""An occasion "in N months" from the note's own date: "wife's 60th in three months" in a note headed
"Appt 3 Feb 2025" is in May; "Jubiläum in zwei Monaten", "dans trois mois", "dentro de dos meses", "tra due mesi",
"daqui a dois meses", "over 2 maanden", "через три месяца", "بعد شهرين", "3ヶ月後", "두 달 후", "三个月后", and "the
following month" ("no mês seguinte", "le mois suivant") as one month.

The note's date is today's as :func:`.stated_today` finds it (a dated heading, a visit field, "today is ..."); without
one the occasion keeps no month (the writers' convention: a relative month is computed from a written date only).
The occasion is the nearest one with a movable date in the phrase's sentence, and only when it has no month of its
own or the month the attachment gave it is today's (the heading's month read as the occasion's).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from lvmh_pipeline.lib.common.text import NormalizedText
from lvmh_pipeline.lib.concepts.matcher import AliasMatch

__all__ = ["MONTHS_AHEAD", "months_ahead"]

# Small counts of months, in digits or in words (lower-cased original text: the folded text turns digits to 0).
_COUNTS: dict[str, int] = {
    **dict.fromkeys(("one", "a", "un", "une", "ein", "einem", "uno", "um", "een", "один", "одного", "واحد", "1"), 1),
    **dict.fromkeys(("two", "deux", "zwei", "dos", "due", "dois", "twee", "два", "двух", "2", "두", "二", "两", "兩"), 2),
    **dict.fromkeys(("three", "trois", "drei", "tres", "tre", "três", "drie", "три", "трех", "трёх", "3", "세", "三"), 3),
    **dict.fromkeys(("four", "quatre", "vier", "cuatro", "quattro", "quatro", "четыре", "4", "네", "四"), 4),
    **dict.fromkeys(("five", "cinq", "fünf", "cinco", "cinque", "vijf", "пять", "5", "다섯", "五"), 5),
    **dict.fromkeys(("six", "sechs", "seis", "sei", "zes", "шесть", "6", "여섯", "六"), 6),
}
_N = r"(?P<n>\d|[^\W\d_]{1,9})"
# "in N months" said before the count (folded text).
_AHEAD = re.compile(
    r"(?:(?<![^\W_])(?:in|dans|en|dentro de|tra|fra|daqui a|over|через|binnen)\s+" + _N +
    r"\s+(?:months?|mois|monaten?|meses|mesi|maanden|месяца|месяцев|месяц)(?![^\W_]))|"
    r"(?:(?<![^\W_])" + _N.replace("n>", "m>") + r"\s+months?\s+(?:from now|later|away))|"
    r"(?:بعد\s+(?:(?P<ar>شهرين)|(?P<arn>ثلاثة|أربعة|خمسة|ستة|ثلاث|اربعة)\s+(?:أشهر|اشهر|شهور)|شهر))|"
    r"(?:(?P<cjk>\d|[二两兩三四五六]|두|세|네|다섯|여섯)\s*(?:ヶ月|か月|カ月|ケ月|个月|個月|개월|달)\s*(?:後|后|之后|以后|뒤|후|이후))"
)
# "The following month", said of the occasion: one month after the note's date.
_FOLLOWING = re.compile(r"(?<![^\W_])(?:mês seguinte|mois suivant|following month|mes siguiente|mese successivo|"
                        r"folgenden monat|volgende maand|следующем месяце|следующий месяц)(?![^\W_])")
# A word every phrase above holds: the regexes run only on a note that has one.
_MONTH_WORDS = ("month", "mois", "monat", "mes", "mês", "maand", "месяц", "شهر", "ヶ月", "か月", "カ月", "ケ月", "个月", "個月", "개월",
                "달")
_ARABIC_COUNTS = {"ثلاثة": 3, "ثلاث": 3, "أربعة": 4, "اربعة": 4, "خمسة": 5, "ستة": 6}
_SENTENCE = re.compile(r"[.;!?\n。！？；]")
MONTHS_AHEAD = _AHEAD


def _count(found: re.Match[str]) -> int | None:
    groups = found.groupdict()
    if groups.get("ar"):
        return 2
    if groups.get("arn"):
        return _ARABIC_COUNTS.get(groups["arn"])
    word = groups.get("n") or groups.get("m") or groups.get("cjk")
    if word is None:
        return 1  # "بعد شهر": in a month
    return _COUNTS.get(word)


def months_ahead(
    nt: NormalizedText, matches: list[AliasMatch], timed: Sequence[int], months: dict[int, int],
    today: Callable[[], tuple[int, int | None] | None],
) -> None:
    """Set in ``months`` the month "N months" after ``today()`` (the note's (month, day), asked only when a phrase is
    found) of the nearest occasion among the ``timed`` match indices in each phrase's sentence (see the module)."""
    if not timed:
        return
    text = nt.original.lower()
    if len(text) != len(nt.original) or not any(word in text for word in _MONTH_WORDS):
        return
    hits = [(h.start(), h.end(), _count(h)) for h in _AHEAD.finditer(text)]
    hits += [(h.start(), h.end(), 1) for h in _FOLLOWING.finditer(text)]
    hits = [h for h in hits if h[2]]
    if not hits:
        return
    stated = today()
    if stated is None:
        return
    for start, end, count in hits:
        lo = max((m.end() for m in _SENTENCE.finditer(text, 0, start)), default=0)
        stop = _SENTENCE.search(text, end)
        hi = stop.start() if stop else len(text)
        spans = {i: nt.to_original(matches[i][0], matches[i][1]) for i in timed}
        inside = [i for i in timed if lo <= spans[i][0] < hi]
        if not inside:
            continue
        i = min(inside, key=lambda k: min(abs(spans[k][0] - end), abs(start - spans[k][1])))
        if months.get(i, stated[0]) == stated[0]:
            months[i] = (stated[0] - 1 + count) % 12 + 1
