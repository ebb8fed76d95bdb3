"""Month mentions in notes ("fin mars", "in May", "Geburtstag April", "3月", "5월", "مايو",
"le 12/03", "am 31.12.", "2026-07-14") and their attachment to occasion hits.

Month names are matched on the folded text of the note's language (all languages when it is
unknown); JA/ZH/KO numeric months ("3月", "5월") on the original text. English "May" and
"March" count capitalised, or lowercase next to a day number or after a word that only
introduces a date ("in may", "end of march", "mid-may"), so the modal verb and the verb
"march" are not months. A day written with the month ("14. Februar", "12 марта", "March 8th",
"3月15日", "15 de março") is kept on the mention. Numeric dates are read only near the occasions
(``near`` spans): day first ("12/03", "31.12.", "12.03.2026"), month first in JA/ZH/KO and
when the day-first reading is impossible ("05/14"), ISO ``2026-07-14`` everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from operator import itemgetter
from typing import NamedTuple

from lvmh_pipeline.lib.concepts.matcher import PhraseFinder
from lvmh_pipeline.lib.common.text import NormalizedText, fold, is_word_char, to_folded

__all__ = ["MonthMention", "attach_months", "date_of", "find_months", "next_month_of"]

_NAMES: dict[str, tuple[str, ...]] = {
    "FR": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"),
    "EN": ("january", "february", "march", "april", "may", "june", "july", "august", "september|sept", "october", "november", "december"),
    "IT": ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"),
    "ES": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre|setiembre", "octubre", "noviembre", "diciembre"),
    "DE": ("januar|jänner", "februar|feber", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"),
    "PT": ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"),
    "NL": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"),
    "RU": (
        "январь|января|январе", "февраль|февраля|феврале", "март|марта|марте", "апрель|апреля|апреле",
        "май|мая|мае", "июнь|июня|июне", "июль|июля|июле", "август|августа|августе",
        "сентябрь|сентября|сентябре", "октябрь|октября|октябре", "ноябрь|ноября|ноябре", "декабрь|декабря|декабре",
    ),
    "AR": (  # Egyptian / Gulf, Levantine, and Maghrebi names ("شتنبر", "جويلية")
        "يناير|كانون الثاني|ينير|جانفي", "فبراير|شباط|فيفري", "مارس|آذار", "أبريل|ابريل|نيسان|أفريل|افريل",
        "مايو|أيار", "يونيو|يونيه|حزيران|جوان", "يوليو|يوليه|تموز|يوليوز|جويلية", "أغسطس|آب|غشت|أوت",
        "سبتمبر|أيلول|شتنبر", "أكتوبر|تشرين الأول|اكتوبر", "نوفمبر|تشرين الثاني|نونبر", "ديسمبر|كانون الأول|دجنبر",
    ),
}
# Abbreviated month names ("4 Sept", "due Oct", "(feb)", "Aug."), read only with a day number next
# to them, a dot or bracket after them or a lead word before them; those that are also words or
# names ("Jan", "mar", "out", "set") only with a day number.
_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "EN": ("jan", "feb", "mar", "apr", "", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
    "NL": ("jan", "feb", "mrt", "apr", "", "jun", "jul", "aug", "sep|sept", "okt", "nov", "dec"),
    "DE": ("jan", "feb", "mär|mrz", "apr", "", "jun", "jul", "aug", "sep|sept", "okt", "nov", "dez"),
    "FR": ("janv", "févr|fév", "", "avr", "", "", "juil", "", "", "oct", "nov", "déc"),
    "ES": ("ene", "feb", "mar", "abr", "", "jun", "jul", "ago", "sep|sept", "oct", "nov", "dic"),
    "IT": ("gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set|sett", "ott", "nov", "dic"),
    "PT": ("jan", "fev", "mar", "abr", "", "jun", "jul", "ago", "set", "out", "nov", "dez"),
}
_WORDLIKE_ABBREVIATIONS = frozenset({"jan", "mar", "ene", "gen", "mag", "set", "out", "ago"})
_ABBREVIATION_LEAD = frozenset(
    "in early mid late end by due until till before after around from since eind begin half medio tot voor "
    "fin debut avant mi ende anfang mitte bis vor fine inizio entro finales principios fim inicio".split()
)
_CAPITALISED_ONLY = frozenset({"may", "march"})
# Words after which a lowercase "may" / "march" is the month ("in may", "end of march").
_MONTH_LEAD = frozenset(
    "in early mid late end of beginning start by until till since from next last this before after around".split()
)
_CJK_NUMERALS = ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二")
_CJK_MONTH = re.compile(
    r"(?<![0-9０-９])(1[0-2]|0?[1-9]|１[０-２]|０?[１-９])\s?[月월](?!份?间)|"
    r"(十二|十一|十|一|二|三|四|五|六|七|八|九)月"
)
_CJK_DAY = re.compile(r"\s?([0-9０-９]{1,2})\s?[日일号號]")
# Korean months in Sino-Korean numerals ("시월", "유월에", "십이월"); not "이월" (also "carried over").
_HANGUL_MONTH = re.compile(r"(?<![가-힣])(십이|십일|일|삼|사|오|유|칠|팔|구|시)월")
_HANGUL_MONTHS = {"일": 1, "삼": 3, "사": 4, "오": 5, "유": 6, "칠": 7, "팔": 8, "구": 9, "시": 10, "십일": 11, "십이": 12}
_DENSE_LANGS = frozenset({"JA", "ZH", "KO"})
_ARABIC_NUMBERED_MONTH = re.compile(r"(?<![\w])(?:ب?شهر|ب?الشهر)\s*([0-9٠-٩]{1,2})(?![0-9٠-٩])")
_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
# A day before a month name: "14. Februar", "12 марта", "15 de março", "3rd of March", "le 1er mai".
_DAY_BEFORE = re.compile(r"(?<!\d)(\d{1,2})(?:\s*(?:\.|er|e|ème|th|st|nd|rd|º|°|-?го|-?е))?\s*(?:de\s+|of\s+|d')?$")
_DAY_AFTER = re.compile(r"\s*(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?(?!\d)")  # "March 8th"
# Numeric dates, validated in Python ("12/03", "31.12.", "2026-07-14").
_NUMERIC_DATE = re.compile(r"[0-9]{1,4}[./\-][0-9]{1,2}(?:[./\-][0-9]{1,4})?")
# Words that introduce a date ("le 2/11", "il 2/4", "am 3.5.", "on 5/6").
_DATE_LEAD = frozenset("le il el am on du au dal del al em op à en в к до с".split())
_DATE_HINT = re.compile(r"[0-9][./][0-9]{1,2}(?![0-9A-Za-z])|[0-9]-[0-9]{1,2}-[0-9]")
_NUMERIC_WINDOW_BEFORE = 40  # characters read before an occasion for a numeric date
_NUMERIC_WINDOW_AFTER = 75
_AFTER_WINDOW_WORDS = 6  # "anniversaire mari 50 ans fin mars"
_BEFORE_WINDOW_WORDS = 3  # "in May her wedding", "im August heiraten"
_OPENING_WINDOW_WORDS = 5  # "Im Mai feiert die Tochter ihren Geburtstag"
_DENSE_AFTER_CHARS = 12
_LIST_WINDOW_WORDS = 3  # words allowed between an occasion and its month across commas
_CLAUSE_WINDOW_WORDS = 10  # "anniversaire de son mari, grand amateur de montres, en avril"
_MONTH_CLAUSE_WORDS = 3  # words of the clause that holds the month ("en avril", "a fine ottobre")
_LEAD_WORDS = 2  # "In May, wedding of her son": words before a clause-opening month
_SENTENCE_BREAK = re.compile(r"[.;!?\n。！？；؛]")
_CLAUSE_BREAK = re.compile(r"[,:;()\[\]،、，：]|\s[-–—]\s")
_ANY_BREAK = re.compile(r"[.,:;!?\n()\[\]。！？；：、，؛؟،]")
_DENSE_BEFORE_CHARS = 8  # "3月に60歳の誕生日"
_COORDINATORS = frozenset("and or et ou und oder e o y i en of и или а &".split())


class MonthMention(NamedTuple):
    """A month (1..12) mentioned at folded span ``[start, end)``, with its day when written."""

    month: int
    start: int
    end: int
    day: int | None = None


@lru_cache(maxsize=32)
def _finder(language: str) -> PhraseFinder:
    """Month names of ``language`` (every language when unknown), valued (month, name)."""
    langs = [language] if language in _NAMES else list(_NAMES)
    names: dict[str, int] = {}
    for lang in langs:
        for month, spellings in enumerate(_NAMES[lang], start=1):
            for name in spellings.split("|"):
                names.setdefault(name, month)
    if language in _ABBREVIATIONS:
        for month, spellings in enumerate(_ABBREVIATIONS[language], start=1):
            for name in filter(None, spellings.split("|")):
                names.setdefault(name, month)
    return PhraseFinder(names, [(month, fold(name)) for name, month in names.items()], bounded=True)


def _previous_word(folded: str, start: int) -> str:
    head = folded[max(0, start - 20) : start].split()
    return head[-1] if head else ""


def _next_word(folded: str, end: int) -> str:
    tail = folded[end : end + 12].split()
    return tail[0] if tail else ""


def _named(nt: NormalizedText, month: int, start: int, end: int) -> MonthMention:
    """The mention of a month name, with the day written next to it ("14. Februar", "March
    8th"); a day before the name is part of the mention ("am 14. Februar", "the 3rd of march")."""
    o_start, o_end = nt.to_original(start, end)
    before = _DAY_BEFORE.search(nt.original, max(0, o_start - 14), o_start)
    if before is not None:
        day = int(before.group(1))
        if 1 <= day <= 31:
            return MonthMention(month, to_folded(nt, before.start()), end, day)
    after = _DAY_AFTER.match(nt.original, o_end, o_end + 10)
    day = int(after.group(1)) if after is not None else 0
    return MonthMention(month, start, end, day if 1 <= day <= 31 else None)


@lru_cache(maxsize=16)
def _abbreviated(language: str) -> frozenset[str]:
    return frozenset(fold(n) for spellings in _ABBREVIATIONS.get(language, ()) for n in spellings.split("|") if n)


def _abbreviation(nt: NormalizedText, month: int, start: int, end: int, name: str) -> MonthMention | None:
    """The mention of an abbreviated month ("18 Nov", "Sept 4", "due Oct", "(feb)", "Aug."), or
    None when nothing around it says it is one."""
    mention = _named(nt, month, start, end)
    if mention.day is not None:
        return mention
    if name in _WORDLIKE_ABBREVIATIONS:
        return None
    o_start, o_end = nt.to_original(start, end)
    text = nt.original
    if text[o_end : o_end + 1] in (".", ")") or text[o_start - 1 : o_start] == "(":
        return mention
    return mention if _previous_word(nt.folded, start) in _ABBREVIATION_LEAD else None


def _numeric_dates(nt: NormalizedText, lang: str, start: int, end: int, ends: Sequence[int] = ()) -> list[MonthMention]:
    """Numeric dates in the original text between ``start`` and ``end`` (original offsets);
    ``ends``: original ends of the occasions, a date right after one is a date even in one-digit
    parts ("70th 2/8", "결혼 6/8")."""
    text = nt.original
    found = []
    for match in _NUMERIC_DATE.finditer(text, start, end):
        m_start, m_end = match.span()
        before = text[m_start - 1] if m_start > 0 else " "
        if is_word_char(before) or (before in "./,-" and m_start > 1 and text[m_start - 2].isdigit()):
            continue
        after = text[m_end] if m_end < len(text) else " "
        if is_word_char(after) or (after in "./,-:" and m_end + 1 < len(text) and text[m_end + 1].isdigit()):
            continue
        raw = match.group()
        separator = next(c for c in raw if c in "./-")
        parts = raw.split(separator)
        if len(parts) != raw.count(separator) + 1 or any(not p for p in parts):
            continue  # mixed separators
        lead = text[max(0, m_start - 8) : m_start].split()
        dated = bool(lead) and lead[-1].lower() in _DATE_LEAD or any(
            0 <= m_start - e <= 2 and not text[e:m_start].strip() for e in ends
        )
        date = _read_date(parts, separator, after == ".", lang, dated)
        if date is not None:
            month, day = date
            found.append(MonthMention(month, to_folded(nt, m_start), to_folded(nt, m_end), day))
    return found


def _has_numeric_date(nt: NormalizedText, lo: int, hi: int) -> bool:
    """Whether folded ``[lo, hi)`` may hold a numeric date: two numbers joined by "/", "."
    or "-" whose second one has at most two digits ("12/03", "31.12.", "2026-07-14"; not
    "3.400", "3-4K"). Folded digits are "0" and separators spaces: a quick scan for "0 0"
    first (a regex over every window would cost more than the rest of month finding)."""
    folded, text = nt.folded, nt.original
    size = len(folded)
    position = folded.find("0 0", lo, hi)
    while position != -1:
        after = position + 3
        if after < size and folded[after] == "0":
            after += 1
        if after >= size or not is_word_char(folded[after]):
            separator = position + 1 if nt.starts is None else nt.to_original(position + 1, position + 2)[0]
            if text[separator] in "./-":
                o_lo, o_hi = nt.to_original(lo, min(hi, size))
                return _DATE_HINT.search(text, o_lo, o_hi) is not None
        position = folded.find("0 0", position + 1, hi)
    return False


def _read_date(parts: list[str], separator: str, dotted: bool, lang: str, dated: bool = False) -> tuple[int, int] | None:
    """(month, day) of a numeric date split on its separator, or None when it is not one.
    ``dated``: an article or preposition that introduces dates precedes it ("le 2/11")."""
    if len(parts) == 3:
        if len(parts[0]) == 4:
            year, first, second = parts[0], parts[1], parts[2]  # ISO / East Asian year first
            month, day = int(first), int(second)
            return (month, day) if 1 <= month <= 12 and 1 <= day <= 31 and year[:2] in ("19", "20") else None
        if len(parts[2]) not in (2, 4) or len(parts[0]) > 2:
            return None
    elif len(parts) != 2 or separator == "-":
        return None  # "3-4K": a range, not a date
    elif separator == "." and not (len(parts[0]) == 2 and len(parts[1]) == 2) and not dotted and (
        lang != "KO" or len(parts[1]) != 2
    ):
        return None  # "3.5K", "2.5 carats" (Korean "3.15" is March 15)
    elif separator == "/" and len(parts[0]) == 1 and len(parts[1]) == 1 and not dated:
        return None  # "2/3": a fraction or a size; "le 2/11", "il 2/4" are dates
    a, b = int(parts[0]), int(parts[1])
    if separator == "." and lang == "KO":
        readings = ((a, b),)  # "생신 3.15", "12.25": month first
    elif separator == ".":
        readings = ((b, a),)  # dotted dates are day first everywhere ("31.12."); "10.30" is a time
    elif lang in _DENSE_LANGS:
        readings = ((a, b), (b, a))
    else:
        readings = ((b, a), (a, b))  # "12/03" day first; "05/14" month first (US)
    for month, day in readings:
        if 1 <= month <= 12 and 1 <= day <= 31:
            return month, day
    return None


def find_months(
    nt: NormalizedText, language: str | None, near: Sequence[tuple[int, int]] = ()
) -> list[MonthMention]:
    """Every month name (or CJK numeric month) in the note, and the numeric dates near the
    folded spans ``near``, folded coordinates, in text order."""
    lang = (language or "").upper()
    found: list[MonthMention] = []
    folded = nt.folded
    if lang not in _DENSE_LANGS:
        abbreviations = _abbreviated(lang)
        for start, end, (month, name) in _finder(lang).find(folded):
            if name in abbreviations:
                mention = _abbreviation(nt, month, start, end, name)
                if mention is not None:
                    found.append(mention)
                continue
            if name in _CAPITALISED_ONLY and not nt.original[nt.to_original(start, end)[0]].isupper():
                previous = _previous_word(folded, start)
                if previous not in _MONTH_LEAD and not previous.isdigit() and not _next_word(folded, end).isdigit():
                    continue
            if folded.find("0", max(0, start - 8), end + 4) != -1:  # a day next to it
                found.append(_named(nt, month, start, end))
            else:
                found.append(MonthMention(month, start, end))
    if lang in _DENSE_LANGS or lang not in _NAMES:
        for match in _CJK_MONTH.finditer(nt.original):
            if match.group(1):
                month = int(match.group(1).translate(_FULLWIDTH_DIGITS))
            else:
                month = _CJK_NUMERALS.index(match.group(2)) + 1
            day_match = _CJK_DAY.match(nt.original, match.end())
            day = int(day_match.group(1).translate(_FULLWIDTH_DIGITS)) if day_match else None
            found.append(MonthMention(month, to_folded(nt, match.start()), to_folded(nt, match.end()), day))
    if lang == "AR" and "شهر" in nt.original:  # "في شهر ١٠", "شهر 3": the month by its number
        for match in _ARABIC_NUMBERED_MONTH.finditer(nt.original):
            month = int(match.group(1).translate(_ARABIC_DIGITS))
            if 1 <= month <= 12:
                found.append(MonthMention(month, to_folded(nt, match.start()), to_folded(nt, match.end())))
        found.sort(key=_START)
    if lang in ("KO", "") or lang not in _NAMES:
        for match in _HANGUL_MONTH.finditer(nt.original):
            found.append(MonthMention(_HANGUL_MONTHS[match.group(1)], to_folded(nt, match.start()), to_folded(nt, match.end())))
    if near:
        windows: list[tuple[int, int]] = []
        ends: list[int] = []
        for start, end in near:
            lo, hi = max(0, start - _NUMERIC_WINDOW_BEFORE), end + _NUMERIC_WINDOW_AFTER
            # a numeric date folds to "00 00": most windows have none
            if folded.find("0 0", lo, hi) != -1 and _has_numeric_date(nt, lo, hi):
                windows.append((lo, hi))
                ends.append(nt.to_original(start, end)[1])
        if windows:
            taken = {(m.start, m.end) for m in found}
            seen: set[tuple[int, int]] = set()
            for lo, hi in windows:
                o_lo, o_hi = nt.to_original(lo, min(hi, len(folded)))
                for m in _numeric_dates(nt, lang, o_lo, o_hi, ends):
                    if (m.start, m.end) not in taken and (m.start, m.end) not in seen:
                        seen.add((m.start, m.end))
                        found.append(m)
            found.sort(key=_START)
            return found
    if lang not in _NAMES and lang not in _DENSE_LANGS:
        found.sort(key=_START)  # names and CJK months of a note in an unknown language
    return found


_START = itemgetter(1)


@lru_cache(maxsize=1)
def _month_of_name() -> dict[str, int]:
    """Folded month name (every language) -> month."""
    return {fold(name): month for spellings in _NAMES.values() for month, names in enumerate(spellings, start=1)
            for name in names.split("|")}


_DIGITS = re.compile(r"\d{1,2}")


def date_of(text: str) -> tuple[int, int] | None:
    """(month, day) of a short written date: "8 марта", "14. Februar", "March 8th", "3月8日",
    "2월 14일", "٨ مارس"; None when it is not one."""
    numbers = [int(n) for n in _DIGITS.findall(text)]
    cjk = _CJK_MONTH.search(text)
    if cjk is not None and len(numbers) == 2:
        month, day = numbers
    else:
        names = _month_of_name()
        month = next((names[w] for w in fold(text).split() if w in names), 0)
        day = numbers[0] if len(numbers) == 1 else 0
    return (month, day) if 1 <= month <= 12 and 1 <= day <= 31 else None


def next_month_of(note_month: int) -> int:
    """The month after ``note_month`` (December wraps to January)."""
    return note_month % 12 + 1


def _words(text: str) -> int:
    return len(text.split())


def _ordinal_dot(text: str, i: int) -> bool:
    """A German ordinal or date dot ("seinen 60. Geburtstag", "am 14. Februar"): after a
    number of one or two digits, before a space."""
    j = i
    while j > 0 and text[j - 1].isdigit():
        j -= 1
    return 1 <= i - j <= 2 and (j == 0 or text[j - 1] not in ".,") and i + 1 < len(text) and text[i + 1].isspace()


def _breaks(nt: NormalizedText, start: int, end: int, pattern: re.Pattern[str], lang: str) -> bool:
    if end <= start:
        return False
    o_start, o_end = nt.to_original(start, end)
    text = nt.original
    for match in pattern.finditer(text, o_start, o_end):
        if lang == "DE" and match.group() == "." and _ordinal_dot(text, match.start()):
            continue
        return True
    return False


def _has_sentence_break(nt: NormalizedText, start: int, end: int, lang: str = "") -> bool:
    return _breaks(nt, start, end, _SENTENCE_BREAK, lang)


def _same_clause(nt: NormalizedText, start: int, end: int, lang: str = "") -> bool:
    """No clause punctuation under folded ``[start, end)`` (German ordinal dots excepted)."""
    return not _breaks(nt, start, end, _ANY_BREAK, lang)


def _last_clause_break(nt: NormalizedText, start: int, end: int) -> int | None:
    """Folded offset just after the last clause punctuation in folded ``[start, end)``."""
    if end <= start:
        return None
    o_start, o_end = nt.to_original(start, end)
    last = None
    for match in _CLAUSE_BREAK.finditer(nt.original, o_start, o_end):
        last = match.end()
    return None if last is None else to_folded(nt, last)


def _inside(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Whether one of ``spans`` lies within folded ``[start, end)``."""
    return any(start <= s and e <= end for s, e in spans)


class _Context(NamedTuple):
    nt: NormalizedText
    lang: str
    dense: bool
    occasions: Sequence[tuple[int, int]]
    others: Callable[[], Sequence[tuple[int, int]]]


def _after_ok(ctx: _Context, end: int, mention: MonthMention, own: int) -> bool:
    """May the month after an occasion ending at ``end`` be its month?"""
    nt = ctx.nt
    gap = nt.folded[end : mention.start]
    if ctx.dense:
        if len(gap) > _DENSE_AFTER_CHARS:
            return False
        words = 0
    else:
        words = len(gap.split())
        if words > _CLAUSE_WINDOW_WORDS:
            return False
    same = _same_clause(nt, end, mention.start, ctx.lang)
    if not same and _has_sentence_break(nt, end, mention.start, ctx.lang):
        return False
    if len(ctx.occasions) > 1:
        for k, (s, e) in enumerate(ctx.occasions):
            if k != own and end <= s and e <= mention.start:
                # "birthday and anniversary in June" share it; "Anniversaire fils, mariage fille juin" does not
                if not all(w in _COORDINATORS for w in nt.folded[end:s].split()) or not _same_clause(nt, end, s, ctx.lang):
                    return False
                break
    if ctx.dense:
        return same or _words(gap) <= _LIST_WINDOW_WORDS
    if same:
        return words <= _AFTER_WINDOW_WORDS
    if words <= _LIST_WINDOW_WORDS:
        return True  # a short list: "день рождения, муж, месяц: июль"
    # a short clause in between: "anniversaire de son mari, grand amateur de montres, en avril"
    clause_start = _last_clause_break(nt, end, mention.start)
    if clause_start is None:
        return False
    return _words(nt.folded[clause_start : mention.start]) <= _MONTH_CLAUSE_WORDS - 1 and not _inside(
        ctx.others(), clause_start, mention.start
    )


def _before_ok(ctx: _Context, start: int, mention: MonthMention, own: int) -> bool:
    """May the month before an occasion starting at ``start`` be its month?"""
    nt = ctx.nt
    if _inside([o for k, o in enumerate(ctx.occasions) if k != own], mention.end, start):
        return False
    gap = nt.folded[mention.end : start]
    if ctx.dense:
        return len(gap) <= _DENSE_BEFORE_CHARS and _same_clause(nt, mention.end, start)
    if _same_clause(nt, mention.end, start, ctx.lang):
        limit = _OPENING_WINDOW_WORDS if _opens_sentence(nt, mention) else _BEFORE_WINDOW_WORDS
        return _words(gap) <= limit and not _follows_other(ctx, mention)
    # a clause opened by the month: "In May, wedding of her son", "En juin, mariage de son fils"
    if _has_sentence_break(nt, mention.end, start, ctx.lang) or _words(gap) > _BEFORE_WINDOW_WORDS + 1:
        return False
    o_end, o_start = nt.to_original(mention.end, start)
    between = nt.original[o_end:o_start]
    breaks = list(_CLAUSE_BREAK.finditer(between))
    if len(breaks) != 1 or between[: breaks[0].start()].strip():
        return False  # one comma, right after the month
    return _opens_sentence(nt, mention, clause=True)


def _follows_other(ctx: _Context, mention: MonthMention) -> bool:
    """The month right after another concept is that concept's ("Llamar septiembre siguiente
    aniversario": the call's month; "Japon mai anniversaire": the trip's)."""
    nt = ctx.nt
    for _, end in ctx.others():
        if end <= mention.start and len(nt.folded[end : mention.start].split()) <= 1 and _same_clause(
            nt, end, mention.start, ctx.lang
        ):
            return True
    return False


def _opens_sentence(nt: NormalizedText, mention: MonthMention, clause: bool = False) -> bool:
    """At most two words before the month in its sentence ("Im Mai", "In early May"), or in
    its clause when ``clause``."""
    o_lead, o_mention = nt.to_original(max(0, mention.start - 40), mention.start)
    lead = nt.original[o_lead:o_mention]
    cut = max(lead.rfind(c) for c in (".;!?\n,:" if clause else ".;!?\n"))
    if cut < 0 and o_lead > 0:
        return False
    return _words(fold(lead[cut + 1 :])) <= _LEAD_WORDS


def attach_months(
    nt: NormalizedText,
    spans: Sequence[tuple[int, int]],
    mentions: Sequence[MonthMention],
    language: str | None,
    others: Callable[[], Sequence[tuple[int, int]]] | Sequence[tuple[int, int]] = (),
) -> list[MonthMention | None]:
    """For each occasion span, the month mention that gives its month, or None.

    First the nearest mention after it: up to 6 words in the same clause (12 characters in
    JA/ZH/KO), 3 words across commas (a list), or a short clause of its own after one
    parenthetical clause ("anniversaire de son mari, grand amateur de montres, en avril"; the
    month's clause holds no other concept: "…, rappeler en mars" is the call's month); not
    past another occasion unless the two are coordinated ("birthday and anniversary in June").
    Then the nearest mention before it: up to 3 words in the same clause ("in May her
    wedding", "im August heiraten"; 8 characters in JA/ZH/KO), or a month that opens the
    sentence before a comma ("En juin, mariage de son fils"). A mention already taken as the
    month after an earlier occasion is not taken again as a month before. ``others``: spans of
    the note's other concept hits (or a function that returns them, called when needed).
    """
    cache: list[Sequence[tuple[int, int]]] = [] if callable(others) else [others]

    def other_spans() -> Sequence[tuple[int, int]]:
        if not cache:
            cache.append(others())  # type: ignore[operator]
        return cache[0]

    lang = language.upper() if language else ""
    ctx = tuple.__new__(_Context, (nt, lang, lang in _DENSE_LANGS, spans, other_spans))
    result: list[MonthMention | None] = []
    taken_after: set[int] = set()
    for own, (start, end) in enumerate(spans):
        chosen = None
        for k, mention in enumerate(mentions):
            if mention.start < end:
                continue
            if _after_ok(ctx, end, mention, own):
                chosen = mention
                taken_after.add(k)
            break
        if chosen is None:
            for k in range(len(mentions) - 1, -1, -1):
                mention = mentions[k]
                if mention.end > start:
                    continue
                if k not in taken_after and _before_ok(ctx, start, mention, own):
                    chosen = mention
                break
        result.append(chosen)
    return result
