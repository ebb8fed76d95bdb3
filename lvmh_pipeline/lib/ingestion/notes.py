"""Ingestion of uploaded notes CSVs into the ``notes`` and ``rejected_notes`` tables.

One file → :func:`read_notes_file`; one upload-date folder → :func:`ingest_partition`. Rows that
cannot be used go to ``rejected`` with file, line and reason; text is pseudonymized before it
reaches either output; exact duplicates (same client, date and text) are kept once.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from lvmh_pipeline.lib.ingestion.csv_reader import EmptyFileError, NotesFileError, RawTable, read_raw_table
from lvmh_pipeline.lib.ingestion.columns import ColumnMap, resolve_columns
from lvmh_pipeline.lib.ingestion.echo import safe_echo
from lvmh_pipeline.lib.ingestion.fields import (
    EARLIEST_NOTE_DATE,
    LATEST_NOTE_DATE,
    clean_text,
    derive_length,
    normalize_length,
    parse_duration,
    parse_note_date,
)
from lvmh_pipeline.lib.privacy.identifiers import ClientIds, client_ids_for
from lvmh_pipeline.lib.ingestion.parallel import pseudonymize_declared_notes
from lvmh_pipeline.lib.privacy.pseudonymize import DEFAULT_POLICY, PrivacyPolicy, protected_to_json, pseudonymize
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

DEFAULT_MAX_NOTE_BYTES = 100_000  # a longer transcription is rejected (its row, not the file)
_KEPT_OF_OVERSIZED = 2_000  # characters of an oversized note kept (pseudonymized) in rejected_notes

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


def _field(values: list[str], columns: dict[str, int], name: str) -> str:
    idx = columns.get(name)
    return values[idx] if idx is not None and idx < len(values) else ""


def note_id(client_id: str, note_date: str, text: str) -> str:
    """Stable id of a note: first 16 hex chars of sha1(``client_id|note_date|text``)."""
    return hashlib.sha1(f"{client_id}|{note_date}|{text}".encode()).hexdigest()[:16]


def _record_check(column_map: ColumnMap | None):
    """For :func:`read_raw_table`: tells a well-formed note record (a client id and a
    parseable date in their columns) from a line of text, to recover from broken quotes."""

    def for_header(header: list[str]):
        try:
            columns = resolve_columns(header, column_map, "")
        except NotesFileError:
            return None
        width, id_at, date_at = len(header), columns["id"], columns["date"]

        def is_record(values: list[str]) -> bool:
            return (
                len(values) == width
                and 0 < len(values[id_at].strip()) <= 64
                and parse_note_date(values[date_at]) is not None
            )

        return is_record

    return for_header


def _oversized(raw: str, limit: int) -> str | None:
    size = len(raw.encode("utf-8"))
    return f"note of {size:,} bytes exceeds the {limit:,}-byte limit" if size > limit else None


def _parse_rows(
    table: RawTable, columns: dict[str, int], source_file: str, upload_date: str, policy: PrivacyPolicy,
    ids: ClientIds, max_note_bytes: int = DEFAULT_MAX_NOTE_BYTES, workers: int | None = None,
) -> tuple[list[dict], list[dict]]:
    """Validate and convert the records of one file into note rows and rejected rows.

    Text is pseudonymized on ``workers`` processes (default: every core; see
    :mod:`.parallel`), and twice where it helps: a name found in one note of a client is
    redacted in the client's other notes of the file too ("Mme Keller" in one note, "Keller"
    alone in the next)."""
    notes: list[dict] = []
    rejected: list[dict] = []
    width = len(table.header)
    rows = []
    names: dict[str, set[str]] = {}
    client_ids = ids.apply([_field(values, columns, "id").strip() for _, values in table.records])
    for (line, values), client_id in zip(table.records, client_ids, strict=True):
        raw = clean_text(_field(values, columns, "text"))
        if any(v.strip() for v in values[width:]):  # rejected below: keep the whole record
            raw = clean_text(table.delimiter.join(values))
        too_big = _oversized(raw, max_note_bytes)
        if too_big:  # kept in part: the file holds the rest, named by file and line
            raw = raw[:_KEPT_OF_OVERSIZED] + f" … [truncated: {too_big}]"
        rows.append((line, values, raw, client_id))
    # the language of each note (declared, or detected) is settled in the workers too
    done = pseudonymize_declared_notes([(row[2], _field(row[1], columns, "language")) for row in rows], policy, workers)
    for row, (redacted, _, _) in zip(rows, done, strict=True):
        names.setdefault(row[3], set()).update(redacted.names)
    for (line, values, raw, client_id), (redacted, language, detected) in zip(rows, done, strict=True):
        others = names.get(client_id, set()) - set(redacted.names)
        if others:
            redacted = pseudonymize(raw, language=language, policy=policy, known_names=others)
        reasons = []
        if line in table.problems:
            reasons.append(table.problems[line])
        if _oversized(_field(values, columns, "text"), max_note_bytes):
            reasons.append(_oversized(_field(values, columns, "text"), max_note_bytes))
        if line == table.unterminated_line:
            reasons.append("unterminated quoted field (runs to the end of the file)")
        extra = values[width:]
        if any(v.strip() for v in extra):
            reasons.append(f"{len(values)} fields but the header has {width} (unquoted delimiter?)")
        if not client_id:
            reasons.append("missing client id")
        if not raw:
            reasons.append("empty transcription")
        date_value = _field(values, columns, "date").strip()
        note_date = parse_note_date(date_value) if date_value else None
        if not date_value:
            reasons.append("missing date")
        elif note_date is None:
            calendar_day = parse_note_date(date_value, check_range=False)
            reasons.append(
                f"date {calendar_day} outside {EARLIEST_NOTE_DATE.isoformat()} to {LATEST_NOTE_DATE.isoformat()}"
                if calendar_day else f"unparseable date '{safe_echo(date_value)}'"
            )
        if reasons:
            rejected.append({
                "source_file": source_file, "source_line": line, "client_id": client_id,
                "reason": f"line {line}: " + ", ".join(reasons), "raw_text": redacted.text,
                "upload_date": upload_date,
            })
            continue
        duration = parse_duration(_field(values, columns, "duration"))
        length = normalize_length(_field(values, columns, "length")) or derive_length(raw, duration)
        notes.append({
            "note_id": note_id(client_id, note_date, redacted.text), "client_id": client_id,
            "note_date": note_date, "language": language, "duration_min": duration,
            "length": length, "text": redacted.text, "source_file": source_file,
            "source_line": line, "upload_date": upload_date, "language_detected": detected,
            "date_after_upload": note_date > upload_date, "pii_redactions": redacted.total,
            "protected_concepts": protected_to_json(redacted.protected),
            "mixed_encoding": table.mixed_encoding(line),
            "_redactions": redacted.counts,
        })
    return notes, rejected


def _dedupe(notes: list[dict], seen: dict[str, str]) -> tuple[list[dict], list[dict]]:
    """Keep the first of each (client, date, text); later copies become rejected rows.

    ``seen`` maps note ids already kept (in this or earlier files) to "file:line".
    """
    kept, duplicates = [], []
    for row in notes:
        first = seen.get(row["note_id"])
        if first is None:
            seen[row["note_id"]] = f"{row['source_file']}:{row['source_line']}"
            kept.append(row)
            continue
        duplicates.append({
            "source_file": row["source_file"], "source_line": row["source_line"],
            "client_id": row["client_id"],
            "reason": f"line {row['source_line']}: duplicate of {first}",
            "raw_text": row["text"], "upload_date": row["upload_date"],
        })
    return kept, duplicates


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
    table = read_raw_table(path, record_check=_record_check(column_map))
    columns = resolve_columns(table.header, column_map, str(path))
    ids = client_ids_for(relative_to)
    notes, rejected = _parse_rows(table, columns, source_file, upload_date, policy, ids, max_note_bytes, workers)
    kept, duplicates = _dedupe(notes, seen)
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
