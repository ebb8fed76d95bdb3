"""Concept extraction from advisor notes: dictionary hits, negation, occasion months, budgets.

``extract(text, language)`` returns :class:`ConceptHit` objects whose ``evidence`` is always
``text[start:end]``; ``extract_note_concepts(notes)`` turns a notes frame into the
``note_concepts`` table (exactly :data:`NOTE_CONCEPTS_COLUMNS`).
"""

from __future__ import annotations

import gc
import math
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from operator import itemgetter
from typing import NamedTuple

import numpy as np
import pandas as pd

from lvmh_pipeline.lib.concepts.budget import Budget, find_budget
from lvmh_pipeline.lib.concepts.matcher import AliasMatch, get_matcher
from lvmh_pipeline.lib.concepts.months import MonthMention, attach_months, date_of, find_months, next_month_of
from lvmh_pipeline.lib.concepts.negation import negation_flags
from lvmh_pipeline.lib.common.schemas import NOTE_CONCEPTS_COLUMNS, conform
from lvmh_pipeline.lib.concepts.taxonomy import Taxonomy, load_taxonomy
from lvmh_pipeline.lib.common.text import NormalizedText, fold, normalize, same_clause

__all__ = ["ConceptHit", "extract", "extract_note_concepts"]

KEYWORD_BUDGET_CONFIDENCE = 0.95
CURRENCY_ONLY_BUDGET_CONFIDENCE = 0.8
FLEXIBLE_CONFIDENCE = 0.9
_ALLERGY_PAIR_WORDS = 3  # "allergia nichel", "nut allergy", "Latex Allergie"
# Sentence ends separate an allergy word from an allergen; a colon introduces the list.
_PAIR_BREAK = re.compile(r"[.;!?\n。！？；]")
# Words that join the items of a list of allergens ("moutarde, laine et latex").
_LIST_WORDS = frozenset("and or et ou und oder e o y i en of и или а та або".split())
# Occasions whose date is fixed: a month near them is about something else ("Rappeler
# novembre cadeaux Noël").
_FIXED_DATE_OCCASIONS = frozenset({"christmas", "valentines_day", "new_year"})
# Holidays named by their date ("8 марта", "23 февраля", "14 février", "3月8日"): the date
# aliases are ``celebration`` aliases starting with "#"; the day decides the occasion, any
# other date is dropped (it is a month mention only).
_DATE_HOLIDAYS: dict[tuple[int, int], str] = {
    (3, 8): "celebration",  # International Women's Day
    (2, 23): "celebration",  # Defender of the Fatherland Day
    (2, 14): "valentines_day",
    (12, 24): "christmas",
    (12, 25): "christmas",
    (12, 31): "new_year",
}
# Occasion words that are also names ("Jean-Noël", "Giuseppe Natale", "Signor Pasqua") or,
# lowercase, adjectives ("cidade natal", "paese natale": home town).
_NAME_LIKE = frozenset({"noel", "natale", "natal", "pasqua", "pascua"})
_NAME_ADJECTIVES = frozenset({"natale", "natal"})
_FESTIVE_BEFORE = frozenset("joyeux joyeuses pere papa buon babbo feliz santo sainte merry".split())
_PREPOSITIONS = frozenset(
    "de di del della dello du des pour per para por a au aux em no na do da for at of the il le la el o "
    "dopo apres avant prima antes depois before after until fino jusqu hasta ate d l this next".split()
)
# "party" the political organisation, not a celebration ("Labour Party", "party member").
_PARTY_WORDS = frozenset({"party", "parties"})
_POLITICAL_BEFORE = frozenset(
    "political labour labor conservative democratic republican green liberal socialist communist ruling "
    "opposition third tory workers national libertarian reform centre center populist nationalist".split()
)
_POLITICAL_AFTER = frozenset(
    "member members leader leaders leadership politics official officials line congress conference whip "
    "membership donor donors affiliation candidate candidates chairman secretary".split()
)
# "promotion" the sale, not the career step ("en promotion", "les promotions", "-20%").
_SALE_WORDS = frozenset(
    {"promotion", "promotions", "promozione", "promozioni", "promocion", "promociones", "promocao", "promocoes"}
)
_SALE_BEFORE = frozenset("en on in em na no sous under les des aux delle las los nas nos any some".split())
_SALE_AFTER = frozenset(
    "code codes sale sales price prices prix offer offers offre offres speciale special especial sconto rabais "
    "discount discounts".split()
)
_SALE_PLURALS = frozenset({"promotions", "promozioni", "promociones", "promocoes"})
_POSSESSIVES = frozenset("her his their ses leurs sa son suoi sue sus suas seus".split())
_PERCENT_AFTER = re.compile(r"\s*[-–]?\s*\d+\s*%")
_GENERIC_OCCASIONS = frozenset({"birthday", "celebration"})
_DENSE_NOTE_LANGUAGES = frozenset({"JA", "ZH", "KO"})
_SCREENED = frozenset({"christmas", "easter", "celebration", "promotion", "valentines_day", "new_year", "birthday"})
# Units after a number that make "wird 2 …" / "turns 3 …" something else than an age.
_UNITS = frozenset(
    "wochen woche tage tag stunden monate monat stuck stucke euro eur chf prozent minuten uhr mal "
    "weeks week days day hours months month percent minutes times pieces items o clock "
    "semaines jours heures fois pieces settimane giorni ore mesi volte pezzi semanas dias horas meses veces "
    "piezas weken dagen uur maanden keer stuks недель недели дней дня часов месяцев месяца раз штук k".split()
)  # give way to an overlapping occasion


