"""Materializes the asset graph in the persistent Dagster instance (used by the CLI).

Runs go through the same named jobs the UI shows, in ``DAGSTER_HOME``, so every run
started here appears in ``dagster dev``. This module decides which jobs a run needs (changed
uploads, a retrain or not, the state of the last complete run); running one job and reporting
on it is :mod:`lvmh_pipeline.job_runs`.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import dagster as dg

from lvmh_pipeline.definitions import build_definitions
from lvmh_pipeline.job_runs import RunReport, execute_job, open_instance, register_upload_dates
from lvmh_pipeline.defs.ingestion.records import SIGNATURE_KEY, last_ingested_signature
from lvmh_pipeline.defs.selections import CLIENT_LEVEL_ASSETS, RETRAIN_ASSETS
from lvmh_pipeline.lib.common.duckdb_session import held_open
from lvmh_pipeline.lib.ingestion.uploads import folder_signature, scan_uploads
from lvmh_pipeline.lib.modeling.labeling.labels import Horizons
from lvmh_pipeline.lib.modeling.training_data import history_check
from lvmh_pipeline.settings import Settings

RETRAIN_LABEL = "models, predictions, recommendations"
MODEL_STEPS = ("training_features", "fast_model", "elite_model", "bgnbd_model", "pnbd_model", "best_model",
               "model_backtest", "predictions")


@dataclass(frozen=True)
class ModelSettings:
    """The horizon and scoring date of a run (``lvmh-pipeline run --horizon-days N --as-of DATE``):
    ``horizon_days`` sets the purchase and CLV windows (default 90 and 365; churn stays 180),
    ``scoring_date`` is the date clients are scored at and the last day of data the models use
    (default: the last order or note). Passed to the jobs as run config."""

    horizon_days: int | None = None
    scoring_date: str | None = None

    def requested(self) -> Horizons:
        base = Horizons()
        days = self.horizon_days
        return Horizons(days or base.purchase_days, base.churn_days, days or base.clv_days, base.active_lookback_days)

    def run_config(self, job_name: str, only: Sequence[dg.AssetKey] | None = None) -> dict[str, object]:
        """``ops`` run config of the job's assets that take these settings (empty when default),
        of the ``only`` assets when a part of the job runs."""
        labels = {key: value for key, value in (("horizon_days", self.horizon_days),
                                                ("scoring_date", self.scoring_date)) if value is not None}
        scoring = {"scoring_date": self.scoring_date} if self.scoring_date else {}
        ops: dict[str, object] = {}
        if job_name == "weekly_retrain_job" and labels:
            ops["training_labels"] = {"config": labels}
            ops["model_backtest"] = {"config": labels}
        if job_name in ("weekly_retrain_job", "refresh_outputs_job") and scoring:
            ops["predictions"] = {"config": scoring}
        if only is not None:
            ops = {name: config for name, config in ops.items() if dg.AssetKey(name) in only}
        return {"ops": ops} if ops else {}

    def recorded(self) -> dict[str, object]:
        """What ``training_labels`` records of these settings (its ``settings`` metadata)."""
        return {"horizon_days": self.horizon_days, "scoring_date": self.scoring_date, "as_of": None}


def upstream_of_retrain(defs: dg.Definitions) -> list[dg.AssetKey]:
    """The refresh job's assets the retrain job does not rebuild (profiles, vectors, clusters …)."""
    return sorted((CLIENT_LEVEL_ASSETS - RETRAIN_ASSETS).resolve(defs.resolve_asset_graph()))


def downstream_of_retrain(defs: dg.Definitions) -> list[dg.AssetKey]:
    """The refresh job's assets the retrain job rebuilds (predictions and what reads them)."""
    return sorted((CLIENT_LEVEL_ASSETS & RETRAIN_ASSETS).resolve(defs.resolve_asset_graph()))


