"""Fitting and measuring the model pipelines (lib/modeling/fitting.py): labelled rows, splits,
training samples, the fit itself and the provenance of a trained model."""

import numpy as np
import pytest

from lvmh_pipeline.lib.modeling.evaluation import target_metrics
from lvmh_pipeline.lib.modeling.fitting import data_digest, evaluate, train_and_evaluate
from lvmh_pipeline.lib.modeling.models import predict_target


def test_evaluate_matches_train_metrics_on_the_validation_clients(trained, world, features):
    model = trained[("elite", "churn")]
    valid = features[features["client_id"].isin(model.validation_client_ids)]
    assert evaluate(model.pipeline, "churn", valid, world.labels) == pytest.approx(model.metrics, nan_ok=True)


def test_split_is_by_client_stratified_and_digest_reproducible(world, features):
    a = train_and_evaluate("fast", "purchase", features, world.labels, seed=5)
    b = train_and_evaluate("fast", "purchase", features, world.labels, seed=5)
    c = train_and_evaluate("fast", "purchase", features, world.labels, seed=6)
    assert a.data_digest == b.data_digest != c.data_digest
    assert a.metrics == b.metrics
    labels = world.labels.set_index("client_id")["purchased"]
    for model in (a, c, train_and_evaluate("fast", "purchase", features, world.labels, seed=7)):
        assert abs(labels[model.validation_client_ids].sum() - 0.25 * labels.sum()) <= 1  # stratified
    assert len(a.data_digest) == 64 and a.params["n_train"] == 300


def test_digest_depends_on_labels_not_order():
    assert data_digest(["b", "a"], np.array([1, 0])) == data_digest(["a", "b"], np.array([0, 1]))
    assert data_digest(["a", "b"], np.array([0, 1])) != data_digest(["a", "b"], np.array([1, 1]))


def test_unknown_churn_labels_are_left_out(world, features):
    labels = world.labels.copy()
    labels.loc[labels.index[:100], "churned"] = np.nan
    model = train_and_evaluate("fast", "churn", features, labels)
    assert model.params["n_train"] + model.params["n_validation"] == 300
    assert not set(labels["client_id"][:100]) & set(model.train_client_ids + model.validation_client_ids)


def test_too_few_labels_of_a_class_is_a_clear_error(features, world):
    labels = world.labels.assign(purchased=0)
    labels.loc[labels.index[:2], "purchased"] = 1
    with pytest.raises(ValueError, match="each class"):
        train_and_evaluate("fast", "purchase", features, labels)


def test_elite_trains_on_a_tiny_data_set(features, world):
    small = features.head(8)
    labels = world.labels.assign(purchased=[1, 0] * 200)
    model = train_and_evaluate("elite", "purchase", small, labels, seed=2)
    assert model.params["n_train"] == 6 and 0 <= model.metrics["brier"] <= 1
    assert model.pipeline.named_steps["features"].named_transformers_["emb"].n_components_ == 6


def test_text_block_dropped_when_no_concept_is_shared(features, world):
    lonely = features.assign(concept_text=[f"only_{i}" for i in range(len(features))])
    model = train_and_evaluate("fast", "purchase", lonely, world.labels)
    assert "concept_text" not in model.feature_columns


def test_elite_drops_the_embedding_when_no_client_has_a_note_vector(features, world):
    noteless = features.assign(**{c: 0.0 for c in features.columns if c.startswith("emb_")})
    model = train_and_evaluate("elite", "purchase", noteless, world.labels)
    assert not any(c.startswith("emb_") for c in model.feature_columns)
    assert "emb" not in model.pipeline.named_steps["features"].named_transformers_
    assert any(c.startswith("emb_") for c in train_and_evaluate("elite", "purchase", features, world.labels).feature_columns)


