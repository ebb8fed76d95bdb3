"""The re-run after the segment rules change: the rules file is observed, then only the
segments and what depends on them (their statistics, the dashboard) are rebuilt."""

import dagster as dg

from lvmh_pipeline.defs.hooks import release_memory_hook
SEGMENTS_REFRESH_ASSETS = dg.AssetSelection.assets("segments_file") | dg.AssetSelection.assets("segments").downstream()

segments_refresh_job = dg.define_asset_job(
    name="segments_refresh_job",
    hooks={release_memory_hook},
    selection=SEGMENTS_REFRESH_ASSETS,
    description="Observe segments.json (its data version = SHA-256 of the rules), then rebuild "
    "segments, segment_stats and what reads them (the dashboard) from the warehouse tables: "
    "nothing upstream of the rules is recomputed.",
)
