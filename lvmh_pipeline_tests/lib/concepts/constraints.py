"""Shared by the allergy and diet generalization tests: a sentence through the real path."""

from __future__ import annotations

import pandas as pd

from lvmh_pipeline.lib.concepts.extraction import extract_note_concepts
from lvmh_pipeline.lib.privacy.pseudonymize import protected_to_json, pseudonymize


def constraints(text: str, language: str) -> tuple[set[str], set[str]]:
    """The positive allergies and diets of ``text`` after pseudonymization (protected concepts
    included) and concept extraction."""
    result = pseudonymize(text, language=language)
    notes = pd.DataFrame(
        {
            "note_id": ["n1"], "client_id": ["c1"], "note_date": ["2026-01-15"], "language": [language],
            "text": [result.text], "upload_date": ["2026-01-16"],
            "protected_concepts": [protected_to_json(result.protected)],
        }
    )
    rows = extract_note_concepts(notes)
    positive = rows[~rows["negated"].astype(bool)]
    return (
        set(positive.loc[positive["category"] == "allergy", "concept"]),
        set(positive.loc[positive["category"] == "diet", "concept"]),
    )
