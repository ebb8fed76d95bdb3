"""Modeling, scoring and outputs materialized on a small generated data set: labels, fast and
elite models in MLflow, champion selection, predictions, recommendations, dashboard, the
`predict` command, and the run without any outcome file."""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import dagster as dg
import duckdb
import numpy as np
import pandas as pd
import pytest

from lvmh_pipeline.definitions import build_definitions
from lvmh_pipeline.lib.outputs.dashboard import validate_dashboard
from lvmh_pipeline.lib.modeling.labeling.labels import LABELS_COLUMNS, Horizons, labels_from_transactions
from lvmh_pipeline.lib.modeling.evaluation import TARGETS
from lvmh_pipeline.lib.modeling.fitting import train_and_evaluate
from lvmh_pipeline.lib.scoring.prediction_stats import range_problems
from lvmh_pipeline.lib.scoring.report import PREDICTIONS_CSV, PREDICTIONS_REPORT
from lvmh_pipeline.lib.scoring.predictions import PREDICTIONS_COLUMNS
from lvmh_pipeline.lib.synthetic import generate_dataset
from lvmh_pipeline.lib.modeling.labeling.label_table import LABELS_TABLE_COLUMNS, label_set_from_table, labels_table
from lvmh_pipeline.lib.modeling.training_data import align_note_vectors, load_outcomes, validation_split
from lvmh_pipeline.job_runs import RunReport, execute_job, open_instance
from lvmh_pipeline.runner import RETRAIN_LABEL, materialize_everything, retrain_is_current
from lvmh_pipeline.settings import Settings
from lvmh_pipeline_tests.conftest import isolated_settings


@dataclass
class Run:
    settings: Settings
    reports: list[RunReport]
    notices: list[str]


def _tracking(settings: Settings):
    from lvmh_pipeline.lib.registry.tracking_store import TrackingConfig

    return TrackingConfig(settings.mlflow_tracking_uri, settings.mlflow_artifact_location.as_uri())


def _comparison(settings: Settings, target: str, version) -> dict:
    """The decision recorded on the run of ``target``'s ``version`` (selection/comparison.json)."""
    from lvmh_pipeline.lib.registry.aliases import read_comparison

    comparison = read_comparison(_tracking(settings), target, version)
    assert comparison is not None, f"no comparison on the run of lvmh_{target} v{version}"
    return comparison


def _table(settings: Settings, name: str) -> pd.DataFrame:
    with duckdb.connect(str(settings.warehouse_path), read_only=True) as db:
        return db.sql(f"select * from lvmh.{name}").df()


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory):
    """The demo generator's data (200 clients, 3 uploads, transactions and catalog), run end to end."""
    with pytest.MonkeyPatch.context() as monkeypatch:
        settings = isolated_settings(tmp_path_factory.mktemp("with_outcomes"), monkeypatch)
        generate_dataset(settings.data_dir, n_clients=200, seed=3, n_upload_dates=3)
        notices: list[str] = []
        reports = materialize_everything(settings, on_notice=notices.append)
        yield Run(settings, reports, notices)


@pytest.fixture(scope="module")
def without_outcomes(trained: Run, tmp_path_factory: pytest.TempPathFactory):
    """The same uploads and catalog, no transactions.csv and no labels.csv (embeddings cached)."""
    with pytest.MonkeyPatch.context() as monkeypatch:
        settings = isolated_settings(tmp_path_factory.mktemp("without_outcomes"), monkeypatch)
        source = trained.settings.data_dir
        shutil.copytree(source / "uploads", settings.data_dir / "uploads")
        shutil.copy(source / "catalog.csv", settings.data_dir / "catalog.csv")
        shutil.copytree(source / "cache", settings.data_dir / "cache")
        notices: list[str] = []
        reports = materialize_everything(settings, on_notice=notices.append)
        yield Run(settings, reports, notices)


