"""Crash safety: ``lvmh-pipeline run`` killed with SIGKILL when a step starts, then run again.

A reference data dir is run once, uninterrupted. A second, identical data dir (same generator,
same seed, same id key) is run by ``python -m lvmh_pipeline.cli run`` in a subprocess with its
own DAGSTER_HOME and MLflow store, and the whole process group is killed with SIGKILL as soon as
the instance's event log records the STEP_START of, in turn:

1. ``ingested_notes`` (the op behind ``notes`` + ``rejected_notes``): during ingestion, on a cold
   warehouse;
2. ``note_embeddings``: in the next invocation, which first re-ingests everything the first kill
   interrupted (its ingestion runs must succeed);
3. ``elite_model``: in the next one, during the retrain, after ``model_backtest`` and
   ``training_features`` and before any model is registered for this retrain (its client-level
   run must succeed first).

After each kill the stores must still open (warehouse, embedding cache, MLflow sqlite, the
instance's sqlite files). A last, uninterrupted invocation must then exit 0 and leave every
warehouse table equal to the reference: same row count and same checksum over its deterministic
columns, and the embedding cache must hold the same (text hash, model) keys.
"""

from __future__ import annotations

import hashlib
import math
import os
import shutil
import signal
import sqlite3
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

import dagster as dg
import duckdb
import numpy as np
import pandas as pd
import pytest

from lvmh_pipeline_tests.hostile.helpers import PROJECT, cli_command, cli_env

KILL_STEPS = ("ingested_notes", "note_embeddings", "elite_model")
SCHEMA = "lvmh"
ID_KEY = "kill-and-rerun-test-key"  # the same keyed-hash pseudonyms in both data dirs
STEP_TIMEOUT = 900.0
# Columns left out of the content checksum, and why:
# - predictions.model_versions: MLflow registry version numbers. The interrupted data dir may
#   register more versions than the reference (a kill can land after a family was logged), so the
#   same fitted model can be "v1" in one store and "v4" in the other; the predictions themselves
#   are compared.
# No warehouse table holds a run id or a timestamp (those live in the Dagster instance and in
# MLflow, which are not compared row by row; the embedding cache's created_at is not compared).
NON_DETERMINISTIC: dict[str, set[str]] = {"predictions": {"model_versions"}}
FLOAT_DECIMALS = 6  # floats are compared rounded: a cached embedding and a fresh one may differ in the last bits


def _env(root: Path) -> dict[str, str]:
    env = cli_env(root)
    env["LVMH_ID_KEY"] = ID_KEY
    return env


def _prepare(root: Path) -> Path:
    from lvmh_pipeline.lib.synthetic import generate_dataset

    data_dir = root / "data"
    generate_dataset(data_dir, n_clients=60, seed=7, n_upload_dates=3)  # the end-to-end test's data set: models clear their floors
    (root / "dagster_home").mkdir(parents=True)
    shutil.copyfile(PROJECT / "dagster.yaml", root / "dagster_home" / "dagster.yaml")
    return data_dir


def _command(data_dir: Path) -> list[str]:
    return cli_command("run", "--data-dir", str(data_dir))


# --- the instance's event log, read directly --------------------------------------------------------
# The sqlite event log storage of a default instance keeps one database per run under
# DAGSTER_HOME/history/runs/<run id>.db (index.db is the cross-run index). Reading them read-only
# with sqlite3 keeps the test process from creating or migrating any storage while the CLI
# subprocess owns the instance.

def _run_dbs(home: Path) -> set[Path]:
    folder = home / "history" / "runs"
    return {p for p in folder.glob("*.db") if p.name != "index.db"} if folder.is_dir() else set()


def _events(db: Path) -> list[tuple[str, str | None]]:
    """(dagster event type, step key) of every event of one run, in order."""
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as connection:
            return connection.execute(
                "select dagster_event_type, step_key from event_logs where dagster_event_type is not null order by id"
            ).fetchall()
    except sqlite3.Error:
        return []  # created but not migrated yet, or locked for a moment: look again at the next poll


@dataclass
class Kill:
    step: str
    returncode: int
    seconds: float
    runs: dict[str, list[tuple[str, str | None]]]  # run db name -> events, for this invocation
    stores: dict[str, str] = field(default_factory=dict)  # store -> problem ("" when it opened fine)


