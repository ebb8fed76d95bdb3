"""The warehouse held open for a whole CLI invocation: cursors while held, own connections otherwise."""

import os
import subprocess
import sys
import textwrap

import duckdb
import pytest

from lvmh_pipeline.lib.common import duckdb_session
from lvmh_pipeline.lib.common.duckdb_session import connect, held_open, is_held


def test_reads_and_writes_go_through_the_held_database(tmp_path):
    database = tmp_path / "w.duckdb"
    with held_open(database):
        assert is_held(database) and is_held(str(database))
        with connect(database) as connection:
            connection.execute("create table t as select 42 as x")
        # a read-only caller shares the held database instead of failing on a second configuration
        with connect(database, read_only=True) as connection:
            assert connection.execute("select x from t").fetchall() == [(42,)]
        with held_open(database):  # re-entrant
            assert is_held(database)
        assert is_held(database)
    assert not is_held(database)
    with duckdb.connect(str(database), read_only=True) as connection:  # closed: anyone can open it
        assert connection.execute("select x from t").fetchall() == [(42,)]


def test_without_a_held_database_each_block_has_its_own_connection(tmp_path):
    database = tmp_path / "w.duckdb"
    with connect(database) as connection:
        connection.execute("create table t as select 1 as x")
    with connect(database, read_only=True) as connection:
        with pytest.raises(duckdb.Error):
            connection.execute("insert into t values (2)")
    with duckdb.connect(str(database)) as connection:  # nothing left open
        assert connection.execute("select count(*) from t").fetchone() == (1,)


def test_a_file_locked_by_another_process_is_not_held(tmp_path):
    database = tmp_path / "w.duckdb"
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import duckdb, sys, time
            connection = duckdb.connect({str(database)!r})
            print("locked", flush=True)
            sys.stdin.readline()
        """)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        with held_open(database):
            assert not is_held(database)
    finally:
        holder.communicate("\n", timeout=30)


def test_a_forked_child_leaves_the_parents_database_alone(tmp_path):
    database = tmp_path / "w.duckdb"
    with held_open(database):
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # child: sees nothing held (the parent's connection is kept, never closed)
            os.write(write, b"1" if is_held(database) else b"0")
            os._exit(0)
        os.waitpid(pid, 0)
        assert os.read(read, 1) == b"0"
        assert is_held(database) and duckdb_session._held
        with connect(database) as connection:
            assert connection.execute("select 1").fetchone() == (1,)


def _cached_table_mb(connection) -> float:
    row = connection.execute("select memory_usage_bytes from duckdb_memory() where tag = 'BASE_TABLE'").fetchone()
    return row[0] / 2**20


def test_release_cached_blocks_empties_the_buffer_pool_of_a_held_database(tmp_path):
    database = tmp_path / "w.duckdb"
    with held_open(database):
        with connect(database) as connection:
            connection.execute("create table t as select random() as x, md5(range::varchar) as y from range(2000000)")
            connection.execute("checkpoint")
            assert connection.execute("select sum(x), count(distinct y) from t").fetchone()[0] > 0
            cached = _cached_table_mb(connection)
            assert cached > 40  # the blocks it read stay in the pool
        duckdb_session.release_cached_blocks()
        with connect(database) as connection:
            limit_after_first = connection.execute("select current_setting('memory_limit')").fetchone()[0]
            assert _cached_table_mb(connection) <= 16  # evicted down to the limit it was lowered to
            assert connection.execute("select count(*) from t").fetchone() == (2000000,)  # read back from the file
            # the limit is back: a query needing far more than 16 MB runs (RESET would leave 16 MB)
            assert connection.execute("select count(distinct y) from t").fetchone() == (2000000,)
        duckdb_session.release_cached_blocks()  # twice: the limit does not drift
        with connect(database) as connection:
            assert connection.execute("select current_setting('memory_limit')").fetchone()[0] == limit_after_first


def test_release_cached_blocks_without_a_held_database_does_nothing(tmp_path):
    duckdb_session.release_cached_blocks()
    assert not is_held(tmp_path / "w.duckdb")