@pytest.mark.parametrize("family", ["fast", "elite"])
def test_forests_grown_on_every_core_give_the_one_core_model(features, world, family, monkeypatch):
    import lvmh_pipeline.lib.modeling.fitting as fitting

    monkeypatch.setattr(fitting, "available_cores", lambda: 1)
    one = train_and_evaluate(family, "purchase", features, world.labels, seed=3)
    monkeypatch.setattr(fitting, "available_cores", lambda: 3)
    many = train_and_evaluate(family, "purchase", features, world.labels, seed=3)
    # the same trees; threads only change the order in which the trees' votes are summed
    np.testing.assert_allclose(one.pipeline.predict_proba(features), many.pipeline.predict_proba(features),
                               rtol=0, atol=1e-12)
    assert one.metrics == pytest.approx(many.metrics, abs=1e-12)
    forests = [est for est in many.pipeline.named_steps["model"].estimators_ if hasattr(est, "n_jobs")] \
        if family == "elite" else [many.pipeline.named_steps["model"]]
    assert forests and all(est.n_jobs is None for est in forests)  # one thread when scoring


def test_training_sample_keeps_small_sets_whole_and_caps_large_ones_stratified():
    from lvmh_pipeline.lib.modeling.fitting import held_out_split, training_sample

    y_small = np.array([0, 1] * 50)
    assert training_sample("purchase", y_small, limit=1_000).tolist() == list(range(100))
    y = np.r_[np.ones(1_000, dtype=np.int64), np.zeros(9_000, dtype=np.int64)]
    sample = training_sample("purchase", y, limit=2_000, seed=3)
    assert len(sample) == 2_000 == len(set(sample.tolist()))
    assert y[sample].mean() == pytest.approx(0.1, abs=0.002)  # the positive rate is kept
    assert np.array_equal(sample, training_sample("purchase", y, limit=2_000, seed=3))
    spend = np.r_[np.zeros(6_000), np.linspace(1, 500, 4_000)]
    assert (spend[training_sample("clv", spend, limit=1_000)] > 0).mean() == pytest.approx(0.4, abs=0.002)
    train, valid = held_out_split("purchase", np.r_[y, y, y, y], test_size=0.25)  # 30,000 train rows
    assert len(train) == 30_000 and len(valid) == 10_000 and not set(train) & set(valid)
    big = np.r_[y, y, y, y, y]  # 37,500 train rows: capped
    train, valid = held_out_split("purchase", big, test_size=0.25)
    assert len(train) == 30_000 and len(valid) == 12_500 and not set(train) & set(valid)


def test_elite_boosting_stops_early_only_on_a_large_enough_training_part(features, world):
    from lvmh_pipeline.lib.modeling.fitting import EARLY_STOPPING_MIN_ROWS, fit_pipeline, labelled_frame

    frame, y = labelled_frame(features, world.labels, "purchase")
    assert len(frame) >= EARLY_STOPPING_MIN_ROWS
    large = fit_pipeline("elite", "purchase", frame, y, seed=1)
    small = fit_pipeline("elite", "purchase", frame.head(60), y[:60], seed=1)
    boosting = {name: model.named_steps["model"].named_estimators_["boosting"] for name, model in
                (("large", large), ("small", small))}
    assert boosting["large"].early_stopping and boosting["large"].n_iter_ <= boosting["large"].max_iter
    assert not boosting["small"].early_stopping and boosting["small"].n_iter_ == boosting["small"].max_iter
    regressor = fit_pipeline("elite", "clv", frame, world.labels.set_index("client_id")
                             .loc[frame["client_id"], "lifetime_value"].to_numpy(), seed=1)
    assert "boosting__early_stopping" not in regressor.named_steps["model"].get_params()  # amounts: every round


def test_validation_predictions_are_the_scores_behind_the_held_out_metrics(trained, world, features):
    for family, target in (("elite", "purchase"), ("fast", "clv")):
        model = trained[(family, target)]
        assert len(model.validation_predictions) == len(model.validation_client_ids)
        rows = features.set_index("client_id").loc[model.validation_client_ids].reset_index()
        np.testing.assert_allclose(model.validation_predictions,
                                   predict_target(model.pipeline, target, rows[model.feature_columns]))
        labels = world.labels.set_index("client_id").loc[model.validation_client_ids]
        column = {"purchase": "purchased", "clv": "lifetime_value"}[target]
        assert target_metrics(target, labels[column].to_numpy(), model.validation_predictions) == pytest.approx(
            model.metrics, nan_ok=True)
