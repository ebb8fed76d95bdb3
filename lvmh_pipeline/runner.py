"""Materializes the asset graph in the persistent Dagster instance (used by the CLI).

Runs go through the same named jobs the UI shows, in ``DAGSTER_HOME``, so every run
started here appears in ``dagster dev``.
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import dagster as dg

from lvmh_pipeline.definitions import build_definitions
from lvmh_pipeline.defs.ingestion.records import SIGNATURE_KEY, last_ingested_signature
from lvmh_pipeline.defs.partitions import upload_dates
from lvmh_pipeline.lib.ingestion.uploads import folder_signature, scan_uploads
from lvmh_pipeline.settings import PROJECT_ROOT, Settings

RETRAIN_LABEL = "models, predictions, recommendations"
MODEL_STEPS = ("training_features", "fast_model", "elite_model", "best_model", "model_backtest", "predictions")


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
) -> RunReport:
    """Run a named job in-process in the instance and summarize what happened."""
    started = time.perf_counter()
    result = defs.resolve_job_def(job_name).execute_in_process(
        instance=instance,
        partition_key=partition_key,
        raise_on_error=False,
        # the full event log is in the instance (and the UI); the terminal gets warnings only
        run_config={"loggers": {"console": {"config": {"log_level": "WARNING"}}}},
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
    return report


def materialize_everything(
    settings: Settings,
    *,
    force: bool = False,
    on_report: Callable[[RunReport], None] = lambda report: None,
    on_notice: Callable[[str], None] = print,
    partition_progress: Callable[[list[str]], object] | None = None,
    backfill: tuple[str, str] | None = None,
) -> list[RunReport]:
    """Ingest every upload date whose files changed (all of them with ``force``; exactly the
    dates in the inclusive ``backfill`` range, changed or not, with ``backfill``), rebuild the
    client-level assets, then retrain: labels, models, champion, predictions, recommendations
    and the dashboard. The retrain is skipped when no upload was re-ingested and the outcome
    file is the one the last complete retrain learned from (``force`` retrains anyway). Model
    steps skipped for lack of outcomes are reported through ``on_notice``, not as failures.
    Returns one report per run."""
    scan = scan_uploads(settings.uploads_dir)
    for name in scan.invalid_folders:
        on_notice(f"warning: ignoring uploads/{name}/: folder name is not a YYYY-MM-DD date")
    for name in scan.stray_files:
        on_notice(f"warning: ignoring uploads/{name}: files must be inside uploads/<YYYY-MM-DD>/")
    for name, why in scan.skipped:
        on_notice(f"warning: uploads/{name}: {why}")
    if not scan.dates:
        raise FileNotFoundError(
            f"no upload found: expected CSV files in {settings.uploads_dir}/<YYYY-MM-DD>/"
        )
    instance = open_instance(settings)
    defs = build_definitions(settings)
    new_dates = register_upload_dates(instance, scan.dates)
    if new_dates:
        on_notice(f"registered {len(new_dates)} new upload date(s) as partitions")
    reports: list[RunReport] = []
    warehouse_exists = settings.warehouse_path.exists()
    selected = scan.dates if backfill is None else [d for d in scan.dates if backfill[0] <= d <= backfill[1]]
    if backfill is not None and not selected:
        raise FileNotFoundError(f"no upload date between {backfill[0]} and {backfill[1]} in {settings.uploads_dir}")
    dates = partition_progress(selected) if partition_progress else selected
    for upload_date in dates:
        signature = folder_signature(scan.files_by_date[upload_date])
        unchanged = warehouse_exists and last_ingested_signature(instance, upload_date) == signature
        if unchanged and not force and backfill is None:
            reports.append(RunReport(f"ingest {upload_date} (unchanged, skipped)", True, 0.0))
        else:
            reports.append(
                execute_job(defs, instance, "ingest_upload_job", partition_key=upload_date, label=f"ingest {upload_date}")
            )
        on_report(reports[-1])
    reports.append(execute_job(defs, instance, "refresh_outputs_job", label="client-level assets"))
    on_report(reports[-1])
    if not reports[-1].success:
        return reports
    reingested = any(report.run_id for report in reports[:-1])
    if not force and not reingested and retrain_is_current(instance, settings):
        reports.append(RunReport(f"{RETRAIN_LABEL} (no new notes or outcomes since the last retrain, skipped; "
                                 "--force retrains)", True, 0.0))
    else:
        reports.append(execute_job(defs, instance, "weekly_retrain_job", label=RETRAIN_LABEL))
        for notice in retrain_notices(reports[-1], settings):
            on_notice(notice)
    on_report(reports[-1])
    return reports


def _latest(instance: dg.DagsterInstance, asset: str) -> dg.EventLogRecord | None:
    records = instance.fetch_materializations(dg.AssetKey(asset), limit=1).records
    return records[0] if records else None


def retrain_is_current(instance: dg.DagsterInstance, settings: Settings) -> bool:
    """True when the last retrain went through to predictions and the outcome file it learned
    from (labels.csv or transactions.csv) is unchanged; notes unchanged is the caller's part."""
    outcome = next((p for p in (settings.data_dir / "labels.csv", settings.data_dir / "transactions.csv")
                    if p.exists()), None)
    labels, predictions = _latest(instance, "training_labels"), _latest(instance, "predictions")
    if outcome is None or labels is None or predictions is None or predictions.timestamp < labels.timestamp:
        return False
    recorded = labels.asset_materialization.metadata.get(SIGNATURE_KEY)
    return getattr(recorded, "value", None) == folder_signature([outcome])


def retrain_notices(report: RunReport, settings: Settings) -> list[str]:
    """What a retrain run left out, and why: model steps skipped for lack of outcome files (the
    run still succeeds), or predictions held back by the champion quality gate (the run fails)."""
    skipped = [step for step in MODEL_STEPS if step in report.skipped_steps]
    if report.success and "training_labels" not in report.materialized and skipped:
        return [
            f"warning: no transactions.csv or labels.csv in {settings.data_dir}: models skipped "
            f"({', '.join(skipped)}); recommendations and the dashboard were still built. Add "
            "transactions.csv (client_id,order_id,date,product_id,quantity,amount) or labels.csv "
            "(client_id,purchased,churned,lifetime_value) to train."
        ]
    if any("champion_above_floor" in error for error in report.errors):
        return [
            "warning: a champion is below its quality floor (or no target has a champion): "
            "predictions were not refreshed; see best_model's comparison and check metadata."
        ]
    return []
