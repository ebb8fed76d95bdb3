"""Shared by the occasion tests: the upcoming occasions of a sentence, with their month."""

from __future__ import annotations

from lvmh_pipeline.lib.concepts.extraction import extract


def occasions(text: str, language: str) -> set[str]:
    """``concept:MM`` for each dated occasion of ``text``, the bare concept for one found with no
    month (and not dated elsewhere in the text); negated (past, denied) occasions left out."""
    found = {(h.concept, h.month) for h in extract(text, language, fixed_months=True)
             if h.category == "occasion" and not h.negated}
    dated = {c for c, m in found if m}
    return {f"{c}:{m:02d}" if m else c for c, m in found if m or c not in dated}


def occasion_pairs(text: str, language: str) -> set[tuple[str, int | None]]:
    """(concept, month) of each occasion of ``text`` (a note dated 2026-01-15), negated ones left out."""
    return {(h.concept, h.month) for h in extract(text, language, "2026-01-15", fixed_months=True)
            if h.category == "occasion" and not h.negated}


def occasion_labels(text: str, language: str) -> set[str]:
    return {label for label, _ in occasion_pairs(text, language)}
