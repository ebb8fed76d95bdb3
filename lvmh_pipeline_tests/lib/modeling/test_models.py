from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np
import pandas as pd
import pytest
import skops.io

from lvmh_pipeline.lib.modeling.labels import LabelSet, labels_from_transactions
from lvmh_pipeline.lib.modeling.bgnbd import BGNBDFeatures
from lvmh_pipeline.lib.modeling.features import (
    LIFECYCLE_COLUMNS,
    build_feature_frame,
    elite_feature_columns,
    fast_feature_columns,
)
from lvmh_pipeline.lib.modeling.evaluation import TARGETS, target_metrics
from lvmh_pipeline.lib.modeling.models import build_pipeline, data_digest, evaluate, predict_target, train_and_evaluate

AS_OF = date(2025, 6, 30)
FILLER = [("handbag", "product_type"), ("black", "color"), ("silk", "material"), ("birthday", "occasion"),
          ("golf", "hobby"), ("dior", "house"), ("nickel", "allergy"), ("watch", "product_type")]


@dataclass
class World:
    notes: pd.DataFrame
    concepts: pd.DataFrame
    transactions: pd.DataFrame
    labels: pd.DataFrame  # outcomes drawn from the latent traits, like a labels.csv
    vectors: np.ndarray
    latent: pd.DataFrame


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-x))