def materialize_everything(
    settings: Settings,
    *,
    force: bool = False,
    on_report: Callable[[RunReport], None] = lambda report: None,
    on_notice: Callable[[str], None] = print,
    partition_progress: Callable[[list[str]], object] | None = None,
    backfill: tuple[str, str] | None = None,
    models: ModelSettings = ModelSettings(),
) -> list[RunReport]:
    """Ingest every upload date whose files changed (all of them with ``force``; exactly the
    dates in the inclusive ``backfill`` range, changed or not, with ``backfill``), rebuild the
    client-level assets, then retrain: labels, models, champion, predictions, recommendations
    and the dashboard (each asset once: when a retrain follows, the refresh builds only what the
    retrain does not; what the retrain leaves unbuilt — models skipped or held back by a check —
    is then refreshed with the current champion). The retrain is skipped when no upload was re-ingested and the outcome
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
    outcome_files = [p for p in (settings.data_dir / "transactions.csv", settings.data_dir / "labels.csv") if p.exists()]
    if not scan.dates and not outcome_files:
        raise FileNotFoundError(
            f"no upload found: expected CSV files in {settings.uploads_dir}/<YYYY-MM-DD>/ "
            f"(or a transactions.csv in {settings.data_dir} to run on purchase history alone)"
        )
    history_check(settings.data_dir, models.requested(), models.scoring_date, has_notes=bool(scan.dates),
                  on_warning=lambda warning: on_notice(f"warning: {warning}"))
    if not scan.dates:
        on_notice(f"warning: no upload in {settings.uploads_dir}: running on {outcome_files[0].name} alone "
                  "(no notes: profiles, clusters and note features are empty)")
    instance = open_instance(settings)
    defs = build_definitions(settings)
    new_dates = register_upload_dates(instance, scan.dates)
    if new_dates:
        on_notice(f"registered {len(new_dates)} new upload date(s) as partitions")
    reports: list[RunReport] = []
    warehouse_exists = settings.warehouse_path.exists()
    # one process runs every job here: the warehouse stays open in between (lib/common/duckdb_session.py)
    with held_open(settings.warehouse_path):
        selected = scan.dates if backfill is None else [d for d in scan.dates if backfill[0] <= d <= backfill[1]]
        if backfill is not None and not selected and scan.dates:
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
                if reports[-1].success and reports[-1].materialized.get("notes") == 0:
                    on_notice(f"warning: uploads/{upload_date}: no usable note (empty or header-only files, or every row "
                              "rejected): an empty partition; see rejected_notes")
            on_report(reports[-1])
        reingested = any(report.run_id for report in reports)
        state_path = settings.cache_dir / RUN_STATE_FILE
        # nothing changed since a run that went through (retrain included): nothing to recompute
        nothing_new = (not force and backfill is None and not reingested
                       and _saved_state(state_path) == run_state(instance, settings, models))
        retrain = not nothing_new and (force or reingested or not retrain_is_current(instance, settings, models))
        if nothing_new:
            reports.append(RunReport("client-level assets (nothing new since the last complete run today, skipped; "
                                     "--force rebuilds)", True, 0.0))
        elif retrain:  # what the retrain rebuilds from the new predictions is left to it: built once
            reports.append(execute_job(defs, instance, "refresh_outputs_job", label="client-level assets",
                                       asset_selection=upstream_of_retrain(defs)))
        else:
            reports.append(execute_job(defs, instance, "refresh_outputs_job", label="client-level assets",
                                       run_config=models.run_config("refresh_outputs_job")))
        on_report(reports[-1])
        if not reports[-1].success:
            return reports
        if not retrain:
            reports.append(RunReport(f"{RETRAIN_LABEL} (no new notes or outcomes since the last retrain, skipped; "
                                     "--force retrains)", True, 0.0))
        else:
            reports.append(execute_job(defs, instance, "weekly_retrain_job", label=RETRAIN_LABEL,
                                       run_config=models.run_config("weekly_retrain_job")))
            for notice in retrain_notices(reports[-1], settings):
                on_notice(notice)
        on_report(reports[-1])
        left = [key for key in downstream_of_retrain(defs) if key.to_user_string() not in reports[-1].materialized]
        if retrain and left:  # models skipped or held back: the outputs still show the new notes (current champion)
            reports.append(execute_job(defs, instance, "refresh_outputs_job", label="outputs with the current champion",
                                       run_config=models.run_config("refresh_outputs_job", only=left), asset_selection=left))
            on_report(reports[-1])
        if all(report.success for report in reports):
            _save_state(state_path, run_state(instance, settings, models))
        return reports


RUN_STATE_FILE = "last_complete_run.json"  # in the data dir's cache folder


def run_state(instance: dg.DagsterInstance, settings: Settings, models: ModelSettings) -> dict[str, object]:
    """What the client-level assets were last built from: the day (occasion countdowns and
    recency move with it), the instance's latest run (an ingestion or a run from the UI since
    means something changed), the signatures of transactions / labels / catalog / segment rules,
    the MLflow store's modification time (a retrain or a rollback changes the champions), the
    dashboard file, the horizon settings and the embedding model and backend. A complete
    ``lvmh-pipeline run`` saves it; the next one skips the refresh job when it is unchanged."""
    latest = instance.get_runs(limit=1)
    inputs = [p for p in (settings.data_dir / name for name in ("transactions.csv", "labels.csv", "catalog.csv",
                                                                 "segments.json")) if p.exists()]
    watched = [_sqlite_path(settings.mlflow_tracking_uri), settings.outputs_dir / "dashboard.json"]
    return {
        "day": date.today().isoformat(),
        "latest_run": latest[0].run_id if latest else None,
        "inputs": folder_signature(inputs) if inputs else None,
        "watched": {str(p): p.stat().st_mtime_ns if p is not None and p.exists() else None for p in watched if p},
        "models": models.recorded(),
        "embedding": [settings.embedding_model, settings.embedding_backend],
    }


def _sqlite_path(uri: str) -> Path | None:
    return Path(uri.removeprefix("sqlite:///")) if uri.startswith("sqlite:///") else None


def _saved_state(path: Path) -> dict[str, object] | None:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _save_state(path: Path, state: dict[str, object]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(state, sort_keys=True), encoding="utf-8")
    os.replace(temporary, path)


def _latest(instance: dg.DagsterInstance, asset: str) -> dg.EventLogRecord | None:
    records = instance.fetch_materializations(dg.AssetKey(asset), limit=1).records
    return records[0] if records else None


def retrain_is_current(instance: dg.DagsterInstance, settings: Settings,
                       models: ModelSettings = ModelSettings()) -> bool:
    """True when the last retrain went through to predictions (the latest ``training_labels``
    comes from a ``weekly_retrain_job`` run that succeeded: a killed run stays STARTED, a
    champion below its floor fails it; the refresh job also writes predictions, so a later
    predictions table proves nothing),
    the outcome file it learned from (labels.csv or transactions.csv) is unchanged and it used
    the same horizon and scoring date; notes unchanged is the caller's part."""
    outcome = next((p for p in (settings.data_dir / "labels.csv", settings.data_dir / "transactions.csv")
                    if p.exists()), None)
    labels = _latest(instance, "training_labels")
    if outcome is None or labels is None:
        return False
    run = instance.get_run_by_id(labels.run_id)
    if run is None or run.status != dg.DagsterRunStatus.SUCCESS or run.job_name != "weekly_retrain_job":
        return False
    metadata = labels.asset_materialization.metadata
    recorded = getattr(metadata.get("settings"), "value", None) or ModelSettings().recorded()
    if recorded != models.recorded():
        return False
    return getattr(metadata.get(SIGNATURE_KEY), "value", None) == folder_signature([outcome])


