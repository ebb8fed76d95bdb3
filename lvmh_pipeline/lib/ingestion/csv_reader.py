"""Low-level reading of an uploaded notes CSV: bytes → decoded text → header + records.

Handles UTF-8 (with or without BOM), UTF-16 with BOM, Windows-1252 / Latin-1, ``,`` ``;`` or tab
delimiters and quoted multi-line fields, and keeps, for each record, the 1-based physical line
where it starts. Files are opened read-only and read once.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

DELIMITERS: tuple[str, ...] = (",", ";", "\t")
# Share of control characters above which decoded text is garbage rather than a CSV.
_MAX_CONTROL_SHARE = 0.01
_CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffd]")
_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


class NotesFileError(ValueError):
    """A notes file that cannot be read at all; the message names the file and the problem."""


@dataclass(frozen=True)
class RawTable:
    """Header and records of a CSV file, each record with the physical line where it starts."""

    header: list[str]
    records: list[tuple[int, list[str]]] = field(default_factory=list)
    encoding: str = "utf-8"
    delimiter: str = ","
    header_line: int = 1
    # Start line of a last record whose quoted field never closes (it swallowed the file's end).
    unterminated_line: int | None = None


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode file content; returns (text, encoding name).

    BOMs decide first; then strict UTF-8; then Windows-1252 (a superset of Latin-1 for printable
    characters, what Excel writes on Western systems); then Latin-1, which accepts any byte.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding), encoding
    for encoding in ("utf-8", "cp1252", "latin-1"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes every byte string")  # pragma: no cover


def looks_binary(data: bytes, text: str) -> bool:
    """True for content that is not text: NUL bytes or many control characters."""
    if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    if not text:
        return False
    return len(_CONTROL_CHARS.findall(text)) / len(text) > _MAX_CONTROL_SHARE


def _unquoted_counts(line: str) -> dict[str, int]:
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    return counts


def sniff_delimiter(header_line: str) -> str:
    """The delimiter used in a header line: the most frequent of , ; and tab outside quotes."""
    counts = _unquoted_counts(header_line)
    best = max(DELIMITERS, key=lambda d: (counts[d], -DELIMITERS.index(d)))
    return best if counts[best] else ","


def iter_records(text: str, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    """Yield (start line, fields) for each record; blank lines are skipped.

    ``csv.reader.line_num`` counts physical lines consumed so far, so a record starts on the
    line after the one where the previous record ended, whatever newlines its fields held.
    """
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"')
    consumed = 0
    try:
        for fields in reader:
            start = consumed + 1
            consumed = reader.line_num
            if fields and any(f.strip() for f in fields):
                yield start, fields
    except csv.Error as exc:
        raise NotesFileError(f"line {consumed + 1}: {exc}") from exc


def ends_inside_quotes(text: str, delimiter: str) -> bool:
    """True when ``text`` (starting at a record start) ends inside a quoted field."""
    in_quotes = False
    at_field_start = True
    i = 0
    while i < len(text):
        ch = text[i]
        if in_quotes:
            if ch == '"':
                if text[i + 1 : i + 2] == '"':
                    i += 1
                else:
                    in_quotes = False
        elif ch == '"' and at_field_start:
            in_quotes = True
        at_field_start = not in_quotes and ch in (delimiter, "\n", "\r")
        i += 1
    return in_quotes


def _text_from_line(text: str, line: int) -> str:
    """``text`` from the start of physical ``line`` (1-based), lines split as csv splits them."""
    lines = io.StringIO(text, newline="").readlines()
    return "".join(lines[line - 1 :])


def read_raw_table(path: Path) -> RawTable:
    """Read ``path`` (read-only) into a :class:`RawTable`; raises :class:`NotesFileError`."""
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as exc:
        raise NotesFileError(f"{path}: cannot open file ({exc.strerror or exc})") from exc
    if not data.strip():
        raise NotesFileError(f"{path}: file is empty")
    text, encoding = decode_bytes(data)
    if looks_binary(data, text):
        raise NotesFileError(f"{path}: not a text CSV file (binary content)")
    first_line = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = sniff_delimiter(first_line)
    try:
        records = iter_records(text, delimiter)
        header_line, header = next(records)
        rows = list(records)
    except NotesFileError as exc:
        raise NotesFileError(f"{path}: {exc}") from exc
    header = [h.strip().lstrip("\ufeff").strip() for h in header]
    unterminated = None
    if rows and ends_inside_quotes(_text_from_line(text, rows[-1][0]), delimiter):
        unterminated = rows[-1][0]
    return RawTable(header, rows, encoding, delimiter, header_line, unterminated)
