"""The client-level refresh after an upload: profiles, vectors, segments, predictions with the
current champion, recommendations and the dashboard — no retraining."""

import dagster as dg

from lvmh_pipeline.defs.hooks import release_memory_hook
from lvmh_pipeline.defs.selections import CLIENT_LEVEL_ASSETS

refresh_outputs_job = dg.define_asset_job(
    name="refresh_outputs_job",
    hooks={release_memory_hook},
    selection=CLIENT_LEVEL_ASSETS,
    description="Rebuild every client-level asset from all ingested uploads (profiles, vectors, "
    "segments, predictions of every client with the current champion models, recommendations, "
    "dashboard), without retraining: a new client is scored the day its notes arrive.",
)