def _run_until_step_starts(data_dir: Path, root: Path, step: str) -> Kill:
    """Start the CLI, SIGKILL its process group when ``step`` starts, return what it did."""
    home = root / "dagster_home"
    before = _run_dbs(home)
    started = time.perf_counter()
    process = subprocess.Popen(_command(data_dir), env=_env(root), cwd=PROJECT, start_new_session=True,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        while True:
            new = _run_dbs(home) - before
            if any(kind == "STEP_START" and key == step for db in new for kind, key in _events(db)):
                os.killpg(process.pid, signal.SIGKILL)
                break
            if process.poll() is not None:
                output = process.stdout.read().decode("utf-8", "replace")
                pytest.fail(f"the run ended (exit {process.returncode}) before step {step} started:\n{output[-4000:]}")
            if time.perf_counter() - started > STEP_TIMEOUT:
                pytest.fail(f"step {step} did not start within {STEP_TIMEOUT} s")
            time.sleep(0.1)
        process.wait(timeout=60)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        process.stdout.close()
    runs = {db.name: _events(db) for db in sorted(_run_dbs(home) - before, key=lambda p: p.stat().st_mtime)}
    return Kill(step, process.returncode, time.perf_counter() - started, runs, _store_problems(data_dir, root))


def _store_problems(data_dir: Path, root: Path) -> dict[str, str]:
    """Open every store the killed run was writing; '' when it is readable and intact."""
    problems: dict[str, str] = {}
    for name, path in (("warehouse", data_dir / "warehouse.duckdb"), ("embedding cache", data_dir / "cache" / "embeddings.duckdb")):
        if not path.exists():
            continue
        try:
            with duckdb.connect(str(path), read_only=True) as db:
                for schema, table in db.sql("select table_schema, table_name from information_schema.tables").fetchall():
                    db.sql(f'select count(*) from "{schema}"."{table}"').fetchall()
            problems[name] = ""
        except duckdb.Error as error:
            problems[name] = str(error)
    sqlite_files = [root / "mlruns" / "mlflow.db", *(root / "dagster_home").rglob("*.db")]
    for path in (p for p in sqlite_files if p.exists()):
        try:
            with sqlite3.connect(str(path), timeout=30) as connection:  # rolls back a hot journal, as the next run would
                result = connection.execute("pragma quick_check").fetchone()[0]
            problems[str(path.relative_to(root))] = "" if result == "ok" else result
        except sqlite3.Error as error:
            problems[str(path.relative_to(root))] = str(error)
    return problems


# --- comparing warehouses ---------------------------------------------------------------------

def _canonical(value: object) -> object:
    if isinstance(value, (list, tuple, np.ndarray)):
        return tuple(_canonical(v) for v in value)
    if isinstance(value, (float, np.floating)):
        return "nan" if math.isnan(value) else round(float(value), FLOAT_DECIMALS) + 0.0
    if isinstance(value, (np.integer,)):
        return int(value)
    if isinstance(value, (np.bool_,)):
        return bool(value)
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    return value


def table_digest(frame: pd.DataFrame, table: str) -> tuple[int, list[str], str]:
    """(row count, compared columns, sha256 of the sorted canonical rows)."""
    columns = sorted(c for c in frame.columns if c not in NON_DETERMINISTIC.get(table, set()))
    rows = sorted(repr(tuple(_canonical(v) for v in row)) for row in frame[columns].itertuples(index=False))
    return len(frame), columns, hashlib.sha256("\n".join(rows).encode()).hexdigest()


def warehouse_digests(data_dir: Path) -> dict[str, tuple[int, list[str], str]]:
    with duckdb.connect(str(data_dir / "warehouse.duckdb"), read_only=True) as db:
        names = [n for (n,) in db.execute(
            "select table_name from information_schema.tables where table_schema = ?", [SCHEMA]).fetchall()]
        return {name: table_digest(db.sql(f'select * from {SCHEMA}."{name}"').df(), name) for name in names}


def cache_keys(data_dir: Path) -> set[tuple[str, str]]:
    with duckdb.connect(str(data_dir / "cache" / "embeddings.duckdb"), read_only=True) as db:
        return set(db.sql("select key, model_name from embeddings").fetchall())


# --- fixtures ----------------------------------------------------------------------------------

@dataclass
class Outcome:
    data_dir: Path
    root: Path
    returncode: int
    output: str
    seconds: float
    kills: list[Kill] = field(default_factory=list)


def _full_run(data_dir: Path, root: Path) -> tuple[int, str, float]:
    started = time.perf_counter()
    done = subprocess.run(_command(data_dir), env=_env(root), cwd=PROJECT, capture_output=True, text=True,
                          timeout=1800)
    return done.returncode, done.stdout + done.stderr, time.perf_counter() - started


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> Outcome:
    root = tmp_path_factory.mktemp("reference")
    data_dir = _prepare(root)
    return Outcome(data_dir, root, *_full_run(data_dir, root))


@pytest.fixture(scope="module")
def interrupted(tmp_path_factory: pytest.TempPathFactory, reference: Outcome) -> Outcome:
    root = tmp_path_factory.mktemp("interrupted")
    data_dir = _prepare(root)
    kills = [_run_until_step_starts(data_dir, root, step) for step in KILL_STEPS]
    outcome = Outcome(data_dir, root, *_full_run(data_dir, root))
    outcome.kills = kills
    return outcome


# --- tests -------------------------------------------------------------------------------------

def test_the_reference_run_succeeds(reference: Outcome) -> None:
    assert reference.returncode == 0, reference.output[-5000:]


@pytest.mark.parametrize("position", range(len(KILL_STEPS)), ids=KILL_STEPS)
def test_each_kill_lands_in_its_step_and_leaves_every_store_readable(interrupted: Outcome, position: int) -> None:
    kill = interrupted.kills[position]
    assert kill.returncode == -signal.SIGKILL
    events = [event for run in kill.runs.values() for event in run]
    assert ("STEP_START", kill.step) in events
    step_ends = {("STEP_SUCCESS", kill.step), ("STEP_FAILURE", kill.step)}
    assert not step_ends & set(events), f"{kill.step} finished before the kill"
    assert {store: problem for store, problem in kill.stores.items() if problem} == {}
    assert "warehouse" in kill.stores or position == 0


@pytest.mark.parametrize("position", [1, 2], ids=KILL_STEPS[1:])
def test_the_run_after_a_kill_completes_the_interrupted_work(interrupted: Outcome, position: int) -> None:
    """The invocation after kill n gets through the runs kill n interrupted before it is killed
    itself: the ingestion runs after the kill during ingestion, the client-level run after the
    kill during note embeddings."""
    runs = list(interrupted.kills[position].runs.values())
    finished = [run for run in runs if (dg.DagsterEventType.RUN_SUCCESS.value, None) in run]
    interrupted_step = KILL_STEPS[position - 1]
    assert any((("STEP_SUCCESS", interrupted_step) in run) for run in finished), runs


def test_the_rerun_after_the_kills_succeeds(interrupted: Outcome) -> None:
    assert interrupted.returncode == 0, interrupted.output[-5000:]


def test_the_same_tables_as_the_reference(reference: Outcome, interrupted: Outcome) -> None:
    expected, found = warehouse_digests(reference.data_dir), warehouse_digests(interrupted.data_dir)
    assert sorted(found) == sorted(expected)
    assert {"notes", "note_embeddings", "training_labels", "predictions", "recommendations"} <= set(expected)
    different = {name: (expected[name][0], found[name][0]) for name in expected if found[name] != expected[name]}
    assert different == {}, f"tables differing from the reference (rows ref, rows rerun): {different}"


def test_the_embedding_cache_holds_the_same_keys(reference: Outcome, interrupted: Outcome) -> None:
    assert cache_keys(interrupted.data_dir) == cache_keys(reference.data_dir)


def _champions(root: Path) -> tuple[list[tuple[str, str, str]], int]:
    """(registered name, status, storage location) of every champion version, and the number of
    MLflow runs still marked RUNNING."""
    with sqlite3.connect(f"file:{root / 'mlruns' / 'mlflow.db'}?mode=ro", uri=True) as connection:
        champions = connection.execute(
            "select v.name, v.status, v.storage_location from registered_model_aliases a join model_versions v "
            "on a.name = v.name and a.version = v.version where a.alias = 'champion'").fetchall()
        unfinished = connection.execute("select count(*) from runs where status = 'RUNNING'").fetchone()[0]
    return champions, unfinished


def test_mlflow_has_the_reference_champions_and_no_run_left_open(reference: Outcome, interrupted: Outcome) -> None:
    """The same targets have a champion as in the reference (on a tiny data set not every target
    clears its quality floor), each a READY version whose model files exist, and no MLflow run
    is left RUNNING by a kill."""
    expected, _ = _champions(reference.root)
    champions, unfinished = _champions(interrupted.root)
    assert expected and {name for name, _, _ in champions} == {name for name, _, _ in expected}
    assert {status for _, status, _ in champions} == {"READY"}
    for _, _, location in champions:
        assert Path(location.removeprefix("file://")).is_dir(), location
    assert unfinished == 0
