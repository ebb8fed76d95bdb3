"""What the assets read of the two big warehouse tables: the columns they use, no more.

`note_concepts` holds ~24 rows per note (7.7 million rows for 100,000 clients) and `notes` the
whole pseudonymized text with its provenance; most assets need a few of their columns. The
DuckDB IO manager selects only the columns named in an input's metadata, so the evidence
strings, spans, methods and source files are never loaded where nobody reads them.
"""

import dagster as dg

# every column the profile, vector, segment, model and recommendation code reads, plus
# span_start (lib/ingestion/notes.unique_note_concepts de-duplicates on it)
CONCEPT_FACTS = ("note_id", "client_id", "note_date", "concept", "bucket", "category", "span_start", "negated",
                 "month", "value_min", "value_max")
NOTE_KEYS = ("note_id", "client_id", "note_date")


def columns(*names: str) -> dg.AssetIn:
    """An input reading only ``names`` of its warehouse table."""
    return dg.AssetIn(metadata={"columns": list(names)})


concept_facts = columns(*CONCEPT_FACTS)
concept_facts_and_evidence = columns(*CONCEPT_FACTS, "evidence")  # the dashboard quotes the evidence
note_keys = columns(*NOTE_KEYS)
note_keys_and_language = columns(*NOTE_KEYS, "language")
note_texts = columns(*NOTE_KEYS, "language", "text")  # embeddings; note length and languages features
