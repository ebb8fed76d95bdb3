import json

import numpy as np
import pandas as pd
import pytest

from lvmh_pipeline.lib.modeling.features import build_feature_frame
from lvmh_pipeline.lib.modeling.evaluation import TARGETS
from lvmh_pipeline.lib.modeling.fitting import train_and_evaluate
from lvmh_pipeline.lib.modeling.bounded import BoundedRegressor
from lvmh_pipeline.lib.modeling.labeling.windows import rescale
from lvmh_pipeline.lib.scoring.drivers import global_importance, readable_name
from lvmh_pipeline.lib.scoring.predictions import (
    PREDICTIONS_COLUMNS,
    history_flag,
    risk_segment,
    score_clients,
    value_segment,
)
from lvmh_pipeline_tests.lib.modeling.world import AS_OF, synthetic_world


@pytest.fixture(scope="module")
def setup():
    world = synthetic_world(n_clients=300, seed=7)
    features = build_feature_frame(world.notes, world.concepts, world.transactions, world.labels["client_id"],
                                   AS_OF, world.vectors)
    fast = {t: train_and_evaluate("fast", t, features, world.labels).pipeline for t in TARGETS}
    return world, features, fast


@pytest.fixture(scope="module")
def predictions(setup):
    _, features, fast = setup
    return score_clients(fast, features, {"purchase": "3", "churn": "1", "clv": "2"})


def test_value_segment_boundaries():
    clv = np.array([0.0, 1999.99, 2000.0, 9999.99, 10000.0, 49999.0, 50000.0, 1e7, np.nan])
    assert value_segment(clv).tolist() == ["Low", "Low", "Medium", "Medium", "High", "High", "VIP", "VIP",
                                           "Unknown"]
    assert value_segment(np.array([5.0, 15.0]), (10.0, 20.0, 30.0)).tolist() == ["Low", "Medium"]
    with pytest.raises(ValueError):
        value_segment(np.array([1.0]), (3.0, 2.0, 1.0))


def test_risk_segment_boundaries():
    risk = np.array([0.0, 0.2999, 0.30, 0.5999, 0.60, 0.80, 0.8001, 1.0, np.nan])
    assert risk_segment(risk).tolist() == ["Safe", "Safe", "Monitor", "Monitor", "At Risk", "At Risk", "Critical",
                                           "Critical", "Unknown"]
    history = np.array(["ok", "none", "short"], dtype=object)
    assert risk_segment(np.array([0.9, 0.9, 0.9]), history).tolist() == ["Critical", "No history", "Critical"]


def test_columns_rows_and_ranges(setup, predictions):
    _, features, _ = setup
    assert list(predictions.columns) == PREDICTIONS_COLUMNS
    assert predictions["client_id"].tolist() == features["client_id"].tolist()
    assert predictions["purchase_probability"].between(0, 1).all()
    assert predictions["churn_risk"].dropna().between(0, 1).all()
    assert (predictions["predicted_clv"] >= 0).all() and predictions["predicted_clv"].notna().all()
    assert (predictions["expected_purchases"] >= 0).all() and predictions["expected_purchases"].notna().all()
    assert (predictions["will_purchase"] == (predictions["purchase_probability"] >= 0.5)).all()
    scored = predictions["churn_risk"].notna()
    assert (predictions.loc[scored, "will_churn"] == (predictions.loc[scored, "churn_risk"] >= 0.5)).all()
    assert predictions["will_purchase"].any() and not predictions["will_purchase"].all()
    assert (predictions["risk_segment"] == risk_segment(predictions["churn_risk"].to_numpy(),
                                                        predictions["history"].to_numpy())).all()
    # a client without any order cannot churn: no risk, no "Critical"
    none = predictions["history"].eq("none")
    assert none.any() and predictions.loc[none, "churn_risk"].isna().all()
    assert set(predictions.loc[none, "risk_segment"]) == {"No history"} and not scored[none].any()
    assert predictions["history"].tolist() == history_flag(features).tolist()
    assert predictions["p_alive"].isna().all()  # no champion has a BG/NBD model (fast family)
    assert (predictions["value_segment"] == value_segment(predictions["predicted_clv"].to_numpy())).all()
    assert json.loads(predictions["model_versions"].iloc[0]) == {"purchase": "3", "churn": "1", "clv": "2"}


def test_top_drivers_are_readable_non_empty_lists(predictions):
    drivers = predictions["top_drivers"]
    assert all(isinstance(d, list) and 1 <= len(d) <= 3 for d in drivers)
    flat = [name for d in drivers for name in d]
    assert all(name[0] in "+-" and "__" not in name for name in flat)
    assert any(name.startswith(("+concept:", "-concept:")) for name in flat)
    assert all(len(set(d)) == len(d) for d in drivers)


def test_drivers_point_at_the_planted_signals(setup, predictions):
    world, _, _ = setup
    buyers = set(world.latent.loc[world.latent["buy"], "client_id"])
    rows = predictions[predictions["client_id"].isin(buyers)]
    hits = rows["top_drivers"].map(lambda d: "+concept:ready_to_buy" in d)
    assert hits.mean() > 0.5
    others = predictions[~predictions["client_id"].isin(buyers)]
    assert not others["top_drivers"].map(lambda d: "+concept:ready_to_buy" in d).any()


def test_scores_and_drivers_do_not_depend_on_the_batch(setup, predictions):
    _, features, fast = setup
    one = score_clients(fast, features.iloc[[5]], {"purchase": "3", "churn": "1", "clv": "2"})
    expected = predictions.iloc[[5]].reset_index(drop=True)
    pd.testing.assert_frame_equal(one, expected)