class ConceptHit(NamedTuple):
    """One concept found in a note; ``evidence == text[start:end]``."""

    concept: str
    bucket: str
    category: str
    evidence: str
    start: int
    end: int
    method: str = "alias"
    negated: bool = False
    confidence: float = 1.0
    month: int | None = None
    value_min: float = math.nan
    value_max: float = math.nan


@dataclass(frozen=True)
class _Meta:
    names: tuple[str, ...]
    categories: tuple[str, ...]
    info: tuple[tuple[str, str, str], ...]  # (name, bucket, category) per concept index
    allergy_unspecified: int
    fragrance_product: int
    fragrance_allergy: int
    next_month: int
    timed: tuple[bool, ...]  # occasions with a movable date, and next_month
    occasion: tuple[bool, ...]  # the occasion category, and next_month
    by_name: dict[str, int]
    generic: frozenset[int]  # birthday, celebration
    birthday: int
    celebration: int
    screened: frozenset[int]  # occasions whose words are checked (names, parties, sales, dates, ages)
    dated: frozenset[int]  # occasions a holiday date may name (celebration, valentines_day, ...)
    next_actions: frozenset[int]
    cues: frozenset[int]  # concepts that announce an allergen and are never output
    licensors: frozenset[int]  # cues and allergy_unspecified: they license ``?`` aliases


@lru_cache(maxsize=8)
def _meta(taxonomy: Taxonomy) -> _Meta:
    names = taxonomy.names
    return _Meta(
        names=names,
        categories=tuple(c.category for c in taxonomy.concepts),
        info=tuple((c.concept, c.bucket, c.category) for c in taxonomy.concepts),
        allergy_unspecified=names.index("allergy_unspecified"),
        fragrance_product=names.index("fragrance_product"),
        fragrance_allergy=names.index("fragrance"),
        next_month=names.index("next_month"),
        timed=tuple(
            (c.category == "occasion" and c.concept not in _FIXED_DATE_OCCASIONS) or c.concept == "next_month"
            for c in taxonomy.concepts
        ),
        occasion=tuple(c.category == "occasion" or c.concept == "next_month" for c in taxonomy.concepts),
        by_name={name: i for i, name in enumerate(names)},
        generic=frozenset(names.index(n) for n in _GENERIC_OCCASIONS if n in names),
        birthday=names.index("birthday") if "birthday" in names else -1,
        celebration=names.index("celebration") if "celebration" in names else -1,
        screened=frozenset(names.index(n) for n in _SCREENED if n in names),
        dated=frozenset(names.index(n) for n in set(_DATE_HOLIDAYS.values()) if n in names),
        next_actions=frozenset(i for i, c in enumerate(taxonomy.concepts) if c.category == "next_action"),
        cues=frozenset(i for i, c in enumerate(taxonomy.concepts) if c.matcher == "cue"),
        licensors=frozenset(i for i, c in enumerate(taxonomy.concepts) if c.matcher == "cue")
        | {names.index("allergy_unspecified")},
    )


