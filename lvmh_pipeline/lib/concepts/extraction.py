"""Concept extraction from advisor notes: dictionary hits, negation, occasion months, budgets.

``extract(text, language)`` returns :class:`ConceptHit` objects whose ``evidence`` is always
``text[start:end]``; ``extract_note_concepts(notes)`` turns a notes frame into the
``note_concepts`` table (exactly :data:`NOTE_CONCEPTS_COLUMNS`).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from datetime import date, datetime
from functools import partial
from operator import itemgetter

import pandas as pd

from lvmh_pipeline.lib.common.parallel import map_in_processes
from lvmh_pipeline.lib.common.text import normalize
from lvmh_pipeline.lib.concepts.budgets.budget import find_budget
from lvmh_pipeline.lib.concepts.constraints import (
    avoided_diets, pair_allergies, with_licensed, with_placeholders,
)
from lvmh_pipeline.lib.concepts.constraints.diet_rules.condition_foods import REASON_CONCEPTS
from lvmh_pipeline.lib.concepts.constraints.diet_rules.eating_window import eating_windows
from lvmh_pipeline.lib.concepts.constraints.allergy_rules.verb_final import verb_final_intolerances
from lvmh_pipeline.lib.concepts.context import allergy_meta, concept_meta, default_taxonomy
from lvmh_pipeline.lib.concepts.hits import ConceptHit, budget_hits, once_per_allergen, protected_hits
from lvmh_pipeline.lib.concepts.matcher import get_matcher
from lvmh_pipeline.lib.concepts.negation import negation_flags
from lvmh_pipeline.lib.concepts.note_table import concepts_frame, gc_paused, in_input_order, language_order
from lvmh_pipeline.lib.concepts.occasions import occasion_months
from lvmh_pipeline.lib.concepts.occasions.phrases.couple_days import couple_days
from lvmh_pipeline.lib.concepts.occasions.phrases.dated_events import dated_events
from lvmh_pipeline.lib.concepts.occasions.phrases.implied_months import implied_months
from lvmh_pipeline.lib.concepts.occasions.phrases.going_retired import going_retired
from lvmh_pipeline.lib.concepts.occasions.phrases.worded_ages import worded_ages
from lvmh_pipeline.lib.concepts.occasions.pregnancy import denied_births
from lvmh_pipeline.lib.concepts.occasions.references.arabic_christmas import bare_milad
from lvmh_pipeline.lib.concepts.occasions.phrases.restated_anniversaries import restated_anniversaries
from lvmh_pipeline.lib.concepts.occasions.phrases.restated_months import restated_months
from lvmh_pipeline.lib.concepts.occasions.phrases.same_month import same_month
from lvmh_pipeline.lib.concepts.occasions.rules import with_parents_days
from lvmh_pipeline.lib.concepts.statements.ages import spoken_ages
from lvmh_pipeline.lib.concepts.statements.couple_years import couple_years
from lvmh_pipeline.lib.concepts.statements.gifting.gift_groups import group_gifts, shared_months
from lvmh_pipeline.lib.concepts.statements.reactions.cues import named_things, reaction_cues
from lvmh_pipeline.lib.concepts.statements.reactions.headache_conditions import condition_headaches
from lvmh_pipeline.lib.concepts.taxonomy import Taxonomy

__all__ = ["ConceptHit", "extract", "extract_note_concepts", "protected_hits"]


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


def extract(
    text: str,
    language: str | None = None,
    note_date: str | date | None = None,
    *,
    taxonomy: Taxonomy | None = None,
    fixed_months: bool = False,
    protected: Sequence[ConceptHit] = (),
    budgets: bool = True,
    locale: str | None = None,
) -> list[ConceptHit]:
    """Concepts of one note, in text order, one per (concept, negated) — an occasion once
    per month it is given ("birthday sister August … birthday husband March").

    ``language`` selects the aliases (all languages when unknown); ``note_date`` gives the
    ``next_month`` timing concept its month number. ``fixed_months``: christmas,
    valentines_day and new_year carry their month (12, 2, 1) unless the note dates them
    otherwise; off here by default (the demo generator's ground truth gives them no month),
    on in :func:`extract_note_concepts`, the pipeline's path: an analyst planning December
    wants "Christmas" there. ``protected``: the
    concepts pseudonymization redacted from ``text`` (:func:`protected_hits`); the allergens
    among them pair with the allergy words left next to their placeholders. A non-food
    allergen is a hit at every mention (pseudonymization removes each one). ``budgets=False`` skips
    the budget (pseudonymization reads only allergies, diets and occasions). ``locale``: the raw
    note's locale currency recorded by pseudonymization (None: read on ``text``).
    """
    if not isinstance(text, str) or not text.strip():
        return []
    tax = taxonomy or default_taxonomy()
    meta = concept_meta(tax)
    nt = normalize(text)
    matcher = get_matcher(tax)
    matches = matcher.find(nt, language)
    allergy = allergy_meta(tax)
    if protected:
        matches = with_placeholders(nt, matches, protected, meta)
    matches = group_gifts(nt, matches, meta, language)  # "gifts for the employees"
    if language == "AR":
        matches = bare_milad(nt, matches, meta)  # "مسيحي … هدية للميلاد": Christmas
    matches = spoken_ages(nt, matches, meta)  # "wordt in april 70", "turns sixty"
    matches = worded_ages(nt, matches, meta)  # "Dad's seventieth", "les cinquante ans de son mari"
    matches = dated_events(nt, matches, meta, language)  # "diplômée en juillet", "Retraite fin juin"
    matches = going_retired(nt, matches, meta)  # "gaat in oktober met pensioen"
    matches = couple_years(nt, matches, meta)  # "dieci anni insieme", "結婚廿週年", "tinnen bruiloft"
    matches = couple_days(nt, matches, meta)  # "남친이랑 100일", "在一起一百天"
    matches = with_parents_days(nt, matches, meta)  # "어버이날": mother's and father's day
    matches = eating_windows(nt, matches, meta.by_name.get("intermittent_fasting", -1), language)  # "eats only from 12 to 8"
    reactions = reaction_cues(nt, matches, language, meta, meta.by_name["allergy_cue"],
                              partial(matcher.find, nt, language, licensed=True))  # "itchy red ears from cheap earrings"
    if reactions:
        matches = sorted(matches + reactions)
    concepts = {m[2] for m in matches}
    licensing = not allergy.anchors.isdisjoint(concepts)
    repeats: set[tuple[int, int]] = set()
    if licensing:
        licensed = named_things(nt, matches, matcher.find(nt, language, licensed=True), meta)  # not "earrings" alone
        matches = with_licensed(nt, matches, licensed, meta, repeats)
        concepts = {m[2] for m in matches}
    matches = condition_headaches(nt, matches, meta)  # "hat Migräne, bitte kein Duft im Salon"
    negated = negation_flags(nt, matches, language)
    verb_final_intolerances(nt, matches, negated, meta, language)  # "weil sie kein Nickel verträgt"
    absolute = frozenset()
    if not allergy.diet_cues.isdisjoint(concepts):
        absolute = avoided_diets(nt, matches, negated, meta, language, allergy)  # turns cues into diets in place
        concepts = {m[2] for m in matches}
    constrained = licensing or not allergy.constraints.isdisjoint(concepts)
    dropped = (
        pair_allergies(
            nt, matches, negated, meta, language, allergy, frozenset(repeats), absolute,
            tuple((h.start, h.end) for h in protected if h.concept == "diabetic" and not h.negated),
            tuple((h.start, h.end, h.concept) for h in protected if h.concept in REASON_CONCEPTS and not h.negated),
        )
        if constrained else set()
    )
    months, not_occasions = occasion_months(nt, matches, meta, language, _note_month(note_date), negated)
    if not_occasions:
        dropped = dropped | not_occasions
    restated_months(nt, matches, meta, language, months, dropped)  # "день матери, у них это в мае": May there
    dropped = dropped | restated_anniversaries(nt, matches, meta, dropped)  # "leur anniversaire, cinq ans ensemble"
    same_month(nt, matches, meta, months, dropped)  # "结婚十周年，太太生日同月（9月）"
    if fixed_months:
        fixed_of = meta.language_months.get(language or "", meta.fixed_month)  # "fête des pères": June
        implied_of = implied_months(nt.folded, matches, meta.names, language, note_date)  # Thanksgiving: November
        for i, match in enumerate(matches):
            fixed = implied_of.get(i) or fixed_of[match[2]]
            if fixed and i not in months:  # a date written in the note wins ("Рождество 7 января")
                months[i] = fixed
    shared_months(nt, matches, months, dropped, meta)  # corporate gifts for a dated occasion

    hits: list[ConceptHit] = []
    first: dict[int, int] = {}  # concept * 2 + negated -> position in hits
    more: dict[int, list[int]] = {}  # the same occasion again with another month
    fast = nt.starts is None
    info = meta.info
    cues = meta.cues
    every = allergy.every
    month_of = months.get
    new_hit, hit_type, nan = _new_hit, ConceptHit, _NAN
    for i, (start, end, concept, confidence) in enumerate(matches):
        if concept in cues or i in dropped:
            continue
        flag = negated[i]
        key = concept * 2 + flag
        if key in first and every[concept]:
            key = ~i  # a non-food allergen again: each mention is a hit (pseudonymization removes each)
        month = month_of(i)
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
            hits.append(new_hit(hit_type, (*info[concept], text[start:end], start, end, "alias", flag, confidence, month, nan, nan)))
            continue
        if not fast:
            start, end = nt.to_original(start, end)
        first[key] = len(hits)
        # tuple.__new__ skips the NamedTuple constructor's Python-level argument handling
        hits.append(new_hit(hit_type, (*info[concept], text[start:end], start, end, "alias", flag, confidence, month, nan, nan)))
    found_budget = budget_hits(find_budget(text, language, normalized=nt, taxonomy=tax, locale=locale)) if budgets else None
    if found_budget:
        hits.extend(found_budget)
        hits.sort(key=_BY_SPAN)
    return hits


_BY_SPAN = itemgetter(4, 5)
_NAN = math.nan
_new_hit = tuple.__new__
_INPUT_COLUMNS = ("note_id", "client_id", "note_date", "language", "text", "upload_date")


def _note_hits(taxonomy: Taxonomy | None, fixed_months: bool, note: tuple) -> list[ConceptHit]:
    """The concepts of one (text, language, note_date, protected_concepts cell, locale_currency cell)."""
    text, language, note_date, cell, locale = note
    locale = locale if isinstance(locale, str) else None  # a frame without the column: read on the text
    if isinstance(cell, str) and len(cell) > 2:
        kept = protected_hits(text, cell, taxonomy)
        found = extract(text, language, note_date, taxonomy=taxonomy, fixed_months=fixed_months, protected=kept, locale=locale)
        return once_per_allergen(sorted(found + denied_births(found, kept), key=_BY_SPAN))
    return once_per_allergen(extract(text, language, note_date, taxonomy=taxonomy, fixed_months=fixed_months, locale=locale))


def _language_of(note: tuple) -> str | None:
    return note[1]


def extract_note_concepts(
    notes: pd.DataFrame, *, taxonomy: Taxonomy | None = None, fixed_months: bool = True,
    workers: int | None = None,
) -> pd.DataFrame:
    """One row per (note, concept) with exactly :data:`NOTE_CONCEPTS_COLUMNS`.

    ``notes`` needs the ``note_id, client_id, note_date, language, text, upload_date``
    columns of the ``notes`` table (``protected_concepts`` too when present: the concepts
    whose words pseudonymization redacted, and ``locale_currency``); ``method`` is ``alias`` for dictionary hits and
    ``regex`` for budgets; ``month`` is a nullable integer, budget bounds are EUR floats.
    ``fixed_months``: see :func:`extract`. The notes are read on ``workers`` processes
    (default: every core; ``1`` measures one core), with the serial output.
    """
    missing = [c for c in _INPUT_COLUMNS if c not in notes.columns]
    if missing:
        raise ValueError(f"notes frame lacks columns {missing}")
    inputs = {c: notes[c].tolist() for c in _INPUT_COLUMNS}
    protected = notes["protected_concepts"].tolist() if "protected_concepts" in notes.columns else [None] * len(notes)
    locales = notes["locale_currency"].tolist() if "locale_currency" in notes.columns else [None] * len(notes)
    languages = [lang if isinstance(lang, str) and lang else None for lang in inputs["language"]]
    # the collector stays paused until the hits are freed: resumed while they are alive, it
    # would scan every one of them (a quarter of a large batch's run time)
    with gc_paused():
        items = list(zip(inputs["text"], languages, inputs["note_date"], protected, locales, strict=True))
        order = language_order(languages)  # one language after another: its automata and lexicons stay in cache
        per_note = in_input_order(order, map_in_processes(partial(_note_hits, taxonomy, fixed_months),
                                                          [items[i] for i in order], warm_key=_language_of, workers=workers))
        counts = [len(found) for found in per_note]
        hits = list(itertools.chain.from_iterable(per_note))
        del per_note
        frame = concepts_frame(inputs, languages, hits, counts, ConceptHit._fields)
        del hits
    return frame
