"""The whole graph on a tiny generated data set, with the real embedding model, through the
same runner the CLI uses, in an isolated instance, warehouse and MLflow store."""

from __future__ import annotations

import json
import os

import dagster as dg
import duckdb
import pandas as pd
import pytest

from lvmh_pipeline.lib.outputs.dashboard import validate_dashboard
from lvmh_pipeline.lib.privacy.pseudonymize import find_pii
from lvmh_pipeline.lib.synthetic import generate_dataset
from lvmh_pipeline.runner import materialize_everything
from lvmh_pipeline_tests.browser import browser, open_page, save_screenshot  # noqa: F401
from lvmh_pipeline_tests.conftest import isolated_settings

TEXT_TABLES = {"notes": "text", "rejected_notes": "raw_text", "note_concepts": "evidence"}


@pytest.fixture(scope="module")
def pipeline_run(tmp_path_factory: pytest.TempPathFactory):
    with pytest.MonkeyPatch.context() as monkeypatch:
        settings = isolated_settings(tmp_path_factory.mktemp("e2e"), monkeypatch)
        summary = generate_dataset(settings.data_dir, n_clients=60, seed=7, n_upload_dates=3)
        first = materialize_everything(settings, on_notice=lambda message: None)
        second = materialize_everything(settings, on_notice=lambda message: None)
        yield settings, summary, first, second


def _table(settings, name: str) -> pd.DataFrame:
    with duckdb.connect(str(settings.warehouse_path), read_only=True) as db:
        return db.sql(f"select * from lvmh.{name}").df()


def test_every_run_succeeds_and_every_partition_is_registered(pipeline_run):
    settings, summary, first, second = pipeline_run
    assert all(report.success for report in first + second), [r.errors for r in first + second]
    with dg.DagsterInstance.get() as instance:
        assert sorted(instance.get_dynamic_partitions("upload_dates")) == sorted(summary.upload_dates)


def test_tables_are_consistent_across_the_graph(pipeline_run):
    settings, summary, _, _ = pipeline_run
    notes = _table(settings, "notes")
    rejected = _table(settings, "rejected_notes")
    assert len(notes) + len(rejected) == summary.n_note_rows
    assert set(notes["upload_date"]) == set(summary.upload_dates)
    profiles = _table(settings, "client_profiles")
    assert set(profiles["client_id"]) == set(notes["client_id"])
    vectors = _table(settings, "client_vectors")
    assert set(vectors["client_id"]) == set(profiles["client_id"])
    assert {len(v) for v in vectors["embedding"]} == {384}
    clusters = _table(settings, "clusters")
    projection = _table(settings, "projection_3d")
    assert len(clusters) == len(projection) == len(vectors)
    assert clusters["cluster_name"].str.len().gt(0).all()


def test_dashboard_is_valid_and_covers_every_client(pipeline_run):
    settings, _, _, _ = pipeline_run
    doc = json.loads((settings.outputs_dir / "dashboard.json").read_text(encoding="utf-8"))
    validate_dashboard(doc)
    assert {c["client_id"] for c in doc["clients"]} == set(_table(settings, "client_profiles")["client_id"])


def test_no_contact_pii_reaches_the_warehouse_or_the_dashboard(pipeline_run):
    settings, _, _, _ = pipeline_run
    for table, column in TEXT_TABLES.items():
        leaks = [text for text in _table(settings, table)[column].dropna() if find_pii(text)]
        assert not leaks, f"{table}.{column}: {leaks[:3]}"
    dashboard = (settings.outputs_dir / "dashboard.json").read_text(encoding="utf-8")
    assert not find_pii(dashboard)


def test_second_run_embeds_nothing_and_reingests_nothing(pipeline_run):
    settings, _, _, second = pipeline_run
    assert all("unchanged, skipped" in r.label for r in second if r.label.startswith("ingest"))
    # nothing changed since the first (complete) run: no refresh, no retrain, nothing materialized
    assert [r.label.split(" (")[0] for r in second if "skipped" in r.label][-2:] == [
        "client-level assets", "models, predictions, recommendations"]
    assert not any(r.materialized for r in second)
    # a changed input file (the catalog) refreshes the client-level assets, from the embedding cache
    catalog = settings.data_dir / "catalog.csv"
    stat = catalog.stat()
    os.utime(catalog, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    third = materialize_everything(settings, on_notice=lambda message: None)
    assert all(r.success for r in third) and "note_embeddings" in third[-2].materialized
    with dg.DagsterInstance.get() as instance:
        event = instance.get_latest_materialization_event(dg.AssetKey("note_embeddings"))
    metadata = event.asset_materialization.metadata
    assert metadata["notes_embedded"].value == 0
    assert metadata["cache_hits"].value > 0


def test_the_dashboard_page_renders_a_row_per_client(pipeline_run, browser, tmp_path):  # noqa: F811
    """What `make run` leaves in data/outputs: the page opens from file:// in headless Chromium,
    with a row per client (first page), the 3D map, the cluster table and a card per row."""
    settings, _, _, _ = pipeline_run
    doc = json.loads((settings.outputs_dir / "dashboard.json").read_text(encoding="utf-8"))
    assert (settings.outputs_dir / "dashboard_assets" / "plotly.min.js").is_file()
    page, probe = open_page(browser, settings.outputs_dir / "dashboard.html")
    ids = page.eval_on_selector_all("#client-table tbody tr[data-client-id]", "rows => rows.map(r => r.dataset.clientId)")
    assert ids == sorted(c["client_id"] for c in doc["clients"])[:50]
    page.wait_for_selector("#plot3d .main-svg")
    assert page.locator("#cluster-table tbody tr").count() == len(doc["clusters"])
    page.locator("#client-table tbody tr[data-client-id]").first.click()
    page.wait_for_function("id => document.getElementById('card').dataset.clientId === id", arg=ids[0])
    assert page.is_visible("#card-safety")
    save_screenshot(page, "dashboard_end_to_end.png", tmp_path)
    assert probe.problems() == []

