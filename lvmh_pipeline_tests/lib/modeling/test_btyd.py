"""BG/NBD, Pareto/NBD and Gamma-Gamma: our maximum-likelihood code against the published CDNOW
estimates (the 2,357-client CDNOW sample shipped with the Lifetimes package, public data of
Fader, Hardie & Lee), recovery of parameters from simulated clients, and the candidate estimator."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from scipy import special

from lvmh_pipeline.lib.modeling import bgnbd, gamma_gamma, pareto_nbd
from lvmh_pipeline.lib.modeling.btyd import BTYD_INPUTS, BTYDEstimator, btyd_step, set_horizon
from lvmh_pipeline.lib.modeling.pareto_nbd import ParetoNBDModel, ParetoNBDParams
from lvmh_pipeline.lib.registry.security import dump_model, load_model
from lvmh_pipeline.lib.synthetic.purchase_log import PurchaseLogConfig, simulate_purchase_log

CDNOW = Path(__file__).parent / "data" / "cdnow_customers_summary_with_transactions.csv"


@pytest.fixture(scope="module")
def cdnow() -> pd.DataFrame:
    """x, t_x, T in weeks and the mean repeat spend z̄ of the 2,357 CDNOW clients."""
    return pd.read_csv(CDNOW).rename(columns={"x": "frequency", "t_x": "recency", "zbar": "monetary_value"})


def test_bgnbd_reproduces_the_published_cdnow_estimates(cdnow):
    # Fader, Hardie & Lee (2005), "Counting your customers the easy way", table 1
    model = bgnbd.fit_bgnbd(cdnow)
    p = model.params
    assert (p.r, p.alpha, p.a, p.b) == pytest.approx((0.243, 4.414, 0.793, 2.426), rel=2e-3)
    assert model.log_likelihood == pytest.approx(-9582.4, abs=0.1)


def test_pareto_nbd_reproduces_the_published_cdnow_estimates(cdnow):
    # Fader & Hardie (2005), "A note on deriving the Pareto/NBD model": r, α, s, β and LL
    model = pareto_nbd.fit_pareto_nbd(cdnow)
    p = model.params
    assert (p.r, p.alpha, p.s, p.beta) == pytest.approx((0.5533, 10.5776, 0.6061, 11.6650), rel=2e-3)
    assert model.log_likelihood == pytest.approx(-9594.98, abs=0.05) and model.converged


def test_gamma_gamma_reproduces_the_published_cdnow_estimates(cdnow):
    # Fader, Hardie & Lee (2005), "RFM and CLV": p = 6.25, q = 3.74, γ = 15.44 on the 946 repeat buyers
    model = gamma_gamma.fit_gamma_gamma(cdnow["frequency"], cdnow["monetary_value"])
    assert model.n_clients == 946
    assert (model.params.p, model.params.q, model.params.gamma) == pytest.approx((6.25, 3.74, 15.44), rel=3e-3)


def simulate_bgnbd(n: int, params: bgnbd.BGNBDParams, seed: int) -> pd.DataFrame:
    """The CDNOW design in weeks: acquired in the first 12 weeks, observed until week 39."""
    rng = np.random.default_rng(seed)
    big_t = 39.0 - rng.uniform(0, 12, n)
    lam, p = rng.gamma(params.r, 1 / params.alpha, n), rng.beta(params.a, params.b, n)
    t, x, t_x, alive = np.zeros(n), np.zeros(n), np.zeros(n), np.ones(n, bool)
    while alive.any():
        t = t + rng.exponential(1 / lam)
        inside = alive & (t <= big_t)
        x[inside] += 1
        t_x[inside] = t[inside]
        alive = inside & (rng.random(n) >= p)
    return pd.DataFrame({"frequency": x, "recency": t_x, "T": big_t})


def test_bgnbd_recovers_the_cdnow_parameters_from_simulated_clients():
    truth = bgnbd.BGNBDParams(0.243, 4.414, 0.793, 2.426)
    data = simulate_bgnbd(20_000, truth, seed=1)
    model = bgnbd.fit_bgnbd(data)
    p = model.params
    assert model.log_likelihood >= bgnbd.log_likelihood(truth, data["frequency"], data["recency"], data["T"]).sum()
    assert p.r / p.alpha == pytest.approx(truth.r / truth.alpha, rel=0.05)  # mean purchase rate
    assert p.a / (p.a + p.b) == pytest.approx(truth.a / (truth.a + truth.b), rel=0.1)  # mean dropout
    assert (p.r, p.alpha) == pytest.approx((truth.r, truth.alpha), rel=0.1)
    assert (p.a, p.b) == pytest.approx((truth.a, truth.b), rel=0.35)  # a and b lie on a ridge


def test_pareto_nbd_recovers_the_generator_parameters():
    config = PurchaseLogConfig(n_clients=8_000, weeks=39, seed=3)
    log = simulate_purchase_log(config)
    rfm = bgnbd.rfm_summary(log.assign(date=pd.to_datetime(log["date"])), config.end)
    p = pareto_nbd.fit_pareto_nbd(rfm).params
    assert (p.r, p.alpha) == pytest.approx((config.r, config.alpha_days), rel=0.1)
    assert p.r / p.alpha == pytest.approx(config.r / config.alpha_days, rel=0.05)
    assert (p.s, p.beta) == pytest.approx((config.s, config.beta_days), rel=0.3)


def _closed_form_integral(a: float, s: float, alpha: float, beta: float, lo: float, hi: float) -> float:
    """∫_lo^hi (α+τ)^-a (β+τ)^-(s+1) dτ = A₀ / (a + s) with the note's hypergeometric A₀."""
    c = a + s
    if alpha >= beta:
        def term(t):
            return special.hyp2f1(c, s + 1, c + 1, (alpha - beta) / (alpha + t)) / (alpha + t) ** c
    else:
        def term(t):
            return special.hyp2f1(c, a, c + 1, (beta - alpha) / (beta + t)) / (beta + t) ** c
    return (term(lo) - term(hi)) / c


