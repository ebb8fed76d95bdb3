"""Keeping an existing warehouse usable when a table contract grows.

The DuckDB IO manager appends by position and creates a table only when it is missing, so a
warehouse written by an earlier version lacks the columns added since (``notes`` gained
``protected_concepts`` and ``mixed_encoding``): writing a partition would fail. Columns are only
ever added at the end of a contract, so an old table is brought up to date by adding the missing
trailing columns (empty for the rows already there). A table whose columns are not a prefix of
the contract is left alone and reported: that needs a re-materialization, not a patch.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from lvmh_pipeline.lib.common.duckdb_session import connect
from lvmh_pipeline.lib.common.schemas import NOTE_CONCEPTS_COLUMNS, NOTES_COLUMNS, REJECTED_NOTES_COLUMNS

__all__ = ["ADDED_COLUMNS", "PARTITIONED_CONTRACTS", "empty_partitioned_table", "migrate_warehouse"]

# table -> (column, DuckDB type) added after the table's first release, in contract order
ADDED_COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "notes": (("protected_concepts", "VARCHAR"), ("mixed_encoding", "BOOLEAN"), ("locale_currency", "VARCHAR")),
    "predictions": (("expected_purchases", "DOUBLE"), ("p_alive", "DOUBLE"), ("history", "VARCHAR")),
}


def _predictions_columns() -> list[str]:
    from lvmh_pipeline.lib.scoring.predictions import PREDICTIONS_COLUMNS

    return PREDICTIONS_COLUMNS


_CONTRACTS: dict[str, object] = {"notes": NOTES_COLUMNS, "predictions": _predictions_columns}

# The upload-partitioned tables: what an asset downstream reads when no upload date exists yet
# (a house running on transactions alone), column by column with its pandas dtype.
PARTITIONED_CONTRACTS: dict[str, list[str]] = {
    "notes": NOTES_COLUMNS, "rejected_notes": REJECTED_NOTES_COLUMNS, "note_concepts": NOTE_CONCEPTS_COLUMNS,
}
_DTYPES: dict[str, object] = {
    "duration_min": np.float64, "source_line": np.int64, "language_detected": bool, "date_after_upload": bool,
    "pii_redactions": np.int64, "mixed_encoding": bool, "span_start": np.int64, "span_end": np.int64,
    "negated": bool, "confidence": np.float64, "month": "Int64", "value_min": np.float64, "value_max": np.float64,
}


def empty_partitioned_table(table: str) -> pd.DataFrame:
    """An empty frame with the contract columns (and dtypes) of an upload-partitioned table, or
    an empty frame without columns for another table."""
    columns = PARTITIONED_CONTRACTS.get(table)
    if columns is None:
        return pd.DataFrame()
    return pd.DataFrame({c: pd.Series(dtype=_DTYPES.get(c, object)) for c in columns})


def migrate_warehouse(database: Path | str, schema: str) -> list[str]:
    """Add the missing trailing columns to the tables of an existing warehouse; returns what
    was done (one line per change or problem). A missing database is left alone."""
    if not Path(database).exists():
        return []
    done: list[str] = []
    with connect(database) as connection:
        for table, added in ADDED_COLUMNS.items():
            rows = connection.execute(
                "select column_name from information_schema.columns where table_schema = ? and table_name = ? "
                "order by ordinal_position",
                [schema, table],
            ).fetchall()
            columns = [row[0] for row in rows]
            contract = _CONTRACTS[table]
            contract = contract() if callable(contract) else contract
            if not columns or columns == contract:
                continue
            if columns != contract[: len(columns)]:
                done.append(f"{schema}.{table}: columns {columns} do not match the contract; re-materialize it")
                continue
            for name, sql_type in added:
                if name not in columns:
                    connection.execute(f'alter table "{schema}"."{table}" add column "{name}" {sql_type}')
                    done.append(f"{schema}.{table}: added column {name} {sql_type}")
    return done
