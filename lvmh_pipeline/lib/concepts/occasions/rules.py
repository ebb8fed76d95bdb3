"""Occasion rules: the month of each occasion ("birthday in March"), holiday dates ("8 марта",
"14 février"), and dropping occasion words that are something else (names, political parties,
sales, numbers that are no age: the tests are in :mod:`.other_senses`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from lvmh_pipeline.lib.common.text import NormalizedText, same_clause
from lvmh_pipeline.lib.concepts.context import DATE_HOLIDAYS, near
from lvmh_pipeline.lib.concepts.matcher import AliasMatch
from lvmh_pipeline.lib.concepts.occasions.company_years import company_anniversaries
from lvmh_pipeline.lib.concepts.occasions.godchildren import godchild_words
from lvmh_pipeline.lib.concepts.occasions.month_attachment import attach_months
from lvmh_pipeline.lib.concepts.occasions.months import MonthMention, date_of, find_months, next_month_of
from lvmh_pipeline.lib.concepts.occasions.other_senses import (
    in_place_name,
    _NAME_LIKE,
    _PARTY_WORDS,
    _SALE_WORDS,
    _is_name,
    _not_an_age,
    _on_sale,
    _political,
    generic_parties,
    since_birth,
)
from lvmh_pipeline.lib.concepts.occasions.pregnancy import pregnancy_only
from lvmh_pipeline.lib.concepts.occasions.references.holiday_dated import holiday_dated
from lvmh_pipeline.lib.concepts.occasions.references.not_occasions import not_occasions
from lvmh_pipeline.lib.concepts.occasions.references.relative_months import relative_months
from lvmh_pipeline.lib.concepts.occasions.references.taken_back import taken_back_occasions
from lvmh_pipeline.lib.concepts.occasions.references.womens_day import corporate_womens_day
from lvmh_pipeline.lib.concepts.occasions.references import ordination_anniversaries, other_references, short_anniversaries
from lvmh_pipeline.lib.concepts.occasions.references.holiday_dates import dated_right_after
from lvmh_pipeline.lib.concepts.occasions.references.holiday_offsets import holiday_offsets
from lvmh_pipeline.lib.concepts.statements.anniversaries import (
    BARE_ANNIVERSARIES,
    partner_anniversaries,
    relationship_anniversaries,
    wedding_anniversaries,
    years_of,
)
from lvmh_pipeline.lib.concepts.statements.past_occasions import not_upcoming

if TYPE_CHECKING:
    from lvmh_pipeline.lib.concepts.context import ConceptMeta

__all__ = ["occasion_months", "with_parents_days"]

# Dates that name a holiday only in some markets ("8 марта", "8 marzo", "3月8日": Women's Day;
# "23 февраля": Defender of the Fatherland Day); elsewhere "le 8 mars" is just a date.
_MARKET_DATE_HOLIDAYS: dict[str, dict[tuple[int, int], str]] = {
    "RU": {(3, 8): "celebration", (2, 23): "celebration"},
    "IT": {(3, 8): "celebration"},
    "ZH": {(3, 8): "celebration"},
}

# Concepts that may own a month next to them ("Japon mai anniversaire": the trip's; "rappeler
# en mars": the call's); a person, a colour or a diet owns none ("Мужу в мае исполняется 50").
_EVENTFUL = frozenset({"travel", "next_action", "timing", "intent", "hobby"})

_DENSE_NOTE_LANGUAGES = frozenset({"JA", "ZH", "KO"})


def occasion_months(
    nt: NormalizedText, matches: list[AliasMatch], meta: ConceptMeta, language: str | None, note_month: int | None,
    negated: Sequence[bool] = (),
) -> tuple[dict[int, int], set[int]]:
    """Month per occasion match index, from month names and dates near it, and the indices of
    occasion matches that are something else: a name ("Jean-Noël", "Giuseppe Natale"), a
    political party, a sale ("en promotion"), a date that names no holiday, a generic occasion
    partly overlapping a specific one ("pour les 30 ans de mariage"). Holiday dates ("8 марта",
    "14 février") are relabelled in ``matches`` to their occasion. Relative times ("next
    month") do not give an occasion a month (the note does not name one); the ``next_month``
    timing hit itself carries the resolved month when the note date is known."""
    occasion = meta.occasion
    found = [i for i, m in enumerate(matches) if occasion[m[2]]]
    if not found:
        return {}, set()
    company_anniversaries(nt, matches, meta, found)  # "the firm turns 50", "25-летие банка"
    short_anniversaries(nt.folded, matches, meta, found)  # "aniv. boda 10/oct"
    ordination_anniversaries(nt.folded, matches, meta, found)  # "Ordination anniv. in July"
    dropped = wedding_anniversaries(nt, matches, meta, found)  # "结婚三十周年", "25-jarig huwelijk"
    dropped |= years_of(nt, matches, meta, found)  # "les 20 ans de sa boutique", "los 20 años de su boda"
    dropped |= not_upcoming(nt, matches, meta, found)  # "去年结婚了", "wedding ring", "birthday last year"
    dropped |= pregnancy_only(nt, matches, meta, found, dropped, negated)  # "incinta, cerca per la festa della mamma"
    dropped |= godchild_words(matches, nt.folded, meta, found, dropped)  # "Ostergeschenke für die Patenkinder"
    dropped |= not_occasions(nt, matches, meta, found, dropped)  # "هدايا رمضان للموظفين", "se mudan a Lisboa"
    dropped |= taken_back_occasions(nt, matches, meta, found, dropped)  # "his birthday, no wait, their anniversary"
    references = other_references(nt, matches, meta, found, dropped)  # "the Christmas window", "two weeks before Thanksgiving"
    dropped |= references
    # "her dad's 70th … party on 22 Nov": the party is the occasion's (its month too), or no occasion of its own
    parties, owner = generic_parties(nt, matches, meta.celebration, found, dropped, negated, meta.next_month)
    for i in parties:
        if owner < 0:
            dropped.add(i)
        else:
            matches[i] = (matches[i][0], matches[i][1], owner, matches[i][3])
    months: dict[int, int] = {}
    dates: list[int] = []
    spans: list[tuple[int, int]] = []
    timed: list[int] = []  # positions in ``spans`` of occasions with a movable date
    fixed: list[int] = []  # … and of those with a usual date (Christmas, Valentine's Day)
    indices: list[int] = []
    previous = -1
    folded = nt.folded
    screened, next_month, is_timed = meta.screened, meta.next_month, meta.timed
    for i in found:
        if i in dropped:
            continue
        start, end, concept, confidence = matches[i]
        if concept == next_month:
            if note_month is not None:
                months[i] = next_month_of(note_month)
            continue
        word = folded[start:end] if concept in screened else ""
        if not word:
            pass
        elif word in _NAME_LIKE:
            if _is_name(nt, start, end, word):
                dropped.add(i)
                continue
        elif word in _PARTY_WORDS:
            if _political(nt, start, end, language):
                dropped.add(i)
                continue
        elif word in _SALE_WORDS:
            if _on_sale(nt, start, end, word):
                dropped.add(i)
                continue
        elif in_place_name(folded, start, word):
            dropped.add(i)  # "압구정": a district, not "구정"
            continue
        elif since_birth(nt, start, word):
            dropped.add(i)  # "blind from birth", "aveugle de naissance"
            continue
        elif concept in meta.dated and "0" in word:
            day = date_of(nt.original[slice(*nt.to_original(start, end))]) or (0, 0)
            holiday = DATE_HOLIDAYS.get(day) or _MARKET_DATE_HOLIDAYS.get((language or "").upper(), {}).get(day)
            if holiday is None:
                dropped.add(i)
            else:
                matches[i] = (start, end, meta.by_name[holiday], confidence)
                dates.append(i)
                months[i] = day[0]  # "8 марта", "31 décembre": the holiday's month is the date's
            continue
        if word[-1:] == "0" and concept == meta.birthday and _not_an_age(nt, start, end):
            dropped.add(i)  # "wird 2 Wochen dauern", "turns 2026"
            continue
        if previous >= 0:
            before = matches[previous][2]
            if matches[previous][1] > start:  # partial overlap of two occasions
                generic = before in meta.generic, concept in meta.generic
                if generic[0] and not generic[1]:
                    drop_previous = True
                elif generic[1] and not generic[0]:
                    dropped.add(i)
                    continue
                else:
                    drop_previous = False
            else:  # a celebration right next to another occasion is that occasion's ("Geburtstag Party")
                drop_previous = before == meta.celebration and concept != meta.celebration and _adjacent(
                    nt, matches[previous][1], start, language
                )
                if concept == meta.celebration and before != meta.celebration and _adjacent(
                    nt, matches[previous][1], start, language
                ):
                    dropped.add(i)
                    continue
            if drop_previous:
                dropped.add(previous)
                if spans and indices[-1] == previous:
                    spans.pop()
                    indices.pop()
                    if timed and timed[-1] == len(spans):
                        timed.pop()
        previous = i
        if is_timed[concept]:
            timed.append(len(spans))
        elif meta.fixed_month[concept]:
            fixed.append(len(spans))
        spans.append((start, end))
        indices.append(i)
    if meta.corporate_anniversary >= 0 and len(indices) > 1:
        _corporate_anniversaries(nt, matches, indices, meta)
    if len(indices) > 1:
        relationship_anniversaries(nt, matches, meta)  # "5 Jahre zusammen … Jahrestag am 1. Juni"
    partner_anniversaries(nt, matches, meta, indices, language)  # "彼氏と付き合って… 3周年", "su novio… aniversario"
    used: list[MonthMention] = []
    takers: list[int] = []  # the occasion that took each of ``used``
    if timed:
        mentions = find_months(nt, language, near=[spans[k] for k in timed])
        if mentions:
            attached = attach_months(
                nt, spans, mentions, language,
                lambda: [(m[0], m[1]) for m in matches if not occasion[m[2]] and meta.categories[m[2]] in _EVENTFUL],
            )
            for k in timed:
                mention = attached[k]
                if mention is not None:
                    months[indices[k]] = mention.month
                    if matches[indices[k]][2] != meta.by_name.get("corporate_gift"):
                        used.append(mention)  # "Подарки коллегам к 8 марта": the gifts are for the holiday
                        takers.append(indices[k])
    relative_months(nt, matches, meta, language, [indices[k] for k in timed], months)  # "next month, i.e. June"
    holiday_dated(nt, matches, meta, language, [indices[k] for k in timed], months, dropped)  # "per la proposta, a San Valentino"
    if references and timed:  # "the week after New Year": January
        holiday_offsets(nt, matches, meta, references, [indices[k] for k in timed], months)
    year_end = meta.by_name.get("end_of_year", -1)
    if timed and year_end >= 0 and any(indices[k] not in months for k in timed):  # "year-end client gifts": December
        ends = [(m[0], m[1]) for m in matches if m[2] == year_end]
        for k in timed if ends else ():
            if indices[k] not in months and any(_next_to(nt, spans[k], e, language) for e in ends):
                months[indices[k]] = 12
    if fixed:
        fixed_indices = [indices[k] for k in fixed]
        for i in dated_right_after(nt, language, [spans[k] for k in fixed], fixed_indices, months):
            for j in fixed_indices:  # "七夕送… 七夕在8月": the other mention is the same day
                if j not in months and matches[j][2] == matches[i][2]:
                    months[j] = months[i]
    if owner >= 0:  # a party's month only where the occasion has none of its own
        dated = any(months.get(j) for j in indices if matches[j][2] == owner and j not in parties)
        for i in parties:
            if dated:
                dropped.add(i)
                months.pop(i, None)
    for i in indices if used else ():  # a holiday's date in words that another occasion takes ("cumple el catorce de febrero")
        if matches[i][2] in meta.dated and i not in dates and any(
                m.start < matches[i][1] and matches[i][0] < m.end and t != i for m, t in zip(used, takers)):
            dropped.add(i)
            months.pop(i, None)
    for i in dates:
        start, end = matches[i][0], matches[i][1]
        if any(m.start < end and start < m.end for m in used) or _after_next_action(nt, matches, i, meta):
            dropped.add(i)
            months.pop(i, None)
    if meta.celebration >= 0:
        corporate_womens_day(nt, matches, meta, months, dropped)  # "Корпоративные подарки к 8 Марта"
    return months, dropped


_KO_MOTHER = ("어머니", "어머님", "엄마", "모친", "장모", "시어머")
_KO_FATHER = ("아버지", "아버님", "아빠", "부친", "장인", "시아버", "부모", "양가", "두 분")


def with_parents_days(nt: NormalizedText, matches: list[AliasMatch], meta: ConceptMeta) -> list[AliasMatch]:
    """Korean Parents' Day ("어버이날", 8 May) is both parents' day: a ``fathers_day`` match beside
    each ``mothers_day`` one on that word, unless the note names a mother and no father nor parents
    ("어머님 선물로 … 어버이날 전에": her day)."""
    folded = nt.folded
    if "어버이" not in folded or (any(w in folded for w in _KO_MOTHER) and not any(w in folded for w in _KO_FATHER)):
        return matches
    mothers, fathers = meta.by_name.get("mothers_day", -1), meta.by_name.get("fathers_day", -1)
    added = [(m[0], m[1], fathers, m[3]) for m in matches
             if m[2] == mothers and "어버이" in folded[m[0] : m[1]] and fathers >= 0]
    return sorted([*matches, *added], key=lambda m: (m[0], m[1])) if added else matches


def _corporate_anniversaries(nt: NormalizedText, matches: list[AliasMatch], indices: list[int], meta: ConceptMeta) -> None:
    """In a note about a company anniversary, a bare "aniversario" / "anniversary" is that
    anniversary, not a wedding one ("aniversario empresa … Llamar septiembre siguiente
    aniversario"). Relabels ``matches`` in place."""
    if not any(matches[i][2] == meta.corporate_anniversary for i in indices):
        return
    folded = nt.folded
    for i in indices:
        start, end, concept, confidence = matches[i]
        if concept == meta.wedding_anniversary and folded[start:end] in BARE_ANNIVERSARIES:
            matches[i] = (start, end, meta.corporate_anniversary, confidence)


def _adjacent(nt: NormalizedText, end: int, start: int, language: str | None) -> bool:
    """Two hits next to each other in one clause: at most one word between them (two
    characters in JA/ZH/KO)."""
    gap = nt.folded[end:start]
    if (language or "").upper() in _DENSE_NOTE_LANGUAGES:
        return len(gap.strip()) <= 2 and same_clause(nt, end, start)
    return len(gap.split()) <= 1 and same_clause(nt, end, start)


def _next_to(nt: NormalizedText, span: tuple[int, int], other: tuple[int, int], language: str | None) -> bool:
    """Two spans that overlap or stand within three words of each other in one clause."""
    if span[0] < other[1] and other[0] < span[1]:
        return True
    lo, hi = (span[1], other[0]) if span[1] <= other[0] else (other[1], span[0])
    gap = nt.folded[lo:hi]
    dense = (language or "").upper() in _DENSE_NOTE_LANGUAGES
    return (len(gap.strip()) <= 4 if dense else len(gap.split()) <= 3) and same_clause(nt, lo, hi)


def _after_next_action(nt: NormalizedText, matches: list[AliasMatch], i: int, meta: ConceptMeta) -> bool:
    """A date right after a next action ("Rappeler le 8 mars", "Встреча 8 марта") is the
    action's date, not a holiday."""
    for j in range(i - 1, max(-1, i - 4), -1):
        if matches[j][2] in meta.next_actions and near(nt, matches[j], matches[i], 4):
            return True
    return False