def test_full_run_labels_trains_both_families_and_sets_champions(trained: Run):
    from mlflow import MlflowClient

    assert all(r.success for r in trained.reports), [r.errors for r in trained.reports]
    assert trained.notices == ["registered 3 new upload date(s) as partitions"]
    retrain = trained.reports[-1]
    for asset in ("training_labels", "training_features", "fast_model", "elite_model", "bgnbd_model", "pnbd_model",
                  "best_model", "predictions", "model_backtest", "recommendations", "dashboard_data"):
        assert asset in retrain.materialized, asset

    labels = _table(trained.settings, "training_labels")
    assert list(labels.columns) == LABELS_TABLE_COLUMNS
    assert set(labels["label_source"]) == {"transactions"} and labels["as_of"].nunique() == 1
    assert labels["purchased"].isin([0, 1]).all() and (labels["lifetime_value"] >= 0).all()

    client = MlflowClient(trained.settings.mlflow_tracking_uri, trained.settings.mlflow_tracking_uri)
    for target in TARGETS:
        name = f"lvmh_{target}"
        versions = client.search_model_versions(f"name='{name}'")
        assert {v.tags["family"] for v in versions} == {"fast", "elite", "bgnbd", "pnbd"}
        for version in versions:
            assert version.tags["label_source"] == "transactions" and len(version.tags["data_digest"]) == 64
            assert version.tags["horizon_days"] == version.tags["label_days"]  # two years of history: windows fit
            run = client.get_run(version.run_id)
            assert run.info.run_name == f"{version.tags['family']}-{target}"
            assert ("auc" if target in ("purchase", "churn") else "composite") in run.data.metrics
        champion = client.get_model_version_by_alias(name, "champion")
        comparison = _comparison(trained.settings, target, champion.version)
        assert comparison["action"] == "promote" and comparison["passes_floor"] is True
        assert {row["held_out"] for row in comparison["rows"]} == {True}  # candidates never saw these clients
        assert champion.tags["decision_action"] == "promote" and "comparison" not in champion.tags


def test_models_read_well_in_the_mlflow_ui(trained: Run):
    """Descriptions on registered models, versions and runs; fit time; plots; short tags; the
    comparison in words on the runs; the decision in full in best_model's metadata."""
    from mlflow import MlflowClient
    from lvmh_pipeline.lib.registry import plots
    from lvmh_pipeline.lib.registry.aliases import COMPARISON_MARKDOWN

    settings = trained.settings
    client = MlflowClient(settings.mlflow_tracking_uri, settings.mlflow_tracking_uri)
    metadata = open_instance(settings).get_latest_materialization_event(
        dg.AssetKey("best_model")).asset_materialization.metadata
    for target in TARGETS:
        name = f"lvmh_{target}"
        described = client.get_registered_model(name).description
        assert described.startswith(f"**{name}**: Predicts") and "`champion`" in described
        expected_plots = set(plots.CLASSIFIER_PLOTS if target in ("purchase", "churn") else plots.REGRESSOR_PLOTS)
        for version in client.search_model_versions(f"name='{name}'"):
            family = version.tags["family"]
            assert f"**{family}** model for **{target}**" in version.description and "Held-out (" in version.description
            assert all("\n" not in value and len(value) <= 250 for value in version.tags.values())
            run = client.get_run(version.run_id)
            assert run.data.metrics["fit_seconds"] > 0 and "Trained on" in run.data.tags["mlflow.note.content"]
            assert run.info.end_time - run.info.start_time >= run.data.metrics["fit_seconds"] * 1000
            assert expected_plots <= {a.path for a in client.list_artifacts(version.run_id, "plots")}
            assert COMPARISON_MARKDOWN in {a.path for a in client.list_artifacts(version.run_id, "selection")}
        champion = client.get_model_version_by_alias(name, "champion")
        reason = _comparison(settings, target, champion.version)["reason"]
        decision = metadata[f"{target}_decision"]
        assert isinstance(decision, dg.MarkdownMetadataValue) and reason in decision.value  # never cut
        assert "`champion`" in decision.value and "Held-out clients" in decision.value
        assert f"{target}_calibration_by_past_purchases" in metadata
    model_metadata = open_instance(settings).get_latest_materialization_event(
        dg.AssetKey("elite_model")).asset_materialization.metadata
    assert model_metadata["purchase_model"].value.endswith("/versions/" + str(model_metadata["purchase_version"].value))


