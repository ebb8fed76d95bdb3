"""Running the real CLI in a subprocess with every store (DAGSTER_HOME, MLflow) under one folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
RUN_TIMEOUT = 1800


def cli_env(root: Path) -> dict[str, str]:
    """The environment of a CLI subprocess whose every store lives under ``root``: its own
    DAGSTER_HOME and MLflow store, the embedding model offline, and no ``LVMH_*`` setting
    inherited from the caller."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("LVMH_")}
    env.update({
        "DAGSTER_HOME": str(root / "dagster_home"),
        "MLFLOW_TRACKING_URI": f"sqlite:///{root / 'mlruns' / 'mlflow.db'}",
        "LVMH_MLFLOW_ARTIFACTS": str(root / "mlruns" / "artifacts"),
        "HF_HUB_OFFLINE": "1",
        "TRANSFORMERS_OFFLINE": "1",
        "PYTHONUNBUFFERED": "1",
    })
    return env


def cli_command(*args: str) -> list[str]:
    """``python -m lvmh_pipeline.cli ARGS`` with the interpreter running the tests."""
    return [sys.executable, "-m", "lvmh_pipeline.cli", *args]


def run_cli(args: list[str], env: dict[str, str], timeout: float = RUN_TIMEOUT) -> subprocess.CompletedProcess:
    return subprocess.run(cli_command(*args), env=env, cwd=PROJECT, capture_output=True, text=True, timeout=timeout)
