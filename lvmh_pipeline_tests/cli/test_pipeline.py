"""The happy paths that need the real pipeline, run once on a tiny generated data set with
transactions, in an isolated data dir, DAGSTER_HOME and MLflow store: `run` trains and scores,
`rollback` swaps two champion versions, `predict` scores a CSV with the restored champion."""

from __future__ import annotations

import contextlib
import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from lvmh_pipeline.cli import main
from lvmh_pipeline.lib.scoring.predict_csv import OUTPUT_COLUMNS
from lvmh_pipeline.lib.scoring.report import PREDICTIONS_CSV
from lvmh_pipeline_tests.cli.conftest import Result, assert_refusal, call, isolate

CLIENTS, UPLOAD_DATES, SEED = 30, 2, 3
NEW_CLIENT = "NEW_CLIENT_1"


@dataclass
class Session:
    data_dir: Path
    tracking_uri: str
    results: dict[str, Result] = field(default_factory=dict)
    champion_before: int = 0
    champion_after: int = 0
    previous_after: int = 0
    predict_input: Path | None = None
    predict_output: Path | None = None


def _main(*argv: str | Path) -> Result:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([str(a) for a in argv])
    return Result(code, out.getvalue(), err.getvalue())


def _predict_input(data_dir: Path, folder: Path) -> Path:
    """The first rows of an upload, plus a client nobody knows and a row without client id."""
    upload = sorted((data_dir / "uploads").rglob("*.csv"))[-1]
    with upload.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    header, body = rows[0], rows[1:13]
    extra = {"ID": NEW_CLIENT, "Date": body[0][header.index("Date")],
             "Transcription": "Nouvelle cliente, cherche un sac pour l'anniversaire de sa fille en mars."}
    body.append([extra.get(column, "") for column in header])
    body.append(["" if column == "ID" else extra.get(column, "") for column in header])
    path = folder / "to_score.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([header, *body])
    return path


def _aliases(tracking_uri: str, name: str) -> dict[str, int]:
    from mlflow import MlflowClient

    model = MlflowClient(tracking_uri, tracking_uri).get_registered_model(name)
    return {alias: int(version) for alias, version in model.aliases.items()}


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("cli_pipeline")
    with pytest.MonkeyPatch.context() as monkeypatch:
        data_dir = isolate(root, monkeypatch)
        tracking_uri = f"sqlite:///{root / 'mlruns' / 'mlflow.db'}"
        state = Session(data_dir, tracking_uri)
        state.results["generate"] = _main("generate", "--out", data_dir, "--clients", CLIENTS,
                                          "--upload-dates", UPLOAD_DATES, "--seed", SEED)
        state.results["run"] = _main("run")
        if state.results["run"].code == 0:
            from mlflow import MlflowClient

            client = MlflowClient(tracking_uri, tracking_uri)
            state.champion_before = _aliases(tracking_uri, "lvmh_purchase")["champion"]
            other = next(int(v.version) for v in client.search_model_versions("name = 'lvmh_purchase'")
                         if int(v.version) != state.champion_before)
            # as if an earlier retrain had promoted `other` before the current champion
            client.set_registered_model_alias("lvmh_purchase", "previous_champion", str(other))
            state.results["rollback"] = _main("rollback", "--target", "purchase")
            aliases = _aliases(tracking_uri, "lvmh_purchase")
            state.champion_after, state.previous_after = aliases.get("champion", 0), aliases.get("previous_champion", 0)
            state.predict_input = _predict_input(data_dir, root)
            state.predict_output = root / "out" / "scored.csv"
            state.results["predict"] = _main(
                "predict", state.predict_input, "--id-column", "ID", "--text-column", "Transcription",
                "--date-column", "Date", "--output", state.predict_output)
        yield state


def test_run_trains_scores_and_says_where_the_outputs_are(session):
    assert session.results["generate"].code == 0, session.results["generate"].err
    run = session.results["run"]
    assert run.code == 0, run.out + run.err
    assert run.out.count("[ok] ingest ") == UPLOAD_DATES
    assert "[ok] models, predictions, recommendations" in run.out and "predictions (" in run.out
    assert "FAILED" not in run.out and "0 failed" in run.out
    for label in ("warehouse:", "dashboard:", "predictions:", "report:", "MLflow:"):
        assert label in run.out, label
    assert "error:" not in run.err


def test_run_keeps_raw_drivers_in_the_warehouse_and_words_in_the_csv(session):
    with duckdb.connect(str(session.data_dir / "warehouse.duckdb"), read_only=True) as db:
        raw = db.sql("select top_drivers from lvmh.predictions").df()["top_drivers"]
    names = [name for drivers in raw for name in drivers]
    assert names and all(name[:1] in "+-" for name in names)
    exported = pd.read_csv(session.data_dir / "outputs" / PREDICTIONS_CSV, dtype=str, keep_default_na=False)
    words = exported["top_drivers"]
    assert words.str.len().gt(0).any()
    assert not words.str.contains(r"^'?[+-]|concept:|_", regex=True).any(), words.head().tolist()
    probabilities = exported["purchase_probability"][exported["purchase_probability"] != ""]
    assert probabilities.map(lambda v: len(v.partition(".")[2]) <= 3).all()


def test_rollback_swaps_champion_and_previous_champion(session):
    result = session.results["rollback"]
    assert result.code == 0, result.err
    assert session.champion_after != session.champion_before
    assert session.previous_after == session.champion_before
    assert f"purchase: champion is now version {session.champion_after}" in result.out


def test_rollback_of_a_target_without_previous_champion_is_refused(session, capfd):
    aliases = _aliases(session.tracking_uri, "lvmh_clv")
    assert "champion" in aliases and "previous_champion" not in aliases
    assert_refusal(call(capfd, "rollback", "--target", "clv"), "lvmh_clv has no previous_champion")
    assert _aliases(session.tracking_uri, "lvmh_clv") == aliases


def test_predict_scores_every_row_with_the_restored_champion(session):
    result = session.results["predict"]
    assert result.code == 0, result.err
    assert "scored " in result.out and f"purchase v{session.champion_after}" in result.out
    assert f"wrote {session.predict_output}" in result.out
    table = pd.read_csv(session.predict_output, dtype=str, keep_default_na=False)
    with session.predict_input.open(encoding="utf-8", newline="") as handle:
        header = next(csv.reader(handle))
    assert list(table.columns) == header + OUTPUT_COLUMNS
    scored = table[table["ID"] != ""]
    assert (scored["prediction_status"] == "ok").all()
    assert table.loc[table["ID"] == "", "prediction_status"].tolist() == ["not scored: missing client id"]
    assert scored["model_versions"].str.contains(f'"purchase": "{session.champion_after}"').all()
    # rounded for people: probabilities to 3 decimals, money to cents
    probability = scored["purchase_probability"].astype(float)
    assert probability.between(0, 1).all()
    assert scored["purchase_probability"].map(lambda v: len(v.partition(".")[2]) <= 3).all()
    assert scored["predicted_clv"].map(lambda v: v == "" or len(v.partition(".")[2]) <= 2).all()
    # drivers in plain words, and how much order history there is
    assert scored["top_drivers"].str.len().gt(0).all()
    assert not scored["top_drivers"].str.contains(r"^'?[+-]|concept:|_", regex=True).any()
    history = dict(zip(scored["ID"], scored["order_history"]))
    assert history[NEW_CLIENT] == "none"
    assert set(history.values()) <= {"none", "short", "ok"} and set(history.values()) - {"none"}
