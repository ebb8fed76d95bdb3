"""One named job run in the persistent Dagster instance, and what it did (:class:`RunReport`).

:func:`open_instance` opens the instance in ``DAGSTER_HOME`` (so every run shows in ``dagster
dev``), :func:`register_upload_dates` adds the upload dates to its partitions and
:func:`execute_job` runs a job, or part of it, in this process. :mod:`lvmh_pipeline.runner`
decides which jobs a run needs.
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

import dagster as dg

from lvmh_pipeline.in_process import execute_in_process
from lvmh_pipeline.defs.partitions import upload_dates
from lvmh_pipeline.settings import PROJECT_ROOT, Settings


@dataclass
class RunReport:
    """Outcome of one Dagster run started by the runner."""

    label: str
    success: bool
    seconds: float
    run_id: str = ""
    materialized: dict[str, int | None] = field(default_factory=dict)  # asset -> rows
    errors: list[str] = field(default_factory=list)
    skipped_steps: list[str] = field(default_factory=list)
    observations: dict[str, str] = field(default_factory=dict)  # asset -> why it was skipped


def open_instance(settings: Settings) -> dg.DagsterInstance:
    """The persistent instance in ``settings.dagster_home`` (created with the project's
    ``dagster.yaml`` on first use)."""
    settings.dagster_home.mkdir(parents=True, exist_ok=True)
    config = settings.dagster_home / "dagster.yaml"
    if not config.exists():
        shutil.copyfile(PROJECT_ROOT / "dagster.yaml", config)
    os.environ["DAGSTER_HOME"] = str(settings.dagster_home)
    return dg.DagsterInstance.get()


def register_upload_dates(instance: dg.DagsterInstance, dates: list[str]) -> list[str]:
    """Add the dates missing from the ``upload_dates`` partition set; return the new ones."""
    existing = set(instance.get_dynamic_partitions(upload_dates.name))
    new = [d for d in dates if d not in existing]
    if new:
        instance.add_dynamic_partitions(upload_dates.name, new)
    return new


def execute_job(
    defs: dg.Definitions,
    instance: dg.DagsterInstance,
    job_name: str,
    *,
    partition_key: str | None = None,
    label: str,
    run_config: dict[str, object] | None = None,
    asset_selection: Sequence[dg.AssetKey] | None = None,
) -> RunReport:
    """Run a named job (or the ``asset_selection`` part of it) in this process in the instance
    (no step output kept past its step: :mod:`lvmh_pipeline.in_process`) and summarize what happened."""
    started = time.perf_counter()
    result = execute_in_process(
        defs.resolve_job_def(job_name),
        instance,
        partition_key=partition_key,
        asset_selection=asset_selection,
        # the full event log is in the instance (and the UI); the terminal gets warnings only
        run_config={"loggers": {"console": {"config": {"log_level": "WARNING"}}}, **(run_config or {})},
    )
    report = RunReport(label, result.success, time.perf_counter() - started, result.run_id)
    for event in result.get_asset_materialization_events():
        materialization = event.step_materialization_data.materialization
        rows = materialization.metadata.get("dagster/row_count")
        report.materialized[materialization.asset_key.to_user_string()] = getattr(rows, "value", None)
    for event in result.get_step_failure_events():
        error = event.step_failure_data.error
        message = error.message.strip() if error else "unknown error"
        if error and error.cause:
            message += f" (caused by: {error.cause.message.strip()})"
        report.errors.append(f"{event.step_key}: {message}")
    report.skipped_steps = [event.step_key for event in result.get_step_skipped_events()]
    for event in result.all_events:
        if event.event_type_value == "ASSET_OBSERVATION":
            observation = event.event_specific_data.asset_observation
            message = observation.metadata.get("message")
            if message is not None:
                report.observations[observation.asset_key.to_user_string()] = str(getattr(message, "value", message))
    return report
