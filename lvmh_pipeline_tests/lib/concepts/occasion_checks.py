"""Shared reading of the occasion class tests: a note's positive occasions and their months."""

from __future__ import annotations

from lvmh_pipeline.lib.concepts.extraction import extract


def occasions(text: str, language: str) -> set[tuple[str, int | None]]:
    """(label, month) of each occasion extracted from ``text`` (note dated 2026-01-15), negated ones left out."""
    return {(h.concept, h.month) for h in extract(text, language, "2026-01-15", fixed_months=True)
            if h.category == "occasion" and not h.negated}


def occasion_labels(text: str, language: str) -> set[str]:
    return {label for label, _ in occasions(text, language)}
