"""dashboard_site materialized on its own over a dashboard.json (no pipeline run)."""

from __future__ import annotations

import json

import dagster as dg

from lvmh_pipeline.definitions import build_definitions
from lvmh_pipeline_tests.lib.outputs.page_documents import synthetic_document


def test_dashboard_site_builds_the_page_from_dashboard_json(settings):
    outputs = settings.data_dir / "outputs"
    outputs.mkdir(parents=True)
    doc = synthetic_document(2_500, blocks=False)
    (outputs / "dashboard.json").write_text(json.dumps(doc), encoding="utf-8")
    (outputs / "dashboard_data").mkdir()
    (outputs / "dashboard_data" / "rows_0007.js").write_text("stale")  # from a larger earlier build
    defs = build_definitions(settings)
    job = defs.resolve_implicit_global_asset_job_def()
    result = job.execute_in_process(instance=dg.DagsterInstance.ephemeral(),
                                    asset_selection=[dg.AssetKey("dashboard_site")])
    assert result.success
    [materialization] = result.asset_materializations_for_node("dashboard_site")
    meta = {k: v.value for k, v in materialization.metadata.items()}
    assert (meta["clients"], meta["chunks"], meta["stale_files_removed"]) == (2_500, 2, 1)
    assert meta["optional_blocks"] == [] and meta["path"] == str(outputs / "dashboard.html")
    assert sorted(p.name for p in (outputs / "dashboard_data").iterdir()) == [
        "cards_0000.js", "cards_0001.js", "rows_0000.js", "rows_0001.js", "summary.js"]
    assert (outputs / "dashboard.html").is_file() and (outputs / "dashboard_assets" / "plotly.min.js").is_file()
    graph = defs.resolve_asset_graph()
    node = graph.get(dg.AssetKey("dashboard_site"))
    assert node.group_name == "outputs" and dg.AssetKey("dashboard_data") in node.parent_keys
    assert {"html", "javascript"} <= set(node.kinds) and "file://" in node.description
