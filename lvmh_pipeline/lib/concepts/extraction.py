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
from lvmh_pipeline.lib.concepts.months import attach_months, find_months, next_month_of
from lvmh_pipeline.lib.concepts.negation import negation_flags
from lvmh_pipeline.lib.common.schemas import NOTE_CONCEPTS_COLUMNS, conform
from lvmh_pipeline.lib.concepts.taxonomy import Taxonomy, load_taxonomy
from lvmh_pipeline.lib.common.text import NormalizedText, normalize

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
    months = _occasion_months(nt, matches, meta, language, _note_month(note_date))

    hits: list[ConceptHit] = []
    first: dict[int, int] = {}  # concept * 2 + negated -> position in hits
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
            if month is not None and hits[kept].month is None:
                hits[kept] = hits[kept]._replace(month=month)
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
) -> dict[int, int]:
    """Month per occasion match index, from month names near it. Relative times ("next
    month") do not give an occasion a month (the note does not name one); the ``next_month``
    timing hit itself carries the resolved month when the note date is known."""
    timed = [i for i, m in enumerate(matches) if meta.timed[m[2]]]
    if not timed:
        return {}
    months: dict[int, int] = {}
    occasions = [i for i in timed if matches[i][2] != meta.next_month]
    if occasions:
        mentions = find_months(nt, language)
        attached = attach_months(nt, [(matches[i][0], matches[i][1]) for i in occasions], mentions, language)
        months = {i: month for i, month in zip(occasions, attached, strict=True) if month is not None}
    if note_month is not None:
        for i in timed:
            if matches[i][2] == meta.next_month:
                months[i] = next_month_of(note_month)
    return months


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


def extract_note_concepts(notes: pd.DataFrame, *, taxonomy: Taxonomy | None = None) -> pd.DataFrame:
    """One row per (note, concept) with exactly :data:`NOTE_CONCEPTS_COLUMNS`.

    ``notes`` needs the ``note_id, client_id, note_date, language, text, upload_date``
    columns of the ``notes`` table; ``method`` is ``alias`` for dictionary hits and
    ``regex`` for budgets; ``month`` is a nullable integer, budget bounds are EUR floats.
    """
    missing = [c for c in _INPUT_COLUMNS if c not in notes.columns]
    if missing:
        raise ValueError(f"notes frame lacks columns {missing}")
    inputs = {c: notes[c].tolist() for c in _INPUT_COLUMNS}
    languages = [lang if isinstance(lang, str) and lang else None for lang in inputs["language"]]
    hits: list[ConceptHit] = []
    counts: list[int] = []
    with _gc_paused():
        for text, language, note_date in zip(inputs["text"], languages, inputs["note_date"], strict=True):
            found = extract(text, language, note_date, taxonomy=taxonomy)
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
