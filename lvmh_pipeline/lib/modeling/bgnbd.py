"""BG/NBD purchase model (Fader, Hardie & Lee 2005, "Counting your customers the easy way").

While alive, a client buys as a Poisson process of rate λ ~ Gamma(r, α); after each repeat
purchase they drop out with probability p ~ Beta(a, b). Each client is summarized by
``frequency`` x (repeat purchase days), ``recency`` t_x (days from first to last purchase) and
``T`` (days from first purchase to the as-of date). Parameters are fitted by maximum likelihood
(L-BFGS-B on log-parameters, a few starting points).

``prob_purchase_within`` is exact, not simulated: a live client cannot drop out before their next
purchase, so P(≥1 purchase in (T, T+t] | alive, λ) = 1 - e^{-λt}; given the data and alive,
λ ~ Gamma(r + x, α + T), whence P = P(alive | data) · (1 - ((α+T)/(α+T+t))^(r+x)).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy import optimize, special
from sklearn.base import BaseEstimator, TransformerMixin

RFM_COLUMNS: list[str] = ["client_id", "frequency", "recency", "T", "monetary_value"]
_LOG_BOUNDS = (-12.0, 12.0)  # on log r, log α, log a, log b


def rfm_summary(transactions: pd.DataFrame, as_of: object) -> pd.DataFrame:
    """Per client (:data:`RFM_COLUMNS`), from transactions dated up to ``as_of`` (inclusive).

    Purchases are counted per calendar day (several orders on one day are one purchase); rows
    with a negative amount (returns) are not purchases.
    ``monetary_value`` is the mean spend of the repeat purchase days (0 without repeats), the
    Gamma–Gamma convention. Clients whose first purchase is after ``as_of`` are absent.
    """
    cutoff = pd.Timestamp(as_of).normalize()
    dates = pd.to_datetime(transactions["date"], errors="coerce").dt.normalize()
    amount = (
        pd.to_numeric(transactions["amount"], errors="coerce").fillna(0.0)
        if "amount" in transactions
        else pd.Series(0.0, index=transactions.index)
    )
    keep = dates.notna() & (dates <= cutoff) & transactions["client_id"].notna() & (amount >= 0)
    tx = pd.DataFrame({"client_id": transactions["client_id"].astype(str), "day": dates, "amount": amount})[keep]
    if tx.empty:
        return pd.DataFrame({c: pd.Series(dtype=float) for c in RFM_COLUMNS}).astype({"client_id": str})
    days = tx.groupby(["client_id", "day"], as_index=False)["amount"].sum()
    span = days.groupby("client_id")["day"].agg(["min", "max", "size"])
    is_repeat = days["day"].to_numpy() > span["min"].reindex(days["client_id"]).to_numpy()
    repeat_spend = days.loc[is_repeat].groupby("client_id")["amount"].mean()
    summary = pd.DataFrame(
        {
            "client_id": span.index.astype(str),
            "frequency": span["size"].to_numpy() - 1,
            "recency": (span["max"] - span["min"]).dt.days.to_numpy(),
            "T": (cutoff - span["min"]).dt.days.to_numpy(),
            "monetary_value": repeat_spend.reindex(span.index).fillna(0.0).to_numpy(),
        }
    )
    return summary.astype({"frequency": np.int64, "recency": np.float64, "T": np.float64})[RFM_COLUMNS]


@dataclass(frozen=True)
class BGNBDParams:
    """Gamma(r, α) purchase rates (α in days) and Beta(a, b) dropout probabilities."""

    r: float
    alpha: float
    a: float
    b: float


def _arrays(frequency: object, recency: object, T: object) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    x, t_x, big_t = (np.asarray(v, dtype=np.float64) for v in (frequency, recency, T))
    if (x < 0).any() or (t_x < 0).any() or (t_x > big_t + 1e-9).any():
        raise ValueError("need frequency >= 0 and 0 <= recency <= T")
    return x, t_x, big_t


def log_likelihood(params: BGNBDParams, frequency: object, recency: object, T: object) -> np.ndarray:
    """Per-client log-likelihood (FHL 2005, eq. 6)."""
    r, alpha, a, b = params.r, params.alpha, params.a, params.b
    x, t_x, big_t = _arrays(frequency, recency, T)
    common = special.gammaln(r + x) - special.gammaln(r) + r * np.log(alpha)
    still_alive = special.betaln(a, b + x) - special.betaln(a, b) - (r + x) * np.log(alpha + big_t)
    repeat = x > 0
    x_safe = np.where(repeat, x, 1.0)
    dropped = special.betaln(a + 1, b + x_safe - 1) - special.betaln(a, b) - (r + x_safe) * np.log(alpha + t_x)
    return common + np.where(repeat, np.logaddexp(still_alive, dropped), still_alive)


def _rfm_arrays(rfm: pd.DataFrame) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    return _arrays(rfm["frequency"], rfm["recency"], rfm["T"])


@dataclass(frozen=True)
class BGNBDModel:
    """A fitted BG/NBD model; the per-client methods default to the data it was fitted on."""

    params: BGNBDParams
    log_likelihood: float  # total, at the optimum
    n_clients: int
    converged: bool
    data: pd.DataFrame  # the rfm summary it was fitted on

    @classmethod
    def fit(cls, rfm: pd.DataFrame, *, penalizer: float = 0.0) -> BGNBDModel:
        """Maximum-likelihood fit on an :func:`rfm_summary` frame.

        ``penalizer`` adds ``penalizer · Σ θ²`` to the mean negative log-likelihood, θ the
        log-parameters (a ridge toward 1 that keeps tiny data sets off the bounds).
        """
        x, t_x, big_t = _rfm_arrays(rfm)
        if len(x) == 0:
            raise ValueError("cannot fit BG/NBD on zero clients")
        if not (big_t > 0).any():
            raise ValueError("cannot fit BG/NBD: every client's first purchase is on the as-of date")

        # clients with the same (x, t_x, T) share a likelihood: evaluate each once, weighted
        unique, counts = np.unique(np.column_stack([x, t_x, big_t]), axis=0, return_counts=True)
        ux, ut_x, ubig_t = unique.T
        weights = counts / counts.sum()

        def objective(theta: np.ndarray) -> float:
            params = BGNBDParams(*np.exp(theta))
            with np.errstate(all="ignore"):
                value = -float(weights @ log_likelihood(params, ux, ut_x, ubig_t)) + penalizer * float(np.sum(theta**2))
            return float(value) if np.isfinite(value) else 1e12

        mean_rate = (x.mean() + 0.1) / max(big_t.mean(), 1.0)
        starts = [np.log([1.0, 1.0 / mean_rate, 1.0, 1.0]), np.log([0.5, 0.5 / mean_rate, 0.5, 2.0]),
                  np.log([2.0, 2.0 / mean_rate, 2.0, 5.0])]
        best = None
        for start in starts:
            result = optimize.minimize(objective, start, method="L-BFGS-B", bounds=[_LOG_BOUNDS] * 4)
            if best is None or result.fun < best.fun:
                best = result
        params = BGNBDParams(*(float(v) for v in np.exp(best.x)))
        total = float(log_likelihood(params, x, t_x, big_t).sum())
        return cls(params, total, len(x), bool(best.success), rfm.reset_index(drop=True))

    def _data(self, rfm: pd.DataFrame | None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        return _rfm_arrays(self.data if rfm is None else rfm)

    def _log_odds_dead(self, x: np.ndarray, t_x: np.ndarray, big_t: np.ndarray) -> np.ndarray:
        """log of a/(b+x-1)·((α+T)/(α+t_x))^(r+x) for x > 0, -inf for x = 0."""
        p = self.params
        x_safe = np.where(x > 0, x, 1.0)
        term = np.log(p.a) - np.log(p.b + x_safe - 1) + (p.r + x_safe) * (np.log(p.alpha + big_t) - np.log(p.alpha + t_x))
        return np.where(x > 0, term, -np.inf)

    def probability_alive(self, rfm: pd.DataFrame | None = None) -> np.ndarray:
        """P(client still active at T | x, t_x, T) (FHL 2005, eq. 13)."""
        return special.expit(-self._log_odds_dead(*self._data(rfm)))

    def expected_purchases(self, t: float, rfm: pd.DataFrame | None = None) -> np.ndarray:
        """E[purchases in (T, T+t] | x, t_x, T] (FHL 2005, eq. 10), t in days.

        The closed form is analytic in ``a``; ``a`` = 1 exactly (a removable singularity) is
        nudged by 1e-9.
        """
        p = self.params
        x, t_x, big_t = self._data(rfm)
        a = p.a if abs(p.a - 1.0) > 1e-9 else 1.0 + 1e-9
        z = t / (p.alpha + big_t + t)
        ratio = ((p.alpha + big_t) / (p.alpha + big_t + t)) ** (p.r + x)
        hyper = special.hyp2f1(p.r + x, p.b + x, a + p.b + x - 1, z)
        numerator = (a + p.b + x - 1) / (a - 1) * (1.0 - ratio * hyper)
        return numerator * special.expit(-self._log_odds_dead(x, t_x, big_t))

    def expected_purchases_new(self, t: float) -> float:
        """E[X(t)]: repeat purchases in the first ``t`` days of a new client (FHL 2005, eq. 7)."""
        p = self.params
        a = p.a if abs(p.a - 1.0) > 1e-9 else 1.0 + 1e-9
        hyper = special.hyp2f1(p.r, p.b, a + p.b - 1, t / (p.alpha + t))
        return float((a + p.b - 1) / (a - 1) * (1.0 - (p.alpha / (p.alpha + t)) ** p.r * hyper))

    def prob_purchase_within(self, t: float, rfm: pd.DataFrame | None = None) -> np.ndarray:
        """P(at least one purchase in (T, T+t] | x, t_x, T), exact (see the module docstring)."""
        p = self.params
        x, t_x, big_t = self._data(rfm)
        none_if_alive = ((p.alpha + big_t) / (p.alpha + big_t + t)) ** (p.r + x)
        return special.expit(-self._log_odds_dead(x, t_x, big_t)) * (1.0 - none_if_alive)


def fit_bgnbd(rfm: pd.DataFrame, *, penalizer: float = 0.0) -> BGNBDModel:
    """Fit a :class:`BGNBDModel` on an :func:`rfm_summary` frame."""
    return BGNBDModel.fit(rfm, penalizer=penalizer)


BGNBD_FEATURE_NAMES: tuple[str, ...] = ("bgnbd_p_alive", "bgnbd_p_purchase", "bgnbd_expected_purchases")
MIN_CLIENTS_TO_FIT = 20


class BGNBDFeatures(TransformerMixin, BaseEstimator):
    """Pipeline step: BG/NBD fitted on the training clients' histories, scored for any client.

    Input columns, in order: ``purchase_days`` (distinct days with a purchase), ``tenure_days``
    (days from the first purchase to the reference date) and ``recency_days`` (from the last
    purchase); BG/NBD's x = purchase_days - 1, t_x = tenure - recency, T = tenure. Outputs
    :data:`BGNBD_FEATURE_NAMES`: P(alive), P(a purchase within ``purchase_horizon_days``) and the
    expected purchases within ``value_horizon_days``. Clients without a purchase get 0 for all
    three (the model has the ``has_history`` flag to tell them apart). Fitting inside the
    pipeline keeps one population prior for training and scoring: a scoring batch of three
    clients is scored with the prior learnt at training, never refitted on them. With fewer than
    :data:`MIN_CLIENTS_TO_FIT` histories (or a failed fit) the step outputs zeros.
    """

    def __init__(self, purchase_horizon_days: int = 90, value_horizon_days: int = 365, penalizer: float = 0.001):
        self.purchase_horizon_days = purchase_horizon_days
        self.value_horizon_days = value_horizon_days
        self.penalizer = penalizer

    @staticmethod
    def _rfm(X: object) -> tuple[pd.DataFrame, np.ndarray]:
        values = np.asarray(X, dtype=np.float64)
        if values.ndim != 2 or values.shape[1] != 3:
            raise ValueError(f"BGNBDFeatures needs 3 columns (purchase_days, tenure_days, recency_days), got {values.shape}")
        days, tenure, recency = np.nan_to_num(values, nan=0.0).T
        has = days > 0
        tenure = np.maximum(tenure, 0.0)
        rfm = pd.DataFrame({"frequency": np.maximum(days - 1.0, 0.0),
                            "recency": np.clip(tenure - recency, 0.0, tenure), "T": tenure})
        return rfm, has

    def fit(self, X: object, y: object = None) -> BGNBDFeatures:
        rfm, has = self._rfm(X)
        self.params_: tuple[float, float, float, float] | None = None
        if has.sum() >= MIN_CLIENTS_TO_FIT and (rfm["T"][has] > 0).any():
            model = fit_bgnbd(rfm[has], penalizer=self.penalizer)
            if model.converged:
                p = model.params
                self.params_ = (p.r, p.alpha, p.a, p.b)
        self.n_features_in_ = 3
        return self

    def transform(self, X: object) -> np.ndarray:
        rfm, has = self._rfm(X)
        out = np.zeros((len(rfm), len(BGNBD_FEATURE_NAMES)))
        if self.params_ is None or not has.any():
            return out
        model = BGNBDModel(BGNBDParams(*self.params_), 0.0, 0, True, rfm[has])
        out[has, 0] = model.probability_alive()
        out[has, 1] = model.prob_purchase_within(self.purchase_horizon_days)
        out[has, 2] = model.expected_purchases(self.value_horizon_days)
        return np.nan_to_num(out, nan=0.0, posinf=0.0, neginf=0.0)

    def get_feature_names_out(self, input_features: object = None) -> np.ndarray:
        return np.asarray(BGNBD_FEATURE_NAMES, dtype=object)
