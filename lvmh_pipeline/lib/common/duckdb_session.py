"""One DuckDB file held open for a whole ``lvmh-pipeline run``: every read and write is a cursor on it.

Dagster's DuckDB IO manager opens a connection per input and per output. When the last
connection to a file closes, DuckDB closes the database: it checkpoints the WAL into the file
and the next connection reads the catalog again. A run of the whole graph makes ~100 of those
cycles; on this VM one write + read cycle of a small table costs 29 ms that way and 7.5 ms on
a database held open (`held_open`). Held only where one process runs the whole graph (the CLI
runs its jobs in process, one after the other): in a run launched from the UI each step is a
process of its own, and a database held for a whole step would keep the file locked against the
other steps, so there every connection is opened and closed as before.

A database held open keeps the blocks it read or wrote in its buffer pool until the pool is
full (DuckDB's default limit is 80 % of the machine's memory): at 100,000 clients that was
~2 GB of table blocks under every later step's peak. :func:`release_cached_blocks` (called after
each step, with the process's own free memory) evicts them: the next read of a table comes from
the file, which the OS still caches.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb

__all__ = ["held_open", "is_held", "connect", "release_cached_blocks"]

_held: dict[str, duckdb.DuckDBPyConnection] = {}
_inherited: list[object] = []  # what a forked child got from its parent: never used, never closed


def _key(database: str | Path) -> str:
    return str(Path(database).resolve())


def is_held(database: str | Path) -> bool:
    return _key(database) in _held


@contextmanager
def held_open(database: str | Path) -> Iterator[None]:
    """Keep ``database`` open (read-write) until the block ends; re-entrant. When another
    process holds the file (a run launched from the UI), nothing is held: each read and write
    then connects on its own, and Dagster's IO manager waits for the lock as it always did."""
    key = _key(database)
    if key in _held:
        yield
        return
    Path(key).parent.mkdir(parents=True, exist_ok=True)
    try:
        connection = duckdb.connect(key)
    except duckdb.IOException:  # "Could not set lock on file": another process has it
        yield
        return
    _held[key] = connection
    try:
        yield
    finally:
        _held.pop(key, None)
        _limits.pop(id(connection), None)
        connection.close()


@contextmanager
def connect(database: str | Path, *, read_only: bool = False,
            config: dict[str, Any] | None = None) -> Iterator[duckdb.DuckDBPyConnection]:
    """A cursor on the held database, or a connection of its own (``read_only``, ``config``)
    closed at the end of the block."""
    held = _held.get(_key(database))
    connection = held.cursor() if held is not None else duckdb.connect(
        str(database), read_only=read_only, config=config or {})
    try:
        yield connection
    finally:
        connection.close()


def release_cached_blocks() -> None:
    """Evict the unpinned blocks of every held database from DuckDB's buffer pool: lowering the
    memory limit makes DuckDB drop them at once; then the limit it had goes back (``RESET``
    would not: the buffer manager keeps the lowered limit)."""
    for connection in list(_held.values()):
        limit = connection.execute("select current_setting('memory_limit')").fetchone()[0]
        limit = _limits.setdefault(id(connection), limit)  # the first one read: no rounding drift
        try:
            connection.execute(f"SET memory_limit = '{_EVICT_TO}'")
        except duckdb.Error:  # blocks still pinned (a query open elsewhere): keep them
            pass
        finally:
            connection.execute(f"SET memory_limit = '{limit}'")


_EVICT_TO = "16MB"
_limits: dict[int, str] = {}


def _forget_after_fork() -> None:
    # a forked child (per-note workers) must never close the parent's database: closing it
    # would checkpoint into the file from a second process
    _inherited.append(dict(_held))
    _held.clear()


os.register_at_fork(after_in_child=_forget_after_fork)