@lru_cache(maxsize=1)
def _default_taxonomy() -> Taxonomy:
    return load_taxonomy()


def _note_month(note_date: object) -> int | None:
    if isinstance(note_date, (date, datetime, pd.Timestamp)):
        return note_date.month
    if isinstance(note_date, str) and len(note_date) >= 7 and note_date[4] == "-":
        try:
            month = int(note_date[5:7])
        except ValueError:
            return None
        return month if 1 <= month <= 12 else None
    return None


def _gap(nt: NormalizedText, a: AliasMatch, b: AliasMatch) -> list[str] | None:
    """Folded words between two matches of one clause (None across a sentence end or when
    they overlap)."""
    lo, hi = (a[1], b[0]) if a[1] <= b[0] else (b[1], a[0])
    if hi < lo:
        return None
    o_lo, o_hi = nt.to_original(lo, hi) if hi > lo else (0, 0)
    if _PAIR_BREAK.search(nt.original, o_lo, o_hi):
        return None
    return nt.folded[lo:hi].split()


def _near(nt: NormalizedText, a: AliasMatch, b: AliasMatch, words: int = _ALLERGY_PAIR_WORDS) -> bool:
    """Two matches in the same clause, at most ``words`` words apart ("allergia nichel",
    "allergic to sesame", "sensitive to wool")."""
    gap = _gap(nt, a, b)
    return gap is not None and len(gap) <= words


def _with_licensed(
    nt: NormalizedText, matches: list[AliasMatch], licensed: list[AliasMatch], meta: _Meta
) -> list[AliasMatch]:
    """``matches`` plus the ``?`` aliases an allergy cue licenses ("?mustard" in "allergic to
    mustard", not in "mustard yellow"): right after a cue (two words at most: "allergic to",
    "allergie aux"), right before one ("mustard allergy", "Wolle: Allergie") or chained to an
    allergen just licensed or found ("allergic to mustard, wool and latex"). Such a hit replaces a
    plain match it overlaps ("laine" the material becomes the wool allergen)."""
    anchors = [m for m in matches if m[2] in meta.licensors or meta.categories[m[2]] == "allergy"]
    kept: list[AliasMatch] = []
    for hit in sorted(licensed):
        for anchor in anchors + kept:
            gap = _gap(nt, anchor, hit)
            if gap is None:
                continue
            if anchor[2] in meta.licensors:
                licensed_here = len(gap) <= (2 if anchor[1] <= hit[0] else 1)
            else:  # a list of allergens: "mustard, wool and latex"
                licensed_here = anchor[1] <= hit[0] and all(word in _LIST_WORDS for word in gap)
            if licensed_here:
                kept.append(hit)
                break
    if not kept:
        return matches
    plain = [m for m in matches if not any(m[0] < k[1] and k[0] < m[1] for k in kept)]
    return sorted(plain + kept)