def retrain_notices(report: RunReport, settings: Settings) -> list[str]:
    """What a retrain run left out, and why: model steps skipped for lack of outcome files (the
    run still succeeds), or predictions held back by the champion quality gate (the run fails)."""
    skipped = [step for step in MODEL_STEPS if step in report.skipped_steps]
    why = report.observations.get("training_labels", "")
    if report.success and "training_labels" not in report.materialized and skipped and why.startswith("models skipped"):
        return [f"warning: {why} ({', '.join(skipped)} not run; the other outputs were built)"]
    if report.success and "training_labels" not in report.materialized and skipped:
        return [
            f"warning: no transactions.csv or labels.csv in {settings.data_dir}: models skipped "
            f"({', '.join(skipped)}); recommendations and the dashboard were still built. Add "
            "transactions.csv (client_id,order_id,date,product_id,quantity,amount) or labels.csv "
            "(client_id,purchased,churned,lifetime_value) to train."
        ]
    if any("champion_sizes_plausible" in error for error in report.errors):
        return [
            "warning: a champion predicts implausible sizes (above 20x a client's best observed year): "
            "predictions were not refreshed; see best_model's comparison and check metadata."
        ]
    if any("champion_above_floor" in error for error in report.errors):
        return [
            "warning: a champion is below its quality floor (or no target has a champion): "
            "predictions were not refreshed; see best_model's comparison and check metadata."
        ]
    return []
