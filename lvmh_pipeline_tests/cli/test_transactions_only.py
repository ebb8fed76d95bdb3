"""A house with a purchase log and nothing else: `lvmh-pipeline run --data-dir D --horizon-days 273`
on a data dir holding only a CDNOW-format transactions.csv (39 weeks, shorter than the windows)
trains, selects and scores every client at the last order date, for the asked horizon."""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from lvmh_pipeline.cli import main
from lvmh_pipeline.lib.scoring.predictions import PREDICTIONS_COLUMNS
from lvmh_pipeline.lib.synthetic.purchase_log import PurchaseLogConfig, write_purchase_log
from lvmh_pipeline_tests.cli.conftest import Result, isolate

CONFIG = PurchaseLogConfig(n_clients=160, weeks=39, seed=21)


def _main(*argv: str | Path) -> Result:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([str(a) for a in argv])
    return Result(code, out.getvalue(), err.getvalue())


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("transactions_only")
    with pytest.MonkeyPatch.context() as monkeypatch:
        data_dir = isolate(root, monkeypatch)
        write_purchase_log(data_dir, CONFIG)
        first = _main("run", "--data-dir", data_dir, "--horizon-days", "273")
        again = _main("run", "--data-dir", data_dir, "--horizon-days", "273")
        yield data_dir, root, first, again


def _table(data_dir: Path, name: str) -> pd.DataFrame:
    with duckdb.connect(str(data_dir / "warehouse.duckdb"), read_only=True) as db:
        return db.sql(f"select * from lvmh.{name}").df()


def test_the_run_succeeds_and_says_how_the_horizon_is_reached(runs):
    data_dir, _, first, _ = runs
    assert first.code == 0, first.out + first.err
    assert "warning: no upload in" in first.out and "running on transactions.csv alone" in first.out
    assert "too short for the 273-day windows" in first.out and "labels learnt on" in first.out
    assert "[ok] models, predictions, recommendations" in first.out and "FAILED" not in first.out
    assert not (data_dir / "uploads").exists()


def test_every_client_is_scored_at_the_last_order_date_with_sizes(runs):
    data_dir, _, _, _ = runs
    transactions = pd.read_csv(data_dir / "transactions.csv", dtype=str)
    predictions = _table(data_dir, "predictions")
    assert list(predictions.columns) == PREDICTIONS_COLUMNS
    assert set(predictions["client_id"]) == set(transactions["client_id"]) and predictions["client_id"].is_unique
    for column in ("purchase_probability", "expected_purchases", "predicted_clv", "churn_risk", "p_alive"):
        assert predictions[column].notna().all(), column
    assert predictions["purchase_probability"].between(0, 1).all() and predictions["p_alive"].between(0, 1).all()
    assert (predictions["expected_purchases"] >= 0).all() and (predictions["predicted_clv"] >= 0).all()
    assert set(predictions["history"]) <= {"short", "ok"}  # every client has bought
    windows = json.loads(_table(data_dir, "training_labels")["windows"].iloc[0])
    assert windows["plan"]["score_as_of"] == transactions["date"].max()
    assert windows["plan"]["horizon_method"] == "shortened" and windows["requested"]["clv_days"] == 273


def test_champions_record_the_horizon_and_rate_models_carry_the_amounts(runs):
    from mlflow import MlflowClient

    _, root, _, _ = runs
    uri = f"sqlite:///{root / 'mlruns' / 'mlflow.db'}"
    client = MlflowClient(uri, uri)
    for target in ("purchase", "purchases", "clv"):
        champion = client.get_model_version_by_alias(f"lvmh_{target}", "champion")
        assert champion.tags["horizon_days"] == "273" and int(champion.tags["label_days"]) < 273
        assert champion.tags["horizon_method"] == "shortened"
        families = {v.tags["family"] for v in client.search_model_versions(f"name='lvmh_{target}'")}
        assert families == {"fast", "elite", "bgnbd", "pnbd"}
    for target in ("purchases", "clv"):
        assert client.get_model_version_by_alias(f"lvmh_{target}", "champion").tags["family"] in ("bgnbd", "pnbd")


def test_a_second_run_with_the_same_settings_does_not_retrain(runs):
    _, _, _, again = runs
    assert again.code == 0, again.err
    assert "no new notes or outcomes since the last retrain, skipped" in again.out
