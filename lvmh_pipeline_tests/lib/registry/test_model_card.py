"""The words of the MLflow UI: feature groups, target and label sentences, metric sentences."""

from __future__ import annotations

from lvmh_pipeline.lib.modeling.feature_columns import (
    BTYD_COLUMNS,
    CATEGORY_COUNTS,
    COOCCURRENCE_COLUMNS,
    LIFECYCLE_COLUMNS,
    PROFILE_COLUMNS,
    RFM_COLUMNS,
    embedding_columns,
)
from lvmh_pipeline.lib.modeling.labeling.labels import Horizons
from lvmh_pipeline.lib.registry import model_card


def test_every_feature_frame_column_has_a_named_group() -> None:
    columns = ["concept_text", *PROFILE_COLUMNS, *RFM_COLUMNS, *LIFECYCLE_COLUMNS, *COOCCURRENCE_COLUMNS,
               *BTYD_COLUMNS, *embedding_columns(384)]
    groups = model_card.feature_groups(columns)
    assert "other" not in groups
    assert list(groups) == [g for g in model_card.GROUP_ORDER if g != "other"]
    assert sum(len(cols) for cols in groups.values()) == len(columns)
    assert groups["note embedding"] == embedding_columns(384)
    assert set(CATEGORY_COUNTS.values()) <= set(groups["concept counts"])
    assert "recency_days" in groups["order recency (RFM)"] and "frequency" in groups["order frequency and spend (RFM)"]
    assert model_card.feature_group("brand_new_column") == "other"


def test_inputs_sentence_counts_groups_and_names_the_bgnbd_step() -> None:
    columns = ["concept_text", "n_notes", "recency_days", "tenure_days", "purchase_days", *embedding_columns(3)]
    fast = model_card.inputs_sentence("fast", columns)
    assert fast == ("8 input columns: concept text (TF-IDF), note activity, order recency (RFM) (3), "
                    "note embedding (3)")
    assert "BG/NBD" in model_card.inputs_sentence("elite", columns)
    assert "BG/NBD" not in model_card.inputs_sentence("elite", ["concept_text"])


def test_target_label_and_metric_sentences() -> None:
    horizons = Horizons(purchase_days=90, churn_days=180, clv_days=365, active_lookback_days=365)
    assert "at least one order in the 90 days after the as-of date T" in model_card.target_sentence("purchase", horizons)
    churn = model_card.target_sentence("churn", horizons)
    assert "in the 365 days before T" in churn and "no order in the 180 days after it" in churn
    assert "spend in EUR in the 365 days after T" in model_card.target_sentence("clv", horizons)
    assert "`lifetime_value` column of the labels file" in model_card.target_sentence("clv", None)
    assert "transactions.csv with T = 2025-10-31" in model_card.label_sentence("transactions", "2025-10-31")
    assert model_card.label_sentence("labels.csv", None) == "Labels read from the house's labels.csv."

    sentence = model_card.metrics_sentence({"auc": 0.8123, "brier": 0.15, "n": 379.0, "positive_rate": 0.4}, 379)
    assert sentence == "Held-out (379 clients): AUC 0.812, Brier 0.150."
    assert model_card.metrics_sentence({"spearman": 0.66, "mae": 812.4, "r2": float("nan")}) == (
        "Held-out: Spearman 0.660, R² n/a, MAE 812 EUR.")
    assert model_card.metrics_sentence({}) == "No held-out metric was logged."
