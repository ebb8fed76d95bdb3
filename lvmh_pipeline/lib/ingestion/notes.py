"""Ingestion of uploaded notes CSVs into the ``notes`` and ``rejected_notes`` tables.

One file → :func:`read_notes_file`; one upload-date folder → :func:`ingest_partition`. Rows that
cannot be used go to ``rejected`` with file, line and reason; text is pseudonymized before it
reaches either output; exact duplicates (same client, date and text) are kept once. How each
record is validated and converted is :mod:`.note_rows`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from lvmh_pipeline.lib.ingestion.csv_reader import EmptyFileError, NotesFileError, read_raw_table
from lvmh_pipeline.lib.ingestion.columns import ColumnMap, resolve_columns
from lvmh_pipeline.lib.ingestion.note_rows import DEFAULT_MAX_NOTE_BYTES, dedupe, parse_rows, record_check
from lvmh_pipeline.lib.privacy.identifiers import client_ids_for
from lvmh_pipeline.lib.privacy.pseudonymize import DEFAULT_POLICY, PrivacyPolicy
from lvmh_pipeline.lib.common.schemas import NOTES_COLUMNS, REJECTED_NOTES_COLUMNS, conform
from lvmh_pipeline.lib.ingestion.uploads import EMPTY_FILE, csv_files, is_iso_date, skipped_entries

__all__ = [
    "ColumnMap",
    "IngestResult",
    "NotesFileError",
    "empty_notes",
    "empty_rejected",
    "ingest_partition",
    "read_notes_file",
]


_NOTES_DTYPES: dict[str, object] = {
    "duration_min": np.float64,
    "source_line": np.int64,
    "language_detected": bool,
    "date_after_upload": bool,
    "pii_redactions": np.int64,
    "mixed_encoding": bool,
}
_REJECTED_DTYPES: dict[str, object] = {"source_line": np.int64}


@dataclass(frozen=True)
class IngestResult:
    """Accepted notes (``NOTES_COLUMNS``), rejected rows (``REJECTED_NOTES_COLUMNS``) and the
    placeholders inserted in the accepted notes per language and kind (``language, kind,
    redactions``)."""

    notes: pd.DataFrame
    rejected: pd.DataFrame
    redactions: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=REDACTION_COLUMNS))
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file, why it was not read)


REDACTION_COLUMNS = ["language", "kind", "redactions"]


def _redaction_table(notes: list[dict]) -> pd.DataFrame:
    """Placeholders per (language, kind) over the accepted note rows, most frequent first."""
    totals: dict[tuple[str, str], int] = {}
    for row in notes:
        for kind, count in row["_redactions"].items():
            if count:
                key = (row["language"], kind)
                totals[key] = totals.get(key, 0) + count
    frame = pd.DataFrame([(lang, kind, n) for (lang, kind), n in totals.items()], columns=REDACTION_COLUMNS)
    return frame.sort_values(["redactions", "language", "kind"], ascending=[False, True, True], ignore_index=True)


def _typed_frame(rows: list[dict], columns: list[str], dtypes: dict[str, object]) -> pd.DataFrame:
    """A frame with exactly ``columns``: numbers and flags typed, every other column object."""
    data = {}
    for col in columns:
        values = [row[col] for row in rows]
        dtype = dtypes.get(col, object)
        data[col] = pd.Series(values, dtype=dtype)
    return conform(pd.DataFrame(data, columns=columns), columns)


def empty_notes() -> pd.DataFrame:
    """An empty ``notes`` frame with the stable column types."""
    return _typed_frame([], NOTES_COLUMNS, _NOTES_DTYPES)


def empty_rejected() -> pd.DataFrame:
    """An empty ``rejected_notes`` frame with the stable column types."""
    return _typed_frame([], REJECTED_NOTES_COLUMNS, _REJECTED_DTYPES)


def _relative_posix(path: Path, relative_to: Path) -> str:
    try:
        return path.resolve().relative_to(relative_to.resolve()).as_posix()
    except ValueError:
        return Path(os.path.relpath(path.resolve(), relative_to.resolve())).as_posix()


def _check_upload_date(upload_date: str) -> None:
    if not is_iso_date(upload_date):
        raise ValueError(f"upload_date must be an ISO date YYYY-MM-DD, got {upload_date!r}")


def _read_file_rows(
    path: Path, relative_to: Path, upload_date: str, column_map: ColumnMap | None,
    seen: dict[str, str], policy: PrivacyPolicy, max_note_bytes: int = DEFAULT_MAX_NOTE_BYTES,
    workers: int | None = None,
) -> tuple[list[dict], list[dict]]:
    source_file = _relative_posix(path, relative_to)
    table = read_raw_table(path, record_check=record_check(column_map))
    columns = resolve_columns(table.header, column_map, str(path))
    ids = client_ids_for(relative_to)
    notes, rejected = parse_rows(table, columns, source_file, upload_date, policy, ids, max_note_bytes, workers)
    kept, duplicates = dedupe(notes, seen)
    rejected = sorted(rejected + duplicates, key=lambda r: r["source_line"])
    return kept, rejected


def read_notes_file(
    path: Path, *, relative_to: Path, upload_date: str, column_map: ColumnMap | None = None,
    policy: PrivacyPolicy = DEFAULT_POLICY, max_note_bytes: int = DEFAULT_MAX_NOTE_BYTES,
    workers: int | None = None,
) -> IngestResult:
    """Read one notes CSV (never modified) into validated, pseudonymized, de-duplicated notes.

    ``source_file`` is ``path`` relative to ``relative_to`` (POSIX). Raises
    :class:`NotesFileError` when the file cannot be read at all.
    """
    _check_upload_date(upload_date)
    notes, rejected = _read_file_rows(Path(path), Path(relative_to), upload_date, column_map, {}, policy, max_note_bytes,
                                      workers)
    return IngestResult(
        _typed_frame(notes, NOTES_COLUMNS, _NOTES_DTYPES),
        _typed_frame(rejected, REJECTED_NOTES_COLUMNS, _REJECTED_DTYPES),
        _redaction_table(notes),
    )


def ingest_partition(
    upload_dir: Path, *, data_dir: Path, upload_date: str, column_map: ColumnMap | None = None,
    policy: PrivacyPolicy = DEFAULT_POLICY, max_note_bytes: int = DEFAULT_MAX_NOTE_BYTES,
    workers: int | None = None,
) -> IngestResult:
    """Ingest every ``*.csv`` of one upload folder (sorted by name), de-duplicating across files.

    A missing or symlinked folder raises :class:`NotesFileError`; a folder without CSV files
    gives empty frames; an empty file (no header, no rows) is skipped; any other unreadable file
    fails the whole partition; whatever is not read (empty files, other extensions, nested
    folders, symbolic links) is listed in ``skipped``. ``workers``: processes that pseudonymize
    (default: every available core; the output does not depend on it).
    """
    _check_upload_date(upload_date)
    upload_dir = Path(upload_dir)
    if upload_dir.is_symlink():
        raise NotesFileError(f"{upload_dir}: upload folder is a symbolic link: refused")
    if not upload_dir.is_dir():
        raise NotesFileError(f"{upload_dir}: upload folder does not exist")
    seen: dict[str, str] = {}
    all_notes: list[dict] = []
    all_rejected: list[dict] = []
    skipped = [(f"uploads/{upload_date}/{name}", why) for name, why in skipped_entries(upload_dir)]
    for path in csv_files(upload_dir):
        try:
            notes, rejected = _read_file_rows(path, Path(data_dir), upload_date, column_map, seen, policy,
                                              max_note_bytes, workers)
        except EmptyFileError:
            entry = (f"uploads/{upload_date}/{path.name}", EMPTY_FILE)
            if entry not in skipped:
                skipped.append(entry)
            continue
        all_notes += notes
        all_rejected += rejected
    return IngestResult(
        _typed_frame(all_notes, NOTES_COLUMNS, _NOTES_DTYPES),
        _typed_frame(all_rejected, REJECTED_NOTES_COLUMNS, _REJECTED_DTYPES),
        _redaction_table(all_notes),
        skipped,
    )


def unique_notes(notes: pd.DataFrame, *, in_place: bool = False) -> pd.DataFrame:
    """Notes of every upload once each, sorted by client and date.

    De-duplication inside an upload happens at ingestion; a note re-uploaded under a later
    upload date keeps its ``note_id`` and is counted once here. ``in_place``: ``notes`` itself
    becomes the result (a step's loaded input is then not held twice; at 100,000 clients the
    notes with their text are ~0.3 GB).
    """
    order = ["client_id", "note_date", "note_id"]
    if not in_place:
        return notes.drop_duplicates("note_id").sort_values(order, ignore_index=True)
    notes.drop_duplicates("note_id", inplace=True)
    notes.sort_values(order, ignore_index=True, inplace=True)
    return notes


def unique_note_concepts(note_concepts: pd.DataFrame, *, in_place: bool = False) -> pd.DataFrame:
    """Concept rows of every note once each (see :func:`unique_notes`); ``in_place`` as there
    (the concept rows are 7.6 million at 100,000 clients, ~0.9 GB)."""
    key = ["note_id", "concept", "span_start"]
    if not in_place:
        return note_concepts.drop_duplicates(key, ignore_index=True)
    note_concepts.drop_duplicates(key, ignore_index=True, inplace=True)
    return note_concepts