def test_missing_target_model_gives_unknown(setup):
    _, features, fast = setup
    out = score_clients({"purchase": fast["purchase"]}, features.head(4))
    assert out["churn_risk"].isna().all() and out["will_churn"].isna().all()
    assert (out["risk_segment"] == "Unknown").all() and (out["value_segment"] == "Unknown").all()
    assert out["will_purchase"].notna().all() and out["model_versions"].iloc[0] == "{}"
    with pytest.raises(ValueError, match="unknown targets"):
        score_clients({"upsell": fast["purchase"]}, features)


def test_missing_feature_columns_and_empty_frames(setup):
    _, features, fast = setup
    with pytest.raises(ValueError, match="missing from the frame"):
        score_clients(fast, features.drop(columns=["n_notes"]))
    empty = score_clients(fast, features.iloc[:0])
    assert list(empty.columns) == PREDICTIONS_COLUMNS and empty.empty


def test_elite_models_score_with_embedding_driver(setup):
    world, features, _ = setup
    elite = {t: train_and_evaluate("elite", t, features, world.labels).pipeline for t in ("purchase", "clv")}
    out = score_clients(elite, features, top_k=40)
    assert out["purchase_probability"].between(0, 1).all()
    assert out["top_drivers"].map(lambda d: "+note_embedding" in d).any()
    assert out["risk_segment"].isin(["Unknown", "No history"]).all()
    # P(alive) from the elite pipeline's BG/NBD step, for the clients with an order
    has = out["history"].ne("none")
    assert out.loc[has, "p_alive"].between(0, 1).all() and out.loc[~has, "p_alive"].isna().all()


def test_outputs_reach_the_asked_horizon_and_are_capped_at_a_believable_size(setup, predictions):
    world, features, fast = setup
    versions = {"purchase": "3", "churn": "1", "clv": "2"}
    longer = score_clients(fast, features, versions,
                           horizons={"purchase": (90.0, 270.0), "clv": (365.0, 365.0), "churn": (180.0, 180.0)})
    np.testing.assert_allclose(longer["purchase_probability"], rescale("purchase", predictions["purchase_probability"], 3))
    assert (longer["purchase_probability"] >= predictions["purchase_probability"]).all()
    # a CLV far beyond 20x a client's best observed year never reaches the output
    wild = BoundedRegressor(max_ratio=1e9)
    wild.regressor_, wild.cap_ = type("Huge", (), {"predict": lambda self, X: np.full(len(X), 1e9)})(), 1e12
    pipeline = fast["clv"]
    kept = pipeline.steps[-1]
    pipeline.steps[-1] = ("model", wild)
    try:
        capped = score_clients({"clv": pipeline}, features, horizons={"clv": (365.0, 365.0)})
    finally:
        pipeline.steps[-1] = kept
    best = features["best_year_spend"].to_numpy()
    bound = np.where(best > 0, 20 * best, 20 * np.median(best[best > 0]))
    np.testing.assert_allclose(capped["predicted_clv"], bound)


def test_readable_names_and_importance():
    assert readable_name("concept__vip_client") == "concept:vip_client"
    assert readable_name("num__recency_days") == "recency_days"
    assert readable_name("emb__pca3") == "note_embedding"
    assert readable_name("num__intent_vip_client") == "concept:vip_client"
    assert readable_name("num__budget_flexible") == "concept:budget_flexible"
    assert readable_name("num__co_last_hesitant") == "last_note:hesitant"
    assert readable_name("num__co_ready_to_buy__vip_client") == "concept:ready_to_buy+vip_client"

    class Linear:
        coef_ = np.array([[1.0, -3.0]])

    np.testing.assert_allclose(global_importance(Linear(), 2), [0.25, 0.75])
    np.testing.assert_allclose(global_importance(object(), 2), [0.0, 0.0])


def test_importance_of_a_stacking_ensemble_averages_its_members():
    from sklearn.ensemble import RandomForestClassifier, StackingClassifier
    from sklearn.linear_model import LogisticRegression

    rng = np.random.default_rng(0)
    X = rng.normal(size=(120, 3))
    y = (X[:, 0] + 0.1 * rng.normal(size=120) > 0).astype(int)  # only the first input matters
    stack = StackingClassifier([("forest", RandomForestClassifier(20, random_state=0)),
                                ("linear", LogisticRegression())], final_estimator=LogisticRegression(), cv=3).fit(X, y)
    importance = global_importance(stack, 3)
    assert importance.sum() == pytest.approx(1.0) and importance.argmax() == 0 and importance[0] > 0.6


def test_a_rate_model_champion_explains_its_scores_with_the_purchase_summary(setup):
    world, features, _ = setup
    btyd = {t: train_and_evaluate("pnbd", t, features, world.labels).pipeline for t in ("purchase", "clv")}
    scored = score_clients(btyd, features, {"purchase": "4", "clv": "5"})
    with_history = features["has_history"].to_numpy() > 0
    drivers = scored["top_drivers"]
    assert drivers[with_history].map(len).gt(0).all()
    assert (drivers[~with_history].map(tuple) == ("-has_history",)).all()  # scored on having no order
    flat = {name.lstrip("+-") for d in drivers[with_history] for name in d}
    assert flat <= {"btyd_frequency", "btyd_recency", "btyd_T", "btyd_monetary"} and "btyd_frequency" in flat
    frequent = features.loc[with_history, "btyd_frequency"].idxmax()
    assert "+btyd_frequency" in drivers[frequent]
    one = score_clients(btyd, features.iloc[[frequent]], {"purchase": "4", "clv": "5"})
    assert one["top_drivers"].iloc[0] == drivers[frequent]  # read against the training clients, not the batch
