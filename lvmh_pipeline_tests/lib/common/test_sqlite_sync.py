"""WAL-mode sqlite files (Dagster's storage) commit with synchronous=NORMAL; other files keep FULL."""

import sqlite3

from sqlalchemy import create_engine, text

from lvmh_pipeline.lib.common.sqlite_sync import relax_wal_fsync

NORMAL, FULL = 1, 2


def _synchronous(path) -> int:
    with create_engine(f"sqlite:///{path}").connect() as connection:
        return connection.execute(text("PRAGMA synchronous")).scalar_one()


def test_only_wal_files_commit_without_fsync(tmp_path):
    wal, rollback = tmp_path / "wal.db", tmp_path / "rollback.db"
    with sqlite3.connect(wal) as connection:
        connection.execute("PRAGMA journal_mode=WAL")
    sqlite3.connect(rollback).execute("create table t (x)")
    relax_wal_fsync()
    relax_wal_fsync()  # idempotent: one listener
    assert _synchronous(wal) == NORMAL
    assert _synchronous(rollback) == FULL