def _pair_allergies(
    nt: NormalizedText, matches: list[AliasMatch], negated: list[bool], meta: _Meta
) -> set[int]:
    """A generic allergy word or cue next to an allergen ("allergia nichel", "allergic to
    sesame", "reagiert auf Pollen") is not a separate ``allergy_unspecified``: drop it and
    pass its negation to the allergen. A perfume next to an allergy word ("Allergie starke
    Parfums") is the fragrance allergen, not a product interest. ``matches`` is updated in
    place for those."""
    dropped: set[int] = set()
    for u, u_match in enumerate(matches):
        if u_match[2] not in meta.licensors:
            continue
        for a, a_match in enumerate(matches):
            a_start, a_end, a_concept, confidence = a_match
            perfume = a_concept == meta.fragrance_product
            if a == u or a_concept in meta.licensors or not (perfume or meta.categories[a_concept] == "allergy"):
                continue
            if not _near(nt, u_match, a_match):
                continue
            dropped.add(u)
            negated[a] = negated[a] or negated[u]
            if perfume:
                matches[a] = (a_start, a_end, meta.fragrance_allergy, confidence)
    return dropped


def _budget_hits(budget: Budget | None) -> list[ConceptHit]:
    if budget is None:
        return []
    hits = []
    if budget.has_amount:
        confidence = KEYWORD_BUDGET_CONFIDENCE if budget.keyword_tied else CURRENCY_ONLY_BUDGET_CONFIDENCE
        hits.append(
            ConceptHit("budget", "budget", "budget", budget.evidence, budget.start, budget.end, "regex",
                       False, confidence, None, budget.min_eur, budget.max_eur)
        )
    if budget.unlimited and budget.unlimited_evidence is not None:
        hits.append(
            ConceptHit("budget_unlimited", "budget", "budget", budget.unlimited_evidence, budget.unlimited_start,
                       budget.unlimited_end, "regex", False, KEYWORD_BUDGET_CONFIDENCE)
        )
    if budget.flex_evidence is not None:
        hits.append(
            ConceptHit("budget_flexible", "budget", "budget", budget.flex_evidence, budget.flex_start,
                       budget.flex_end, "regex", False, FLEXIBLE_CONFIDENCE)
        )
    return hits


def extract(
    text: str,
    language: str | None = None,
    note_date: str | date | None = None,
    *,
    taxonomy: Taxonomy | None = None,
) -> list[ConceptHit]:
    """Concepts of one note, in text order, one per (concept, negated).

    ``language`` selects the aliases (all languages when unknown); ``note_date`` gives the
    ``next_month`` timing concept its month number.
    """
    if not isinstance(text, str) or not text.strip():
        return []
    tax = taxonomy or _default_taxonomy()
    meta = _meta(tax)
    nt = normalize(text)
    matcher = get_matcher(tax)
    matches = matcher.find(nt, language)
    licensing = any(m[2] in meta.licensors for m in matches)
    if licensing:
        matches = _with_licensed(nt, matches, matcher.find(nt, language, licensed=True), meta)
    negated = negation_flags(nt, matches, language)
    dropped = _pair_allergies(nt, matches, negated, meta) if licensing else set()
    months, not_occasions = _occasion_months(nt, matches, meta, language, _note_month(note_date))
    if not_occasions:
        dropped = dropped | not_occasions

    hits: list[ConceptHit] = []
    first: dict[int, int] = {}  # concept * 2 + negated -> position in hits
    more: dict[int, list[int]] = {}  # the same occasion again with another month
    fast = nt.starts is None
    info = meta.info
    cues = meta.cues
    for i, (start, end, concept, confidence) in enumerate(matches):
        if i in dropped or concept in cues:
            continue
        flag = negated[i]
        key = concept * 2 + flag
        month = months.get(i)
        if key in first:  # keep the first hit; a later one may supply the month
            kept = first[key]
            if month is None:
                continue
            if hits[kept].month is None:
                hits[kept] = hits[kept]._replace(month=month)
                continue
            # another month: another occasion ("birthday sister August ... birthday husband March")
            positions = more.setdefault(key, [kept])
            if any(hits[p].month == month for p in positions):
                continue
            positions.append(len(hits))
            if not fast:
                start, end = nt.to_original(start, end)
            hits.append(_new_hit(ConceptHit, (*info[concept], text[start:end], start, end, "alias", flag, confidence, month, _NAN, _NAN)))
            continue
        if not fast:
            start, end = nt.to_original(start, end)
        first[key] = len(hits)
        # tuple.__new__ skips the NamedTuple constructor's Python-level argument handling
        hits.append(_new_hit(ConceptHit, (*info[concept], text[start:end], start, end, "alias", flag, confidence, month, _NAN, _NAN)))
    budget_hits = _budget_hits(find_budget(text, language, normalized=nt, taxonomy=tax))
    if budget_hits:
        hits.extend(budget_hits)
        hits.sort(key=_BY_SPAN)
    return hits


