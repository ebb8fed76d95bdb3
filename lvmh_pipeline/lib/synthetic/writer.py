"""Write notes as CA export files, one per upload date, with deliberate defects and line truth;
and the ground-truth files, written apart from the inputs (the pipeline never reads them).

Records are written with the csv module (``\\n`` line ends, minimal quoting). The physical line
where each record starts is tracked while writing, counting newlines embedded in quoted
transcriptions, so that the ground truth can point at ``source_file`` / ``source_line``.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np

from .latent import OutcomeTruth
from .planner import NoteTruth
from .personas import Persona

NOTE_COLUMNS: list[str] = ["ID", "Date", "Duration", "Language", "Length", "Transcription"]
_BAD_DATES = ("31/02/2025", "2025-13-07", "n/a", "hier", "2025/15/40", "TBD", "32.01.2026")


@dataclass(frozen=True)
class NoteRecord:
    """One note as produced by the generator, before export defects."""

    client_id: str
    note_date: date
    language: str
    duration_min: int
    length: str
    text: str
    truth: NoteTruth


@dataclass(frozen=True)
class ExportRow:
    """One record as it will be written, with what is wrong with it."""

    record: NoteRecord
    fields: tuple[str, str, str, str, str, str]
    bad_reason: str = ""
    is_duplicate: bool = False


@dataclass(frozen=True)
class WrittenRow:
    """An export row with its place in the written file."""

    row: ExportRow
    source_file: str  # relative to the output dir
    source_line: int
    upload_date: date


def upload_for(note_date: date, uploads: list[date]) -> date:
    """The first upload date on or after ``note_date`` (notes are uploaded after the appointment)."""
    for u in uploads:
        if note_date <= u:
            return u
    raise ValueError(f"note dated {note_date} after the last upload {uploads[-1]}")


def _fields(rec: NoteRecord) -> tuple[str, str, str, str, str, str]:
    return (rec.client_id, rec.note_date.isoformat(), f"{rec.duration_min} min", rec.language, rec.length, rec.text)


def _corrupt(rng: np.random.Generator, row: ExportRow) -> ExportRow:
    reason = ("empty_transcription", "missing_id", "unparseable_date")[int(rng.integers(3))]
    f = list(row.fields)
    if reason == "empty_transcription":
        f[5] = str(rng.choice(["", " ", "   "]))
        truth = NoteTruth()
        row = replace(row, record=replace(row.record, truth=truth))
    elif reason == "missing_id":
        f[0] = ""
    else:
        f[1] = str(rng.choice(_BAD_DATES))
    return replace(row, fields=(f[0], f[1], f[2], f[3], f[4], f[5]), bad_reason=reason)


def export_rows(
    rng: np.random.Generator, records: list[NoteRecord], uploads: list[date], bad_row_rate: float,
    duplicate_rate: float,
) -> dict[date, list[ExportRow]]:
    """Group notes by upload date (sorted by date, client) and inject bad rows and duplicates."""
    by_upload: dict[date, list[ExportRow]] = {u: [] for u in uploads}
    for rec in sorted(records, key=lambda r: (r.note_date, r.client_id)):
        row = ExportRow(rec, _fields(rec))
        by_upload[upload_for(rec.note_date, uploads)].append(row)
    flat = [(u, i) for u in uploads for i in range(len(by_upload[u]))]
    n_bad = int(round(bad_row_rate * len(flat))) if flat and bad_row_rate > 0 else 0
    n_dup = int(round(duplicate_rate * len(flat))) if flat and duplicate_rate > 0 else 0
    n_bad, n_dup = max(n_bad, int(bad_row_rate > 0 and len(flat) >= 50)), max(n_dup, int(duplicate_rate > 0 and len(flat) >= 50))
    picks = rng.choice(len(flat), size=min(len(flat), n_bad + n_dup), replace=False) if flat else []
    bad_idx, dup_idx = [flat[int(i)] for i in picks[:n_bad]], [flat[int(i)] for i in picks[n_bad:]]
    for u, i in bad_idx:
        by_upload[u][i] = _corrupt(rng, by_upload[u][i])
    originals = [(u, by_upload[u][i]) for u, i in sorted(dup_idx)]
    for u, orig in originals:
        later = [x for x in uploads if x > u]
        # Half the duplicates come back in the next upload (a re-export), half within the file.
        target = later[0] if later and rng.random() < 0.5 else u
        rows = by_upload[target]
        lo = next(k for k, r in enumerate(rows) if r is orig) + 1 if target == u else 0
        rows.insert(int(rng.integers(lo, len(rows) + 1)), replace(orig, is_duplicate=True))
    return by_upload


def _record(fields: list[str] | tuple[str, ...]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(fields)
    return buf.getvalue()


def write_uploads(out_dir: Path, by_upload: dict[date, list[ExportRow]]) -> list[WrittenRow]:
    """Write ``uploads/<date>/notes_<date>.csv`` files; returns every row with its line."""
    written: list[WrittenRow] = []
    for upload, rows in sorted(by_upload.items()):
        if not rows:
            continue
        rel = f"uploads/{upload.isoformat()}/notes_{upload.isoformat()}.csv"
        path = out_dir / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        chunks = [_record(NOTE_COLUMNS)]
        line = 2
        for row in rows:
            record = _record(row.fields)
            chunks.append(record)
            written.append(WrittenRow(row, rel, line, upload))
            line += record.count("\n")
        path.write_text("".join(chunks), encoding="utf-8", newline="")
    return written


# --- ground truth -------------------------------------------------------------------------

NOTES_TRUTH_COLUMNS: list[str] = [
    "source_file", "source_line", "client_id", "note_date", "language", "allergies", "diets",
    "occasions", "budget_min_eur", "budget_max_eur", "budget_flexible", "budget_unlimited",
    "has_budget", "intents", "pii_planted", "bad_row_reason", "is_duplicate",
    # beyond the contract: what else the note mentions, for evaluating extraction
    "products", "colors", "houses", "upload_date",
    # last, so that readers by position keep working: surnames as written in the note text
    "names_planted",
    # GDPR Art. 9 mentions ("CATEGORY:exact text") and the harder input classes of wild.py
    "special_planted", "wild_classes",
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
        ";".join(t.names), ";".join(t.special), ";".join(t.wild),
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
