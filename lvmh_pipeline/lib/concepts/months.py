"""Month mentions in notes ("fin mars", "in May", "Geburtstag April", "3月", "5월", "مايو")
and their attachment to occasion hits.

Month names are matched on the folded text of the note's language (all languages when it is
unknown); JA/ZH/KO numeric months ("3月", "5월") on the original text. English "May" and
"March" count only capitalised, so the modal verb and the verb "march" are not months.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from lvmh_pipeline.lib.concepts.matcher import PhraseFinder
from lvmh_pipeline.lib.common.text import NormalizedText, fold, same_clause, to_folded

__all__ = ["MonthMention", "attach_months", "find_months", "next_month_of"]

_NAMES: dict[str, tuple[str, ...]] = {
    "FR": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"),
    "EN": ("january", "february", "march", "april", "may", "june", "july", "august", "september|sept", "october", "november", "december"),
    "IT": ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"),
    "ES": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre|setiembre", "octubre", "noviembre", "diciembre"),
    "DE": ("januar|jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"),
    "PT": ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"),
    "NL": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"),
    "RU": (
        "январь|января|январе", "февраль|февраля|феврале", "март|марта|марте", "апрель|апреля|апреле",
        "май|мая|мае", "июнь|июня|июне", "июль|июля|июле", "август|августа|августе",
        "сентябрь|сентября|сентябре", "октябрь|октября|октябре", "ноябрь|ноября|ноябре", "декабрь|декабря|декабре",
    ),
    "AR": (
        "يناير|كانون الثاني", "فبراير|شباط", "مارس|آذار", "أبريل|ابريل|نيسان", "مايو|أيار", "يونيو|يونيه|حزيران",
        "يوليو|يوليه|تموز", "أغسطس|آب", "سبتمبر|أيلول", "أكتوبر|تشرين الأول", "نوفمبر|تشرين الثاني", "ديسمبر|كانون الأول",
    ),
}
_CAPITALISED_ONLY = frozenset({"may", "march"})
_CJK_NUMERALS = ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二")
_CJK_MONTH = re.compile(
    r"(?<![0-9０-９])(1[0-2]|0?[1-9]|１[０-２]|０?[１-９])\s?[月월](?!份?间)|"
    r"(十二|十一|十|一|二|三|四|五|六|七|八|九)月"
)
_DENSE_LANGS = frozenset({"JA", "ZH", "KO"})
_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_AFTER_WINDOW_WORDS = 6  # "anniversaire mari 50 ans fin mars"
_BEFORE_WINDOW_WORDS = 1
_DENSE_AFTER_CHARS = 12
_LIST_WINDOW_WORDS = 3  # words allowed between an occasion and its month across commas
_SENTENCE_BREAK = re.compile(r"[.;!?\n。！？；؛]")
_DENSE_BEFORE_CHARS = 4


class MonthMention(NamedTuple):
    """A month (1..12) mentioned at folded span ``[start, end)``."""

    month: int
    start: int
    end: int


@lru_cache(maxsize=32)
def _finder(language: str) -> PhraseFinder:
    """Month names of ``language`` (every language when unknown), valued (month, name)."""
    langs = [language] if language in _NAMES else list(_NAMES)
    names: dict[str, int] = {}
    for lang in langs:
        for month, spellings in enumerate(_NAMES[lang], start=1):
            for name in spellings.split("|"):
                names.setdefault(name, month)
    return PhraseFinder(names, [(month, fold(name)) for name, month in names.items()], bounded=True)


def find_months(nt: NormalizedText, language: str | None) -> list[MonthMention]:
    """Every month name (or CJK numeric month) in the note, folded coordinates."""
    lang = (language or "").upper()
    found: list[MonthMention] = []
    if lang not in _DENSE_LANGS:
        for start, end, (month, name) in _finder(lang).find(nt.folded):
            if name in _CAPITALISED_ONLY and not nt.original[nt.to_original(start, end)[0]].isupper():
                continue
            found.append(MonthMention(month, start, end))
    if lang in _DENSE_LANGS or lang not in _NAMES:
        for match in _CJK_MONTH.finditer(nt.original):
            if match.group(1):
                month = int(match.group(1).translate(_FULLWIDTH_DIGITS))
            else:
                month = _CJK_NUMERALS.index(match.group(2)) + 1
            found.append(MonthMention(month, to_folded(nt, match.start()), to_folded(nt, match.end())))
        found.sort(key=lambda m: m.start)
    return found


def next_month_of(note_month: int) -> int:
    """The month after ``note_month`` (December wraps to January)."""
    return note_month % 12 + 1


def _words(text: str) -> int:
    return len(text.split())


def _reachable(nt: NormalizedText, start: int, end: int) -> bool:
    """Whether a month at folded ``[start, end)`` distance can belong to the occasion: no
    sentence end between them, and a comma or colon only across a short list
    ("день рождения, муж, месяц: июль")."""
    if end <= start:
        return True
    o_start, o_end = nt.to_original(start, end)
    if _SENTENCE_BREAK.search(nt.original, o_start, o_end):
        return False
    if same_clause(nt, start, end):
        return True
    return _words(nt.folded[start:end]) <= _LIST_WINDOW_WORDS


def attach_months(
    nt: NormalizedText, spans: Sequence[tuple[int, int]], mentions: Sequence[MonthMention], language: str | None
) -> list[int | None]:
    """For each occasion span, the month of the nearest mention: first looking after it (up
    to 6 words in the same clause, or 3 across commas), then right before it (at most 1 word
    between, same clause)."""
    dense = (language or "").upper() in _DENSE_LANGS
    result: list[int | None] = []
    for start, end in spans:
        month = None
        for mention in mentions:
            if mention.start < end:
                continue
            gap = nt.folded[end : mention.start]
            near = len(gap) <= _DENSE_AFTER_CHARS if dense else _words(gap) <= _AFTER_WINDOW_WORDS
            if near and _reachable(nt, end, mention.start):
                month = mention.month
            break
        if month is None:
            for mention in reversed(mentions):
                if mention.end > start:
                    continue
                gap = nt.folded[mention.end : start]
                near = len(gap) <= _DENSE_BEFORE_CHARS if dense else _words(gap) <= _BEFORE_WINDOW_WORDS
                if near and same_clause(nt, mention.end, start):
                    month = mention.month
                break
        result.append(month)
    return result