def _occasion_months(
    nt: NormalizedText, matches: list[AliasMatch], meta: _Meta, language: str | None, note_month: int | None
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
    dropped: set[int] = set()
    months: dict[int, int] = {}
    dates: list[int] = []
    spans: list[tuple[int, int]] = []
    timed: list[int] = []  # positions in ``spans`` of occasions with a movable date
    indices: list[int] = []
    previous = -1
    folded = nt.folded
    screened, next_month, is_timed = meta.screened, meta.next_month, meta.timed
    for i in found:
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
        elif concept in meta.dated and "0" in word:
            holiday = _DATE_HOLIDAYS.get(date_of(nt.original[slice(*nt.to_original(start, end))]) or (0, 0))
            if holiday is None:
                dropped.add(i)
            else:
                matches[i] = (start, end, meta.by_name[holiday], confidence)
                dates.append(i)
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
        spans.append((start, end))
        indices.append(i)
    used: list[MonthMention] = []
    if timed:
        mentions = find_months(nt, language, near=[spans[k] for k in timed])
        if mentions:
            attached = attach_months(
                nt, spans, mentions, language, lambda: [(m[0], m[1]) for m in matches if not occasion[m[2]]]
            )
            for k in timed:
                mention = attached[k]
                if mention is not None:
                    months[indices[k]] = mention.month
                    used.append(mention)
    for i in dates:
        start, end = matches[i][0], matches[i][1]
        if any(m.start < end and start < m.end for m in used) or _after_next_action(nt, matches, i, meta):
            dropped.add(i)
    return months, dropped


def _adjacent(nt: NormalizedText, end: int, start: int, language: str | None) -> bool:
    """Two hits next to each other in one clause: at most one word between them (two
    characters in JA/ZH/KO)."""
    gap = nt.folded[end:start]
    if (language or "").upper() in _DENSE_NOTE_LANGUAGES:
        return len(gap.strip()) <= 2 and same_clause(nt, end, start)
    return len(gap.split()) <= 1 and same_clause(nt, end, start)


_NUMBER = re.compile(r"\d+")


def _not_an_age(nt: NormalizedText, start: int, end: int) -> bool:
    """A birthday alias ending with a number ("wird 50", "turns 60", "compie 40") where the
    number is no age: too large, or followed by a unit ("wird 2 Wochen dauern")."""
    o_start, o_end = nt.to_original(start, end)
    numbers = _NUMBER.findall(nt.original, o_start, o_end)
    if not numbers or int(numbers[-1]) > 120:
        return bool(numbers)
    _, after = _tokens_around(nt, start, end)
    return after in _UNITS


def _tokens_around(nt: NormalizedText, start: int, end: int) -> tuple[str, str]:
    """The folded words right before and right after folded ``[start, end)``, in the same
    clause ("" otherwise)."""
    folded = nt.folded
    lo = max(0, start - 30)
    head = folded[lo:start].rstrip()
    before = head[head.rfind(" ") + 1 :]
    if before and not same_clause(nt, lo + len(head) - len(before), start):
        before = ""
    tail = folded[end : end + 30]
    stripped = tail.lstrip()
    after = stripped.split(" ", 1)[0] if stripped else ""
    if after and not same_clause(nt, end, end + len(tail) - len(stripped) + len(after)):
        after = ""
    return before, after


_PREVIOUS_WORD = re.compile(r"([^\W\d_]+)([ \t\-\u2010\u2011]+)$")
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")
_SENTENCE_END = ".!?;:\n"
_AFTER_TITLE = re.compile(
    r"(?<![^\W\d_])(?:Dott|Dott\.ssa|Dr|Prof|Ing|Avv|Arch|Sig|Sr|Sra|Don|Dona|Dña|Mme|Mr|Mrs|Ms|Hr|Fr|Dhr|Mevr)\.?\s+$"
)


def _sentence_initial(text: str, position: int) -> bool:
    before = text[max(0, position - 40) : position].rstrip()
    return not before or before[-1] in _SENTENCE_END or (position < 40 and not before)


def _is_name(nt: NormalizedText, start: int, end: int, word: str) -> bool:
    """A holiday word used as a name ("Jean-Noël", "Giuseppe Natale", "Natale Esposito",
    "Cliente Pascual Pascua") or, lowercase, as an adjective ("cidade natal")."""
    text = nt.original
    o_start, o_end = nt.to_original(start, end)
    if not text[o_start : o_start + 1].isupper():
        return word in _NAME_ADJECTIVES
    if _AFTER_TITLE.search(text, max(0, o_start - 12), o_start):
        return True  # "Dott. Natale", "Prof. Noël" (titles the matcher does not know)
    previous = _PREVIOUS_WORD.search(text, max(0, o_start - 30), o_start)
    previous_word = ""
    if previous is not None:
        previous_word = fold(previous.group(1)).strip()
        if previous_word in _FESTIVE_BEFORE:
            return False
        if previous.group(1)[0].isupper() and (
            "-" in previous.group(2) or not _sentence_initial(text, previous.start(1))
        ):
            return True  # "Jean-Noël", "Giuseppe Natale"
    # "Natale Esposito", "Noël Martin": a capitalised word follows, no preposition precedes
    following = _NEXT_WORD.match(text, o_end)
    return following is not None and following.group(1)[0].isupper() and previous_word not in _PREPOSITIONS


def _political(nt: NormalizedText, start: int, end: int, language: str | None) -> bool:
    """"party" the political organisation ("Labour Party", "party member", "third-party")."""
    before, after = _tokens_around(nt, start, end)
    if before in _POLITICAL_BEFORE or after in _POLITICAL_AFTER:
        return True
    if (language or "").upper() != "EN":
        return False
    text = nt.original
    o_start, _ = nt.to_original(start, end)
    previous = _PREVIOUS_WORD.search(text, max(0, o_start - 30), o_start)
    return (
        text[o_start : o_start + 1].isupper()
        and previous is not None
        and previous.group(1)[0].isupper()
        and not _sentence_initial(text, previous.start(1))
    )


def _on_sale(nt: NormalizedText, start: int, end: int, word: str) -> bool:
    """"promotion" the sale ("en promotion", "les promotions", "promotion -20%"), not the
    client's career step ("sa promotion", "got a promotion")."""
    before, after = _tokens_around(nt, start, end)
    if before in _SALE_BEFORE or after in _SALE_AFTER:
        return True
    if _PERCENT_AFTER.match(nt.original, nt.to_original(start, end)[1]):
        return True
    return word in _SALE_PLURALS and before not in _POSSESSIVES


def _after_next_action(nt: NormalizedText, matches: list[AliasMatch], i: int, meta: _Meta) -> bool:
    """A date right after a next action ("Rappeler le 8 mars", "Встреча 8 марта") is the
    action's date, not a holiday."""
    for j in range(i - 1, max(-1, i - 4), -1):
        if matches[j][2] in meta.next_actions and _near(nt, matches[j], matches[i], 4):
            return True
    return False


_BY_SPAN = itemgetter(4, 5)
_NAN = math.nan
_new_hit = tuple.__new__
@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector: extraction allocates many small tuples that never
    form cycles, and the collector would rescan the growing result list again and again
    (about 15% of a large batch's run time)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


_INPUT_COLUMNS = ("note_id", "client_id", "note_date", "language", "text", "upload_date")


def protected_hits(text: str, cell: object, taxonomy: Taxonomy | None = None) -> list[ConceptHit]:
    """The concepts pseudonymization redacted from ``text`` (a ``protected_concepts`` cell of
    ``notes``): their evidence is the placeholder left in the text ("[HEALTH]")."""
    from lvmh_pipeline.lib.privacy.pseudonymize import protected_from_json

    tax = taxonomy or _default_taxonomy()
    hits = []
    for item in protected_from_json(cell):
        if item.concept not in tax or not (0 <= item.start <= item.end <= len(text)):
            continue
        concept = tax.get(item.concept)
        hits.append(ConceptHit(concept.concept, concept.bucket, concept.category, text[item.start : item.end],
                               item.start, item.end, "alias", item.negated, item.confidence))
    return hits


def extract_note_concepts(notes: pd.DataFrame, *, taxonomy: Taxonomy | None = None) -> pd.DataFrame:
    """One row per (note, concept) with exactly :data:`NOTE_CONCEPTS_COLUMNS`.

    ``notes`` needs the ``note_id, client_id, note_date, language, text, upload_date``
    columns of the ``notes`` table (``protected_concepts`` too when present: the concepts
    whose words pseudonymization redacted); ``method`` is ``alias`` for dictionary hits and
    ``regex`` for budgets; ``month`` is a nullable integer, budget bounds are EUR floats.
    """
    missing = [c for c in _INPUT_COLUMNS if c not in notes.columns]
    if missing:
        raise ValueError(f"notes frame lacks columns {missing}")
    inputs = {c: notes[c].tolist() for c in _INPUT_COLUMNS}
    protected = notes["protected_concepts"].tolist() if "protected_concepts" in notes.columns else [None] * len(notes)
    languages = [lang if isinstance(lang, str) and lang else None for lang in inputs["language"]]
    hits: list[ConceptHit] = []
    counts: list[int] = []
    with _gc_paused():
        for text, language, note_date, cell in zip(inputs["text"], languages, inputs["note_date"], protected, strict=True):
            found = extract(text, language, note_date, taxonomy=taxonomy)
            if isinstance(cell, str) and len(cell) > 2:
                found = sorted(found + protected_hits(text, cell, taxonomy), key=_BY_SPAN)
            hits.extend(found)
            counts.append(len(found))
    fields = list(zip(*hits)) if hits else [()] * len(ConceptHit._fields)
    per_hit = dict(zip(ConceptHit._fields, fields, strict=True))

    def repeat(values: list) -> np.ndarray:
        return np.repeat(np.array(values, dtype=object), counts) if values else np.array([], dtype=object)

    frame = pd.DataFrame(
        {
            "note_id": repeat(inputs["note_id"]),
            "client_id": repeat(inputs["client_id"]),
            "note_date": repeat(inputs["note_date"]),
            "concept": np.array(per_hit["concept"], dtype=object),
            "bucket": np.array(per_hit["bucket"], dtype=object),
            "category": np.array(per_hit["category"], dtype=object),
            "evidence": np.array(per_hit["evidence"], dtype=object),
            "span_start": np.array(per_hit["start"], dtype=np.int64),
            "span_end": np.array(per_hit["end"], dtype=np.int64),
            "language": repeat(languages),
            "method": np.array(per_hit["method"], dtype=object),
            "negated": np.array(per_hit["negated"], dtype=bool),
            "confidence": np.array(per_hit["confidence"], dtype=np.float64),
            "month": pd.array(list(per_hit["month"]), dtype="Int64"),
            "value_min": np.array(per_hit["value_min"], dtype=np.float64),
            "value_max": np.array(per_hit["value_max"], dtype=np.float64),
            "upload_date": repeat(inputs["upload_date"]),
        }
    )
    return conform(frame, NOTE_CONCEPTS_COLUMNS)
