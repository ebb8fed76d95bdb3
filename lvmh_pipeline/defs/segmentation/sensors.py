"""Rebuilds the rule segments when the rules file changes."""

import dagster as dg

from lvmh_pipeline.defs.resources import LvmhPaths
from lvmh_pipeline.defs.segmentation.jobs import segments_refresh_job
from lvmh_pipeline.defs.segmentation.segments import RULES_HASH_KEY
from lvmh_pipeline.lib.segmentation.segments_source import rules_source


@dg.sensor(
    job=segments_refresh_job,
    minimum_interval_seconds=30,
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="Watches <data dir>/segments.json: when the rules differ from those the latest "
    "`segments` materialization used (SHA-256 in its metadata), requests one segments_refresh_job "
    "run (segments, segment_stats, dashboard). Before the first `segments` materialization it waits "
    "for the regular refresh.",
)
def segments_file_sensor(context: dg.SensorEvaluationContext, paths: LvmhPaths) -> dg.RunRequest | dg.SkipReason:
    source = rules_source(paths.root)
    records = context.instance.fetch_materializations(dg.AssetKey("segments"), limit=1).records
    record = records[0] if records else None
    if record is None or record.asset_materialization is None:
        return dg.SkipReason("segments was never materialized: the refresh after the first upload builds it")
    used = record.asset_materialization.metadata.get(RULES_HASH_KEY)
    if getattr(used, "value", used) == source.sha256:
        return dg.SkipReason(f"rules unchanged since the latest segments materialization ({source.label})")
    return dg.RunRequest(run_key=f"segments:{source.sha256}:{record.storage_id}",
                         tags={"lvmh/segments_rules": source.label})
