"""Which column of an uploaded CSV holds which note field (client id, text, date, …)."""

from __future__ import annotations

from dataclasses import dataclass, fields

from lvmh_pipeline.lib.ingestion.csv_reader import NotesFileError
from lvmh_pipeline.lib.ingestion.echo import safe_echo

DEFAULT_COLUMNS: dict[str, str] = {
    "id": "ID",
    "date": "Date",
    "duration": "Duration",
    "language": "Language",
    "length": "Length",
    "text": "Transcription",
}
# Header spellings recognised without a ColumnMap (compared case-insensitively, spaces and
# dashes read as underscores), most specific first.
COLUMN_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("client_id", "customer_id", "clientid", "customerid", "id_client", "client_code",
           "customer_code", "client", "customer", "id"),
    "text": ("transcription", "transcript", "note_text", "text", "note", "notes", "content",
             "body", "comments", "comment", "memo"),
    "date": ("note_date", "date", "visit_date", "appointment_date", "date_note", "created_at"),
    "language": ("language", "lang", "language_code", "langue", "lingua", "idioma", "sprache",
                 "locale"),
    "duration": ("duration", "duration_min", "duration_minutes", "durée", "duree", "durata",
                 "duración", "dauer"),
    "length": ("length", "note_length", "longueur"),
}
REQUIRED_FIELDS: tuple[str, ...] = ("id", "text", "date")


@dataclass(frozen=True)
class ColumnMap:
    """Names of the source columns for each field; None = recognise it from the header."""

    id: str | None = None
    text: str | None = None
    date: str | None = None
    language: str | None = None
    duration: str | None = None
    length: str | None = None


def _norm_header(name: str) -> str:
    return name.strip().casefold().replace(" ", "_").replace("-", "_")


def resolve_columns(
    header: list[str], column_map: ColumnMap | None, file_label: str
) -> dict[str, int]:
    """Index in ``header`` of each field found; raises :class:`NotesFileError` when required
    fields are missing."""
    normalized = [_norm_header(h) for h in header]
    resolved: dict[str, int] = {}
    for f in fields(ColumnMap):
        wanted = getattr(column_map, f.name) if column_map else None
        if wanted is not None:
            if _norm_header(wanted) not in normalized:
                raise NotesFileError(
                    f"{file_label}: column '{wanted}' given for {f.name} is not in the header; "
                    f"found columns {shown_header(header)}"
                )
            resolved[f.name] = normalized.index(_norm_header(wanted))
            continue
        for alias in COLUMN_ALIASES[f.name]:
            if alias in normalized and normalized.index(alias) not in resolved.values():
                resolved[f.name] = normalized.index(alias)
                break
    missing = [f for f in REQUIRED_FIELDS if f not in resolved]
    if missing:
        problem = "no recognizable header" if not resolved else "missing required columns"
        expected = ",".join(DEFAULT_COLUMNS.values())
        raise NotesFileError(
            f"{file_label}: {problem}: no column for {', '.join(missing)}; found columns "
            f"{shown_header(header, data_like=not resolved)}; expected {expected} "
            "(or client_id/note/date alternatives, or a ColumnMap)"
        )
    return resolved


def shown_header(header: list[str], *, data_like: bool = False) -> list[str]:
    """The header cells as an error message may show them: pseudonymized and cut short. When no
    cell is a known column name (``data_like``) the first line is probably a data row (a file
    without header), so cells that look like a person's name, e-mail or phone are hidden too."""
    return [safe_echo(cell, hide_identifiers=data_like) for cell in header]
