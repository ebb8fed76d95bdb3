"""Shared fixtures: isolated settings (data dir, DAGSTER_HOME, MLflow) under tmp_path."""

from __future__ import annotations

from pathlib import Path

import pytest

from lvmh_pipeline.settings import Settings

SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
REAL_NOTES = SHARED_DATA / "LVMH_Realistic_Merged_CA001-100.csv"


def isolated_settings(root: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """Settings whose every store (data, DAGSTER_HOME, MLflow) lives under ``root``; the
    embedding model loads offline."""
    home = root / "dagster_home"
    for name, value in (("DAGSTER_HOME", str(home)), ("HF_HUB_OFFLINE", "1"), ("TRANSFORMERS_OFFLINE", "1")):
        monkeypatch.setenv(name, value)
    return Settings(
        data_dir=root / "data",
        dagster_home=home,
        mlflow_tracking_uri=f"sqlite:///{root / 'mlruns' / 'mlflow.db'}",
        mlflow_artifact_location=root / "mlruns" / "artifacts",
        embedding_model="",
    )


@pytest.fixture
def settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """Settings whose every store lives in ``tmp_path``."""
    return isolated_settings(tmp_path, monkeypatch)


def write_upload(settings: Settings, upload_date: str, name: str, text: str, encoding: str = "utf-8") -> Path:
    """Write one upload CSV under ``uploads/<upload_date>/``."""
    path = settings.uploads_dir / upload_date / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return path
