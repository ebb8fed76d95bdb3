"""A faith told by the hours it keeps (RELIGION), without its name.

Two such hours are the fact whatever words tell them:

- a fast kept until sunset: a word of fasting and a word of sunset or of the meal that breaks the
  fast in one sentence ("fasting these weeks, so after sundown only", "elle jeûne, rdv après le
  ftour", "صايم هالأيام، بعد المغرب", "白天不吃不喝，等太阳下山"), or a meal refused and a sunset in
  one clause ("won't eat before sunset this month", "日落前不吃东西");
- the hours kept in a month of fasting named as a season, with its sunset in the same clause
  ("В Рамадан не беспокоить до заката", "斋月期间日落后再联系"): the hours go, the month's name stays
  readable (a gift occasion);
- the Sabbath's hours: a Friday with its sunset, then a Saturday as the end of a range or an
  alternative ("not from Friday sundown till Saturday night", "del viernes al caer el sol hasta el
  sábado", "金曜の日没から土曜の夜まで").

The span runs from the first word of the pair to two words after the last, within its clause (in a
script without spaces, the run of letters up to the next clause mark); a pair in two clauses of its
sentence is two spans, the fast with its words up to its clause mark and the clause piece of the sunset
after its opening words ("ayuna, así que citas después del iftar": "así que" stays readable). A fast without a sunset
("fasting for a blood test", "jejum intermitente, come depois das quatro") and a sunset without a
fast or a Sabbath range ("Friday sunset drinks on the terrace") stay readable. The words are this
module's own lists, matched case-blind at word starts in alphabetic scripts (a word ending in ``*``
as a stem), anywhere in CJK, Hangul and Arabic.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.spans import PiiSpan
from lvmh_pipeline.lib.privacy.special.contexts.words import (
    CLAUSE_END, SENTENCE_END, clause_start, mentions_any, own_clause, tail_end, word_pattern,
)

__all__ = ["kept_hours"]

_WINDOW = 70  # characters at most between the two words of a pair
_FRIDAY_REACH = 25  # characters at most from a Friday to its sunset
_RANGE_REACH = 20  # characters at most from the sunset to the Saturday, in one clause
_TAIL = 40  # characters at most after the last word
_TAIL_WORDS = 3  # words at most after the last word ("hasta el sábado [por la noche]")

_FASTS = (
    "fasting", "fasts", "fasted", "jeûne", "jeûnent", "jeûner", "ayuna", "ayunan", "ayunando", "ayuno", "jejua",
    "jejuam", "jejuando", "digiuna", "digiunano", "digiuno", "fastet", "fasten", "fastend", "vasten", "vastend",
    "постится", "постятся", "держит пост", "соблюдает пост", "صايم", "صايمة", "صائم", "صائمة", "صيام", "يصوم",
    "تصوم", "断食", "不吃不喝", "斋戒", "封斋", "금식", "단식",
)
# a meal refused until the fast breaks ("won't eat before sunset", "ne mange pas avant le ftour"):
# a fast only with its sunset in the same clause ("doesn't eat pork, drinks after sunset" is not one)
_REFUSALS = (
    "won't eat", "doesn't eat", "does not eat", "not eating", "only eats", "ne mange pas", "ne mange rien",
    "no come", "não come", "non mangia", "isst nicht", "isst nichts", "eet niet", "не ест", "ничего не ест",
    "لا يأكل", "لا تأكل", "ما ياكل", "ما تاكل", "何も食べない", "不吃东西", "不吃饭", "안 드시",
)
# a month of fasting named as a season ("during Ramadan calls after sunset only"): with a sunset after it
# in its clause, the hours are the fast; the month itself stays readable (a gift occasion)
_HOLY_MONTHS = (
    "ramadan", "ramadán", "ramadã", "ramadão", "ramadhan", "ramazan", "holy month", "mois sacré", "mese sacro",
    "mes sagrado", "heiliger Monat", "heiligen Monat", "heilige maand", "Рамадан*", "Рамазан*", "священный месяц",
    "رمضان", "الشهر الفضيل", "الشهر الكريم", "ラマダン", "断食月", "라마단", "斋月", "齋月",
)
_SUNSETS = (
    "sundown", "sunset", "iftar", "maghrib", "coucher du soleil", "ftour", "f'tour", "puesta del sol",
    "se pone el sol", "caer el sol", "cae el sol", "pôr do sol", "pôr-do-sol", "tramonto", "Sonnenuntergang",
    "Fastenbrechen", "zonsondergang", "закат*", "ифтар*", "المغرب", "الفطور", "الإفطار", "الافطار", "日没",
    "日の入り", "日落", "太阳下山", "太陽下山", "일몰", "해가 지", "해 지", "해가 질", "해 질",
)
_FRIDAYS = ("friday*", "fri", "vendredi*", "viernes", "sexta", "sexta-feira", "venerdì", "freitag*", "vrijdag*",
            "пятниц*", "الجمعة", "金曜", "周五", "星期五", "禮拜五", "礼拜五", "금요일")
_SATURDAYS = ("saturday*", "sat", "samedi*", "sábado*", "sabato", "samstag*", "zaterdag*", "суббот*", "السبت",
              "土曜", "周六", "星期六", "禮拜六", "礼拜六", "토요일")
# the end of a range or an alternative between the Friday sunset and the Saturday
_RANGE = re.compile(
    r"(?<!\w)(?:until|till|to|through|or|hasta|al|a|jusqu'à|jusqu'au|au|ou|bis|oder|tot|of|до|или|até|fino a|o)"
    r"(?!\w)|まで|から|到|至|或|까지|부터|حتى|لين|أو|او", re.IGNORECASE)


_FAST = word_pattern(_FASTS)
_REFUSAL = word_pattern(_REFUSALS)
_HOLY_MONTH = word_pattern(_HOLY_MONTHS)
_NEXT_WORD = re.compile(r"[\W_]*")
_SUNSET = word_pattern(_SUNSETS)
_FRIDAY = word_pattern(_FRIDAYS)
_SATURDAY = word_pattern(_SATURDAYS)
# literal test before the expressions: every pair holds a sunset word
_GATE = tuple(sorted({w.rstrip("*").lower() for w in _SUNSETS}))


def kept_hours(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` (sorted, non-overlapping) with each fast kept until sunset and each Sabbath's
    hours as a RELIGION span, merged with the RELIGION spans it overlaps; one that would overlap a
    span of another category stays as it was."""
    if not mentions_any(text, _GATE):
        return spans
    sunsets = list(_SUNSET.finditer(text))
    out = list(spans)
    religion = [(s.start, s.end) for s in spans if s.kind == "RELIGION"]
    kept = _fasts(text, sunsets, religion) + _months(text, sunsets, religion) + _sabbaths(text, sunsets, religion)
    for start, end in kept:
        if any(s.kind != "RELIGION" and s.start < end and start < s.end for s in out):
            continue
        merged = [s for s in out if s.start < end and start < s.end]
        out = [s for s in out if s not in merged]
        out.append(PiiSpan(min([start] + [s.start for s in merged]), max([end] + [s.end for s in merged]), "RELIGION"))
    return sorted(out)


