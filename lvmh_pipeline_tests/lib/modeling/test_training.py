"""train_family: each fitted target becomes a described, timed MLflow run with evaluation plots
drawn on its held-out clients, and a described registered version."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from mlflow import MlflowClient

from lvmh_pipeline.lib.modeling.feature_columns import PROFILE_COLUMNS, RFM_COLUMNS
from lvmh_pipeline.lib.modeling.labeling.labels import Horizons, LabelSet
from lvmh_pipeline.lib.modeling.training import train_family, training_table
from lvmh_pipeline.lib.registry import plots
from lvmh_pipeline.lib.registry.tracking_store import TrackingConfig, client


@pytest.fixture(scope="module")
def empty_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated, empty MLflow sqlite DB, copied into each test (migrations take seconds)."""
    folder = tmp_path_factory.mktemp("mlflow_template")
    client(TrackingConfig.from_paths(folder / "mlflow.db", folder / "artifacts")).search_experiments()
    return folder / "mlflow.db"


@pytest.fixture
def config(empty_store: Path, tmp_path: Path) -> TrackingConfig:
    shutil.copy(empty_store, tmp_path / "mlflow.db")
    return TrackingConfig.from_paths(tmp_path / "mlflow.db", tmp_path / "artifacts")


@pytest.fixture(scope="module")
def data() -> tuple[pd.DataFrame, LabelSet]:
    """Feature frame with the project's fast columns; outcomes driven by order recency and frequency."""
    rng = np.random.default_rng(0)
    n = 200
    frame = pd.DataFrame({c: rng.normal(size=n) for c in [*PROFILE_COLUMNS, *RFM_COLUMNS]})
    words = [f"concept_{k}" for k in range(12)]
    frame.insert(0, "concept_text", [" ".join(rng.choice(words, 4)) for _ in range(n)])
    frame.insert(0, "client_id", [f"C{i:04d}" for i in range(n)])
    labels = pd.DataFrame({
        "client_id": frame["client_id"],
        "purchased": (frame["recency_days"] + rng.normal(0, 0.7, n) < 0).astype(float),
        "churned": (frame["recency_days"] + rng.normal(0, 0.7, n) > 0.5).astype(float),
        "lifetime_value": np.maximum(0.0, 400 * frame["frequency"] + rng.normal(300, 200, n)),
    })
    return frame, LabelSet(labels, "transactions", date(2025, 10, 31), Horizons())


def test_each_run_has_fit_seconds_a_description_plots_and_a_described_version(config, data) -> None:
    frame, labels = data
    results = train_family(config, "fast", frame, labels, targets=("purchase", "clv"))
    mlflow_client = MlflowClient(config.tracking_uri, config.tracking_uri)
    expected_plots = {"purchase": set(plots.CLASSIFIER_PLOTS), "clv": set(plots.REGRESSOR_PLOTS)}
    for result in results:
        assert result.logged is not None and result.warnings == []
        run = mlflow_client.get_run(result.logged.run_id)
        assert run.data.metrics["fit_seconds"] == pytest.approx(result.seconds) and result.seconds > 0
        # the run starts when the training started, so its duration covers the fit
        assert run.info.end_time - run.info.start_time >= int(result.seconds * 1000)
        note = run.data.tags["mlflow.note.content"]
        assert f"**fast** model for **{result.target}**" in note and "T = 2025-10-31" in note
        assert "Trained on 150 labelled clients, measured on 50 held-out clients" in note
        assert "54 input columns" in note and "order recency (RFM) (7)" in note
        artifacts = {a.path for a in mlflow_client.list_artifacts(result.logged.run_id, "plots")}
        assert artifacts == expected_plots[result.target] | set(plots.TABLES)
        version_tags = mlflow_client.get_model_version(result.logged.registered_model, str(result.logged.version)).tags
        window = "90" if result.target == "purchase" else "365"
        assert (version_tags["label_days"], version_tags["horizon_days"]) == (window, window)

        version = mlflow_client.get_model_version(result.logged.registered_model, str(result.logged.version))
        metric = "AUC" if result.target == "purchase" else "size-aware score"
        assert f"Held-out (50 clients): {metric} {result.metrics[result.primary_metric]:.3f}" in version.description
        registered = mlflow_client.get_registered_model(result.logged.registered_model)
        assert registered.description.startswith(f"**{result.logged.registered_model}**: Predicts")
    assert "90 days after the as-of date T" in mlflow_client.get_registered_model("lvmh_purchase").description
    table = training_table(results)
    assert (table["fit_seconds"] >= 0).all() and list(table["status"]) == ["trained", "trained"]


def test_a_plot_that_fails_is_reported_and_never_fails_the_training(config, data, monkeypatch) -> None:
    def broken(*args, **kwargs):
        raise RuntimeError("no canvas")

    monkeypatch.setattr(plots, "evaluation_artifacts", broken)
    frame, labels = data
    (result,) = train_family(config, "fast", frame, labels, targets=("churn",))
    assert result.logged is not None
    assert result.warnings == ["fast churn: evaluation plots not drawn: RuntimeError: no canvas"]
    mlflow_client = MlflowClient(config.tracking_uri, config.tracking_uri)
    assert not mlflow_client.list_artifacts(result.logged.run_id, "plots")
    assert "fit_seconds" in mlflow_client.get_run(result.logged.run_id).data.metrics
