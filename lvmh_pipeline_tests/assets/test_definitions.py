import dagster as dg

from lvmh_pipeline.definitions import build_definitions


def test_definitions_load_with_groups_jobs_and_docstrings(settings):
    defs = build_definitions(settings)
    graph = defs.resolve_asset_graph()
    groups = {key.to_user_string(): graph.get(key).group_name for key in graph.get_all_asset_keys()}
    assert groups["notes"] == "ingestion"
    assert groups["rejected_notes"] == "ingestion"
    assert groups["note_concepts"] == "concepts"
    assert groups["client_profiles"] == "concepts"
    for key in graph.get_all_asset_keys():
        assert graph.get(key).description, f"{key.to_user_string()} has no description"
    assert {"ingest_upload_job", "refresh_outputs_job"} <= {job.name for job in defs.resolve_all_job_defs()}
    assert graph.get(dg.AssetKey("note_concepts")).partitions_def is not None
    assert dg.AssetKey("notes") in graph.get(dg.AssetKey("note_concepts")).parent_keys


def test_module_level_definitions_validate():
    from lvmh_pipeline.definitions import defs

    defs.validate_loadable(defs)
