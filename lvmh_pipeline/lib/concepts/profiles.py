"""Client profiles: one row per client over every note, from the notes and their concepts.

Lists hold canonical English labels, sorted; negated concepts are left out ("pas fan noir"
does not make ``black`` a colour preference). The budget comes from the client's most recent
note that states one; ``budget_flexible`` from that same note (or, when no note states an
amount, from any note saying the budget is flexible).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable

import pandas as pd

from lvmh_pipeline.lib.common.schemas import CLIENT_PROFILES_COLUMNS, conform

__all__ = ["CATEGORY_FIELDS", "TOP_CONCEPTS", "build_client_profiles", "format_occasion"]

TOP_CONCEPTS = 10

# Profile list column -> taxonomy categories feeding it.
CATEGORY_FIELDS: dict[str, frozenset[str]] = {
    "allergies": frozenset({"allergy"}),
    "diets": frozenset({"diet"}),
    "occasions": frozenset({"occasion"}),
    "interests": frozenset({"hobby", "lifestyle", "travel", "profession"}),
    "product_interests": frozenset({"product_type"}),
    "colors": frozenset({"color"}),
    "materials": frozenset({"material"}),
    "brands": frozenset({"house"}),
}
_FIELD_OF_CATEGORY = {category: field for field, categories in CATEGORY_FIELDS.items() for category in categories}
_NOTE_COLUMNS = ("note_id", "client_id", "note_date", "language")
_CONCEPT_COLUMNS = ("note_id", "client_id", "note_date", "concept", "bucket", "category", "negated", "month",
                    "value_min", "value_max")
_BUDGET_ROWS = frozenset({"budget", "budget_unlimited", "budget_flexible"})


def format_occasion(concept: str, month: object) -> str:
    """``birthday`` or ``birthday:03`` when the month is known."""
    if month is None or (isinstance(month, float) and math.isnan(month)) or month is pd.NA:
        return concept
    return f"{concept}:{int(month):02d}"


def _require(frame: pd.DataFrame, columns: Iterable[str], name: str) -> None:
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise ValueError(f"{name} frame lacks columns {missing}")


def _is_set(value: object) -> bool:
    return value is not None and value is not pd.NA and not (isinstance(value, float) and math.isnan(value))


def _occasion_labels(labels: set[str]) -> list[str]:
    """Sorted labels, dropping a bare occasion when the same occasion is known with a month."""
    with_month = {label.split(":", 1)[0] for label in labels if ":" in label}
    return sorted(label for label in labels if ":" in label or label not in with_month)


def _budget_of(rows: list[tuple]) -> tuple[float, float, bool]:
    """(min, max, flexible) from one client's budget rows: (note_date, note_id, concept, min, max)."""
    stated = [r for r in rows if r[2] in ("budget", "budget_unlimited")]
    if not stated:
        return math.nan, math.nan, any(r[2] == "budget_flexible" for r in rows)
    latest_date, latest_note = max((r[0], r[1]) for r in stated)
    in_note = [r for r in rows if r[0] == latest_date and r[1] == latest_note]
    amount = next((r for r in in_note if r[2] == "budget"), None)
    flexible = any(r[2] == "budget_flexible" for r in in_note)
    if amount is None:  # "no budget limit": no bounds
        return math.nan, math.nan, flexible
    return float(amount[3]), float(amount[4]), flexible


def build_client_profiles(notes: pd.DataFrame, note_concepts: pd.DataFrame) -> pd.DataFrame:
    """One row per client (sorted by ``client_id``) with exactly :data:`CLIENT_PROFILES_COLUMNS`.

    ``notes`` needs ``note_id, client_id, note_date, language``; ``note_concepts`` the
    ``note_concepts`` table. Clients with notes but no concepts get a row with empty lists.
    ``top_concepts``: up to :data:`TOP_CONCEPTS` most frequent non-negated concepts (number of
    notes mentioning them), budget rows excluded, ties broken alphabetically.
    """
    _require(notes, _NOTE_COLUMNS, "notes")
    _require(note_concepts, _CONCEPT_COLUMNS, "note_concepts")

    note_ids: dict[str, set[str]] = defaultdict(set)
    dates: dict[str, list[str]] = defaultdict(list)
    languages: dict[str, set[str]] = defaultdict(set)
    for note_id, client_id, note_date, language in zip(*(notes[c].tolist() for c in _NOTE_COLUMNS), strict=True):
        if not _is_set(client_id):
            continue
        client = str(client_id)
        note_ids[client].add(str(note_id))
        if _is_set(note_date):
            dates[client].append(str(note_date))
        if _is_set(language) and str(language):
            languages[client].add(str(language))

    lists: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    budgets: dict[str, list[tuple]] = defaultdict(list)
    positive = note_concepts.loc[~note_concepts["negated"].astype(bool)]
    for note_id, client_id, note_date, concept, bucket, category, month, value_min, value_max in zip(
        *(positive[c].tolist() for c in ("note_id", "client_id", "note_date", "concept", "bucket", "category",
                                          "month", "value_min", "value_max")),
        strict=True,
    ):
        client = str(client_id)
        note_ids[client].add(str(note_id))
        if _is_set(note_date):
            dates[client].append(str(note_date))
        if concept in _BUDGET_ROWS:
            budgets[client].append((str(note_date), str(note_id), concept, value_min, value_max))
            continue
        if bucket != "budget":
            counts[client][concept] += 1
        field = _FIELD_OF_CATEGORY.get(category)
        if field == "occasions":
            lists[client][field].add(format_occasion(concept, month))
        elif field is not None:
            lists[client][field].add(concept)

    rows = []
    for client in sorted(note_ids):
        budget_min, budget_max, flexible = _budget_of(budgets.get(client, []))
        fields = lists.get(client, {})
        ranked = sorted(counts.get(client, Counter()).items(), key=lambda item: (-item[1], item[0]))
        client_dates = dates.get(client, [])
        rows.append(
            {
                "client_id": client,
                "n_notes": len(note_ids[client]),
                "first_note_date": min(client_dates) if client_dates else None,
                "last_note_date": max(client_dates) if client_dates else None,
                "languages": sorted(languages.get(client, ())),
                "budget_min_eur": budget_min,
                "budget_max_eur": budget_max,
                "budget_flexible": bool(flexible),
                **{
                    field: _occasion_labels(fields.get(field, set())) if field == "occasions"
                    else sorted(fields.get(field, ()))
                    for field in CATEGORY_FIELDS
                },
                "top_concepts": [concept for concept, _ in ranked[:TOP_CONCEPTS]],
            }
        )
    frame = pd.DataFrame(rows, columns=CLIENT_PROFILES_COLUMNS)
    frame = frame.astype({"n_notes": "int64", "budget_min_eur": "float64", "budget_max_eur": "float64",
                          "budget_flexible": "bool"})
    return conform(frame, CLIENT_PROFILES_COLUMNS)
