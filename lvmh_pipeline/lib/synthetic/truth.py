"""Ground-truth files, written apart from the inputs (the pipeline never reads them)."""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .latent import OutcomeTruth
from .personas import Persona
from .writer import WrittenRow

NOTES_TRUTH_COLUMNS: list[str] = [
    "source_file", "source_line", "client_id", "note_date", "language", "allergies", "diets",
    "occasions", "budget_min_eur", "budget_max_eur", "budget_flexible", "budget_unlimited",
    "has_budget", "intents", "pii_planted", "bad_row_reason", "is_duplicate",
    # beyond the contract: what else the note mentions, for evaluating extraction
    "products", "colors", "houses", "upload_date",
    # last, so that readers by position keep working: surnames as written in the note text
    "names_planted",
]
CLIENTS_TRUTH_COLUMNS: list[str] = [
    "client_id", "persona", "language", "purchase_rate_per_year", "churn_hazard_per_year",
    "mean_basket_eur", "true_purchase_prob_90d", "true_churn_prob_180d", "expected_spend_365d",
    # beyond the contract
    "state_at_as_of", "region", "gender", "acquisition_date", "churn_date", "budget_eur", "vip",
    "n_notes", "n_orders",
]


def _money(x: float | None) -> str:
    return "" if x is None else f"{x:.2f}"


def note_truth_row(w: WrittenRow) -> list[str]:
    """One ``notes_truth.csv`` row for a written record."""
    rec, t = w.row.record, w.row.record.truth
    b = t.budget
    return [
        w.source_file, str(w.source_line), rec.client_id, rec.note_date.isoformat(), rec.language,
        ";".join(t.allergies), ";".join(t.diets), ";".join(t.occasions),
        _money(b.min_eur if b else None), _money(b.max_eur if b else None),
        str(int(bool(b and b.flexible))), str(int(bool(b and b.unlimited))), str(int(b is not None)),
        ";".join(t.intents), ";".join(t.pii), w.row.bad_reason, str(int(w.row.is_duplicate)),
        ";".join(t.products), ";".join(t.colors), ";".join(t.houses), w.upload_date.isoformat(),
        ";".join(t.names),
    ]


@dataclass(frozen=True)
class ClientTruth:
    """Latent parameters and exact outcome expectations of one client."""

    persona: Persona
    mean_basket_eur: float
    outcome: OutcomeTruth
    churn_date: str
    n_notes: int
    n_orders: int


def client_truth_row(c: ClientTruth) -> list[str]:
    """One ``clients_truth.csv`` row."""
    p, o = c.persona, c.outcome
    return [
        p.client_id, p.archetype, p.language, f"{p.purchase_rate:.6f}", f"{p.churn_hazard:.6f}",
        f"{c.mean_basket_eur:.2f}", f"{o.purchase_prob:.6f}", f"{o.churn_prob:.6f}",
        f"{o.expected_orders * c.mean_basket_eur:.2f}", o.state, p.region, p.gender,
        p.acquisition.isoformat(), c.churn_date, f"{p.budget_eur:.2f}", str(int(p.vip)),
        str(c.n_notes), str(c.n_orders),
    ]


def write_csv(path: Path, header: list[str], rows: list[list[str]] | list[tuple[Any, ...]]) -> None:
    """Write a UTF-8 CSV with ``\\n`` line ends (deterministic bytes)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def write_meta(path: Path, meta: dict[str, Any]) -> None:
    """``meta.json`` with sorted keys so that the bytes only depend on the content."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(meta, indent=2, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
