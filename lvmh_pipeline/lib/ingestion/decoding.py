"""Bytes of an uploaded file → text: byte-order marks, UTF-8, Windows-1252 / Latin-1, files
mixing UTF-8 and cp1252 lines, binary files and blank files recognised before any parsing."""

from __future__ import annotations

import re
from pathlib import Path

MIXED_ENCODING = "mixed utf-8/cp1252"
# Share of control characters above which decoded text is garbage rather than a CSV.
_MAX_CONTROL_SHARE = 0.01
_CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffd]")
_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
# Magic numbers of files that are not text whatever their name: zip / xlsx, PNG, PDF, GIF,
# JPEG, gzip, SQLite, OLE (xls / doc).
_MAGIC: tuple[bytes, ...] = (
    b"PK\x03\x04", b"\x89PNG", b"%PDF", b"GIF8", b"\xff\xd8\xff", b"\x1f\x8b", b"SQLite format 3",
    b"\xd0\xcf\x11\xe0",
)

# Whitespace-only files up to this size are recognised without reading them through the CSV
# reader (the upload scan reports them); a bigger one is found empty when it is read.
_BLANK_PROBE_BYTES = 1 << 16


def is_blank_bytes(data: bytes) -> bool:
    """True for content that is nothing but whitespace, NUL bytes or a BOM (decoded only when small)."""
    if not data.strip():
        return True
    if len(data) > _BLANK_PROBE_BYTES:
        return False
    text, _ = decode_bytes(data)
    return not text.replace("\ufeff", "").replace("\x00", "").strip()


def is_blank_file(path: Path) -> bool:
    """True for a file with nothing in it but whitespace or a BOM (read only when small)."""
    try:
        size = path.stat().st_size
        if size > _BLANK_PROBE_BYTES:
            return False
        with open(path, "rb") as handle:
            return is_blank_bytes(handle.read())
    except OSError:
        return False


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


def decode_lines(data: bytes) -> tuple[str, str, frozenset[int]]:
    """Decode file content line by line when it is not one encoding: (text, encoding, lines
    decoded with the cp1252 fallback). A file that mixes UTF-8 lines and cp1252 lines (two
    exports concatenated) gets each line right instead of mojibake; its encoding is
    :data:`MIXED_ENCODING` and the fallback lines are reported."""
    text, encoding = decode_bytes(data)
    if encoding not in ("cp1252", "latin-1"):
        return text, encoding, frozenset()
    parts: list[str] = []
    fallback: set[int] = set()
    utf8_non_ascii = False
    for number, raw in enumerate(data.splitlines(keepends=True), start=1):
        try:
            parts.append(raw.decode("utf-8"))
            utf8_non_ascii = utf8_non_ascii or not raw.isascii()
        except UnicodeDecodeError:
            parts.append(decode_bytes(raw)[0])
            fallback.add(number)
    if not utf8_non_ascii:  # a plain cp1252 / latin-1 file
        return text, encoding, frozenset()
    return "".join(parts), MIXED_ENCODING, frozenset(fallback)


def looks_binary(data: bytes, text: str) -> bool:
    """True for content that is not text: a known binary format, or many control characters
    (a stray NUL byte in one note is the row's problem, not the file's)."""
    if data.startswith(_MAGIC):
        return True
    if not text:
        return False
    return len(_CONTROL_CHARS.findall(text)) / len(text) > _MAX_CONTROL_SHARE
