"""MLflow tracking layer (lib/registry/tracking.py): runs, registered versions, tags, safe loading, links.

The MLflow store fixtures (``empty_store``, ``config``) are in conftest.py."""

from __future__ import annotations

import json
import time
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import skops.io
import yaml
from mlflow import MlflowClient
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import HistGradientBoostingClassifier, RandomForestClassifier, VotingClassifier
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.neighbors import KNeighborsClassifier
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

from lvmh_pipeline.lib.modeling.backtesting.backtest import BacktestResult
from lvmh_pipeline.lib.modeling.labeling.labels import Horizons
from lvmh_pipeline.lib.registry import backtest_runs, tracking, versions
from lvmh_pipeline.lib.registry.security import UntrustedModelError
from lvmh_pipeline.lib.registry.tracking import LoggedModel
from lvmh_pipeline.lib.registry.tracking_store import TrackingConfig

NUMERIC = ["budget_max_eur", "n_notes"]
FEATURES = ["concept_text", *NUMERIC]


@pytest.fixture(scope="module")
def data() -> tuple[pd.DataFrame, np.ndarray]:
    rng = np.random.default_rng(1)
    n = 80
    words = ["nickel", "birthday", "silk", "watch", "gold", "wedding"]
    frame = pd.DataFrame(
        {
            "concept_text": [" ".join(rng.choice(words, 3)) for _ in range(n)],
            "budget_max_eur": rng.uniform(1e3, 3e4, n),
            "n_notes": rng.integers(1, 5, n).astype(float),
        }
    )
    return frame, (frame["budget_max_eur"] + rng.normal(0, 5e3, n) > 15e3).astype(int).to_numpy()


def _features() -> ColumnTransformer:
    numeric = Pipeline([("impute", SimpleImputer(strategy="median")), ("scale", StandardScaler())])
    return ColumnTransformer([("text", TfidfVectorizer(), "concept_text"), ("num", numeric, NUMERIC)], sparse_threshold=0.0)


@pytest.fixture(scope="module")
def fast(data) -> Pipeline:
    return Pipeline([("features", _features()), ("model", RandomForestClassifier(8, random_state=0))]).fit(*data)


@pytest.fixture(scope="module")
def elite(data) -> Pipeline:
    vote = VotingClassifier(
        [
            ("rf", RandomForestClassifier(8, random_state=0)),
            ("hgb", HistGradientBoostingClassifier(max_iter=5, random_state=0)),
            ("lr", LogisticRegression(max_iter=300)),
        ],
        voting="soft",
    )
    return Pipeline([("features", _features()), ("model", vote)]).fit(*data)


def _log(config: TrackingConfig, family: str, pipeline: Pipeline, auc: float, example: pd.DataFrame | None = None) -> LoggedModel:
    return tracking.log_trained_model(
        config,
        target="purchase",
        family=family,
        pipeline=pipeline,
        params={"n_estimators": 8, "family": family},
        metrics={"auc": auc, "log_loss": 0.5, "skipped": None},
        feature_columns=FEATURES,
        data_digest="sha256:abc123",
        label_source="transactions",
        input_example=example,
    )


def test_two_families_become_versions_1_and_2_with_tags_and_links(config, data, fast, elite) -> None:
    first = _log(config, "fast", fast, 0.79)
    second = _log(config, "elite", elite, 0.81, example=data[0].head(3))

    assert (first.version, second.version) == (1, 2)
    assert first.registered_model == second.registered_model == "lvmh_purchase"
    assert first.run_model_uri == f"runs:/{first.run_id}/model"
    assert first.version_uri == "models:/lvmh_purchase/1"
    assert first.model_uri == f"models:/{first.model_id}"
    assert first.run_page == f"#/experiments/{first.experiment_id}/runs/{first.run_id}"
    assert second.version_page == "#/models/lvmh_purchase/versions/2"

    mlflow_client = MlflowClient(config.tracking_uri, config.tracking_uri)
    version = mlflow_client.get_model_version("lvmh_purchase", "2")
    assert {k: version.tags[k] for k in ("family", "target", "label_source", "data_digest")} == {
        "family": "elite",
        "target": "purchase",
        "label_source": "transactions",
        "data_digest": "sha256:abc123",
    }
    assert version.run_id == second.run_id

    run = mlflow_client.get_run(first.run_id)
    assert run.info.run_name == "fast-purchase"
    assert run.data.metrics == {"auc": 0.79, "log_loss": 0.5}
    assert run.data.params == {"n_estimators": "8", "family": "fast"}
    assert run.data.tags["family"] == "fast" and run.data.tags["data_digest"] == "sha256:abc123"
    logged_model = mlflow_client.get_logged_model(first.model_id)
    assert {metric.key: metric.value for metric in logged_model.metrics} == {"auc": 0.79, "log_loss": 0.5}
    experiment = mlflow_client.get_experiment(first.experiment_id)
    assert experiment.name == "lvmh_client_models"
    assert experiment.artifact_location == config.artifact_location

    features = mlflow_client.download_artifacts(first.run_id, "features/feature_columns.json", str(config.sqlite_path.parent))
    assert json.loads(Path(features).read_text()) == {"feature_columns": FEATURES}


