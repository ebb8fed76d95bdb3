"""Evaluation plots on the held-out clients: which plots each kind of model gets, PNG output,
and the grouped permutation importance."""

from __future__ import annotations

import io

import numpy as np
import pandas as pd
import pytest
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline

from lvmh_pipeline.lib.modeling.feature_columns import PROFILE_COLUMNS, RFM_COLUMNS
from lvmh_pipeline.lib.modeling.fitting import train_and_evaluate
from lvmh_pipeline.lib.modeling.models import predict_target
from lvmh_pipeline.lib.registry import plots

PNG = b"\x89PNG\r\n\x1a\n"


def _frame(n: int = 200, seed: int = 0) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Feature frame with the project's fast columns; purchase and CLV driven by order recency."""
    rng = np.random.default_rng(seed)
    frame = pd.DataFrame({c: rng.normal(size=n) for c in [*PROFILE_COLUMNS, *RFM_COLUMNS]})
    words = [f"concept_{k}" for k in range(12)]
    frame.insert(0, "concept_text", [" ".join(rng.choice(words, 4)) for _ in range(n)])
    frame.insert(0, "client_id", [f"C{i:04d}" for i in range(n)])
    labels = pd.DataFrame({
        "client_id": frame["client_id"],
        "purchased": (frame["recency_days"] + rng.normal(0, 0.7, n) < 0).astype(float),
        "churned": np.nan,
        "lifetime_value": np.maximum(0.0, 400 * frame["frequency"] + rng.normal(300, 200, n)),
    })
    return frame, labels


def _held_out(target: str):
    frame, labels = _frame()
    model = train_and_evaluate("fast", target, frame, labels)
    column = {"purchase": "purchased", "clv": "lifetime_value"}[target]
    valid = frame[frame["client_id"].isin(model.validation_client_ids)]
    y = valid[["client_id"]].merge(labels, on="client_id")[column].to_numpy()
    return model, valid[model.feature_columns], y


def _is_png(content: bytes) -> bool:
    return content.startswith(PNG) and len(content) > 5_000


def test_a_classifier_gets_roc_calibration_and_importance_on_its_held_out_clients() -> None:
    model, valid, y = _held_out("purchase")
    artifacts = plots.evaluation_artifacts(model.pipeline, "purchase", "fast", valid, y)
    # no past purchase counts in this frame: no calibration-by-frequency plot, everything else
    assert set(artifacts) == {plots.ROC_CURVE, plots.CALIBRATION_CURVE, plots.FEATURE_IMPORTANCE,
                              plots.FEATURE_IMPORTANCE_TABLE, plots.LIFT_CURVE, plots.LIFT_TABLE}
    assert all(_is_png(artifacts[path]) for path in plots.CLASSIFIER_PLOTS if path != plots.CALIBRATION_HOLDOUT)
    table = pd.read_csv(io.BytesIO(artifacts[plots.FEATURE_IMPORTANCE_TABLE]))
    assert table["group"].iloc[0] == "order recency (RFM)"  # the only signal of this frame
    assert (table["metric"] == "auc").all() and table["baseline"].iloc[0] == pytest.approx(model.metrics["auc"])


def test_a_regressor_gets_predicted_vs_actual_and_importance() -> None:
    model, valid, y = _held_out("clv")
    artifacts = plots.evaluation_artifacts(model.pipeline, "clv", "fast", valid, y)
    assert set(artifacts) == {plots.PREDICTED_VS_ACTUAL, plots.FEATURE_IMPORTANCE, plots.FEATURE_IMPORTANCE_TABLE,
                              plots.LIFT_CURVE, plots.LIFT_TABLE}
    assert all(_is_png(artifacts[path]) for path in plots.REGRESSOR_PLOTS if path != plots.CALIBRATION_HOLDOUT)
    table = pd.read_csv(io.BytesIO(artifacts[plots.FEATURE_IMPORTANCE_TABLE]))
    assert table["group"].iloc[0] == "order frequency and spend (RFM)" and (table["metric"] == "composite").all()


def test_past_purchase_counts_add_the_calibration_holdout_plot_and_table() -> None:
    model, valid, y = _held_out("purchase")
    frequency = np.arange(len(valid)) % 4
    artifacts = plots.evaluation_artifacts(model.pipeline, "purchase", "fast", valid, y, frequency=frequency)
    assert _is_png(artifacts[plots.CALIBRATION_HOLDOUT])
    table = pd.read_csv(io.BytesIO(artifacts[plots.CALIBRATION_HOLDOUT_TABLE]))
    assert len(table) >= 2 and table.select_dtypes("number").notna().all().all()


