"""The model families (lib/modeling/models.py): what the fast and elite pipelines learn, their
inputs, calibration and serialization."""

import numpy as np
import pandas as pd
import pytest
import skops.io

from lvmh_pipeline.lib.modeling.labeling.labels import LabelSet, labels_from_transactions
from lvmh_pipeline.lib.modeling.bgnbd import BGNBDFeatures
from lvmh_pipeline.lib.modeling.feature_columns import LIFECYCLE_COLUMNS, elite_feature_columns, fast_feature_columns
from lvmh_pipeline.lib.modeling.features import build_feature_frame
from lvmh_pipeline.lib.modeling.evaluation import target_metrics
from lvmh_pipeline.lib.modeling.fitting import train_and_evaluate
from lvmh_pipeline.lib.modeling.models import build_pipeline, predict_target
from lvmh_pipeline_tests.lib.modeling.world import AS_OF


@pytest.mark.parametrize("family", ["fast", "elite"])
@pytest.mark.parametrize("target", ["purchase", "churn"])
def test_classifiers_learn_planted_concept_and_recency_on_held_out_clients(trained, family, target):
    model = trained[(family, target)]
    assert model.metrics["auc"] > 0.75, model.metrics
    assert set(model.train_client_ids).isdisjoint(model.validation_client_ids)
    assert len(model.validation_client_ids) == pytest.approx(0.25 * 400, abs=2)


@pytest.mark.parametrize("family", ["fast", "elite"])
def test_clv_models_rank_held_out_spend(trained, family):
    metrics = trained[(family, "clv")].metrics
    assert metrics["spearman"] > 0.3, metrics
    assert metrics["r2"] > 0.1, metrics
    assert {"r2", "mae", "rmse", "spearman", "mean_actual", "mean_predicted", "n"} <= set(metrics)


def test_classifier_metric_keys_and_ranges(trained):
    metrics = trained[("elite", "purchase")].metrics
    assert {"auc", "log_loss", "brier", "accuracy", "calibration_error", "positive_rate",
            "predicted_positive_rate", "mean_probability", "n"} <= set(metrics)
    assert 0 <= metrics["brier"] <= 1 and 0 <= metrics["accuracy"] <= 1 and metrics["log_loss"] > 0
    assert metrics["n"] == 100


def test_elite_probabilities_are_calibrated_probabilities(trained, world, features):
    model = trained[("elite", "purchase")]
    p = predict_target(model.pipeline, "purchase", features)
    assert np.all((p >= 0) & (p <= 1))
    valid = features["client_id"].isin(model.validation_client_ids).to_numpy()
    observed = world.labels["purchased"].to_numpy()[valid].mean()
    assert abs(p[valid].mean() - observed) < 0.1
    assert model.metrics["calibration_error"] < 0.15


def test_fitted_pipeline_scores_new_frames_without_refit(trained, features):
    model = trained[("fast", "churn")]
    before = [est.tree_.node_count for est in model.pipeline.named_steps["model"].estimators_]
    reordered = features.sample(frac=1.0, random_state=3).reset_index(drop=True)
    p1 = predict_target(model.pipeline, "churn", features)
    p2 = predict_target(model.pipeline, "churn", reordered)
    np.testing.assert_allclose(pd.Series(p1, index=features["client_id"]).loc[reordered["client_id"]], p2)
    assert [est.tree_.node_count for est in model.pipeline.named_steps["model"].estimators_] == before


def test_feature_families_use_their_columns(features, trained):
    assert trained[("fast", "purchase")].feature_columns == fast_feature_columns(features)
    assert trained[("elite", "purchase")].feature_columns == elite_feature_columns(features)
    fast = fast_feature_columns(features)
    assert "recency_days" in fast and "concept_text" in fast  # fast = concepts + profile + RFM
    assert not any(c.startswith(("emb_", "co_")) or c in LIFECYCLE_COLUMNS for c in fast)
    elite_steps = dict((name, step) for name, step, _ in trained[("elite", "purchase")].pipeline[0].transformers_)
    assert isinstance(elite_steps["bgnbd"], BGNBDFeatures)
    assert "bgnbd" not in dict((name, step) for name, step, _ in trained[("fast", "purchase")].pipeline[0].transformers_)


def test_pipelines_round_trip_through_skops_with_library_types_and_our_small_steps_only(trained, features):
    shared = ["lvmh_pipeline.lib.modeling.bgnbd.BGNBDFeatures", "lvmh_pipeline.lib.modeling.btyd.BTYDEstimator",
              "lvmh_pipeline.lib.modeling.btyd.BTYDFeatures", "lvmh_pipeline.lib.modeling.bounded.RangeClipper"]
    expected = {"purchase": sorted(shared),
                "clv": sorted([*shared, "lvmh_pipeline.lib.modeling.bounded.BoundedRegressor"])}
    for model in (trained[("elite", "purchase")], trained[("elite", "clv")]):  # every type fast uses too
        blob = skops.io.dumps(model.pipeline)
        types = skops.io.get_untrusted_types(data=blob)
        ours = sorted(t for t in types if t.split(".")[0] not in {"sklearn", "numpy", "scipy", "builtins"})
        assert ours == expected[model.target], types
        loaded = skops.io.loads(blob, trusted=types)
        np.testing.assert_allclose(predict_target(loaded, model.target, features),
                                   predict_target(model.pipeline, model.target, features))


def test_labels_from_transactions_train_end_to_end(world):
    labels = labels_from_transactions(world.transactions, world.notes, as_of=AS_OF)
    assert isinstance(labels, LabelSet)
    frame = build_feature_frame(world.notes, world.concepts, world.transactions, labels.frame["client_id"], AS_OF,
                                None)
    model = train_and_evaluate("fast", "purchase", frame, labels)
    assert model.metrics["auc"] > 0.75


def test_build_pipeline_rejects_unknown_family_and_target(features):
    with pytest.raises(ValueError, match="family"):
        build_pipeline("turbo", "purchase", list(features.columns))
    with pytest.raises(ValueError, match="target"):
        build_pipeline("fast", "upsell", list(features.columns))


def test_target_metrics_handle_single_class_and_constant_predictions():
    metrics = target_metrics("churn", np.array([1, 1, 1]), np.array([0.9, 0.8, 0.7]))
    assert np.isnan(metrics["auc"]) and metrics["accuracy"] == 1.0
    clv = target_metrics("clv", np.array([0.0, 10.0, 20.0]), np.array([5.0, 5.0, 5.0]))
    assert np.isnan(clv["spearman"]) and clv["mae"] == pytest.approx(25 / 3)
