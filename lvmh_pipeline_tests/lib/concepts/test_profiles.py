"""Client profiles from notes and note concepts."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from lvmh_pipeline.lib.concepts.extraction import extract_note_concepts
from lvmh_pipeline.lib.concepts.profiles import build_client_profiles, format_occasion
from lvmh_pipeline.lib.common.schemas import CLIENT_PROFILES_COLUMNS, NOTE_CONCEPTS_COLUMNS

NAN = math.nan
_CATEGORY = {
    "nickel": ("constraints", "allergy"), "latex": ("constraints", "allergy"), "vegan": ("constraints", "diet"),
    "black": ("preferences", "color"), "navy": ("preferences", "color"), "leather": ("preferences", "material"),
    "handbag": ("preferences", "product_type"), "dior": ("preferences", "house"), "golf": ("lifestyle", "hobby"),
    "lawyer": ("lifestyle", "profession"), "japan": ("lifestyle", "travel"), "spouse": ("lifestyle", "family"),
    "birthday": ("occasions", "occasion"), "wedding": ("occasions", "occasion"), "urgent": ("constraints", "timing"),
    "budget": ("budget", "budget"), "budget_flexible": ("budget", "budget"), "budget_unlimited": ("budget", "budget"),
    "vip_client": ("intent", "intent"), "sustainability": ("lifestyle", "lifestyle"),
}


def notes_frame(rows: list[tuple[str, str, str, str]]) -> pd.DataFrame:
    """(note_id, client_id, note_date, language)"""
    return pd.DataFrame(rows, columns=["note_id", "client_id", "note_date", "language"])


def concept_rows(rows: list[tuple]) -> pd.DataFrame:
    """(note_id, client_id, note_date, concept[, negated, month, value_min, value_max])"""
    records = []
    for row in rows:
        note_id, client_id, note_date, concept, *rest = row
        negated, month, value_min, value_max = (list(rest) + [False, None, NAN, NAN][len(rest):])
        bucket, category = _CATEGORY[concept]
        records.append(
            {
                "note_id": note_id, "client_id": client_id, "note_date": note_date, "concept": concept,
                "bucket": bucket, "category": category, "evidence": concept, "span_start": 0, "span_end": 1,
                "language": "EN", "method": "regex" if bucket == "budget" else "alias", "negated": negated,
                "confidence": 1.0, "month": month, "value_min": value_min, "value_max": value_max,
                "upload_date": "2026-03-01",
            }
        )
    frame = pd.DataFrame(records, columns=NOTE_CONCEPTS_COLUMNS)
    return frame.astype({"month": "Int64", "negated": bool})


def profile(frame: pd.DataFrame, client: str) -> dict:
    return frame.set_index("client_id").loc[client].to_dict()


def test_columns_and_one_row_per_client():
    notes = notes_frame([("n1", "c2", "2026-01-01", "FR"), ("n2", "c1", "2026-01-02", "EN"), ("n3", "c2", "2026-02-01", "EN")])
    out = build_client_profiles(notes, concept_rows([("n1", "c2", "2026-01-01", "vegan")]))
    assert list(out.columns) == CLIENT_PROFILES_COLUMNS
    assert out["client_id"].tolist() == ["c1", "c2"]
    c2 = profile(out, "c2")
    assert (c2["n_notes"], c2["first_note_date"], c2["last_note_date"]) == (2, "2026-01-01", "2026-02-01")
    assert c2["languages"] == ["EN", "FR"]


def test_client_without_concepts_gets_a_row():
    out = build_client_profiles(notes_frame([("n1", "c1", "2026-01-01", "FR")]), concept_rows([]))
    row = profile(out, "c1")
    assert row["n_notes"] == 1 and row["top_concepts"] == [] and row["allergies"] == []
    assert math.isnan(row["budget_min_eur"]) and math.isnan(row["budget_max_eur"])
    assert not row["budget_flexible"]


def test_category_lists_sorted_and_negated_excluded():
    notes = notes_frame([("n1", "c1", "2026-01-01", "EN"), ("n2", "c1", "2026-01-05", "EN")])
    concepts = concept_rows(
        [
            ("n1", "c1", "2026-01-01", "nickel"), ("n1", "c1", "2026-01-01", "latex", True),
            ("n1", "c1", "2026-01-01", "vegan"), ("n1", "c1", "2026-01-01", "navy"),
            ("n2", "c1", "2026-01-05", "black", True), ("n2", "c1", "2026-01-05", "leather"),
            ("n2", "c1", "2026-01-05", "handbag"), ("n2", "c1", "2026-01-05", "dior"),
            ("n2", "c1", "2026-01-05", "golf"), ("n2", "c1", "2026-01-05", "lawyer"),
            ("n2", "c1", "2026-01-05", "japan"), ("n2", "c1", "2026-01-05", "sustainability"),
            ("n2", "c1", "2026-01-05", "spouse"),
        ]
    )
    row = profile(build_client_profiles(notes, concepts), "c1")
    assert row["allergies"] == ["nickel"]
    assert row["diets"] == ["vegan"]
    assert row["colors"] == ["navy"]
    assert row["materials"] == ["leather"]
    assert row["product_interests"] == ["handbag"]
    assert row["brands"] == ["dior"]
    assert row["interests"] == ["golf", "japan", "lawyer", "sustainability"]  # family is not an interest
    assert "black" not in row["top_concepts"] and "latex" not in row["top_concepts"]


def test_budget_from_most_recent_note_stating_one():
    notes = notes_frame([("n1", "c1", "2026-01-01", "EN"), ("n2", "c1", "2026-02-01", "EN"), ("n3", "c1", "2026-03-01", "EN")])
    concepts = concept_rows(
        [
            ("n1", "c1", "2026-01-01", "budget", False, None, 1000.0, 2000.0),
            ("n1", "c1", "2026-01-01", "budget_flexible"),
            ("n2", "c1", "2026-02-01", "budget", False, None, 5000.0, 5000.0),
            ("n3", "c1", "2026-03-01", "vegan"),
        ]
    )
    row = profile(build_client_profiles(notes, concepts), "c1")
    assert (row["budget_min_eur"], row["budget_max_eur"]) == (5000.0, 5000.0)
    assert not row["budget_flexible"]  # the older note's flexibility does not carry over


def test_open_ended_and_unlimited_budgets():
    notes = notes_frame([("n1", "c1", "2026-01-01", "EN"), ("n2", "c2", "2026-01-01", "EN"), ("n3", "c3", "2026-01-01", "EN")])
    concepts = concept_rows(
        [
            ("n1", "c1", "2026-01-01", "budget", False, None, 35000.0, NAN),
            ("n2", "c2", "2026-01-01", "budget_unlimited"),
            ("n3", "c3", "2026-01-01", "budget_flexible"),
        ]
    )
    out = build_client_profiles(notes, concepts)
    c1, c2, c3 = profile(out, "c1"), profile(out, "c2"), profile(out, "c3")
    assert c1["budget_min_eur"] == 35000.0 and math.isnan(c1["budget_max_eur"])
    assert math.isnan(c2["budget_min_eur"]) and math.isnan(c2["budget_max_eur"]) and not c2["budget_flexible"]
    assert math.isnan(c3["budget_min_eur"]) and c3["budget_flexible"]


def test_occasions_with_months():
    notes = notes_frame([("n1", "c1", "2026-01-01", "EN"), ("n2", "c1", "2026-02-01", "EN")])
    concepts = concept_rows(
        [
            ("n1", "c1", "2026-01-01", "birthday", False, 3),
            ("n2", "c1", "2026-02-01", "birthday"),
            ("n2", "c1", "2026-02-01", "wedding"),
            ("n2", "c1", "2026-02-01", "birthday", False, 10),
        ]
    )
    row = profile(build_client_profiles(notes, concepts), "c1")
    assert row["occasions"] == ["birthday:03", "birthday:10", "wedding"]


@pytest.mark.parametrize(("month", "label"), [(3, "birthday:03"), (12, "birthday:12"), (None, "birthday"),
                                               (NAN, "birthday"), (pd.NA, "birthday")])
def test_format_occasion(month, label):
    assert format_occasion("birthday", month) == label


def test_top_concepts_by_frequency_then_alphabet_without_budget():
    notes = notes_frame([(f"n{i}", "c1", f"2026-01-0{i}", "EN") for i in range(1, 4)])
    rows = [(f"n{i}", "c1", f"2026-01-0{i}", "vegan") for i in range(1, 4)]
    rows += [(f"n{i}", "c1", f"2026-01-0{i}", "golf") for i in range(1, 3)]
    rows += [("n1", "c1", "2026-01-01", c) for c in ("navy", "dior", "black", "leather", "handbag", "lawyer",
                                                     "japan", "spouse", "urgent", "vip_client", "nickel")]
    rows += [("n1", "c1", "2026-01-01", "budget", False, None, 5000.0, 5000.0)] * 3
    top = profile(build_client_profiles(notes, concept_rows(rows)), "c1")["top_concepts"]
    assert top == ["vegan", "golf", "black", "dior", "handbag", "japan", "lawyer", "leather", "navy", "nickel"]


def test_missing_columns_rejected():
    with pytest.raises(ValueError, match="notes"):
        build_client_profiles(pd.DataFrame({"note_id": []}), concept_rows([]))
    with pytest.raises(ValueError, match="note_concepts"):
        build_client_profiles(notes_frame([]), pd.DataFrame({"note_id": []}))


def test_end_to_end_with_extraction():
    notes = pd.DataFrame(
        {
            "note_id": ["a", "b", "c"],
            "client_id": ["CA_1", "CA_1", "CA_2"],
            "note_date": ["2026-01-08", "2026-03-01", "2026-01-10"],
            "language": ["FR", "EN", "DE"],
            "text": [
                "Budget 3-4K flexible. Cuir cognac, pas fan noir. Anniversaire mari fin mars. Végétarienne.",
                "Budget around 5K. Nickel allergy. Looking for a Dior scarf.",
                "Keine Allergien.",
            ],
            "upload_date": ["2026-03-02"] * 3,
        }
    )
    out = build_client_profiles(notes, extract_note_concepts(notes))
    one, two = profile(out, "CA_1"), profile(out, "CA_2")
    assert (one["budget_min_eur"], one["budget_max_eur"]) == (5000.0, 5000.0) and not one["budget_flexible"]
    assert one["allergies"] == ["nickel"] and one["diets"] == ["vegetarian"]
    assert one["occasions"] == ["birthday:03"] and one["colors"] == ["cognac"] and one["brands"] == ["dior"]
    assert "scarf" in one["product_interests"] and one["languages"] == ["EN", "FR"]
    assert two["allergies"] == [] and two["n_notes"] == 1
