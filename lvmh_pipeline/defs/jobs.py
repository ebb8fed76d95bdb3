"""Named jobs: the per-upload ingestion chain, the client-level refresh, the weekly retrain."""

import dagster as dg

from lvmh_pipeline.defs.partitions import upload_dates

PARTITIONED_ASSETS = dg.AssetSelection.assets("notes", "rejected_notes", "note_concepts")
MODEL_CHAIN = dg.AssetSelection.groups("modeling") | dg.AssetSelection.assets("predictions")
CLIENT_LEVEL_ASSETS = dg.AssetSelection.all() - PARTITIONED_ASSETS - MODEL_CHAIN
RETRAIN_ASSETS = MODEL_CHAIN | dg.AssetSelection.assets("recommendations", "dashboard_data")

ingest_upload_job = dg.define_asset_job(
    name="ingest_upload_job",
    selection=PARTITIONED_ASSETS,
    partitions_def=upload_dates,
    description="Ingest one upload date: notes and rejected rows, then concepts per note.",
)

refresh_outputs_job = dg.define_asset_job(
    name="refresh_outputs_job",
    selection=CLIENT_LEVEL_ASSETS,
    description="Rebuild every client-level asset from all ingested uploads (profiles, vectors, "
    "segments, recommendations, dashboard with the latest predictions), without retraining.",
)

weekly_retrain_job = dg.define_asset_job(
    name="weekly_retrain_job",
    selection=RETRAIN_ASSETS,
    description="Labels → training frame → fast and elite models → best_model (champion) → "
    "predictions, then recommendations and the dashboard. The model steps are skipped when "
    "there is no transactions.csv or labels.csv.",
)

weekly_retrain_schedule = dg.ScheduleDefinition(
    name="weekly_retrain_schedule",
    job=weekly_retrain_job,
    cron_schedule="0 3 * * 1",
    default_status=dg.DefaultScheduleStatus.RUNNING,
    description="Every Monday at 03:00 UTC: retrain, select the champion, refresh predictions and "
    "outputs (runs even in a week without uploads).",
)
