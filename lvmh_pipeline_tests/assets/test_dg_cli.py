"""`dg list defs` and `dg check defs` work on the project (it is a dg project)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DG = Path(sys.executable).with_name("dg")


@pytest.mark.parametrize("command", [["list", "defs"], ["check", "defs"]])
def test_dg_commands_succeed(command, tmp_path):
    if not DG.exists():
        pytest.skip("dagster-dg-cli is not installed (pip install -e '.[test]')")
    env = {**os.environ, "DAGSTER_HOME": str(tmp_path), "LVMH_DATA_DIR": str(tmp_path / "data"),
           "HF_HUB_OFFLINE": "1"}
    done = subprocess.run([str(DG), *command], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    if command[0] == "list":
        for name in ("notes", "predictions", "weekly_retrain_schedule", "upload_sensor", "ingest_upload_job"):
            assert name in done.stdout
    else:
        assert "All definitions loaded successfully" in done.stdout + done.stderr
