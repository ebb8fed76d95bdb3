"""Which month mention belongs to which occasion hit (:func:`attach_months`): the nearest month
after it in its clause or a short clause of its own, else a month just before it ("in May her
wedding", "En juin, mariage de son fils"); months found by :mod:`.months`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import NamedTuple

from lvmh_pipeline.lib.common.text import NormalizedText, fold, to_folded
from lvmh_pipeline.lib.concepts.budgets.numbers.words import is_number_word
from lvmh_pipeline.lib.concepts.occasions.month_names import _DENSE_LANGS, DATE_LEAD_WORDS, abbreviation_dot, ordinal_dot
from lvmh_pipeline.lib.concepts.occasions.month_corrections import pause_before_correction
from lvmh_pipeline.lib.concepts.occasions.months import MonthMention
from lvmh_pipeline.lib.concepts.occasions.next_clause import dense_month_clause, month_opens_next_clause

__all__ = ["attach_months"]

_AFTER_WINDOW_WORDS = 6  # "anniversaire mari 50 ans fin mars"
_BEFORE_WINDOW_WORDS = 3  # "in May her wedding", "im August heiraten"
_OPENING_WINDOW_WORDS = 5  # "Im Mai feiert die Tochter ihren Geburtstag"
_DENSE_AFTER_CHARS = 12
_LIST_WINDOW_WORDS = 3  # words allowed between an occasion and its month across commas
_LONG_CLAUSE_WORDS = 14  # a gap of function words in one clause, with at most _LIGHT_WORDS others
_LIGHT_WORDS = 3
_PLACEHOLDER_WORDS = frozenset("name names".split())
_CLAUSE_WINDOW_WORDS = 10  # "anniversaire de son mari, grand amateur de montres, en avril"
_MONTH_CLAUSE_WORDS = 3  # words of the clause that holds the month ("en avril", "a fine ottobre")
_LEAD_WORDS = 2  # "In May, wedding of her son": words before a clause-opening month
_MONTH_CLAUSE_MAX_WORDS = 6  # a month's clause of more words is a clause of its own
_SENTENCE_BREAK = re.compile(r"[.;!?\n。！？；؛]")
_CLAUSE_BREAK = re.compile(r"[,:;()\[\]،、，：]|\s[-–—]\s")
_ANY_BREAK = re.compile(r"[.,:;!?\n()\[\]。！？；：、，؛؟،]")
_DENSE_BEFORE_CHARS = 8  # "3月に60歳の誕生日"
_COORDINATORS = frozenset("and or et ou und oder e o y i en of и или а &".split())


def _words(text: str) -> int:
    return len(text.split())


def _breaks(nt: NormalizedText, start: int, end: int, pattern: re.Pattern[str], lang: str) -> bool:
    if end <= start:
        return False
    o_start, o_end = nt.to_original(start, end)
    text = nt.original
    for match in pattern.finditer(text, o_start, o_end):
        if match.group() == "." and (lang == "DE" and ordinal_dot(text, match.start()) or abbreviation_dot(text, match.start())
                                     or pause_before_correction(text, match.start())):
            continue
        return True
    return False


def _has_sentence_break(nt: NormalizedText, start: int, end: int, lang: str = "") -> bool:
    return _breaks(nt, start, end, _SENTENCE_BREAK, lang)


def _same_clause(nt: NormalizedText, start: int, end: int, lang: str = "") -> bool:
    """No clause punctuation under folded ``[start, end)`` (German ordinal dots excepted)."""
    return not _breaks(nt, start, end, _ANY_BREAK, lang)


# A redaction placeholder ("[NAME]", "[HEALTH]") stands for words of the clause it is in.
_PLACEHOLDER = re.compile(r"\[[A-Z0-9_]+\]")
_BREAK_BUT_PLACEHOLDER = re.compile(r"[.,:;!?\n()。！？；：、，؛؟،]|\[(?![A-Z0-9_]+\])|(?<![A-Z0-9_])\]")


def _clause_past_placeholders(nt: NormalizedText, start: int, end: int, lang: str) -> bool:
    """Folded ``[start, end)`` holds a placeholder and no clause punctuation besides its brackets
    ("la baptême de sa petite-fille [NAME] le 6 décembre"), in at most
    :data:`_AFTER_WINDOW_WORDS` words with the placeholders left out."""
    o_start, o_end = nt.to_original(start, end)
    placeholders = len(_PLACEHOLDER.findall(nt.original, o_start, o_end))
    if not placeholders or _breaks(nt, start, end, _BREAK_BUT_PLACEHOLDER, lang):
        return False
    return len(nt.original[o_start:o_end].split()) - placeholders <= _AFTER_WINDOW_WORDS


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


# Spoken fillers of JA/ZH/KO notes, which a gap between an occasion and its month does not count.
_DENSE_FILLERS = re.compile(r"えーと|えっと|えー|あのー|あの|まあ|呃|嗯|那个|那個|음|어")


def _dense_core(nt: NormalizedText, end: int, start: int) -> str:
    """The original text between folded ``end`` and ``start`` without placeholders and spoken fillers."""
    o_end, o_start = nt.to_original(end, start)
    return _DENSE_FILLERS.sub("", _PLACEHOLDER.sub("", nt.original[o_end:o_start]))


def _after_ok(ctx: _Context, end: int, mention: MonthMention, own: int) -> bool:
    """May the month after an occasion ending at ``end`` be its month?"""
    nt = ctx.nt
    gap = nt.folded[end : mention.start]
    if ctx.dense:
        if len(gap) > _DENSE_AFTER_CHARS and len(_dense_core(nt, end, mention.start)) > _DENSE_AFTER_CHARS:
            # "퇴임 기념 선물 구매 건, 12월 중순": the next clause's month (not "お誕生日、[NAME]様の、えー、十二月")
            return ctx.lang == "KO" and month_opens_next_clause(nt, end, mention.start, mention.end, ctx.occasions)
        words = 0
    else:
        aside = _past_aside(ctx, end, mention)
        if aside is not None:
            return aside
        words = len(gap.split())
        if words > _LONG_CLAUSE_WORDS or words > _CLAUSE_WINDOW_WORDS and _light_words(gap) > _LIGHT_WORDS:
            return False
    same = _same_clause(nt, end, mention.start, ctx.lang)
    if not same and _has_sentence_break(nt, end, mention.start, ctx.lang):
        return False
    placeholder_clause = not same and not ctx.dense and _clause_past_placeholders(
        nt, end, mention.start, ctx.lang)
    if len(ctx.occasions) > 1:
        for k, (s, e) in enumerate(ctx.occasions):
            if k != own and end <= s and e <= mention.start:
                # "birthday and anniversary in June" share it; "Anniversaire fils, mariage fille juin" does not
                if not all(w in _COORDINATORS for w in nt.folded[end:s].split()) or not _same_clause(nt, end, s, ctx.lang):
                    return False
                break
    if ctx.dense:
        return same or _words(gap) <= _LIST_WINDOW_WORDS
    if same:  # also a longer gap of function words: "boda de su hija [NAME] en la catedral de la [NAME] el 15 de mayo"
        return words <= _AFTER_WINDOW_WORDS or _light_words(gap) <= _LIGHT_WORDS
    if placeholder_clause or words <= _LIST_WINDOW_WORDS:
        return True  # a short list: "день рождения, муж, месяц: июль"
    # a short clause in between: "anniversaire de son mari, grand amateur de montres, en avril"
    clause_start = _last_clause_break(nt, end, mention.start)
    if clause_start is None:
        return False
    return _content_words(nt.folded[clause_start : mention.start]) <= _MONTH_CLAUSE_WORDS - 1 and not _inside(
        ctx.others(), clause_start, mention.start
    )


def _light_words(gap: str) -> int:
    """Words of a folded gap that are neither date leads, numbers nor redaction placeholders."""
    return sum(1 for w in gap.split() if w not in DATE_LEAD_WORDS and w not in _PLACEHOLDER_WORDS and not w.isdigit())


def _content_words(text: str) -> int:
    """Words of folded ``text`` that are neither numbers (digits or number words: "leurs trente ans",
    "vinte e cinco anos") nor words that only lead to a date ("que es a finales de", "2 anos a",
    "posse no início de": one word or none)."""
    words = text.split()
    content = sum(1 for w in words if w not in DATE_LEAD_WORDS and not w.isdigit() and not is_number_word(w))
    if len(words) > _MONTH_CLAUSE_MAX_WORDS and content:  # only date leads: "which is in the second week of"
        return len(words)
    return content


_ASIDE = re.compile(r"\([^()]*\)")


def _past_aside(ctx: _Context, end: int, mention: MonthMention) -> bool | None:
    """The month after a bracketed aside in the occasion's clause ("Promotion ihres Sohnes (Dr.
    phil.) Ende Mai", "birthday (her 40th!) on 3 May"): whether it is the occasion's, read with
    the aside left out; None when the gap holds no whole aside."""
    nt = ctx.nt
    o_end, o_start = nt.to_original(end, mention.start)
    if nt.original.find("(", o_end, o_start) == -1:
        return None
    between = nt.original[o_end:o_start]
    rest = _ASIDE.sub(" ", between)
    if rest == between or "(" in rest or ")" in rest or _BREAK_BUT_PLACEHOLDER.search(rest):
        return None
    if any(end <= s and e <= mention.start for s, e in ctx.occasions):
        return False
    return len(_PLACEHOLDER.sub(" ", rest).split()) <= _AFTER_WINDOW_WORDS


def _before_ok(ctx: _Context, start: int, mention: MonthMention, own: int) -> bool:
    """May the month before an occasion starting at ``start`` be its month?"""
    nt = ctx.nt
    if _inside([o for k, o in enumerate(ctx.occasions) if k != own], mention.end, start):
        return False
    gap = nt.folded[mention.end : start]
    if ctx.dense:  # a month in brackets right before it glosses a relative date: "下月(3月)生日"
        return len(gap) <= _DENSE_BEFORE_CHARS and (
            _same_clause(nt, mention.end, start) or _bracket_closed(nt, mention.end, start) or dense_month_clause(nt, mention, start)
        )
    if _same_clause(nt, mention.end, start, ctx.lang):
        limit = _OPENING_WINDOW_WORDS if _opens_sentence(nt, mention) else _BEFORE_WINDOW_WORDS
        return _words(gap) <= limit and not _follows_other(ctx, mention)
    # a clause opened by the month: "In May, wedding of her son", "En juin, mariage de son fils"
    if _has_sentence_break(nt, mention.end, start, ctx.lang) or _words(gap) > _BEFORE_WINDOW_WORDS + 1:
        return False
    o_end, o_start = nt.to_original(mention.end, start)
    between = nt.original[o_end:o_start]
    breaks = list(_CLAUSE_BREAK.finditer(between))
    if len(breaks) != 1 or _content_words(fold(between[: breaks[0].start()])):
        return False  # one comma, right after the month or the age said with it ("в ноябре пятьдесят, юбилей")
    return _opens_sentence(nt, mention, clause=True)


def _bracket_closed(nt: NormalizedText, end: int, start: int) -> bool:
    o_end, o_start = nt.to_original(end, start)
    return nt.original[o_end:o_start].strip() == ")"


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

    A mention inside the occasion's own words ("на первое сентября") is its month. Else first
    the nearest mention after it: up to 6 words in the same clause (12 characters in JA/ZH/KO),
    3 words across commas (a list), or a short clause of its own after one parenthetical clause ("anniversaire de son mari, grand amateur de montres, en avril"; the
    month's clause holds no other concept: "…, rappeler en mars" is the call's month); not
    past another occasion unless the two are coordinated ("birthday and anniversary in June").
    Then the nearest mention before it: up to 3 words in the same clause ("in May her
    wedding", "im August heiraten"; 8 characters in JA/ZH/KO), or a month that opens the
    sentence before a comma, perhaps with an age ("En juin, mariage de son fils", "в мае шестьдесят,
    юбилей"). A mention already taken as the month after an earlier occasion is not taken again
    as a month before. ``others``: spans of the note's other concept hits (or a function that
    returns them, called when needed).
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
            if start <= mention.start and mention.end <= end:  # the occasion names its date: "на восьмое марта"
                chosen = mention
                break
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
