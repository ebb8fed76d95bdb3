"""The records of one notes file → note rows and rejected rows, for :mod:`.notes`.

Each record is validated (client id, date in range, text present and not oversized, field count),
its text pseudonymized (on worker processes, :mod:`.parallel`) and given a stable
:func:`note_id`; a record that cannot be used becomes a rejected row naming its line and every
reason. :func:`dedupe` keeps the first of identical notes (same client, date and text).
"""

from __future__ import annotations

import hashlib

from lvmh_pipeline.lib.ingestion.csv_reader import NotesFileError, RawTable
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
from lvmh_pipeline.lib.privacy.identifiers import ClientIds
from lvmh_pipeline.lib.ingestion.parallel import pseudonymize_declared_notes
from lvmh_pipeline.lib.privacy.pseudonymize import PrivacyPolicy, protected_to_json, pseudonymize


DEFAULT_MAX_NOTE_BYTES = 100_000  # a longer transcription is rejected (its row, not the file)
_KEPT_OF_OVERSIZED = 2_000  # characters of an oversized note kept (pseudonymized) in rejected_notes


def _field(values: list[str], columns: dict[str, int], name: str) -> str:
    idx = columns.get(name)
    return values[idx] if idx is not None and idx < len(values) else ""


def note_id(client_id: str, note_date: str, text: str) -> str:
    """Stable id of a note: first 16 hex chars of sha1(``client_id|note_date|text``)."""
    return hashlib.sha1(f"{client_id}|{note_date}|{text}".encode()).hexdigest()[:16]


def record_check(column_map: ColumnMap | None):
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


def parse_rows(
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
            "mixed_encoding": table.mixed_encoding(line), "locale_currency": redacted.locale_currency,
            "_redactions": redacted.counts,
        })
    return notes, rejected


def dedupe(notes: list[dict], seen: dict[str, str]) -> tuple[list[dict], list[dict]]:
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
