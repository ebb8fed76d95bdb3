"""Today's date as a note states it, which dates "next month" and "in two weeks" said elsewhere in the note:

- a word for "today" or "now" before a month, perhaps with the day in digits or words between ("today's the
  third of October", "hoje é dez de novembro", "اليوم عشرة مارس", "오늘이 2월 20일", "(today 12 Aug)"), "we are in"
  before it ("on est en février", "siamo a marzo", "estamos en abril") or "now" right after it ("we're in May now");
- a word for "today" before a numeric day and month ("oggi 20/10", "hoy 12/04", "today 3.11.", "今日 4/12": month
  first in JA/ZH/KO);
- the note's own date in its heading: a note word before a month ("Notiz vom zwanzigsten Mai", "Note du 3 mars")
  or a numeric day and month opening the note ("ملاحظة ١٥/٥:", "Notiz 03.11.:", "12/03 — ...": day first, month
  first in JA/ZH/KO);
- a full date with its year heading the note ("Appt 02 Nov 2024 /", "Rio, 25/05/2025 –", "2025年1月20日来店",
  "방문 2025.02.03."): day, month, year, or year first (:func:`dated_heading`);
- a visit-date field on a line of its own ("방문일: 3/15", "Visit: 14/03", "来店：3/8", "Визит 21.09"): the visit is the
  note's day (:func:`visit_field`).

:func:`said_now` tests one month mention; :func:`stated_today` finds the note's (month, day or None).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lvmh_pipeline.lib.common.regex_gates import RegexGate
from lvmh_pipeline.lib.common.text import NormalizedText, fold
from lvmh_pipeline.lib.concepts.budgets.numbers.words import is_number_word
from lvmh_pipeline.lib.concepts.occasions.mentions import MonthMention

__all__ = ["dated_heading", "said_now", "stated_today", "visit_field"]

_NOW = frozenset(fold(w) for w in (
    "today now currently aujourd hui actuellement maintenant heute jetzt derzeit oggi ora adesso attualmente hoy ahora "
    "actualmente hoje agora atualmente vandaag nu momenteel сегодня сейчас اليوم الآن الان حاليا"
).split())
# Words that head a note with its own date ("Notiz vom zwanzigsten Mai", "Nota del 5 maggio").
_NOTE_WORDS = frozenset(fold(w) for w in "note notiz nota notitie notizia заметка запись ملاحظة".split())
# A visit's or an appointment's heading dates the note too ("Appt Tue 14 Oct.", "RDV du 3 mars", "زيارة ٣ أبريل"),
# only as the note's first word: elsewhere the word dates the next appointment ("nächster Termin am 3. Oktober").
_VISIT_WORDS = frozenset(fold(w) for w in (
    "appt appointment visit rdv rendez vous termin besuch visita cita visite bezoek afspraak визит встреча زيارة موعد"
).split())
_FIRST_WORD = re.compile(r"[\W_]*([^\W_]+)")
# Weekdays between a heading word and its date ("Appt Tue 14 Oct", "Visite mardi 3 mars").
_WEEKDAYS = frozenset(fold(w) for w in (
    "mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday saturday sunday "
    "lun mar mer jeu ven sam dim lundi mardi mercredi jeudi vendredi samedi dimanche mo di mi do fr sa so montag "
    "dienstag mittwoch donnerstag freitag samstag sonntag lunedi martedi mercoledi giovedi venerdi sabato domenica "
    "lunes martes miercoles jueves viernes sabado domingo segunda terca quarta quinta sexta maandag dinsdag woensdag "
    "donderdag vrijdag zaterdag zondag"
).split())
_DENSE_NOW = ("今天", "现在", "現在", "今日", "目前", "오늘", "지금", "현재")
_DENSE_NOW_BARE = ("今", "今は", "今が")  # "now" right before the month ("今九月なので"; not "今年九月")
# "We are in" before the month ("on est en février", "we're in May", "siamo a marzo"; folded words, the last ones
# before the month) and "now" right after it ("we're in May now", "estamos en mayo ahora").
_WE_ARE_IN = frozenset(tuple(fold(w).split()) for w in (
    "on est en|nous sommes en|we re in|we are in|were in|siamo a|siamo in|estamos en|estamos em|wir sind im|wir haben|"
    "we zijn in|we zitten in|het is nu|nu is het|мы в|у нас"
).split("|"))
_NOW_AFTER = frozenset(fold(w) for w in "now maintenant jetzt ora adesso ahora agora nu сейчас الحين الآن".split())
# A "today" word before a numeric day and month ("oggi 20/10", "hoy 12/04", "today: 3.11.").
_NUMERIC_TODAY = re.compile(
    r"(?<![^\W\d_])(?:today|oggi|hoy|heute|aujourd'hui|aujourd’hui|hoje|vandaag|сегодня|اليوم|今日|今天|오늘)"
    r"(?:\s*(?:is|è|e|es|ist|est|é|is het|:|,))?\s*(?P<a>[0-9٠-٩]{1,2})\s*[./]\s*(?P<b>[0-9٠-٩]{1,2})(?![0-9٠-٩])",
    re.IGNORECASE,
)
_NUMERIC_TODAY_GATE = RegexGate(_NUMERIC_TODAY)
# Words between the "today" word and the month: the day and the words that say it ("the third of", "é dez de").
_DAY_FILLERS = frozenset(fold(w) for w in (
    "the of s is it its it's de du le la el del di il dei am den dem vom von op van на от е é es est ist e è "
    "this ce este questo dit was"
).split())
_ORDINAL_DAY = re.compile(r"(?:\d{1,2}(?:st|nd|rd|th|e|er|ème|º|ª|\.)?|first|second|third|[a-z]+(?:teenth|tieth|th)|"
                          r"premier|première|primo|primero|[a-zäöü]+(?:ten|sten)|[a-zа-я]+(?:ого|его))")
_LEAD_CHARS = 40
_HEADING = re.compile(
    r"\s*(?:[^\W\d_]{2,12}\.?\s*)?(?:du|vom|del|de|dd\.?|от|van)?\s*"
    r"(?P<a>[0-9٠-٩]{1,2})\s*[./]\s*(?P<b>[0-9٠-٩]{1,2})\.?(?:\s*[./]\s*[0-9٠-٩]{2,4})?\s*[:：)—–-]"
)
_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
_DENSE_LANGS = frozenset({"JA", "ZH", "KO"})


def _lead_words(nt: NormalizedText, mention: MonthMention) -> list[str]:
    o_start = nt.to_original(mention.start, mention.start)[0]
    lead = nt.original[max(0, o_start - _LEAD_CHARS) : o_start]
    cut = max(lead.rfind(c) for c in ".;!?\n,،")
    words = re.findall(r"[^\W_]+", (lead[cut + 1 :] if cut >= 0 else lead).lower())
    while words and (fold(words[-1]) in _DAY_FILLERS or is_number_word(words[-1]) or _ORDINAL_DAY.fullmatch(words[-1])):
        words.pop()
    if len(words) >= 2 and fold(words[-1]) in _WEEKDAYS and fold(words[-2]) in _NOTE_WORDS | _VISIT_WORDS:
        words.pop()  # "Appt Tue 14 Oct"
    return [fold(w) for w in words]


def said_now(nt: NormalizedText, mention: MonthMention) -> bool:
    """A word for "today" or "now" before ``mention`` (the day, in digits or words, may stand between)."""
    o_start = nt.to_original(mention.start, mention.start)[0]
    if any(word in nt.original[max(0, o_start - 14) : o_start] for word in _DENSE_NOW) \
            or nt.original[max(0, o_start - 2) : o_start].lstrip("、， ").endswith(_DENSE_NOW_BARE):
        return True  # "今九月なので十月", "今は三月"
    words = _lead_words(nt, mention)
    if words and (words[-1] in _NOW or words[-1][:1] == "و" and words[-1][1:] in _NOW):  # "واليوم": "and today"
        return True
    if any(tuple(words[-n:]) in _WE_ARE_IN for n in (2, 3, 4) if len(words) >= n):
        return True  # "on est en février", "we're in May"
    after = nt.folded[mention.end : mention.end + 12].split()[:1]
    # "we're in May now", "…, it's February now" (the clause holds nothing but the month before "now")
    return bool(after) and after[0] in _NOW_AFTER and (not words or len(words) >= 2 and tuple(words[-2:]) in _WE_ARE_IN | {("in",)})


def _heading_month(nt: NormalizedText, mentions: Sequence[MonthMention], language: str | None) -> tuple[int, int | None] | None:
    text = nt.original
    head = _HEADING.match(text, 0, 40)
    if head is not None:
        a, b = (int(head.group(g).translate(_ARABIC_DIGITS)) for g in ("a", "b"))
        day, month = (b, a) if (language or "").upper() in _DENSE_LANGS else (a, b)
        return (month, day) if 1 <= month <= 12 and 1 <= day <= 31 else None
    for mention in mentions:
        if mention.start > 60:
            break
        words = _lead_words(nt, mention)
        if words and (words[-1] in _NOTE_WORDS or words[-1] in _VISIT_WORDS and _opens_note(nt.original)):
            return mention.month, mention.day
    return None


def _opens_note(text: str) -> bool:
    """Is the note's first word a visit or appointment word (its heading)?"""
    first = _FIRST_WORD.match(text)
    return first is not None and fold(first.group(1).lower()) in _VISIT_WORDS