def test_models_are_stored_with_skops_and_the_allowlist_never_pickle(config, fast, tmp_path: Path) -> None:
    logged = _log(config, "fast", fast, 0.79)

    model_dir = tmp_path / "artifacts" / "models" / logged.model_id / "artifacts"
    mlmodel = yaml.safe_load((model_dir / "MLmodel").read_text())
    assert mlmodel["flavors"]["sklearn"]["serialization_format"] == "skops"
    assert (model_dir / "model.skops").is_file()
    assert not [p for p in tmp_path.rglob("*") if p.suffix in {".pkl", ".pickle", ".joblib"}]
    requirements = (model_dir / "requirements.txt").read_text()
    assert "scikit-learn==" in requirements and "skops==" in requirements
    assert "cloudpickle" not in requirements


def test_latest_version_by_family_and_load_back_predicts_identically(config, data, fast, elite) -> None:
    assert versions.latest_version(config, "purchase", "fast") is None
    _log(config, "fast", fast, 0.70)
    _log(config, "elite", elite, 0.80)
    _log(config, "fast", fast, 0.75)

    latest_fast = versions.latest_version(config, "purchase", "fast")
    latest_elite = versions.latest_version(config, "purchase", "elite")
    assert (int(latest_fast.version), int(latest_elite.version)) == (3, 2)
    assert versions.latest_version(config, "churn", "fast") is None

    frame = data[0]
    for version, original in ((3, fast), (2, elite)):
        loaded = versions.load_version(config, "purchase", version)
        np.testing.assert_array_equal(loaded.predict(frame), original.predict(frame))
        np.testing.assert_allclose(loaded.predict_proba(frame), original.predict_proba(frame))


def test_load_version_applies_the_project_allowlist_not_the_models_own(config, data, fast, tmp_path: Path) -> None:
    logged = _log(config, "fast", fast, 0.79)
    model_dir = tmp_path / "artifacts" / "models" / logged.model_id / "artifacts"
    knn = Pipeline([("features", _features()), ("model", KNeighborsClassifier())]).fit(*data)
    skops.io.dump(knn, model_dir / "model.skops")
    mlmodel = yaml.safe_load((model_dir / "MLmodel").read_text())
    mlmodel["flavors"]["sklearn"]["skops_trusted_types"].append("sklearn.neighbors._classification.KNeighborsClassifier")
    (model_dir / "MLmodel").write_text(yaml.safe_dump(mlmodel))

    with pytest.raises(UntrustedModelError, match="KNeighborsClassifier"):
        versions.load_version(config, "purchase", logged.version)


def test_champion_version_is_none_until_aliased(config, fast) -> None:
    assert versions.champion_version(config, "purchase") is None
    logged = _log(config, "fast", fast, 0.79)
    assert versions.champion_version(config, "purchase") is None

    MlflowClient(config.tracking_uri, config.tracking_uri).set_registered_model_alias("lvmh_purchase", "champion", "1")
    champion = versions.champion_version(config, "purchase")
    assert int(champion.version) == logged.version and champion.tags["family"] == "fast"


def test_invalid_inputs_are_rejected(config, fast) -> None:
    with pytest.raises(ValueError, match="absolute"):
        TrackingConfig("sqlite:///relative/mlflow.db", "file:///tmp/artifacts")
    with pytest.raises(ValueError, match="absolute URI"):
        TrackingConfig("sqlite:////tmp/mlflow.db", "mlruns/artifacts")
    with pytest.raises(ValueError, match="unknown target"):
        versions.latest_version(config, "upsell", "fast")
    with pytest.raises(ValueError, match="unknown model family"):
        _log(config, "medium", fast, 0.5)


