"""The weekly retrain job."""

import dagster as dg

from lvmh_pipeline.defs.hooks import release_memory_hook
from lvmh_pipeline.defs.selections import RETRAIN_ASSETS

weekly_retrain_job = dg.define_asset_job(
    name="weekly_retrain_job",
    hooks={release_memory_hook},
    selection=RETRAIN_ASSETS,
    description="Labels → training frame → fast and elite models → best_model (champion) → "
    "predictions, then recommendations and the dashboard. The model steps are skipped when "
    "there is no transactions.csv or labels.csv.",
)
