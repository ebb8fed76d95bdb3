"""The per-upload ingestion job."""

import dagster as dg

from lvmh_pipeline.defs.hooks import release_memory_hook
from lvmh_pipeline.defs.partitions import upload_dates
from lvmh_pipeline.defs.selections import PARTITIONED_ASSETS

ingest_upload_job = dg.define_asset_job(
    name="ingest_upload_job",
    hooks={release_memory_hook},
    selection=PARTITIONED_ASSETS,
    partitions_def=upload_dates,
    description="Ingest one upload date: notes and rejected rows, then concepts per note.",
)