def stated_today(
    nt: NormalizedText, mentions: Sequence[MonthMention], language: str | None
) -> tuple[MonthMention | None, tuple[int, int | None] | None]:
    """(the mention said as today's date, or None; today's (month, day) as the note states it, or None)."""
    for mention in mentions:
        if said_now(nt, mention):
            return mention, (mention.month, mention.day)
    return None, (_heading_month(nt, mentions, language) or numeric_today(nt, language) or visit_field(nt, language)
                  or dated_heading(nt, mentions))


def numeric_today(nt: NormalizedText, language: str | None) -> tuple[int, int | None] | None:
    """Today's (month, day) said with a "today" word before a numeric date ("oggi 20/10"), or None."""
    found = _NUMERIC_TODAY.search(nt.original) if _NUMERIC_TODAY_GATE.open(nt.folded) else None
    if found is None:
        return None
    a, b = (int(found.group(g).translate(_ARABIC_DIGITS)) for g in ("a", "b"))
    day, month = (b, a) if (language or "").upper() in _DENSE_LANGS else (a, b)
    return (month, day) if 1 <= month <= 12 and 1 <= day <= 31 else None


# A visit-date field opening a line: its label, then a numeric day and month (month first in JA/ZH/KO).
_VISIT_FIELD = re.compile(
    r"(?:^|\n)[\s\-•*]*(?:visit(?: date)?|date of visit|visite|date de visite|besuch|besuchsdatum|bezoek|visita|fecha de visita|"
    r"data da visita|data visita|визит|дата визита|زيارة|تاريخ الزيارة|방문일|방문 일자|방문|내점일|内店日|来店日?|来店|到店日?期?|到访)"
    r"\s*[:：]?\s*(?P<a>[0-9٠-٩]{1,2})\s*[./-]\s*(?P<b>[0-9٠-٩]{1,2})(?![0-9٠-٩])",
    re.IGNORECASE,
)


