"""Low-level reading of an uploaded notes CSV: bytes → decoded text → header + records.

Decoding (UTF-8 with or without BOM, UTF-16 with BOM, Windows-1252 / Latin-1, files mixing
UTF-8 and cp1252 lines) is in :mod:`~lvmh_pipeline.lib.ingestion.decoding`; here: ``,`` ``;`` or
tab delimiters and quoted multi-line fields, keeping, for each record, the 1-based physical lines
it spans. A broken quote, a NUL byte or an oversized field is a problem of its row, never of the
whole file. Files are opened read-only and read once.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from lvmh_pipeline.lib.ingestion.decoding import decode_lines, is_blank_bytes, looks_binary

DELIMITERS: tuple[str, ...] = (",", ";", "\t")
NUL_MARK = "\u2400"  # a NUL byte in a row, shown as "␀" (the csv module refuses NUL)
_FIELD_SIZE_LIMIT = 1 << 30  # oversized notes are rejected per row, not by the csv module


class NotesFileError(ValueError):
    """A notes file that cannot be read at all; the message names the file and the problem."""


class EmptyFileError(NotesFileError):
    """A file with no content at all (0 bytes, or only whitespace / a byte-order mark): in an
    upload folder it is reported and skipped, not an error of the partition."""


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
    # Physical lines that were not UTF-8 in a file whose other lines are (decoded as cp1252).
    fallback_lines: frozenset[int] = frozenset()
    # Record start line -> what is wrong with that record as read (broken quote, NUL byte).
    problems: dict[int, str] = field(default_factory=dict)
    # Record start line -> last physical line of the record.
    end_lines: dict[int, int] = field(default_factory=dict)

    def lines_of(self, line: int) -> range:
        """Physical lines of the record starting at ``line``."""
        return range(line, self.end_lines.get(line, line) + 1)

    def mixed_encoding(self, line: int) -> bool:
        """Does the record starting at ``line`` hold a line decoded by the cp1252 fallback?"""
        return bool(self.fallback_lines) and any(n in self.fallback_lines for n in self.lines_of(line))


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
    for start, _end, fields, _problem in _records(text, delimiter, None):
        yield start, fields


RecordCheck = Callable[[list[str]], bool]


def _reader(lines, delimiter: str):
    return csv.reader(lines, delimiter=delimiter, quotechar='"')


class _Lines:
    """The physical lines of a text as an iterator whose position can be moved back."""

    def __init__(self, text: str) -> None:
        self.lines = io.StringIO(text, newline="").readlines()
        self.position = 0

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        if self.position >= len(self.lines):
            raise StopIteration
        self.position += 1
        return self.lines[self.position - 1]


def _records(
    text: str, delimiter: str, is_record: RecordCheck | None, line_offset: int = 0
) -> Iterator[tuple[int, int, list[str], str | None]]:
    """(start line, end line, fields, problem) per record. With ``is_record``, a quoted field
    that never closes costs only its own lines: when a line it swallowed is a complete,
    well-formed record by itself (``is_record`` of its fields), the broken record ends just
    before it and reading resumes there. Linear in the file size. Line numbers are counted
    from ``line_offset`` + 1."""
    source = _Lines(text)
    reader = _reader(source, delimiter)
    while True:
        first = source.position
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise NotesFileError(f"line {source.position + line_offset}: {exc}") from exc
        problem = None
        if source.position - first > 1 and is_record is not None:
            for line in range(first + 1, source.position):
                alone = _complete_record(source.lines[line], delimiter)
                if alone is not None and is_record(alone):
                    fields = _first_line_fields(source.lines[first], delimiter)
                    problem = (
                        f"unterminated quoted field (lines {first + 1 + line_offset}-{line + line_offset}; "
                        f"reading resumed at line {line + 1 + line_offset})"
                    )
                    source.position = line
                    break
        if fields and any(f.strip() for f in fields):
            if any(NUL_MARK in f for f in fields):
                problem = (problem + "; " if problem else "") + "NUL byte in the row"
            yield first + 1 + line_offset, source.position + line_offset, fields, problem


def _complete_record(line: str, delimiter: str) -> list[str] | None:
    """The fields of ``line`` when it is a whole record on its own (no open quote)."""
    if ends_inside_quotes(line, delimiter):
        return None
    try:
        return next(_reader([line], delimiter))
    except (csv.Error, StopIteration):
        return None


def _first_line_fields(line: str, delimiter: str) -> list[str]:
    """Fields of the first line of a broken record, its open quote closed at the line end."""
    try:
        return next(_reader([line.rstrip("\r\n") + '"'], delimiter))
    except (csv.Error, StopIteration):
        return [line.rstrip("\r\n")]


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


def read_raw_table(path: Path, record_check: Callable[[list[str]], RecordCheck | None] | None = None) -> RawTable:
    """Read ``path`` (read-only) into a :class:`RawTable`; raises :class:`NotesFileError`.

    ``record_check`` (header -> a function telling a well-formed record from its fields)
    turns on the recovery from broken quotes (see :func:`_records`); NUL bytes become :data:`NUL_MARK` and their rows carry a
    problem; lines that are not UTF-8 in an otherwise UTF-8 file are decoded as cp1252."""
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as exc:
        raise NotesFileError(f"{path}: cannot open file ({exc.strerror or exc})") from exc
    if is_blank_bytes(data):
        raise EmptyFileError(f"{path}: file is empty")
    text, encoding, fallback = decode_lines(data)
    if looks_binary(data, text):
        raise NotesFileError(f"{path}: not a text CSV file (binary content)")
    text = text.replace("\x00", NUL_MARK)
    first_line = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = sniff_delimiter(first_line)
    if csv.field_size_limit() < _FIELD_SIZE_LIMIT:
        csv.field_size_limit(_FIELD_SIZE_LIMIT)
    try:
        records = _records(text, delimiter, None)
        header_line, _, header, _ = next(records, (1, 1, [], None))
        header = [h.strip().lstrip("\ufeff").strip() for h in header]
        is_record = record_check(header) if record_check is not None and header else None
        records = _records(_text_from_line(text, header_line + 1), delimiter, is_record, header_line)
        rows, problems, ends = [], {}, {}
        for start, end, fields, problem in records:
            rows.append((start, fields))
            ends[start] = end
            if problem:
                problems[start] = problem
    except NotesFileError as exc:
        raise NotesFileError(f"{path}: {exc}") from exc
    unterminated = None
    if rows and ends_inside_quotes(_text_from_line(text, rows[-1][0]), delimiter):
        unterminated = rows[-1][0]
    return RawTable(header, rows, encoding, delimiter, header_line, unterminated, fallback, problems, ends)
