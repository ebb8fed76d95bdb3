"""Today's date as a note states it, which dates "next month" and "in two weeks" said elsewhere in the note:

- a word for "today" or "now" before a month, perhaps with the day in digits or words between ("today's the
  third of October", "hoje é dez de novembro", "اليوم عشرة مارس", "오늘이 2월 20일", "(today 12 Aug)");
- the note's own date in its heading: a note word before a month ("Notiz vom zwanzigsten Mai", "Note du 3 mars")
  or a numeric day and month opening the note ("ملاحظة ١٥/٥:", "Notiz 03.11.:", "12/03 — ...": day first, month
  first in JA/ZH/KO).

:func:`said_now` tests one month mention; :func:`stated_today` finds the note's (month, day or None).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lvmh_pipeline.lib.common.text import NormalizedText, fold
from lvmh_pipeline.lib.concepts.budgets.numbers.words import is_number_word
from lvmh_pipeline.lib.concepts.occasions.mentions import MonthMention

__all__ = ["said_now", "stated_today"]

_NOW = frozenset(fold(w) for w in (
    "today now currently aujourd hui actuellement maintenant heute jetzt derzeit oggi ora adesso attualmente hoy ahora "
    "actualmente hoje agora atualmente vandaag nu momenteel сегодня сейчас اليوم الآن الان حاليا"
).split())
# Words that head a note with its own date ("Notiz vom zwanzigsten Mai", "Nota del 5 maggio").
_NOTE_WORDS = frozenset(fold(w) for w in "note notiz nota notitie notizia заметка запись ملاحظة".split())
_DENSE_NOW = ("今天", "现在", "現在", "今日", "目前", "오늘", "지금", "현재")
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
    return [fold(w) for w in words]


def said_now(nt: NormalizedText, mention: MonthMention) -> bool:
    """A word for "today" or "now" before ``mention`` (the day, in digits or words, may stand between)."""
    o_start = nt.to_original(mention.start, mention.start)[0]
    if any(word in nt.original[max(0, o_start - 14) : o_start] for word in _DENSE_NOW):
        return True
    words = _lead_words(nt, mention)
    return bool(words) and (words[-1] in _NOW or words[-1][:1] == "و" and words[-1][1:] in _NOW)  # "واليوم": "and today"


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
        if words and words[-1] in _NOTE_WORDS:
            return mention.month, mention.day
    return None


def stated_today(
    nt: NormalizedText, mentions: Sequence[MonthMention], language: str | None
) -> tuple[MonthMention | None, tuple[int, int | None] | None]:
    """(the mention said as today's date, or None; today's (month, day) as the note states it, or None)."""
    for mention in mentions:
        if said_now(nt, mention):
            return mention, (mention.month, mention.day)
    return None, _heading_month(nt, mentions, language)
