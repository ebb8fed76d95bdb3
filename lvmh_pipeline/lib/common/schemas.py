"""Column contracts of the warehouse tables.

The DuckDB IO manager matches columns by position, so every producer must emit
exactly these columns in exactly this order (use :func:`conform`).
"""

from __future__ import annotations

import pandas as pd

NOTES_COLUMNS: list[str] = [
    "note_id",  # sha1(client_id|note_date|pseudonymized text)[:16]
    "client_id",
    "note_date",  # ISO date string YYYY-MM-DD
    "language",  # upper-case ISO 639-1: FR EN IT ES DE PT NL RU JA KO ZH AR
    "duration_min",  # float, NaN when unknown
    "length",  # short | medium | long (derived from the text when missing)
    "text",  # pseudonymized transcription
    "source_file",  # file name relative to the data dir
    "source_line",  # 1-based physical line where the record starts in the file
    "upload_date",  # partition key YYYY-MM-DD
    "language_detected",  # bool: language was missing / unknown / contradicted and detected
    "date_after_upload",  # bool: note dated after its upload date (kept, flagged)
    "pii_redactions",  # int: number of placeholders inserted
    "protected_concepts",  # JSON list: concepts whose words were redacted ("nickel" -> [HEALTH])
    "mixed_encoding",  # bool: the row holds a line decoded as cp1252 in an otherwise UTF-8 file
    "locale_currency",  # ISO code the raw text's locale cues point to ("" none): bare budget amounts
]

REJECTED_NOTES_COLUMNS: list[str] = [
    "source_file",
    "source_line",
    "client_id",  # as read (may be empty)
    "reason",  # human readable: what is wrong with the row
    "raw_text",  # pseudonymized text of the rejected row (never raw PII)
    "upload_date",
]

NOTE_CONCEPTS_COLUMNS: list[str] = [
    "note_id",
    "client_id",
    "note_date",
    "concept",  # canonical English snake_case label
    "bucket",  # preferences | occasions | lifestyle | constraints | intent | next_actions | budget
    "category",  # product_type, color, material, style, house, occasion, family, hobby, travel,
    # profession, allergy, diet, timing, intent, next_action, budget
    "evidence",  # exact substring of the note text that matched
    "span_start",  # int, character offset in note text
    "span_end",  # int
    "language",
    "method",  # alias | regex | semantic
    "negated",  # bool
    "confidence",  # float 0..1
    "month",  # int 1..12 for occasions / timing when given, else <NA>
    "value_min",  # float EUR for budget rows, else NaN
    "value_max",  # float EUR for budget rows (NaN = no upper limit given)
    "upload_date",
]

CLIENT_PROFILES_COLUMNS: list[str] = [
    "client_id",
    "n_notes",
    "first_note_date",
    "last_note_date",
    "languages",  # list[str]
    "budget_min_eur",
    "budget_max_eur",
    "budget_flexible",
    "allergies",  # list[str]
    "diets",
    "occasions",  # list[str], "birthday" or "birthday:03" when the month is known
    "interests",  # hobbies, lifestyle, travel, professions
    "product_interests",
    "colors",
    "materials",
    "brands",
    "top_concepts",  # most frequent non-negated concepts, most frequent first
]


def conform(df: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    """Return ``df`` with exactly ``columns`` in order; fails loudly on missing ones."""
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise ValueError(f"missing columns {missing}; have {list(df.columns)}")
    return df.loc[:, columns].reset_index(drop=True)