def visit_field(nt: NormalizedText, language: str | None) -> tuple[int, int | None] | None:
    """Today's (month, day) as a visit-date field gives it ("방문일: 3/15"), or None."""
    found = _VISIT_FIELD.search(nt.original)
    if found is None:
        return None
    a, b = (int(found.group(g).translate(_ARABIC_DIGITS)) for g in ("a", "b"))
    day, month = (b, a) if (language or "").upper() in _DENSE_LANGS else (a, b)
    return (month, day) if 1 <= month <= 12 and 1 <= day <= 31 else None


# A full date with its year near the note's start: year first (ISO order, "2025/02/10", "2024.11.08", "2025年1月20日")
# or day first ("28/09/2024", "15.07.2024", "20-01-2025").
_YEAR_FIRST = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}\s*(?:[./-]|年)\s*(?P<m>[0-9]{1,2})\s*(?:[./-]|月)\s*(?P<d>[0-9]{1,2})(?![0-9])")
_DAY_FIRST = re.compile(r"(?<![0-9])(?P<d>[0-9]{1,2})\s*[./-]\s*(?P<m>[0-9]{1,2})\s*[./-]\s*(?:19|20)[0-9]{2}(?![0-9])")
_YEAR_AFTER = re.compile(r"\W{0,3}(?:19|20)[0-9]{2}(?![0-9])")
_HEAD_CHARS = 40


def dated_heading(nt: NormalizedText, mentions: Sequence[MonthMention]) -> tuple[int, int | None] | None:
    """The (month, day) of a full date with its year that starts within the note's first characters, or None."""
    head = nt.original[: _HEAD_CHARS + 12].translate(_ARABIC_DIGITS)
    for pattern in (_YEAR_FIRST, _DAY_FIRST):
        found = pattern.search(head)
        if found is not None and found.start() <= _HEAD_CHARS:
            month, day = int(found.group("m")), int(found.group("d"))
            if 1 <= month <= 12 and 1 <= day <= 31:
                return month, day
    for mention in mentions:  # "Appt 02 Nov 2024": a month name with its day, then the year
        o_start, o_end = nt.to_original(mention.start, mention.end)
        if o_start > _HEAD_CHARS:
            break
        if mention.day is not None and _YEAR_AFTER.match(nt.original, o_end):
            return mention.month, mention.day
    return None
