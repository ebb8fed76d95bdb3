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

import duckdb

from lvmh_pipeline.lib.common.schemas import NOTES_COLUMNS

__all__ = ["ADDED_COLUMNS", "migrate_warehouse"]

# table -> (column, DuckDB type) added after the table's first release, in contract order
ADDED_COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "notes": (("protected_concepts", "VARCHAR"), ("mixed_encoding", "BOOLEAN")),
}
_CONTRACTS: dict[str, list[str]] = {"notes": NOTES_COLUMNS}


def migrate_warehouse(database: Path | str, schema: str) -> list[str]:
    """Add the missing trailing columns to the tables of an existing warehouse; returns what
    was done (one line per change or problem). A missing database is left alone."""
    if not Path(database).exists():
        return []
    done: list[str] = []
    with duckdb.connect(str(database)) as connection:
        for table, added in ADDED_COLUMNS.items():
            rows = connection.execute(
                "select column_name from information_schema.columns where table_schema = ? and table_name = ? "
                "order by ordinal_position",
                [schema, table],
            ).fetchall()
            columns = [row[0] for row in rows]
            contract = _CONTRACTS[table]
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
