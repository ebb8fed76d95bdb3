"""MLflow store fixtures of the registry tests: a migrated empty store, copied for each test."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from lvmh_pipeline.lib.registry.tracking_store import TrackingConfig, client


@pytest.fixture(scope="module")
def empty_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated, empty MLflow sqlite DB, copied into each test (migrations take seconds)."""
    folder = tmp_path_factory.mktemp("mlflow_template")
    config = TrackingConfig.from_paths(folder / "mlflow.db", folder / "artifacts")
    client(config).search_experiments()
    return folder / "mlflow.db"


@pytest.fixture
def config(empty_store: Path, tmp_path: Path) -> TrackingConfig:
    shutil.copy(empty_store, tmp_path / "mlflow.db")
    return TrackingConfig.from_paths(tmp_path / "mlflow.db", tmp_path / "artifacts")