def synthetic_world(n_clients: int = 400, seed: int = 0, emb_dim: int = 16) -> World:
    """Clients whose outcomes depend on planted concepts (ready_to_buy, complaint, vip_client)
    and on how long ago their last note was; orders before and after AS_OF."""
    rng = np.random.default_rng(seed)
    ids = [f"C{i:04d}" for i in range(n_clients)]
    buy, complaint, vip = (rng.random(n_clients) < p for p in (0.4, 0.3, 0.2))
    last_age = rng.integers(0, 360, n_clients)
    notes, concepts, orders = [], [], []
    for i, cid in enumerate(ids):
        ages = [int(last_age[i])] + [int(last_age[i] + rng.integers(1, 300)) for _ in range(rng.integers(0, 3))]
        note_ids = []
        for k, age in enumerate(ages):
            nid, day = f"{cid}-n{k}", (AS_OF - timedelta(days=age)).isoformat()
            notes.append((nid, cid, day, rng.choice(["FR", "EN"]), "note text " * (k + 1)))
            note_ids.append((nid, day))
        planted = [("ready_to_buy", "intent", buy[i]), ("complaint", "intent", complaint[i]),
                   ("vip_client", "intent", vip[i])]
        chosen = [(c, cat) for c, cat, on in planted if on]
        chosen += [FILLER[j] for j in rng.choice(len(FILLER), 2, replace=False)]
        for concept, category in chosen:
            nid, day = note_ids[0] if concept in ("ready_to_buy", "complaint") else note_ids[-1]
            concepts.append((nid, cid, day, concept, category, False, 0, np.nan, np.nan))
        if rng.random() < 0.3:
            concepts.append((note_ids[0][0], cid, note_ids[0][1], "hesitant", "intent", True, 5, np.nan, np.nan))
        if vip[i] or rng.random() < 0.3:
            low = 20000.0 if vip[i] else 3000.0
            concepts.append((note_ids[-1][0], cid, note_ids[-1][1], "budget", "budget", False, 9, low, low * 1.5))
        for k in range(rng.poisson(1 + 3 * vip[i])):
            day = AS_OF - timedelta(days=int(rng.integers(0, 700)))
            orders.append((cid, f"{cid}-h{k}", day, "p1", 1, float(rng.lognormal(7.5 + vip[i], 0.4))))
    purchased = rng.random(n_clients) < _sigmoid(-0.3 + 3.5 * buy - 3.5 * last_age / 360)
    churned = rng.random(n_clients) < _sigmoid(-2.0 + 3.5 * complaint + 3.5 * last_age / 360)
    value = np.where(purchased, rng.lognormal(7.5 + 1.5 * vip, 0.3), 0.0)
    for i in np.flatnonzero(purchased):
        day = AS_OF + timedelta(days=int(rng.integers(1, 90)))
        orders.append((ids[i], f"{ids[i]}-f", day, "p2", 1, float(value[i])))
    vectors = rng.normal(size=(len(notes), emb_dim)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    return World(
        notes=pd.DataFrame(notes, columns=["note_id", "client_id", "note_date", "language", "text"]),
        concepts=pd.DataFrame(concepts, columns=["note_id", "client_id", "note_date", "concept", "category",
                                                 "negated", "span_start", "value_min", "value_max"]),
        transactions=pd.DataFrame(orders, columns=["client_id", "order_id", "date", "product_id", "quantity",
                                                   "amount"]).assign(date=lambda d: pd.to_datetime(d["date"])),
        labels=pd.DataFrame({"client_id": ids, "purchased": purchased.astype(int),
                             "churned": churned.astype(float), "lifetime_value": value,
                             "purchases": purchased.astype(float)}),
        vectors=vectors,
        latent=pd.DataFrame({"client_id": ids, "buy": buy, "complaint": complaint, "vip": vip}),
    )


@pytest.fixture(scope="module")
def world() -> World:
    return synthetic_world()


@pytest.fixture(scope="module")
def features(world: World) -> pd.DataFrame:
    return build_feature_frame(world.notes, world.concepts, world.transactions, world.labels["client_id"],
                               AS_OF, world.vectors)


@pytest.fixture(scope="module")
def trained(world: World, features: pd.DataFrame) -> dict:
    return {(family, target): train_and_evaluate(family, target, features, world.labels, seed=1)
            for family in ("fast", "elite") for target in TARGETS}


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


def test_feature_families_use_their_columns(features, trained):
    assert trained[("fast", "purchase")].feature_columns == fast_feature_columns(features)
    assert trained[("elite", "purchase")].feature_columns == elite_feature_columns(features)
    fast = fast_feature_columns(features)
    assert "recency_days" in fast and "concept_text" in fast  # fast = concepts + profile + RFM
    assert not any(c.startswith(("emb_", "co_")) or c in LIFECYCLE_COLUMNS for c in fast)
    elite_steps = dict((name, step) for name, step, _ in trained[("elite", "purchase")].pipeline[0].transformers_)
    assert isinstance(elite_steps["bgnbd"], BGNBDFeatures)
    assert "bgnbd" not in dict((name, step) for name, step, _ in trained[("fast", "purchase")].pipeline[0].transformers_)


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


def test_elite_drops_the_embedding_when_no_client_has_a_note_vector(features, world):
    noteless = features.assign(**{c: 0.0 for c in features.columns if c.startswith("emb_")})
    model = train_and_evaluate("elite", "purchase", noteless, world.labels)
    assert not any(c.startswith("emb_") for c in model.feature_columns)
    assert "emb" not in model.pipeline.named_steps["features"].named_transformers_
    assert any(c.startswith("emb_") for c in train_and_evaluate("elite", "purchase", features, world.labels).feature_columns)


@pytest.mark.parametrize("family", ["fast", "elite"])
def test_forests_grown_on_every_core_give_the_one_core_model(features, world, family, monkeypatch):
    import lvmh_pipeline.lib.modeling.models as models

    monkeypatch.setattr(models, "available_cores", lambda: 1)
    one = train_and_evaluate(family, "purchase", features, world.labels, seed=3)
    monkeypatch.setattr(models, "available_cores", lambda: 3)
    many = train_and_evaluate(family, "purchase", features, world.labels, seed=3)
    # the same trees; threads only change the order in which the trees' votes are summed
    np.testing.assert_allclose(one.pipeline.predict_proba(features), many.pipeline.predict_proba(features),
                               rtol=0, atol=1e-12)
    assert one.metrics == pytest.approx(many.metrics, abs=1e-12)
    forests = [est for est in many.pipeline.named_steps["model"].estimators_ if hasattr(est, "n_jobs")] \
        if family == "elite" else [many.pipeline.named_steps["model"]]
    assert forests and all(est.n_jobs is None for est in forests)  # one thread when scoring


def test_training_sample_keeps_small_sets_whole_and_caps_large_ones_stratified():
    from lvmh_pipeline.lib.modeling.models import held_out_split, training_sample

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
    from lvmh_pipeline.lib.modeling.models import EARLY_STOPPING_MIN_ROWS, fit_pipeline, labelled_frame

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
