"""Step timings from a Dagster instance's event log (shared by the bench scripts)."""

from __future__ import annotations

import os
from pathlib import Path


def step_windows(home: Path) -> list[tuple[str, float, float]]:
    """``(step, started, ended)`` epoch seconds of every finished step of every run in the
    instance at ``home`` (STEP_START → STEP_SUCCESS / STEP_FAILURE), in start order."""
    import dagster as dg

    os.environ["DAGSTER_HOME"] = str(home)
    windows: list[tuple[str, float, float]] = []
    with dg.DagsterInstance.get() as instance:
        for record in instance.get_run_records():
            started: dict[str, float] = {}
            for entry in instance.all_logs(record.dagster_run.run_id):
                event = entry.dagster_event
                if event is None or not event.step_key:
                    continue
                if event.event_type_value == "STEP_START":
                    started[event.step_key] = entry.timestamp
                elif event.event_type_value in ("STEP_SUCCESS", "STEP_FAILURE") and event.step_key in started:
                    windows.append((event.step_key, started[event.step_key], entry.timestamp))
    return sorted(windows, key=lambda window: window[1])


def step_seconds(home: Path) -> dict[str, float]:
    """Wall seconds per step, summed over the runs of the instance at ``home``."""
    out: dict[str, float] = {}
    for step, started, ended in step_windows(home):
        out[step] = out.get(step, 0.0) + ended - started
    return out
