"""The code location loads from the defs folder, and its surface is exactly the snapshot."""

import json
from pathlib import Path

import dagster as dg

from lvmh_pipeline.definitions import build_definitions

SNAPSHOT = Path(__file__).with_name("definitions_snapshot.json")


def surface(defs: dg.Definitions) -> dict[str, object]:
    """Asset keys with their group, asset checks, jobs, schedules and sensors, sorted."""
    graph = defs.resolve_asset_graph()
    return {
        "assets": {key.to_user_string(): graph.get(key).group_name for key in sorted(graph.get_all_asset_keys())},
        "checks": sorted(f"{key.asset_key.to_user_string()}:{key.name}" for key in graph.asset_check_keys),
        "jobs": sorted({job.name for job in defs.resolve_all_job_defs()} - {"__ASSET_JOB"}),
        "schedules": sorted({s.name for s in defs.schedules or []}),
        "sensors": sorted({s.name for s in defs.sensors or []}),
    }


def test_definitions_surface_matches_the_snapshot(settings):
    """Renaming an asset, a group, a check, a job, a schedule or a sensor breaks run history,
    sensor run keys and docs: such a change must update definitions_snapshot.json on purpose."""
    assert surface(build_definitions(settings)) == json.loads(SNAPSHOT.read_text())


def test_definitions_load_with_docstrings_and_partitions(settings):
    defs = build_definitions(settings)
    dg.Definitions.validate_loadable(defs)
    graph = defs.resolve_asset_graph()
    for key in graph.get_all_asset_keys():
        assert graph.get(key).description, f"{key.to_user_string()} has no description"
    assert graph.get(dg.AssetKey("note_concepts")).partitions_def is not None
    assert dg.AssetKey("notes") in graph.get(dg.AssetKey("note_concepts")).parent_keys


def test_module_level_definitions_load():
    from lvmh_pipeline import definitions

    assert isinstance(definitions.defs(), dg.Definitions)


def test_every_job_releases_memory_after_each_step():
    from lvmh_pipeline.defs.hooks import release_memory_hook
    from lvmh_pipeline.defs.ingestion.jobs import ingest_upload_job
    from lvmh_pipeline.defs.modeling.jobs import weekly_retrain_job
    from lvmh_pipeline.defs.outputs.jobs import refresh_outputs_job
    from lvmh_pipeline.defs.segmentation.jobs import segments_refresh_job

    for job in (ingest_upload_job, weekly_retrain_job, refresh_outputs_job, segments_refresh_job):
        assert release_memory_hook in job.hooks, job.name
