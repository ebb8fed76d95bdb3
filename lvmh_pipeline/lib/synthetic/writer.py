"""Write notes as CA export files, one per upload date, with deliberate defects and line truth.

Records are written with the csv module (``\\n`` line ends, minimal quoting). The physical line
where each record starts is tracked while writing, counting newlines embedded in quoted
transcriptions, so that the ground truth can point at ``source_file`` / ``source_line``.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import numpy as np

from .note_model import NoteTruth

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
