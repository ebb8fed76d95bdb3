"""WAL-mode sqlite files (Dagster's storage) commit with synchronous=NORMAL and keep a keeper
connection; other files keep FULL."""

import os
import sqlite3

from sqlalchemy import create_engine, text

from lvmh_pipeline.lib.common import sqlite_sync
from lvmh_pipeline.lib.common.sqlite_sync import open_keepers, relax_wal_fsync

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


def _event_cycle(path) -> None:
    """What Dagster does per event: a new engine and connection, one insert, commit, close."""
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as connection, connection.begin():
        connection.execute(text("INSERT INTO events VALUES ('x')"))
    engine.dispose()


def _wal_file(tmp_path, name: str):
    path = tmp_path / name
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("CREATE TABLE events (x)")
    connection.close()
    return path


def test_a_keeper_connection_spares_each_close_a_checkpoint(tmp_path):
    relax_wal_fsync()
    path = _wal_file(tmp_path, "shard.db")
    assert not (tmp_path / "shard.db-wal").exists()  # the last close checkpointed and deleted it
    for _ in range(3):
        _event_cycle(path)
    # the keeper holds the file: closes no longer checkpoint, the WAL stays for the next commit
    assert str(path) in open_keepers()
    assert (tmp_path / "shard.db-wal").exists()
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT count(*) FROM events").fetchone()[0] == 3


def test_keepers_are_bounded_and_follow_a_recreated_file(tmp_path, monkeypatch):
    relax_wal_fsync()
    monkeypatch.setattr(sqlite_sync, "MAX_KEEPERS", 2)
    paths = [_wal_file(tmp_path, f"run{i}.db") for i in range(3)]
    for path in paths:
        _event_cycle(path)
    kept = [p for p in open_keepers() if p.startswith(str(tmp_path))]
    assert kept == [str(paths[1]), str(paths[2])]  # the least recently used one was closed
    paths[2].unlink()
    (tmp_path / "run2.db-wal").unlink(missing_ok=True)
    (tmp_path / "run2.db-shm").unlink(missing_ok=True)
    _wal_file(tmp_path, "run2.db")  # same path, new file
    _event_cycle(paths[2])
    with sqlite3.connect(paths[2]) as connection:
        assert connection.execute("SELECT count(*) FROM events").fetchone()[0] == 1


def test_a_forked_child_holds_no_keeper(tmp_path):
    relax_wal_fsync()
    _event_cycle(_wal_file(tmp_path, "parent.db"))
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # child
        os.write(write, str(len(open_keepers())).encode())
        os._exit(0)
    os.waitpid(pid, 0)
    assert os.read(read, 16) == b"0"
    assert open_keepers()