@pytest.mark.parametrize(("a", "s", "alpha", "beta", "lo", "hi"), [
    (0.55, 0.6, 10.6, 11.7, 0.0, 38.9), (3.55, 0.6, 10.6, 11.7, 20.0, 38.9), (1.2, 2.0, 80.0, 40.0, 5.0, 300.0),
    (6.0, 0.3, 70.0, 200.0, 100.0, 546.0),
])
def test_the_quadrature_matches_the_hypergeometric_closed_form(a, s, alpha, beta, lo, hi):
    ours = pareto_nbd.log_integral(np.array([a]), alpha, s, beta, np.array([lo]), np.array([hi]))[0]
    assert ours == pytest.approx(math.log(_closed_form_integral(a, s, alpha, beta, lo, hi)), abs=1e-6)


def test_pareto_nbd_conditional_quantities_are_consistent(cdnow):
    model = pareto_nbd.fit_pareto_nbd(cdnow)
    clients = pd.DataFrame({"frequency": [0, 2, 2, 20], "recency": [0.0, 30.0, 5.0, 38.0], "T": [0.0, 38.9, 38.9, 38.9]})
    alive = model.probability_alive(clients)
    assert alive[0] == pytest.approx(1.0) and alive[2] < alive[1] < 1.0 and alive[3] > 0.95
    within = model.prob_purchase_within(39, clients)
    assert (within <= alive).all() and (model.prob_purchase_within(10, clients) < within).all()
    assert model.expected_purchases(39, clients)[0] == pytest.approx(model.expected_purchases_new(39))
    # P(a purchase within t) of one client against its own posterior, simulated
    rng = np.random.default_rng(0)
    p, client = model.params, clients.iloc[[1]]
    lam = rng.gamma(p.r + 2, 1 / (p.alpha + 38.9), 400_000)
    mu = rng.gamma(p.s, 1 / (p.beta + 38.9), 400_000)
    buys_first = rng.exponential(1 / lam) < np.minimum(rng.exponential(1 / mu), 39)
    assert within[1] == pytest.approx(alive[1] * buys_first.mean(), abs=0.005)
    assert model.prob_purchase_within(39, client)[0] == pytest.approx(within[1])


def test_gamma_gamma_shrinks_a_client_toward_the_population_mean(cdnow):
    model = gamma_gamma.fit_gamma_gamma(cdnow["frequency"], cdnow["monetary_value"])
    mean = model.params.population_mean
    spend = model.conditional_expected_spend([0, 1, 10, 10], [0.0, 100.0, 100.0, 5.0])
    assert spend[0] == pytest.approx(mean) and mean < spend[1] < spend[2] < 100.0 and spend[3] < mean


