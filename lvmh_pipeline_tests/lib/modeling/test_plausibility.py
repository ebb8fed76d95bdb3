"""Sizes a CRM can trust: the bounded GLM member on a client far outside the training range, the
plausibility bound (20 × a client's best observed year), the calibration and lift tables, and the
calibration / holdout comparison with BG/NBD and Pareto/NBD on a small purchase log."""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
import pytest
from sklearn.linear_model import PoissonRegressor
from sklearn.pipeline import Pipeline

from lvmh_pipeline.lib.modeling.bounded import BoundedRegressor, RangeClipper
from lvmh_pipeline.lib.modeling.evaluation import calibration_by_frequency, lift_table, purchase_frequency, top_decile_lift
from lvmh_pipeline.lib.modeling.features import build_feature_frame
from lvmh_pipeline.lib.modeling.fitting import fit_pipeline
from lvmh_pipeline.lib.modeling.models import predict_target
from lvmh_pipeline.lib.modeling.backtesting.out_of_time import COMPARISON_COLUMNS, out_of_time_comparison
from lvmh_pipeline.lib.modeling.plausibility import cap_predictions, implausible, prediction_bounds
from lvmh_pipeline.lib.synthetic.purchase_log import PurchaseLogConfig, simulate_purchase_log
from lvmh_pipeline_tests.lib.modeling.world import AS_OF, synthetic_world


def test_a_poisson_glm_explodes_outside_its_training_range_and_the_clipped_one_does_not():
    rng = np.random.default_rng(0)
    X = rng.uniform(0, 3, size=(300, 1))
    y = rng.poisson(np.exp(1.0 + 0.8 * X[:, 0])).astype(float)
    far = np.array([[30.0]])  # ten times the largest order count seen in training
    raw = PoissonRegressor(alpha=0.0).fit(X, y)
    clipped = Pipeline([("clip", RangeClipper()), ("glm", PoissonRegressor(alpha=0.0))]).fit(X, y)
    assert raw.predict(far)[0] > 1e9  # exp(0.8 · 30): the 149,947-for-5,763 failure
    assert clipped.predict(far)[0] == pytest.approx(clipped.predict(np.array([[X.max()]]))[0])
    bounded = BoundedRegressor(PoissonRegressor(alpha=0.0), max_ratio=1.5).fit(X, y)
    assert bounded.predict(far)[0] == pytest.approx(1.5 * y.max()) and bounded.predict(X).min() >= 0


def test_the_elite_clv_ensemble_stays_in_range_for_a_client_far_outside_it():
    world = synthetic_world(n_clients=200, seed=5)
    features = build_feature_frame(world.notes, world.concepts, world.transactions, world.labels["client_id"],
                                   AS_OF, world.vectors)
    y = world.labels["lifetime_value"].to_numpy()
    pipeline = fit_pipeline("elite", "clv", features, y, seed=1)
    outlier = features.iloc[[0]].copy()
    for column in ("frequency", "purchase_days", "orders_365d", "orders_180d", "orders_90d", "btyd_frequency"):
        outlier[column] = features[column].max() * 20 + 50
    for column in ("monetary_total_log", "monetary_mean_log", "spend_365d_log"):
        outlier[column] = features[column].max() * 3
    outlier["btyd_monetary"] = features["btyd_monetary"].max() * 50
    predicted = predict_target(pipeline, "clv", outlier)[0]
    assert np.isfinite(predicted) and 0 <= predicted <= 1.5 * y.max()


def _frame(best: list[float], frequency: list[float], history: list[float]) -> pd.DataFrame:
    return pd.DataFrame({"best_year_spend": best, "btyd_frequency": frequency, "has_history": history})


def test_the_bound_is_twenty_times_the_best_observed_year_scaled_to_longer_horizons():
    frame = _frame([1000.0, 0.0, 300.0], [3.0, 0.0, 0.0], [1.0, 0.0, 1.0])
    np.testing.assert_allclose(prediction_bounds("clv", frame, 365), [20_000, 20 * 650, 6_000])  # no spend: median
    np.testing.assert_allclose(prediction_bounds("clv", frame, 730), [40_000, 26_000, 12_000])
    np.testing.assert_allclose(prediction_bounds("purchases", frame, 90), [80, 20, 20])
    assert prediction_bounds("purchase", frame, 90) is None and prediction_bounds("clv", frame.iloc[:, 1:], 90) is None
    # the clients: 149,947 and 59,946 predicted for clients whose best year was 5,763 and 2,900
    clients = _frame([5_763.0, 2_900.0], [4.0, 2.0], [1.0, 1.0])
    predicted = np.array([149_947.0, 59_946.0])
    assert implausible("clv", predicted, clients, 273).tolist() == [True, True]
    capped, n = cap_predictions("clv", predicted, clients, 273)
    assert n == 2 and capped.tolist() == [115_260.0, 58_000.0]
    assert not implausible("clv", np.array([5_000.0, 3_000.0]), clients, 273).any()


def test_calibration_by_past_purchases_and_lift_tables():
    frequency = np.array([0, 0, 1, 1, 2, 9, 9, 12])
    actual = np.array([0.0, 1.0, 1.0, 1.0, 2.0, 4.0, 6.0, 8.0])
    predicted = np.array([0.5, 0.5, 1.0, 1.0, 2.0, 5.0, 5.0, 8.0])
    table = calibration_by_frequency(frequency, actual, predicted)
    assert table["purchases_before"].tolist() == ["0", "1", "2", "7+"]
    assert table["clients"].tolist() == [2, 2, 1, 3] and table["mean_actual"].tolist() == [0.5, 1.0, 2.0, 6.0]
    lift = lift_table(actual, predicted, deciles=4)
    assert lift["cumulative_share"].iloc[-1] == pytest.approx(1.0) and lift["cumulative_lift"].iloc[-1] == 1.0
    assert lift["cumulative_lift"].iloc[0] == pytest.approx(((8 + 4) / 2) / actual.mean())  # ties keep input order
    assert top_decile_lift(actual, predicted) > 1
    frame = pd.DataFrame({"has_history": [1.0, 0.0], "btyd_frequency": [2.0, 0.0]})
    assert purchase_frequency(frame).tolist() == [3.0, 0.0]


def test_the_calibration_holdout_comparison_runs_the_whole_chain_on_a_small_log():
    config = PurchaseLogConfig(n_clients=500, weeks=52, seed=11)
    log = simulate_purchase_log(config)
    log["date"] = pd.to_datetime(log["date"])
    result = out_of_time_comparison(log, date(1997, 6, 30), 180, families=("fast", "bgnbd", "pnbd"), seed=3)
    table = result.table.set_index("model")
    assert list(result.table.columns) == COMPARISON_COLUMNS and len(table) == 3
    assert {"BG/NBD + Gamma-Gamma", "Pareto/NBD + Gamma-Gamma"} <= set(table.index)
    assert result.plan["horizon_method"] == "shortened" and set(result.champions) == {"purchase", "purchases", "clv"}
    # with a shortened window the amounts are carried by a rate model
    assert result.champions["clv"] in ("bgnbd", "pnbd") and result.champions["purchases"] in ("bgnbd", "pnbd")
    assert table["purchase_auc"].between(0.5, 1).all() and (table["spend_mae"] > 0).all()
    assert result.scored["predicted_clv"].notna().all() and len(result.scored) == result.n_clients