def test_backtest_logs_one_run_per_family_and_target_with_its_folds(trained: Run):
    from mlflow import MlflowClient

    client = MlflowClient(trained.settings.mlflow_tracking_uri)
    training = client.get_experiment_by_name("lvmh_client_models")
    assert not client.search_runs([training.experiment_id], "tags.kind = 'backtest'")  # apart from training runs
    experiment = client.get_experiment_by_name("lvmh_client_models_backtests")
    runs = client.search_runs([experiment.experiment_id], "tags.kind = 'backtest'")
    assert {(r.data.tags["family"], r.data.tags["target"]) for r in runs} == {
        (family, target) for family in ("fast", "elite") for target in TARGETS}
    for run in runs:
        metric = "spearman" if run.data.tags["target"] in ("clv", "purchases") else "auc"
        assert run.data.metrics["backtest_folds"] == 2 and f"backtest_baseline_{metric}" in run.data.metrics
        assert "fold_0" in run.data.params and "fold_1" in run.data.params
        assert run.data.metrics["fit_seconds"] > 0
        note = run.data.tags["mlflow.note.content"]
        assert f"**{run.data.tags['family']}** family for **{run.data.tags['target']}**" in note and "- fold 1:" in note
    instance = open_instance(trained.settings)
    metadata = instance.get_latest_materialization_event(dg.AssetKey("model_backtest")).asset_materialization.metadata
    assert "train_as_of" in metadata["table"].value and "elite_purchase_backtest_auc" in metadata


def test_predictions_cover_every_known_client_in_range_with_outputs(trained: Run):
    settings = trained.settings
    predictions = _table(settings, "predictions")
    notes = _table(settings, "notes")
    transactions = pd.read_csv(settings.data_dir / "transactions.csv", dtype=str)
    known = set(notes["client_id"]) | set(transactions["client_id"])
    assert list(predictions.columns) == PREDICTIONS_COLUMNS
    assert set(predictions["client_id"]) == known and predictions["client_id"].is_unique
    assert not any(range_problems(predictions).values())
    assert predictions[["purchase_probability", "expected_purchases", "predicted_clv"]].notna().all().all()
    # notes-only clients (no order yet) carry no churn risk and are never "Critical"
    none = predictions["history"].eq("none")
    assert none.any() and predictions.loc[none, "churn_risk"].isna().all()
    assert set(predictions.loc[none, "risk_segment"]) == {"No history"}
    assert predictions.loc[~none, "churn_risk"].notna().all()
    from mlflow import MlflowClient

    client = MlflowClient(settings.mlflow_tracking_uri, settings.mlflow_tracking_uri)
    champions = {t: str(client.get_model_version_by_alias(f"lvmh_{t}", "champion").version) for t in TARGETS}
    assert json.loads(predictions["model_versions"].iloc[0]) == champions

    exported = pd.read_csv(settings.outputs_dir / PREDICTIONS_CSV)
    assert len(exported) == len(known) and {"intent_band", "top_concepts", "predicted_clv"} <= set(exported.columns)
    report = (settings.outputs_dir / PREDICTIONS_REPORT).read_text(encoding="utf-8")
    assert "lvmh_purchase" in report and "Value segments" in report and "auc" in report


def test_recommendations_never_repeat_a_purchase_and_the_dashboard_carries_both_blocks(trained: Run):
    settings = trained.settings
    recs = _table(settings, "recommendations")
    bought = pd.read_csv(settings.data_dir / "transactions.csv", dtype=str)[["client_id", "product_id"]]
    repeated = recs.merge(bought.drop_duplicates(), on=["client_id", "product_id"])
    assert repeated.empty
    assert recs.groupby("client_id").size().max() == 5

    doc = json.loads((settings.outputs_dir / "dashboard.json").read_text(encoding="utf-8"))
    validate_dashboard(doc)
    cards = doc["clients"]
    assert cards and all("prediction" in card and card["recommendations"] for card in cards)
    assert all(0 <= card["prediction"]["purchase_probability"] <= 1 for card in cards)
    assert set(doc["kpis"]["champion_versions"]) == set(TARGETS)


def test_recommendations_are_evaluated_offline_and_logged(trained: Run):
    from mlflow import MlflowClient

    client = MlflowClient(trained.settings.mlflow_tracking_uri)
    experiment = client.get_experiment_by_name("lvmh_recommendations")
    runs = client.search_runs([experiment.experiment_id])
    assert len(runs) == 1  # built once: by the retrain (the refresh before it leaves it to the retrain)
    metrics = runs[0].data.metrics
    assert {"blend_hit_rate_at_k", "blend_ndcg_at_k", "popularity_hit_rate_at_k"} <= set(metrics)
    assert runs[0].data.params["with_transactions"] == "True"


