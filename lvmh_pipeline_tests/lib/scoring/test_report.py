"""Predictions report and CSV export (lib/scoring/report.py)."""

import json

import numpy as np
import pandas as pd

from lvmh_pipeline.lib.scoring.report import (
    PREDICTIONS_CSV,
    PREDICTIONS_REPORT,
    ModelSummary,
    build_report,
    driver_counts,
    profiles_with_predictions,
    round_for_people,
    write_prediction_outputs,
)
from lvmh_pipeline.lib.scoring.predictions import PREDICTIONS_COLUMNS
from lvmh_pipeline_tests.lib.outputs.test_dashboard import _profiles

VERSIONS = json.dumps({"churn": "2", "clv": "3", "purchase": "5"}, sort_keys=True)
MODELS = [
    ModelSummary("purchase", "lvmh_purchase", 5, "elite", "transactions", {"auc": 0.71234, "log_loss": 0.6, "n": 40.0}),
    ModelSummary("churn", "lvmh_churn", 2, "fast", "transactions", {"auc": 0.66, "n": 30.0}),
    ModelSummary("clv", "lvmh_clv", 3, "elite", "transactions", {"spearman": 0.41, "r2": float("nan"), "n": 40.0}),
]


def _predictions() -> pd.DataFrame:
    frame = pd.DataFrame(
        {
            "client_id": ["CA_001", "CA_002", "CA_003", "TX_ONLY"],
            "purchase_probability": [0.80, 0.50, 0.2499, 0.30],
            "will_purchase": pd.array([True, True, False, False], dtype="boolean"),
            "churn_risk": [0.10, 0.65, 0.95, 0.30],
            "will_churn": pd.array([False, True, True, False], dtype="boolean"),
            "predicted_clv": [60_000.0, 12_000.0, 500.0, 2_000.0],
            "value_segment": ["VIP", "High", "Low", "Medium"],
            "risk_segment": ["Safe", "At Risk", "Critical", "Monitor"],
            "model_versions": [VERSIONS] * 4,
            "top_drivers": [["+concept:vip_client", "-recency_days"], ["+note_embedding"], ["-recency_days"], []],
            "expected_purchases": [3.2, 1.1, 0.3, 0.4],
            "p_alive": [0.95, 0.6, 0.2, 0.7],
            "history": ["ok", "ok", "short", "ok"],
        }
    )
    return frame[PREDICTIONS_COLUMNS]


def test_report_lists_models_metrics_segments_and_totals():
    report = build_report(_predictions(), MODELS, generated_at="2026-11-02T03:00:00+00:00")
    assert report.startswith("# ML predictions report")
    assert "lvmh_purchase" in report and "auc 0.712" in report and "n 40" in report
    assert "spearman 0.410" in report and "r2" not in report.split("lvmh_clv")[1].split("\n")[0]
    for section in ("Purchase intent", "Churn risk segments", "Value segments", "Most frequent drivers"):
        assert section in report
    assert "74,500 EUR" in report  # total predicted CLV
    assert "expected buyers: 1.8" in report  # sum of the purchase probabilities
    assert "18,625 EUR" in report  # average
    assert "+concept:vip_client" in report and "described as a VIP client" in report  # name and meaning


def test_report_names_targets_without_champion():
    report = build_report(_predictions(), MODELS[:1], generated_at="now")
    assert "No champion for: churn, clv" in report


def test_csv_export_keeps_every_scored_client_with_flat_profile_columns(tmp_path):
    csv_path, report_path = write_prediction_outputs(tmp_path / "out", _profiles(), _predictions(), MODELS,
                                                     generated_at="now")
    assert (csv_path.name, report_path.name) == (PREDICTIONS_CSV, PREDICTIONS_REPORT)
    table = pd.read_csv(csv_path, keep_default_na=False)
    assert table["client_id"].tolist() == ["CA_001", "CA_002", "CA_003", "TX_ONLY"]
    first = table.set_index("client_id").loc["CA_001"]
    assert first["languages"] == "FR; EN"
    # the drivers in plain words for people (the warehouse keeps "+concept:vip_client")
    assert first["top_drivers"] == "described as a VIP client; bought more recently than most clients"
    assert table.set_index("client_id").loc["CA_002", "top_drivers"] == "overall content of the advisor notes"
    assert table.set_index("client_id").loc["TX_ONLY", "top_drivers"] == ""
    assert first["intent_band"] == "Very high"
    assert table.set_index("client_id").loc["TX_ONLY", "n_notes"] == ""  # known from transactions only
    assert first["n_notes"] == "2"  # counts stay integers next to the empty rows
    assert report_path.read_text(encoding="utf-8").startswith("# ML predictions report")


def test_profiles_with_predictions_has_profile_then_prediction_columns():
    joined = profiles_with_predictions(_profiles(), _predictions())
    columns = list(joined.columns)
    assert columns[0] == "client_id" and columns.index("top_concepts") < columns.index("purchase_probability")
    assert len(joined) == 4 and joined["client_id"].is_unique


def test_csv_export_rounds_probabilities_and_money_but_bands_the_exact_probability():
    predictions = _predictions()
    predictions.loc[0, ["purchase_probability", "churn_risk", "predicted_clv"]] = [0.812345, 0.0004, 60_000.12789]
    joined = profiles_with_predictions(_profiles(), predictions).set_index("client_id")
    assert joined.loc["CA_001", "purchase_probability"] == 0.812
    assert joined.loc["CA_001", "churn_risk"] == 0.0
    assert joined.loc["CA_001", "predicted_clv"] == 60_000.13
    # 0.2499 is shown as 0.25 but stays in the Low band, as in the report's tables
    assert joined.loc["CA_003", "purchase_probability"] == 0.25
    assert joined.loc["CA_003", "intent_band"] == "Low"
    assert predictions.loc[0, "purchase_probability"] == 0.812345  # the input frame is not changed


def test_missing_scores_stay_empty_after_rounding():
    predictions = _predictions().assign(predicted_clv=np.nan, value_segment="Unknown")
    assert round_for_people(predictions)["predicted_clv"].isna().all()


def test_driver_counts_explain_each_driver():
    table = driver_counts(_predictions())
    assert list(table.columns) == ["driver", "meaning", "clients"]
    rows = table.set_index("driver")
    assert rows.loc["-recency_days", "clients"] == 2
    assert rows.loc["-recency_days", "meaning"] == "bought more recently than most clients"
    assert rows.loc["+note_embedding", "meaning"] == "overall content of the advisor notes"
