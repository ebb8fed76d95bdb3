"""Concept extraction quality against the demo generator's ground truth (evaluation only;
the pipeline itself never reads ground truth)."""

from __future__ import annotations

import math

import pandas as pd

from lvmh_pipeline.lib.concepts.context import FIXED_MONTHS

SET_CATEGORIES = {"allergy": "allergies", "diet": "diets", "occasion": "occasions"}
EXCLUDED = {"allergy_unspecified"}


def _split(value: object) -> set[str]:
    if not isinstance(value, str) or not value.strip():
        return set()
    return {part.strip() for part in value.split(";") if part.strip()}


def _strip_month(labels: set[str]) -> set[str]:
    return {label.split(":")[0] for label in labels}


def _close(a: float, b: float, tolerance: float = 0.01) -> bool:
    if math.isnan(a) or math.isnan(b):
        return math.isnan(a) and math.isnan(b)
    return abs(a - b) <= tolerance * max(abs(a), abs(b), 1.0)


def predicted_facts(note_concepts: pd.DataFrame) -> pd.DataFrame:
    """Per note: predicted allergy / diet / occasion sets and budget, from concept rows."""
    active = note_concepts[~note_concepts["negated"].astype(bool)]
    rows: dict[str, dict[str, object]] = {}
    for row in active.itertuples(index=False):
        facts = rows.setdefault(
            row.note_id,
            {"allergies": set(), "diets": set(), "occasions": set(), "budget": None, "flexible": False, "unlimited": False},
        )
        if row.category in SET_CATEGORIES and row.concept not in EXCLUDED:
            label = row.concept
            # the generator's truth gives fixed holidays no month (christmas is December anyway)
            if row.category == "occasion" and not pd.isna(row.month) and FIXED_MONTHS.get(label) != int(row.month):
                label = f"{label}:{int(row.month)}"
            facts[SET_CATEGORIES[row.category]].add(label)
        elif row.concept == "budget" and facts["budget"] is None:
            facts["budget"] = (float(row.value_min), float(row.value_max))
        elif row.concept == "budget_flexible":
            facts["flexible"] = True
        elif row.concept == "budget_unlimited":
            facts["unlimited"] = True
    return pd.DataFrame.from_dict(rows, orient="index")


def concept_quality(notes: pd.DataFrame, note_concepts: pd.DataFrame, notes_truth: pd.DataFrame) -> pd.DataFrame:
    """Precision / recall per fact family over the notes present in both truth and warehouse.

    Notes are aligned on ``(source_file, source_line)``. Rows: allergies, diets, occasions,
    occasions_with_month (label and month must match), budget (exact (min, max) within 1%),
    budget_flexible.
    """
    truth = notes_truth[notes_truth["bad_row_reason"].fillna("").eq("") & notes_truth["is_duplicate"].eq(0)]
    keyed = notes.set_index(["source_file", "source_line"])["note_id"]
    truth = truth.join(keyed, on=["source_file", "source_line"], how="inner")
    predicted = predicted_facts(note_concepts)
    counts = {name: [0, 0, 0] for name in ("allergies", "diets", "occasions", "occasions_with_month", "budget", "budget_flexible")}
    for row in truth.itertuples(index=False):
        facts = predicted.loc[row.note_id] if row.note_id in predicted.index else None
        for family in ("allergies", "diets", "occasions"):
            expected = _split(getattr(row, family))
            got = set(facts[family]) if facts is not None else set()
            if family == "occasions":
                _add(counts["occasions_with_month"], got, expected)
                got, expected = _strip_month(got), _strip_month(expected)
            _add(counts[family], got, expected)
        _budget_counts(counts, row, facts)
    table = pd.DataFrame(
        [
            {
                "fact": name,
                "true_positives": tp,
                "predicted": predicted_n,
                "expected": expected_n,
                "precision": tp / predicted_n if predicted_n else float("nan"),
                "recall": tp / expected_n if expected_n else float("nan"),
            }
            for name, (tp, predicted_n, expected_n) in counts.items()
        ]
    )
    table.attrs["notes_evaluated"] = len(truth)
    return table


def _add(counter: list[int], got: set[str], expected: set[str]) -> None:
    counter[0] += len(got & expected)
    counter[1] += len(got)
    counter[2] += len(expected)


def _budget_counts(counts: dict[str, list[int]], row: object, facts: pd.Series | None) -> None:
    expected = None
    if int(row.has_budget) and not int(row.budget_unlimited):
        expected = (float(row.budget_min_eur), float(row.budget_max_eur) if not pd.isna(row.budget_max_eur) else float("nan"))
    got = facts["budget"] if facts is not None else None
    counter = counts["budget"]
    counter[1] += got is not None
    counter[2] += expected is not None
    counter[0] += got is not None and expected is not None and _close(got[0], expected[0]) and _close(got[1], expected[1])
    flexible = counts["budget_flexible"]
    got_flexible = bool(facts["flexible"]) if facts is not None else False
    flexible[0] += got_flexible and bool(int(row.budget_flexible))
    flexible[1] += got_flexible
    flexible[2] += int(row.budget_flexible)
