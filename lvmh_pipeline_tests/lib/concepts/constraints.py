"""Shared by the allergy and diet generalization tests: a sentence through the real path."""

from __future__ import annotations

import pandas as pd

from lvmh_pipeline.lib.concepts.extraction import extract_note_concepts
from lvmh_pipeline.lib.privacy.pseudonymize import protected_to_json, pseudonymize


def constraints(text: str, language: str) -> tuple[set[str], set[str]]:
    """The positive allergies and diets of ``text`` after pseudonymization (protected concepts
    included) and concept extraction."""
    result = pseudonymize(text, language=language)
    return stored_constraints(result.text, language, protected_to_json(result.protected))


def stored_constraints(stored: str, language: str, protected: str = "[]") -> tuple[set[str], set[str]]:
    """The positive allergies and diets of an already pseudonymized text (placeholders where
    pseudonymization put them)."""
    notes = pd.DataFrame(
        {
            "note_id": ["n1"], "client_id": ["c1"], "note_date": ["2026-01-15"], "language": [language],
            "text": [stored], "upload_date": ["2026-01-16"], "protected_concepts": [protected],
        }
    )
    rows = extract_note_concepts(notes)
    positive = rows[~rows["negated"].astype(bool)]
    return (
        set(positive.loc[positive["category"] == "allergy", "concept"]),
        set(positive.loc[positive["category"] == "diet", "concept"]),
    )
