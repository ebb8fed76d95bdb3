import math

import numpy as np
import pandas as pd
import pytest

from lvmh_pipeline.lib.modeling.bgnbd import (
    BGNBD_FEATURE_NAMES,
    MIN_CLIENTS_TO_FIT,
    RFM_COLUMNS,
    BGNBDFeatures,
    BGNBDModel,
    BGNBDParams,
    fit_bgnbd,
    log_likelihood,
    rfm_summary,
)

TRUE = BGNBDParams(r=0.6, alpha=60.0, a=0.8, b=2.5)


def simulate(params, T, horizon, seed):
    """The BG/NBD story, client by client: exponential gaps at rate λ, dropout p after each purchase.

    Returns (x, t_x) observed in (0, T] and the purchase count in (T, T + horizon].
    """
    rng = np.random.default_rng(seed)
    lam = rng.gamma(params.r, 1.0 / params.alpha, len(T))
    p = rng.beta(params.a, params.b, len(T))
    x, t_x, future = np.zeros(len(T)), np.zeros(len(T)), np.zeros(len(T))
    for i in range(len(T)):
        t = 0.0
        while True:
            t += rng.exponential(1.0 / lam[i])
            if t > T[i] + horizon:
                break
            if t <= T[i]:
                x[i], t_x[i] = x[i] + 1, t
            else:
                future[i] += 1
            if rng.random() < p[i]:
                break
    return x, t_x, future


def _rfm(x, t_x, T):
    return pd.DataFrame({"client_id": np.arange(len(x)).astype(str), "frequency": x, "recency": t_x, "T": T})


@pytest.fixture(scope="module")
def simulated():
    T = np.random.default_rng(1).uniform(180, 720, 6000)
    x, t_x, future = simulate(TRUE, T, horizon=90, seed=2)
    return _rfm(x, t_x, T), future


def test_rfm_summary_counts_purchase_days_up_to_as_of():
    tx = pd.DataFrame(
        [("A", "2025-01-01", 100.0), ("A", "2025-01-01", 50.0), ("A", "2025-01-11", 300.0), ("A", "2025-01-31", 500.0),
         ("A", "2025-03-01", 999.0), ("B", "2025-01-21", 80.0), ("C", "2025-02-15", 10.0), ("D", "bad", 1.0),
         ("B", "2025-01-25", -80.0)],  # a return is not a purchase
        columns=["client_id", "date", "amount"],
    )
    rfm = rfm_summary(tx, "2025-01-31")
    assert list(rfm.columns) == RFM_COLUMNS and rfm["client_id"].tolist() == ["A", "B"]
    a, b = rfm.iloc[0], rfm.iloc[1]
    assert (a["frequency"], a["recency"], a["T"], a["monetary_value"]) == (2, 30.0, 30.0, 400.0)
    assert (b["frequency"], b["recency"], b["T"], b["monetary_value"]) == (0, 0.0, 10.0, 0.0)
    assert rfm_summary(tx, "2024-01-01").empty


def test_log_likelihood_matches_hand_computation():
    params = BGNBDParams(r=1.0, alpha=1.0, a=1.0, b=1.0)
    # x=0, T=1: B(1,1)/B(1,1) · 1/(1+1) = 1/2.
    # x=1, t_x=1, T=2: B(1,2)/B(1,1) · 1/3² + B(2,1)/B(1,1) · 1/2² = 1/18 + 1/8 = 13/72.
    ll = log_likelihood(params, [0, 1], [0.0, 1.0], [1.0, 2.0])
    np.testing.assert_allclose(ll, [math.log(1 / 2), math.log(13 / 72)])
    # r=2, α=3, a=2, b=3, x=2, t_x=4, T=6: Γ(4)/Γ(2)·3²=54, B(2,5)/B(2,3)=2/5 · 9^-4, B(3,4)/B(2,3)=1/5 · 7^-4.
    ll = log_likelihood(BGNBDParams(2.0, 3.0, 2.0, 3.0), [2], [4.0], [6.0])
    assert ll[0] == pytest.approx(math.log(54 * (0.4 / 9**4 + 0.2 / 7**4)))


def test_log_likelihood_rejects_inconsistent_data():
    with pytest.raises(ValueError):
        log_likelihood(TRUE, [1], [5.0], [4.0])