def test_a_rerun_retrains_only_when_the_outcome_file_changed(trained: Run):
    settings = trained.settings
    instance = open_instance(settings)
    assert retrain_is_current(instance, settings)
    transactions = settings.data_dir / "transactions.csv"
    stat = transactions.stat()
    os.utime(transactions, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    try:
        assert not retrain_is_current(instance, settings)
    finally:
        os.utime(transactions, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert retrain_is_current(instance, settings)


def test_second_retrain_registers_new_versions_and_keeps_the_equal_champion(trained: Run):
    from mlflow import MlflowClient

    settings = trained.settings
    client = MlflowClient(settings.mlflow_tracking_uri, settings.mlflow_tracking_uri)
    before = {t: client.get_model_version_by_alias(f"lvmh_{t}", "champion").version for t in TARGETS}
    report = execute_job(build_definitions(settings), open_instance(settings), "weekly_retrain_job", label="again")
    assert report.success, report.errors
    for target in TARGETS:
        assert len(client.search_model_versions(f"name='lvmh_{target}'")) == 8  # 4 families x 2 retrains
        assert client.get_model_version_by_alias(f"lvmh_{target}", "champion").version == before[target]
        comparison = _comparison(settings, target, before[target])
        assert comparison["action"] == "keep" and "kept champion" in comparison["reason"]
        assert client.get_model_version(f"lvmh_{target}", before[target]).tags["decision_action"] == "keep"


def _best_model_only(settings: Settings, margin: float) -> dg.ExecuteInProcessResult:
    floors = {"purchase_floor_auc": 0.0, "churn_floor_auc": 0.0, "clv_floor_spearman": -1.0,
              "purchases_floor_spearman": -1.0}
    job = build_definitions(settings).resolve_job_def("weekly_retrain_job")
    return job.execute_in_process(
        instance=open_instance(settings),
        asset_selection=[dg.AssetKey("best_model")],
        run_config={"ops": {"best_model": {"config": {"margin": margin, **floors}}}},
    )


def test_best_model_promotes_only_by_the_margin_and_keeps_the_previous_champion(trained: Run):
    from mlflow import MlflowClient

    settings = trained.settings
    client = MlflowClient(settings.mlflow_tracking_uri, settings.mlflow_tracking_uri)
    target, loser, best = None, None, None
    for name in TARGETS:  # a target whose other family scored strictly lower on the held-out clients
        champion = client.get_model_version_by_alias(f"lvmh_{name}", "champion")
        comparison = _comparison(settings, name, champion.version)
        rows, metric = comparison["rows"], comparison["metric"]
        worse = [r for r in rows if r[metric] < max(x[metric] for x in rows) - 0.01]
        if worse:
            target, loser, best = name, str(worse[0]["version"]), max(rows, key=lambda r: r[metric])
            break
    assert target is not None
    registered = f"lvmh_{target}"
    client.set_registered_model_alias(registered, "champion", loser)

    assert _best_model_only(settings, margin=1.0).success
    assert str(client.get_model_version_by_alias(registered, "champion").version) == loser
    reason = _comparison(settings, target, loser)["reason"]
    assert "< margin 1" in reason

    assert _best_model_only(settings, margin=0.0).success
    promoted = client.get_model_version_by_alias(registered, "champion")
    assert str(promoted.version) != loser and promoted.tags["family"] == best["family"]
    assert str(client.get_model_version_by_alias(registered, "previous_champion").version) == loser


def test_predict_command_adds_champion_predictions_to_each_row(trained: Run, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch):
    from lvmh_pipeline.cli import main

    settings = trained.settings
    monkeypatch.setenv("MLFLOW_TRACKING_URI", settings.mlflow_tracking_uri)
    monkeypatch.setenv("LVMH_MLFLOW_ARTIFACTS", str(settings.mlflow_artifact_location))
    scored_clients = _table(settings, "predictions")
    known = scored_clients.loc[scored_clients["history"].ne("none"), "client_id"].iloc[0]  # has a churn risk
    source = tmp_path / "crm_export.csv"
    source.write_text(
        "client,memo,day\n"
        f'{known},"Ready to buy the travel bag, budget 5K",2026-10-20\n'
        f'{known},"Called back, confirms the weekender",2026-10-28\n'
        'PROSPECT_9,"Nouvelle cliente, hésite, allergique au nickel",2026-10-30\n',
        encoding="utf-8",
    )
    output = tmp_path / "scored.csv"
    args = ["predict", str(source), "--id-column", "client", "--text-column", "memo", "--date-column", "day",
            "--output", str(output), "--data-dir", str(settings.data_dir)]
    assert main(args) == 0
    scored = pd.read_csv(output)
    assert list(scored.columns[:3]) == ["client", "memo", "day"] and len(scored) == 3
    assert scored["purchase_probability"].between(0, 1).all() and (scored["predicted_clv"] >= 0).all()
    assert scored.loc[0, "churn_risk"] == scored.loc[1, "churn_risk"]
    assert pd.isna(scored.loc[2, "churn_risk"]) and scored.loc[2, "order_history"] == "none"  # a prospect
    assert set(scored["prediction_status"]) == {"ok"}


def test_predict_command_without_champion_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys):
    from lvmh_pipeline.cli import main

    monkeypatch.setenv("MLFLOW_TRACKING_URI", f"sqlite:///{tmp_path / 'empty.db'}")
    monkeypatch.setenv("LVMH_MLFLOW_ARTIFACTS", str(tmp_path / "artifacts"))
    source = tmp_path / "in.csv"
    source.write_text("id,text\nA,hello\n", encoding="utf-8")
    code = main(["predict", str(source), "--id-column", "id", "--text-column", "text", "--output",
                 str(tmp_path / "out.csv"), "--data-dir", str(tmp_path)])
    assert code == 2 and "no champion model" in capsys.readouterr().err
    assert not (tmp_path / "out.csv").exists()


def test_without_outcome_files_models_are_skipped_and_outputs_still_build(without_outcomes: Run):
    settings = without_outcomes.settings
    assert all(r.success for r in without_outcomes.reports), [r.errors for r in without_outcomes.reports]
    retrain = next(r for r in without_outcomes.reports if r.label == RETRAIN_LABEL)
    assert "predictions" in without_outcomes.reports[-1].materialized  # refreshed after it, with no champion
    assert {"fast_model", "elite_model", "best_model", "model_backtest", "predictions"} <= set(retrain.skipped_steps)
    assert "training_labels" not in retrain.materialized and "recommendations" in retrain.materialized
    assert any("no transactions.csv or labels.csv" in n and "models skipped" in n for n in without_outcomes.notices)

    instance = open_instance(settings)
    observation = instance.fetch_observations(dg.AssetKey("training_labels"), limit=1).records[0]
    assert "labels.csv" in observation.asset_observation.metadata["message"].value

    recs = _table(settings, "recommendations")
    assert len(recs) and recs["collaborative_score"].eq(0).all()  # content-only blend
    doc = json.loads((settings.outputs_dir / "dashboard.json").read_text(encoding="utf-8"))
    validate_dashboard(doc)
    assert all("prediction" not in card and card["recommendations"] for card in doc["clients"])
    assert doc["kpis"]["champion_versions"] == {}
    with duckdb.connect(str(settings.warehouse_path), read_only=True) as db:
        tables = {row[0] for row in db.sql("select table_name from information_schema.tables").fetchall()}
    assert "training_labels" not in tables
    assert _table(settings, "predictions").empty  # written empty (with its columns) before any champion


# --- the pure pieces the assets are built on ---------------------------------------------


def test_validation_split_is_exactly_the_training_split(trained: Run):
    features = _table(trained.settings, "training_features")
    labels = label_set_from_table(_table(trained.settings, "training_labels"))
    for target in ("purchase", "clv"):
        model = train_and_evaluate("fast", target, features, labels, seed=7, test_size=0.3)
        split = validation_split(features, labels, target, seed=7, test_size=0.3)
        assert split.validation_client_ids == model.validation_client_ids
        assert split.train_digest == model.data_digest


def test_labels_table_round_trip_and_outcome_file_choice(tmp_path: Path):
    tx = pd.DataFrame({"client_id": ["A", "A", "B"], "order_id": ["1", "2", "3"],
                       "date": pd.to_datetime(["2025-01-10", "2025-03-01", "2025-01-05"]),
                       "product_id": ["p", "p", "q"], "quantity": 1.0, "amount": [100.0, 50.0, 80.0]})
    clients = pd.DataFrame({"client_id": ["C"], "note_date": ["2025-01-02"]})
    labels = labels_from_transactions(tx, clients, as_of=date(2025, 1, 31), horizons=Horizons())
    table = labels_table(labels)
    assert list(table.columns) == LABELS_TABLE_COLUMNS and set(table["as_of"]) == {"2025-01-31"}
    back = label_set_from_table(table)
    assert back.source == "transactions" and back.as_of == date(2025, 1, 31)
    pd.testing.assert_frame_equal(back.frame, labels.frame[LABELS_COLUMNS].astype({"purchased": float}))

    assert load_outcomes(tmp_path, clients) is None
    (tmp_path / "labels.csv").write_text("client_id,purchased,churned,lifetime_value\nA,1,0,120\nB,0,,0\n")
    from_file = load_outcomes(tmp_path, clients, as_of="2025-06-30")
    assert from_file.labels.source == "labels.csv" and from_file.labels.as_of == date(2025, 6, 30)
    assert labels_table(from_file.labels)["as_of"].tolist() == ["2025-06-30", "2025-06-30"]


def test_note_vectors_follow_the_notes_and_missing_ones_are_zero():
    notes = pd.DataFrame({"note_id": ["n2", "n9", "n1"]})
    embeddings = pd.DataFrame({"note_id": ["n1", "n2"], "embedding": [np.array([1.0, 0.0]), [0.0, 1.0]]})
    assert align_note_vectors(notes, embeddings).tolist() == [[0.0, 1.0], [0.0, 0.0], [1.0, 0.0]]
    assert "embedding" in embeddings.columns  # the caller's frame is left alone by default
    released = align_note_vectors(notes, embeddings, release=True)
    assert released.tolist() == [[0.0, 1.0], [0.0, 0.0], [1.0, 0.0]]
    assert list(embeddings.columns) == ["note_id"]  # the vectors are no longer held twice


def test_a_target_that_cannot_be_trained_is_reported_and_the_others_are_logged(trained: Run, tmp_path: Path):
    from lvmh_pipeline.lib.modeling.training import train_family, training_table
    from lvmh_pipeline.lib.registry.tracking_store import TrackingConfig

    features = _table(trained.settings, "training_features")
    table = _table(trained.settings, "training_labels")
    table.loc[table.index[3:], "churned"] = np.nan  # three labelled clients: not enough to learn churn
    config = TrackingConfig.from_paths(tmp_path / "mlflow.db", tmp_path / "artifacts")
    results = train_family(config, "fast", features, label_set_from_table(table), targets=("purchase", "churn"))
    by_target = {r.target: r for r in results}
    assert by_target["purchase"].logged is not None and by_target["purchase"].logged.version == 1
    assert by_target["churn"].logged is None and "at least 4" in by_target["churn"].error
    status = training_table(results).set_index("target")["status"]
    assert status["purchase"] == "trained" and status["churn"].startswith("not trained: churn: need")


def test_a_new_upload_is_scored_the_same_day_without_a_retrain(trained: Run):
    """What the upload sensor requests (ingestion of the date, then the client-level refresh)
    scores a brand-new client with the current champions; no model version is added."""
    from mlflow import MlflowClient

    from lvmh_pipeline.job_runs import register_upload_dates
    from lvmh_pipeline_tests.conftest import write_upload

    settings = trained.settings
    client = MlflowClient(settings.mlflow_tracking_uri, settings.mlflow_tracking_uri)
    versions = {t: len(client.search_model_versions(f"name='lvmh_{t}'")) for t in TARGETS}
    write_upload(settings, "2031-01-05", "new.csv", "ID,Date,Duration,Language,Length,Transcription\n"
                 'NEW_CLIENT_1,2031-01-05,20 min,EN,short,"First visit, looking for a travel bag, budget 4K."\n')
    instance = open_instance(settings)
    register_upload_dates(instance, ["2031-01-05"])
    defs = build_definitions(settings)
    ingest = execute_job(defs, instance, "ingest_upload_job", partition_key="2031-01-05", label="ingest")
    refresh = execute_job(defs, instance, "refresh_outputs_job", label="refresh")
    assert ingest.success and refresh.success, ingest.errors + refresh.errors
    assert "predictions" in refresh.materialized and "fast_model" not in refresh.materialized
    predictions = _table(settings, "predictions")
    assert "NEW_CLIENT_1" in set(predictions["client_id"])
    assert versions == {t: len(client.search_model_versions(f"name='lvmh_{t}'")) for t in TARGETS}
