"""Helpers of the CLI tests: an isolated environment (data dir, DAGSTER_HOME, MLflow store under
one folder, embedding model offline) and in-process calls of ``lvmh_pipeline.cli.main``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from lvmh_pipeline.cli import main


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str

    @property
    def err_lines(self) -> list[str]:
        return [line for line in self.err.splitlines() if line.strip()]


def isolate(root: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point every store the CLI uses under ``root``; return the data dir (not created)."""
    values = {
        "LVMH_DATA_DIR": str(root / "data"),
        "DAGSTER_HOME": str(root / "dagster_home"),
        "MLFLOW_TRACKING_URI": f"sqlite:///{root / 'mlruns' / 'mlflow.db'}",
        "LVMH_MLFLOW_ARTIFACTS": str(root / "mlruns" / "artifacts"),
        "HF_HUB_OFFLINE": "1",
        "TRANSFORMERS_OFFLINE": "1",
        # main() sets these with setdefault; set here so that they are restored after the test
        "MLFLOW_LOGGING_LEVEL": "WARNING",
        "MLFLOW_ENABLE_ARTIFACTS_PROGRESS_BAR": "false",
    }
    for name, value in values.items():
        monkeypatch.setenv(name, value)
    return root / "data"


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An isolated environment under ``tmp_path``; the data dir it points to."""
    return isolate(tmp_path, monkeypatch)


@pytest.fixture(scope="session")
def empty_registry(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Tracking URI of an MLflow store where nothing was ever trained (its database is created
    once: the refusal tests that read it never write to it)."""
    from mlflow import MlflowClient

    uri = f"sqlite:///{tmp_path_factory.mktemp('empty_registry') / 'mlflow.db'}"
    MlflowClient(uri, uri).search_registered_models()
    return uri


@pytest.fixture
def untrained(data_dir: Path, empty_registry: str, monkeypatch: pytest.MonkeyPatch) -> Path:
    """:func:`data_dir` with the MLflow store of :func:`empty_registry`; the data dir."""
    monkeypatch.setenv("MLFLOW_TRACKING_URI", empty_registry)
    return data_dir


def call(capfd: pytest.CaptureFixture[str], *argv: str | Path) -> Result:
    """``lvmh-pipeline ARGV`` in-process: exit code and what reached stdout / stderr."""
    capfd.readouterr()  # drop whatever was printed before
    code = main([str(a) for a in argv])
    out, err = capfd.readouterr()
    return Result(code, out, err)


def assert_refusal(result: Result, *fragments: str) -> None:
    """Exit code 2 and exactly one stderr line, starting with ``error:`` and naming ``fragments``."""
    assert result.code == 2, result
    assert len(result.err_lines) == 1, result.err
    line = result.err_lines[0]
    assert line.startswith("error: "), line
    for fragment in fragments:
        assert fragment in line, (fragment, line)
