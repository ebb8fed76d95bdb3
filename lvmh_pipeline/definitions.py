"""The Dagster code location: one Definitions object assembling every asset, check,
job, resource, sensor and schedule."""

from __future__ import annotations

import dagster as dg

from lvmh_pipeline.defs.concepts import assets as concept_assets
from lvmh_pipeline.defs.features import assets as feature_assets
from lvmh_pipeline.defs.ingestion import assets as ingestion_assets
from lvmh_pipeline.defs.ingestion.sensors import upload_sensor
from lvmh_pipeline.defs.jobs import (
    ingest_upload_job,
    refresh_outputs_job,
    weekly_retrain_job,
    weekly_retrain_schedule,
)
from lvmh_pipeline.defs.modeling import assets as modeling_assets
from lvmh_pipeline.defs.outputs import assets as output_assets
from lvmh_pipeline.defs.scoring import assets as scoring_assets
from lvmh_pipeline.defs.segmentation import assets as segmentation_assets
from lvmh_pipeline.defs.resources import build_resources
from lvmh_pipeline.settings import Settings, get_settings

ASSET_MODULES = [
    ingestion_assets,
    concept_assets,
    feature_assets,
    segmentation_assets,
    modeling_assets,
    scoring_assets,
    output_assets,
]


def build_definitions(settings: Settings) -> dg.Definitions:
    """Everything of the code location, wired to the given data dir and stores."""
    return dg.Definitions(
        assets=dg.load_assets_from_modules(ASSET_MODULES),
        jobs=[ingest_upload_job, refresh_outputs_job, weekly_retrain_job],
        schedules=[weekly_retrain_schedule],
        sensors=[upload_sensor],
        resources=build_resources(settings),
    )


defs = build_definitions(get_settings())
