"""The analyst surfaces after a pipeline run on generated demo data: rule segments and their
statistics, RFM segments, product affinity and customer journeys; a bad segment rule or a
malformed rules file; the re-run when the rules change."""

from __future__ import annotations

import json
from dataclasses import dataclass

import dagster as dg
import duckdb
import pandas as pd
import pytest

from lvmh_pipeline.definitions import build_definitions
from lvmh_pipeline.defs.resources import LvmhPaths
from lvmh_pipeline.defs.segmentation.sensors import segments_file_sensor
from lvmh_pipeline.lib.outputs.dashboard import validate_dashboard
from lvmh_pipeline.lib.synthetic import generate_dataset
from lvmh_pipeline.job_runs import RunReport, execute_job
from lvmh_pipeline.runner import materialize_everything
from lvmh_pipeline.settings import Settings
from lvmh_pipeline_tests.conftest import isolated_settings

ANALYST_TABLES = ("segments", "segment_stats", "rfm_segments", "product_affinity", "customer_journey", "client_features")
GOOD = {"id": "buyers", "name": "Buyers", "rule": {">": [{"var": "n_orders"}, 0]}}
TYPO = {"id": "typo", "name": "Typo", "rule": {">": [{"var": "churnrisk"}, 0.5]}}
ALIEN = {"id": "alien", "name": "Alien", "rule": {"method": [{"var": "client_id"}, "upper"]}}


@dataclass
class Run:
    settings: Settings
    reports: list[RunReport]


def _table(settings: Settings, name: str) -> pd.DataFrame:
    with duckdb.connect(str(settings.warehouse_path), read_only=True) as db:
        return db.sql(f"select * from lvmh.{name}").df()


def _segments_run(settings: Settings) -> RunReport:
    with dg.DagsterInstance.get() as instance:
        return execute_job(build_definitions(settings), instance, "segments_refresh_job", label="segments")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory):
    """The demo generator's data (40 clients, 2 uploads, transactions and catalog), run end to end."""
    with pytest.MonkeyPatch.context() as monkeypatch:
        settings = isolated_settings(tmp_path_factory.mktemp("analytics"), monkeypatch)
        generate_dataset(settings.data_dir, n_clients=40, seed=11, n_upload_dates=2)
        reports = materialize_everything(settings, on_notice=lambda message: None)
        yield Run(settings, reports)


def test_analyst_tables_are_non_empty_after_a_run(demo: Run):
    assert all(report.success for report in demo.reports), [r.errors for r in demo.reports]
    for table in ANALYST_TABLES:
        assert len(_table(demo.settings, table)) > 0, table
    features = _table(demo.settings, "client_features")
    assert set(_table(demo.settings, "client_profiles")["client_id"]) <= set(features["client_id"])
    assert features["client_id"].is_unique and features["has_prediction"].any()
    assert set(_table(demo.settings, "segments")["segment"]) <= set(_table(demo.settings, "segment_stats")["segment"])
    assert (_table(demo.settings, "segment_stats")["status"] == "ok").all()  # the shipped defaults are valid
    assert set(_table(demo.settings, "product_affinity")["level"]) >= {"category"}
    assert {"clients_by_type", "cohort_retention", "reorder_rate"} <= set(_table(demo.settings, "customer_journey")["measure"])
    names = _table(demo.settings, "clusters")[["cluster_name", "cluster_description"]].drop_duplicates()
    assert names["cluster_description"].str.contains("clients").all()


def test_dashboard_carries_the_analytics_blocks(demo: Run):
    doc = json.loads((demo.settings.outputs_dir / "dashboard.json").read_text(encoding="utf-8"))
    validate_dashboard(doc)
    for block in ("segment_stats", "rfm_segments", "product_affinity", "customer_journey"):
        assert doc[block], block
    assert any(card["segments"] for card in doc["clients"])
    assert any(card["rfm"] for card in doc["clients"]) and any(card["next_occasion"] for card in doc["clients"])


def test_recommendations_use_the_bought_together_signal(demo: Run):
    recs = _table(demo.settings, "recommendations")
    assert "affinity_score" in recs.columns and recs["affinity_score"].between(0, 1).all()


def test_a_bad_rule_is_reported_and_the_other_segments_still_materialize(demo: Run):
    settings = demo.settings
    (settings.data_dir / "segments.json").write_text(json.dumps({"segments": [GOOD, TYPO, ALIEN]}), encoding="utf-8")
    try:
        report = _segments_run(settings)
        assert report.success, report.errors
        assert set(report.materialized) >= {"segments", "segment_stats", "dashboard_data"}
        assert "rfm_segments" not in report.materialized and "client_features" not in report.materialized
        members = _table(settings, "segments")
        assert set(members["segment"]) == {"buyers"}
        buyers = set(_table(settings, "client_features").query("n_orders > 0")["client_id"])
        assert set(members["client_id"]) == buyers
        stats = _table(settings, "segment_stats").set_index("segment")
        assert stats.loc["buyers", "status"] == "ok" and stats.loc["buyers", "size"] == len(buyers)
        assert stats.loc["typo", "status"] == "error"
        assert 'unknown variable "churnrisk"' in stats.loc["typo", "error"] and '"churn_risk"' in stats.loc["typo", "error"]
        assert 'unknown operator "method"' in stats.loc["alien", "error"]
        with dg.DagsterInstance.get() as instance:
            event = instance.get_latest_materialization_event(dg.AssetKey("segments"))
        problems = event.asset_materialization.metadata["problems"].value
        assert 'segment "typo"' in problems and 'segment "alien"' in problems
        # the second run compares sizes with the first
        again = _segments_run(settings)
        assert again.success
        stats = _table(settings, "segment_stats").set_index("segment")
        assert stats.loc["buyers", "previous_size"] == len(buyers) and stats.loc["buyers", "size_change"] == 0
    finally:
        (settings.data_dir / "segments.json").unlink(missing_ok=True)


def test_a_malformed_rules_file_is_one_clear_error(demo: Run):
    settings = demo.settings
    path = settings.data_dir / "segments.json"
    path.write_text('{"segments": [\n  {"id": "a", "rule": true},\n  {"id": "b" "rule": true}\n]}\n', encoding="utf-8")
    try:
        report = _segments_run(settings)
        assert not report.success
        assert any(f"{path}: invalid JSON at line 3" in error for error in report.errors), report.errors
    finally:
        path.unlink(missing_ok=True)
    assert _segments_run(settings).success  # back to the shipped defaults


def test_sensor_requests_a_segments_run_only_when_the_rules_change(demo: Run):
    settings = demo.settings
    paths = LvmhPaths(data_dir=str(settings.data_dir))
    with dg.DagsterInstance.get() as instance:
        assert _segments_run(settings).success
        context = dg.build_sensor_context(instance=instance, resources={"paths": paths})
        assert isinstance(segments_file_sensor(context), dg.SkipReason)
        (settings.data_dir / "segments.json").write_text(json.dumps({"segments": [GOOD]}), encoding="utf-8")
        try:
            request = segments_file_sensor(dg.build_sensor_context(instance=instance, resources={"paths": paths}))
            assert isinstance(request, dg.RunRequest) and request.run_key.startswith("segments:")
        finally:
            (settings.data_dir / "segments.json").unlink(missing_ok=True)