def test_run_version_and_registered_model_are_described_and_timed(config, data, fast) -> None:
    started_at = time.time() - 30.0
    logged = tracking.log_trained_model(
        config, target="purchase", family="fast", pipeline=fast, params={"n_train": 60, "n_validation": 20},
        metrics={"auc": 0.79, "log_loss": 0.5}, feature_columns=FEATURES, data_digest="sha256:abc123",
        label_source="transactions", as_of=date(2025, 10, 31), horizons=Horizons(purchase_days=60),
        fit_seconds=12.5, started_at=started_at, artifacts={"plots/roc_curve.png": b"\x89PNG fake"},
    )
    mlflow_client = MlflowClient(config.tracking_uri, config.tracking_uri)
    run = mlflow_client.get_run(logged.run_id)
    assert run.data.metrics["fit_seconds"] == 12.5
    logged_model = mlflow_client.get_logged_model(logged.model_id)
    assert "fit_seconds" not in {metric.key for metric in logged_model.metrics}  # a time, not a quality
    assert run.info.start_time == int(started_at * 1000)  # the run's duration covers the training
    assert run.info.end_time - run.info.start_time >= 30_000 and run.info.status == "FINISHED"
    assert run.data.tags["kind"] == "training" and run.data.tags["mlflow.runName"] == "fast-purchase"
    assert run.data.tags.get("mlflow.user")  # the context tags a fluent start_run adds

    note = run.data.tags["mlflow.note.content"]
    for words in ("**fast** model for **purchase**", "60 days after the as-of date T", "transactions.csv with T = 2025-10-31",
                  "3 input columns: concept text (TF-IDF), note activity, budget", "Trained on 60 labelled clients",
                  "Held-out (20 clients): AUC 0.790, log loss 0.500", "fit in 12.5 s"):
        assert words in note, words
    version = mlflow_client.get_model_version("lvmh_purchase", str(logged.version))
    assert version.description.startswith(note) and logged.run_id in version.description
    registered = mlflow_client.get_registered_model("lvmh_purchase").description
    assert "**lvmh_purchase**" in registered and "60 days" in registered and "`champion`" in registered
    assert "`previous_champion`" in registered and "fast" in registered and "elite" in registered
    experiment = mlflow_client.get_experiment(logged.experiment_id)
    assert "lvmh_client_models_backtests" in experiment.tags["mlflow.note.content"]
    assert [a.path for a in mlflow_client.list_artifacts(logged.run_id, "plots")] == ["plots/roc_curve.png"]


def test_without_horizons_the_description_points_to_the_labels_file(config, fast) -> None:
    logged = tracking.log_trained_model(
        config, target="churn", family="fast", pipeline=fast, params={}, metrics={"auc": 0.7},
        feature_columns=FEATURES, data_digest="d", label_source="labels.csv",
    )
    version = MlflowClient(config.tracking_uri, config.tracking_uri).get_model_version("lvmh_churn", str(logged.version))
    assert "`churned` column of the labels file" in version.description
    assert "labels.csv" in version.description and "Held-out: AUC 0.700" in version.description


def _backtest_result() -> BacktestResult:
    result = BacktestResult("fast", "purchase")
    for k, (train, evaluate) in enumerate(((date(2024, 5, 4), date(2025, 5, 4)), (date(2024, 10, 31), date(2025, 10, 31)))):
        result.rows.append({"family": "fast", "target": "purchase", "train_as_of": train, "eval_as_of": evaluate,
                            "n_train": 500 + k, "n_eval": 900 + k, "train_positives": 100, "eval_positives": 200,
                            "metric": "auc", "value": 0.72 + k / 100, "baseline": 0.69, "lift": 0.03 + k / 100,
                            "log_loss": 0.6, "brier": 0.2, "r2": float("nan"), "mae": float("nan"),
                            "fit_seconds": 1.5})
    return result


def test_backtests_are_logged_in_their_own_experiment_with_a_description(config) -> None:
    page = backtest_runs.log_backtest(config, _backtest_result())
    mlflow_client = MlflowClient(config.tracking_uri)
    backtests = mlflow_client.get_experiment_by_name("lvmh_client_models_backtests")
    assert page.startswith(f"#/experiments/{backtests.experiment_id}/runs/")
    assert backtests.artifact_location == f"{config.artifact_location}/backtests"
    assert "lvmh_client_models" in backtests.tags["mlflow.note.content"]
    (run,) = mlflow_client.search_runs([backtests.experiment_id])
    assert run.info.run_name == "backtest-fast-purchase" and run.data.tags["kind"] == "backtest"
    assert run.data.metrics["fit_seconds"] == 3.0 and run.data.metrics["backtest_folds"] == 2
    note = run.data.tags["mlflow.note.content"]
    assert "**fast** family for **purchase**" in note and "recency" in note
    assert "train 2024-05-04 on 500 clients → eval 2025-05-04 on 900 clients: model 0.720 vs baseline 0.690 (+0.030)" in note
    training = mlflow_client.get_experiment_by_name("lvmh_client_models")
    assert training is None or not mlflow_client.search_runs([training.experiment_id], "tags.kind = 'backtest'")
    assert backtest_runs.log_backtest(config, BacktestResult("fast", "churn")) is None
