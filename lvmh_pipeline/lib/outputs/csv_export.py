"""CSV files for people: every CSV the project writes goes through :func:`write_csv`.

A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is a formula to
a spreadsheet (``=HYPERLINK(…)``, ``@SUM(…)``, ``+cmd|…``): opening the export in Excel or
LibreOffice would run it. As OWASP recommends for CSV injection, such a text cell is written
with a leading single quote, which spreadsheets show as text; numbers are written as numbers
(``-3.5`` stays a number). Writes are atomic (a temporary file renamed into place), so a
crash never leaves half a file.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pandas as pd

__all__ = ["FORMULA_PREFIXES", "neutralize_formulas", "write_csv"]

FORMULA_PREFIXES: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")


def _neutral(value: object) -> object:
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def neutralize_formulas(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``frame`` whose text cells cannot be read as spreadsheet formulas; column
    names too."""
    out = frame.copy()
    for column in out.columns:
        if out[column].dtype == object or pd.api.types.is_string_dtype(out[column]):
            out[column] = out[column].map(_neutral)
    out.columns = [_neutral(str(c)) for c in out.columns]
    return out


def write_csv(frame: pd.DataFrame, path: Path | str) -> Path:
    """Write ``frame`` as UTF-8 CSV (comma, header, no index, CRLF) with formulas
    neutralized, atomically; creates the parent folder."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            # CRLF line ends (RFC 4180) make the writer quote any cell holding a bare CR
            neutralize_formulas(frame).to_csv(stream, index=False, lineterminator="\r\n")
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target