def test_fit_recovers_simulated_parameters(simulated):
    rfm, _ = simulated
    model = fit_bgnbd(rfm)
    fitted = model.params
    assert model.converged and model.n_clients == 6000
    assert fitted.r == pytest.approx(TRUE.r, rel=0.15)
    assert fitted.alpha == pytest.approx(TRUE.alpha, rel=0.2)
    assert fitted.a == pytest.approx(TRUE.a, rel=0.3)
    assert fitted.b == pytest.approx(TRUE.b, rel=0.3)
    assert fitted.r / fitted.alpha == pytest.approx(TRUE.r / TRUE.alpha, rel=0.1)  # mean purchase rate
    # the optimum is at least as likely as the truth
    assert model.log_likelihood >= log_likelihood(TRUE, rfm["frequency"], rfm["recency"], rfm["T"]).sum()


def test_predictions_match_the_simulated_future(simulated):
    rfm, future = simulated
    model = BGNBDModel(TRUE, 0.0, len(rfm), True, rfm)
    assert model.expected_purchases(90).mean() == pytest.approx(future.mean(), rel=0.1)
    predicted = model.prob_purchase_within(90)
    assert predicted.mean() == pytest.approx((future > 0).mean(), abs=0.02)
    one_timers = rfm["frequency"].to_numpy() == 0
    assert predicted[one_timers].mean() == pytest.approx((future[one_timers] > 0).mean(), abs=0.02)


def test_conditional_formulas_are_consistent():
    model = BGNBDModel(TRUE, 0.0, 0, True, _rfm(np.array([0, 3, 3]), np.array([0.0, 100.0, 300.0]),
                                                  np.array([0.0, 365.0, 365.0])))
    expected = model.expected_purchases(120)
    assert expected[0] == pytest.approx(model.expected_purchases_new(120))  # a new client
    alive = model.probability_alive()
    assert alive[0] == 1.0 and alive[1] < alive[2] < 1.0  # a long silence since the last purchase
    within = model.prob_purchase_within(120)
    assert (within <= alive).all() and (model.prob_purchase_within(30) < within).all()
    assert within[0] == pytest.approx(1 - (TRUE.alpha / (TRUE.alpha + 120)) ** TRUE.r)


def test_fit_needs_data():
    with pytest.raises(ValueError):
        fit_bgnbd(_rfm(np.array([]), np.array([]), np.array([])))


def _step_input(rfm):
    """The feature-frame columns the pipeline step reads: purchase days, tenure, recency."""
    return np.column_stack([rfm["frequency"] + 1, rfm["T"], rfm["T"] - rfm["recency"]])


def test_pipeline_step_reproduces_the_fitted_model(simulated):
    rfm, _ = simulated
    train, batch = rfm.iloc[:4000], rfm.iloc[4000:4010]
    step = BGNBDFeatures(purchase_horizon_days=90, value_horizon_days=365).fit(_step_input(train))
    fitted = fit_bgnbd(train, penalizer=0.001).params
    assert step.params_ == pytest.approx((fitted.r, fitted.alpha, fitted.a, fitted.b), rel=1e-3)
    model = BGNBDModel(BGNBDParams(*step.params_), 0.0, 0, True, batch)
    out = step.transform(_step_input(batch))  # a small batch is scored with the training prior, not refitted
    assert out.shape == (10, len(BGNBD_FEATURE_NAMES)) and list(step.get_feature_names_out()) == list(BGNBD_FEATURE_NAMES)
    np.testing.assert_allclose(out[:, 0], model.probability_alive(batch), rtol=1e-9)
    np.testing.assert_allclose(out[:, 1], model.prob_purchase_within(90, batch), rtol=1e-9)
    np.testing.assert_allclose(out[:, 2], model.expected_purchases(365, batch), rtol=1e-9)


def test_pipeline_step_gives_zeros_without_history_or_without_enough_clients(simulated):
    rfm, _ = simulated
    X = _step_input(rfm.iloc[:200])
    X[:5, 0] = 0  # no purchase day: a client with notes only
    out = BGNBDFeatures().fit(X).transform(X)
    assert (out[:5] == 0).all() and (out[5:, 0] > 0).all()
    few = BGNBDFeatures().fit(X[:MIN_CLIENTS_TO_FIT - 1])
    assert few.params_ is None and (few.transform(X) == 0).all()
    with pytest.raises(ValueError, match="3 columns"):
        BGNBDFeatures().fit(X[:, :2])