def _near(text: str, left: re.Match, right: re.Match, reach: int) -> bool:
    """``left`` ends before ``right`` starts, within ``reach`` characters, in one sentence."""
    return 0 <= right.start() - left.end() <= reach and not SENTENCE_END.search(text, left.end(), right.start())


def _fasts(text: str, sunsets: list[re.Match], religion: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of each word of fasting with a sunset in its sentence, either side (a meal
    refused, with a sunset in its clause); a fast already inside a RELIGION span is told ("fasts
    for Ramadan") and the hours after it stay readable ("fasts for Ramadan, appointments after
    sunset")."""
    found = []
    words = [(m, False) for m in _FAST.finditer(text)] + [(m, True) for m in _REFUSAL.finditer(text)] if sunsets else []
    for fast, refusal in words:
        if any(a <= fast.start() and fast.end() <= b for a, b in religion):
            continue
        for sunset in sunsets:
            first, last = (fast, sunset) if fast.start() < sunset.start() else (sunset, fast)
            split = refusal and CLAUSE_END.search(text, first.end(), last.start()) is not None
            if _near(text, first, last, _WINDOW) and not split:
                if CLAUSE_END.search(text, first.end(), last.start()):  # two clauses: the words between stay
                    found.append((first.start(), tail_end(text, first.end(), _TAIL, _TAIL_WORDS)))
                    found.append((own_clause(text, clause_start(text, [], last.start()), last.start()),
                                  tail_end(text, last.end(), _TAIL, _TAIL_WORDS)))
                else:
                    found.append((first.start(), tail_end(text, last.end(), _TAIL, _TAIL_WORDS)))
                break
    return found


# the preposition that dates an hour by the sunset ("after iftar", "après le ftour", "بعد المغرب")
_HOUR_LEAD = re.compile(
    r"(?<!\w)(?:after|past|until|till|before|après|avant|jusqu'à|nach|vor|bis|dopo|prima|fino a|después|antes|hasta|"
    r"depois|até|na|na de|после|до|بعد|قبل)[ \t]+(?:(?:the|le|la|l'|dem|der|del|de|do|da|il|lo|o|el)[ \t]+)?$",
    re.IGNORECASE)


def _months(text: str, sunsets: list[re.Match], religion: list[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """(start, end) of the hours kept in a month of fasting: from the word after the month's name to
    the sunset after it in its clause ("В Рамадан [не звонить до заката]", "durante el Ramadán [solo
    después de la puesta del sol]", "[断食月][の間は日没後のご来店]"); the name stays readable as the
    occasion it is (unless the lexicon took it), and a sunset in another clause is another matter
    ("Ramadan gift box, deliver before the sunset drinks", "observes Ramadan, appointments after sunset")."""
    found = []
    for month in _HOLY_MONTH.finditer(text) if sunsets else ():
        if text[month.end() : month.end() + 1] == "-":  # the first part of a compound ("Ramadan-Iftar-Dinner")
            continue
        sunset = next((s for s in sunsets if _near(text, month, s, _WINDOW)
                       and not CLAUSE_END.search(text, month.end(), s.start())), None)
        if sunset is None:
            continue
        lead = _HOUR_LEAD.search(text, max(0, sunset.start() - 16), sunset.start())
        if lead and any(a <= month.start() and month.end() <= b for a, b in religion):
            # the month is inside a told practice ("[Fasting for Ramadan] so appts after iftar pls"): the hour
            # is its own short fact, the sunset with the preposition that dates it ("after iftar")
            found.append((lead.start(), sunset.end()))
            continue
        start = _NEXT_WORD.match(text, month.end()).end()
        found.append((start, tail_end(text, sunset.end(), _TAIL, _TAIL_WORDS)))
    return found


def _other_clause(text: str, span: tuple[int, int], at: int) -> bool:
    """Is ``span`` in the sentence of ``at`` but in another clause?"""
    left, right = (span[1], at) if span[1] <= at else (at, span[0])
    return left <= right and not SENTENCE_END.search(text, left, right) and CLAUSE_END.search(text, left, right) is not None


def _sabbaths(text: str, sunsets: list[re.Match], religion: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of each Friday with its sunset followed, in the same clause, by a Saturday
    ending a range or an alternative; where the sentence names the faith in another clause ("they
    keep the Sabbath, so no appointments from Friday sunset or Saturday") the hours stay readable."""
    found = []
    for friday in _FRIDAY.finditer(text) if sunsets else ():
        if any(_other_clause(text, span, friday.start()) for span in religion):
            continue
        for sunset in sunsets:
            if not _near(text, friday, sunset, _FRIDAY_REACH):
                continue
            saturday = next((s for s in _SATURDAY.finditer(text, sunset.end()) if _near(text, sunset, s, _RANGE_REACH)), None)
            if saturday and _RANGE.search(text, sunset.end(), saturday.start()) and not CLAUSE_END.search(
                    text, sunset.end(), saturday.start()):
                found.append((friday.start(), tail_end(text, saturday.end(), _TAIL, _TAIL_WORDS)))
                break
    return found