def _summary(n: int = 600, seed: int = 5) -> tuple[pd.DataFrame, np.ndarray]:
    """BTYD input columns of simulated clients (days), a few without any purchase, and their
    purchase outcome in the next 90 days."""
    config = PurchaseLogConfig(n_clients=n, weeks=52, seed=seed)
    log = simulate_purchase_log(config)
    log["date"] = pd.to_datetime(log["date"])
    cut = pd.Timestamp(config.start) + pd.Timedelta(days=270)
    rfm = bgnbd.rfm_summary(log[log["date"] <= cut], cut)
    spend = log[log["date"] <= cut].groupby("client_id")["amount"].mean()
    frame = pd.DataFrame({"has_history": 1.0, "btyd_frequency": rfm["frequency"], "btyd_recency": rfm["recency"],
                          "btyd_T": rfm["T"], "btyd_monetary": np.where(rfm["frequency"] > 0,
                                                                        rfm["client_id"].map(spend), 0.0)})
    frame.loc[:9, ["has_history", "btyd_frequency", "btyd_recency", "btyd_T", "btyd_monetary"]] = 0.0
    future = log[(log["date"] > cut) & (log["date"] <= cut + pd.Timedelta(days=90))]
    bought = rfm["client_id"].isin(future["client_id"]).to_numpy().astype(int)
    return frame[list(BTYD_INPUTS)], bought


def test_the_btyd_estimator_serves_every_target_at_any_horizon(tmp_path):
    X, bought = _summary()
    purchase = BTYDEstimator("pnbd", "purchase", 90).fit(X, bought)
    churn = BTYDEstimator("pnbd", "churn", 90).fit(X, 1 - bought)
    p = purchase.predict_proba(X)[:, 1]
    assert list(purchase.classes_) == [0, 1] and ((p >= 0) & (p <= 1)).all()
    np.testing.assert_allclose(churn.predict_proba(X)[10:, 1], 1 - p[10:])
    assert p[:10] == pytest.approx(np.full(10, bought[:10].mean()))  # no purchase: the base rate of such clients
    assert np.isnan(purchase.p_alive(X)[:10]).all() and (purchase.p_alive(X)[10:] > 0).all()
    count = BTYDEstimator("bgnbd", "purchases", 90).fit(X, bought)
    clv = BTYDEstimator("bgnbd", "clv", 90).fit(X, bought)
    np.testing.assert_allclose(clv.predict(X)[10:], count.predict(X)[10:] * clv.expected_spend(X)[10:])
    assert clv.describe()["gamma_gamma_q"] > 1
    # a rate model carries any horizon: longer horizon, more purchases and likelier purchase
    longer = BTYDEstimator("pnbd", "purchase", 90).fit(X, bought)
    assert set_horizon(longer, 273) and (longer.predict_proba(X)[10:, 1] > p[10:]).all()
    assert not set_horizon(object(), 10) and btyd_step(object()) is None
    # stored under the project's allowlist, loaded back identical
    loaded = load_model(dump_model(clv, tmp_path / "clv.skops"))
    np.testing.assert_allclose(loaded.predict(X), clv.predict(X))


def test_the_btyd_estimator_refuses_too_little_history():
    X, bought = _summary(n=40)
    with pytest.raises(ValueError, match="at least 8 clients with a purchase"):
        BTYDEstimator("bgnbd", "purchase").fit(X.iloc[:15], bought[:15])
    with pytest.raises(ValueError, match="unknown BTYD model"):
        BTYDEstimator("gamma", "purchase").fit(X, bought)
    with pytest.raises(ValueError, match="5 columns"):
        BTYDEstimator().fit(X.iloc[:, :3], bought)


def test_pareto_nbd_model_needs_data():
    with pytest.raises(ValueError, match="zero clients"):
        pareto_nbd.fit_pareto_nbd(pd.DataFrame({"frequency": [], "recency": [], "T": []}))
    with pytest.raises(ValueError, match="recency <= T"):
        ParetoNBDModel(ParetoNBDParams(1, 1, 1, 1), 0, 0, True).probability_alive(
            pd.DataFrame({"frequency": [1], "recency": [5.0], "T": [4.0]}))