def test_one_class_held_out_has_no_roc_and_no_importance_but_a_calibration_curve() -> None:
    model, valid, _ = _held_out("purchase")
    artifacts = plots.evaluation_artifacts(model.pipeline, "purchase", "fast", valid, np.zeros(len(valid)))
    assert plots.ROC_CURVE not in artifacts and plots.FEATURE_IMPORTANCE not in artifacts  # AUC undefined
    assert _is_png(artifacts[plots.CALIBRATION_CURVE])
    assert plots.evaluation_artifacts(model.pipeline, "purchase", "fast", valid.iloc[:0], np.array([])) == {}


def test_group_importance_shuffles_whole_groups_in_one_batched_prediction() -> None:
    rng = np.random.default_rng(1)
    n = 300
    columns = ["recency_days", "n_notes", *[f"emb_{i:03d}" for i in range(10)], "co_a__b"]
    frame = pd.DataFrame(rng.normal(size=(n, len(columns))), columns=columns)
    y = (frame["recency_days"] + rng.normal(0, 0.5, n) > 0).astype(int).to_numpy()
    pipeline = Pipeline([("features", ColumnTransformer([("num", "passthrough", columns)])),
                         ("model", LogisticRegression())]).fit(frame, y)
    calls: list[int] = []

    def predict(model, target, rows):
        calls.append(len(rows))
        return predict_target(model, target, rows)

    table = plots.group_importance(pipeline, "purchase", frame, y, repeats=3, predict=predict)
    assert calls == [n, 4 * 3 * n]  # the unshuffled scores, then every shuffled copy at once
    by_group = table.set_index("group")
    assert list(table["group"])[0] == "order recency (RFM)" and by_group.loc["order recency (RFM)", "importance"] > 0.2
    assert by_group.loc["note embedding", "n_columns"] == 10 and by_group.loc["concept co-occurrence", "n_columns"] == 1
    assert (by_group.drop(index="order recency (RFM)")["importance"].abs() < 0.05).all()



def test_group_importance_of_a_large_held_out_part_uses_a_seeded_sample(monkeypatch) -> None:
    rng = np.random.default_rng(2)
    n = 900
    columns = ["recency_days", "n_notes"]
    frame = pd.DataFrame(rng.normal(size=(n, 2)), columns=columns)
    y = (frame["recency_days"] > 0).astype(int).to_numpy()
    pipeline = Pipeline([("features", ColumnTransformer([("num", "passthrough", columns)])),
                         ("model", LogisticRegression())]).fit(frame, y)
    monkeypatch.setattr(plots, "IMPORTANCE_MAX_ROWS", 200)
    calls: list[int] = []

    def predict(model, target, rows):
        calls.append(len(rows))
        return predict_target(model, target, rows)

    first = plots.group_importance(pipeline, "purchase", frame, y, repeats=2, predict=predict)
    assert calls == [200, 2 * 2 * 200]  # never a copy of the whole held-out part
    again = plots.group_importance(pipeline, "purchase", frame, y, repeats=2)
    pd.testing.assert_frame_equal(first, again)  # the same sample for the same seed
    assert first.set_index("group").loc["order recency (RFM)", "importance"] > 0.2


def test_shuffled_copies_stack_the_frame_with_one_group_reordered_per_copy() -> None:
    frame = pd.DataFrame({"text": ["a", "b", "c"], "x": [1.0, 2.0, 3.0], "y": [10, 20, 30], "z": [0.5, 0.6, 0.7]})
    orders = [(["x", "y"], np.array([2, 0, 1])), (["text"], np.array([1, 2, 0])), (["x", "y"], np.array([0, 2, 1]))]
    stacked = plots.shuffled_copies(frame, orders)
    expected = []
    for columns, order in orders:  # what each copy is: the frame with the group's rows reordered
        copy = frame.copy()
        for column in columns:
            copy[column] = frame[column].to_numpy()[order]
        expected.append(copy)
    pd.testing.assert_frame_equal(stacked, pd.concat(expected, ignore_index=True))
    assert list(stacked.columns) == list(frame.columns) and len(plots.shuffled_copies(frame, [])) == 0


def test_known_scores_are_used_as_given_and_unknown_ones_predicted() -> None:
    model, valid, y = _held_out("purchase")
    computed = plots.evaluation_artifacts(model.pipeline, "purchase", "fast", valid, y)
    scores = predict_target(model.pipeline, "purchase", valid)
    given = plots.evaluation_artifacts(model.pipeline, "purchase", "fast", valid, y, predicted=scores)
    assert given[plots.FEATURE_IMPORTANCE_TABLE] == computed[plots.FEATURE_IMPORTANCE_TABLE]
    assert given[plots.LIFT_TABLE] == computed[plots.LIFT_TABLE]
    flipped = plots.evaluation_artifacts(model.pipeline, "purchase", "fast", valid, y, predicted=1.0 - scores)
    assert flipped[plots.LIFT_TABLE] != computed[plots.LIFT_TABLE]  # the given scores are the ones plotted
