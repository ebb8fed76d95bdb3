"""Notes are read one language after another (cache locality) but the table keeps input order."""

from __future__ import annotations

import pandas as pd

from lvmh_pipeline.lib.concepts.extraction import extract, extract_note_concepts
from lvmh_pipeline.lib.concepts.note_table import in_input_order, language_order


def test_language_order_groups_languages_stably_and_restores():
    languages = ["FR", "EN", None, "FR", "EN", "JA", None]
    order = language_order(languages)
    assert [languages[i] for i in order] == [None, None, "EN", "EN", "FR", "FR", "JA"]
    assert order == [2, 6, 1, 4, 0, 3, 5]  # input order within a language
    assert in_input_order(order, [f"r{i}" for i in order]) == [f"r{i}" for i in range(len(languages))]


def test_rows_follow_the_input_notes_when_languages_alternate():
    texts = [("IT", "Vegana, budget 2.000 euro."), ("EN", "Nut allergy; birthday in May."),
             ("IT", "Allergia alle noci, compleanno a maggio."), ("EN", "Vegan, budget 3K.")]
    notes = pd.DataFrame(
        [(f"n{k}", f"c{k}", "2026-01-08", lang, text, "2026-01-09") for k, (lang, text) in enumerate(texts)],
        columns=["note_id", "client_id", "note_date", "language", "text", "upload_date"],
    )
    out = extract_note_concepts(notes, workers=1)
    expected = [(f"n{k}", hit.concept, hit.start) for k, (lang, text) in enumerate(texts)
                for hit in extract(text, lang, "2026-01-08", fixed_months=True)]
    assert list(zip(out["note_id"], out["concept"], out["span_start"], strict=True)) == expected
    assert list(dict.fromkeys(out["note_id"])) == ["n0", "n1", "n2", "n3"]
