"""Named jobs: the per-upload ingestion chain and the client-level refresh."""

import dagster as dg

from lvmh_pipeline.defs.partitions import upload_dates

PARTITIONED_ASSETS = dg.AssetSelection.assets("notes", "rejected_notes", "note_concepts")
CLIENT_LEVEL_ASSETS = dg.AssetSelection.all() - PARTITIONED_ASSETS

ingest_upload_job = dg.define_asset_job(
    name="ingest_upload_job",
    selection=PARTITIONED_ASSETS,
    partitions_def=upload_dates,
    description="Ingest one upload date: notes and rejected rows, then concepts per note.",
)

refresh_outputs_job = dg.define_asset_job(
    name="refresh_outputs_job",
    selection=CLIENT_LEVEL_ASSETS,
    description="Rebuild every client-level asset from all ingested uploads.",
)
