"""The hits of concept extraction: :class:`ConceptHit`, the hits of a note's budget, the concepts
pseudonymization redacted from a note (their evidence is the placeholder left in the text), and one
row per non-food allergen for the ``note_concepts`` table."""

from __future__ import annotations

import math
from typing import NamedTuple

from lvmh_pipeline.lib.concepts.budgets.budget import Budget
from lvmh_pipeline.lib.concepts.context import default_taxonomy
from lvmh_pipeline.lib.concepts.taxonomy import Taxonomy

__all__ = ["ConceptHit", "budget_hits", "once_per_allergen", "protected_hits"]

KEYWORD_BUDGET_CONFIDENCE = 0.95
CURRENCY_ONLY_BUDGET_CONFIDENCE = 0.8
FLEXIBLE_CONFIDENCE = 0.9

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

def budget_hits(budget: Budget | None) -> list[ConceptHit]:
    """The hits of a note's budget: its amount, "no limit" and "flexible", each where it is said."""
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


def protected_hits(text: str, cell: object, taxonomy: Taxonomy | None = None) -> list[ConceptHit]:
    """The concepts pseudonymization redacted from ``text`` (a ``protected_concepts`` cell of
    ``notes``): their evidence is the placeholder left in the text ("[HEALTH]")."""
    from lvmh_pipeline.lib.privacy.pseudonymize import protected_from_json

    tax = taxonomy or default_taxonomy()
    hits = []
    for item in protected_from_json(cell):
        if item.concept not in tax or not (0 <= item.start <= item.end <= len(text)):
            continue
        concept = tax.get(item.concept)
        hits.append(ConceptHit(concept.concept, concept.bucket, concept.category, text[item.start : item.end],
                               item.start, item.end, "alias", item.negated, item.confidence, item.month))
    return hits


def once_per_allergen(found: list[ConceptHit]) -> list[ConceptHit]:
    """One row per (allergen, negated): :func:`extract` gives every mention of a non-food
    allergen and each redacted mention is a protected concept; the table keeps the first."""
    seen: set[tuple[str, bool]] = set()
    kept = []
    for hit in found:
        if hit.category == "allergy":
            key = (hit.concept, hit.negated)
            if key in seen:
                continue
            seen.add(key)
        kept.append(hit)
    return kept if len(kept) < len(found) else found
