"""What lets a repeated `lvmh-pipeline run` skip the client-level refresh: the run state."""

from __future__ import annotations

import datetime as dt
import os

import dagster as dg

from lvmh_pipeline.runner import ModelSettings, run_state


def _touch(path, seconds: int = 1) -> None:
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + seconds * 1_000_000_000))


def test_the_state_moves_with_every_input_that_changes_client_level_assets(settings, monkeypatch):
    settings.data_dir.mkdir(parents=True)
    catalog = settings.data_dir / "catalog.csv"
    catalog.write_text("product_id,name\nP1,Bag\n", encoding="utf-8")
    with dg.DagsterInstance.ephemeral() as instance:
        base = run_state(instance, settings, ModelSettings())
        assert run_state(instance, settings, ModelSettings()) == base  # nothing changed
        _touch(catalog)
        changed = run_state(instance, settings, ModelSettings())
        assert changed["inputs"] != base["inputs"]
        (settings.data_dir / "segments.json").write_text('{"segments": []}', encoding="utf-8")
        assert run_state(instance, settings, ModelSettings())["inputs"] != changed["inputs"]
        assert run_state(instance, settings, ModelSettings(273))["models"] != base["models"]
        settings.outputs_dir.mkdir(parents=True)
        (settings.outputs_dir / "dashboard.json").write_text("{}", encoding="utf-8")
        assert run_state(instance, settings, ModelSettings())["watched"] != base["watched"]

        class Tomorrow(dt.date):
            @classmethod
            def today(cls):
                return dt.date(2100, 1, 1)

        monkeypatch.setattr("lvmh_pipeline.runner.date", Tomorrow)
        assert run_state(instance, settings, ModelSettings())["day"] == "2100-01-01"


def test_a_run_in_the_instance_changes_the_state(settings):
    @dg.asset
    def anything() -> int:
        return 1

    with dg.DagsterInstance.ephemeral() as instance:
        before = run_state(instance, settings, ModelSettings())
        assert dg.materialize([anything], instance=instance).success
        assert run_state(instance, settings, ModelSettings())["latest_run"] != before["latest_run"]
