"""Retraining every week, uploads or not."""

import dagster as dg

from lvmh_pipeline.defs.modeling.jobs import weekly_retrain_job

weekly_retrain_schedule = dg.ScheduleDefinition(
    name="weekly_retrain_schedule",
    job=weekly_retrain_job,
    cron_schedule="0 3 * * 1",
    default_status=dg.DefaultScheduleStatus.RUNNING,
    description="Every Monday at 03:00 UTC: retrain, select the champion, refresh predictions and "
    "outputs (runs even in a week without uploads).",
)
