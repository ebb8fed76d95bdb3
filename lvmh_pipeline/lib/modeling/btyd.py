"""BG/NBD and Pareto/NBD ("buy 'til you die") models with Gamma-Gamma spend, as first-class
candidates: a scikit-learn estimator per (model, target) that reads the BTYD summary columns of
the feature frame, so they are trained, logged, registered, selected and scored like the fast and
elite families.

The estimator learns the population prior on its training clients (BG/NBD: r, α, a, b;
Pareto/NBD: r, α, s, β; plus Gamma-Gamma p, q, γ for spend) and predicts for any client, from its
own history only, over ``horizon_days`` after the reference date:

- ``purchase``: P(at least one purchase in the horizon);
- ``churn``: P(no purchase in the horizon) (the churn label is only defined for clients who
  bought in the year before T, and only those are scored against it);
- ``purchases``: the expected number of purchase days;
- ``clv``: expected purchases × Gamma-Gamma expected spend per purchase.

A rate model carries any horizon: :func:`set_horizon` changes ``horizon_days`` of a fitted
pipeline, no refit. A client without a purchase has nothing for the model to condition on: it
gets the mean outcome of the training clients without a purchase (their base rate), or of all
training clients when there was none. Its state is a handful of floats, so skops stores it under
the project's allowlist. Parameters are fitted by our own maximum-likelihood code
(:mod:`.bgnbd`, :mod:`.pareto_nbd`, :mod:`.gamma_gamma`), checked against the published CDNOW
estimates in the tests.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, TransformerMixin

from lvmh_pipeline.lib.modeling.bgnbd import BGNBDModel, BGNBDParams, fit_bgnbd
from lvmh_pipeline.lib.modeling.gamma_gamma import GammaGammaModel, GammaGammaParams, fit_gamma_gamma
from lvmh_pipeline.lib.modeling.pareto_nbd import ParetoNBDModel, ParetoNBDParams, fit_pareto_nbd

BTYD_FAMILIES: tuple[str, ...] = ("bgnbd", "pnbd")
# Feature-frame columns the estimator reads, in order.
BTYD_INPUTS: tuple[str, ...] = ("has_history", "btyd_frequency", "btyd_recency", "btyd_T", "btyd_monetary")
MIN_CLIENTS = 8
CLASSIFICATION_TARGETS = ("purchase", "churn")


class BTYDEstimator(BaseEstimator):
    """BG/NBD (``kind="bgnbd"``) or Pareto/NBD (``kind="pnbd"``) for one target (see the module
    docstring). Inputs: the :data:`BTYD_INPUTS` columns, as an array or frame.

    ``penalizer`` (default 0: plain maximum likelihood) adds a ridge on the log-parameters; it
    pulls α and β toward 1 *day*, so even 0.001 distorts a Pareto/NBD fit on data in days.
    """

    def __init__(self, kind: str = "bgnbd", target: str = "purchase", horizon_days: float = 90.0,
                 penalizer: float = 0.0):
        self.kind = kind
        self.target = target
        self.horizon_days = horizon_days
        self.penalizer = penalizer

    # --- inputs -------------------------------------------------------------------------
    @staticmethod
    def _summary(X: object) -> tuple[pd.DataFrame, np.ndarray, np.ndarray]:
        values = np.asarray(X, dtype=np.float64)
        if values.ndim != 2 or values.shape[1] != len(BTYD_INPUTS):
            raise ValueError(f"BTYDEstimator needs {len(BTYD_INPUTS)} columns {BTYD_INPUTS}, got {values.shape}")
        values = np.nan_to_num(values, nan=0.0)
        has, x, t_x, big_t, monetary = values.T
        has = has > 0
        big_t = np.maximum(big_t, 0.0)
        rfm = pd.DataFrame({"frequency": np.maximum(x, 0.0), "recency": np.clip(t_x, 0.0, big_t), "T": big_t})
        return rfm, has, monetary

    # --- fitting ------------------------------------------------------------------------
    def fit(self, X: object, y: object = None) -> BTYDEstimator:
        if self.kind not in BTYD_FAMILIES:
            raise ValueError(f"unknown BTYD model {self.kind!r}; expected one of {BTYD_FAMILIES}")
        rfm, has, monetary = self._summary(X)
        if has.sum() < MIN_CLIENTS or not (rfm["T"][has] > 0).any():
            raise ValueError(f"{self.kind}: need at least {MIN_CLIENTS} clients with a purchase before the as-of "
                             f"date, got {int(has.sum())}")
        fit = fit_bgnbd if self.kind == "bgnbd" else fit_pareto_nbd
        model = fit(rfm[has].reset_index(drop=True), penalizer=self.penalizer)
        p = model.params
        self.params_ = (p.r, p.alpha, p.a, p.b) if self.kind == "bgnbd" else (p.r, p.alpha, p.s, p.beta)
        self.converged_ = bool(model.converged)
        self.log_likelihood_ = float(model.log_likelihood)
        self.gg_params_: tuple[float, float, float] | None = None
        if self.target == "clv":
            repeat = has & (rfm["frequency"].to_numpy() > 0) & (monetary > 0)
            if repeat.sum() >= 2:
                gg = fit_gamma_gamma(rfm["frequency"].to_numpy()[repeat], monetary[repeat], penalizer=self.penalizer)
                self.gg_params_ = (gg.params.p, gg.params.q, gg.params.gamma)
            else:  # no repeat buyer: the mean spend of a purchase day, for everyone
                self.gg_params_ = None
            self.mean_spend_ = float(monetary[has & (monetary > 0)].mean()) if (has & (monetary > 0)).any() else 0.0
        # the training clients' summary, against which a scored client's drivers are read
        inputs = np.nan_to_num(np.asarray(X, dtype=np.float64), nan=0.0)[has]
        self.input_mean_, self.input_scale_ = inputs.mean(axis=0), inputs.std(axis=0)
        y_values = np.asarray(y, dtype=np.float64) if y is not None else np.zeros(len(rfm))
        pool = y_values[~has] if (~has).any() else y_values
        self.no_history_value_ = float(np.mean(pool)) if len(pool) else 0.0
        if self.target in CLASSIFICATION_TARGETS:
            self.classes_ = np.array([0, 1])
        self.n_features_in_ = len(BTYD_INPUTS)
        return self

    # --- the fitted models ----------------------------------------------------------------
    def _model(self, rfm: pd.DataFrame) -> BGNBDModel | ParetoNBDModel:
        if self.kind == "bgnbd":
            return BGNBDModel(BGNBDParams(*self.params_), 0.0, 0, True, rfm)
        return ParetoNBDModel(ParetoNBDParams(*self.params_), 0.0, 0, True)

    def _per_client(self, X: object, compute) -> np.ndarray:
        rfm, has, monetary = self._summary(X)
        out = np.full(len(rfm), np.nan)
        if has.any():
            part = rfm[has].reset_index(drop=True)
            out[has] = compute(self._model(part), part, monetary[has])
        return out

    def p_alive(self, X: object) -> np.ndarray:
        """P(alive at the reference date) per client; NaN without a purchase."""
        if self.kind == "bgnbd":
            return self._per_client(X, lambda m, rfm, _: m.probability_alive())
        return self._per_client(X, lambda m, rfm, _: m.probability_alive(rfm))

    def expected_purchases(self, X: object, days: float | None = None) -> np.ndarray:
        """Expected purchase days in the next ``days`` (default ``horizon_days``); NaN without a purchase."""
        t = float(self.horizon_days if days is None else days)
        if self.kind == "bgnbd":
            return self._per_client(X, lambda m, rfm, _: m.expected_purchases(t))
        return self._per_client(X, lambda m, rfm, _: m.expected_purchases(t, rfm))

    def purchase_probability(self, X: object, days: float | None = None) -> np.ndarray:
        """P(at least one purchase in the next ``days``); NaN without a purchase."""
        t = float(self.horizon_days if days is None else days)
        if self.kind == "bgnbd":
            return self._per_client(X, lambda m, rfm, _: m.prob_purchase_within(t))
        return self._per_client(X, lambda m, rfm, _: m.prob_purchase_within(t, rfm))

    def expected_spend(self, X: object) -> np.ndarray:
        """Gamma-Gamma expected spend per purchase day (every client: the population mean without repeats)."""
        rfm, has, monetary = self._summary(X)
        if self.gg_params_ is None:
            return np.full(len(rfm), getattr(self, "mean_spend_", 0.0))
        gg = GammaGammaModel(GammaGammaParams(*self.gg_params_), 0.0, 0, True)
        return gg.conditional_expected_spend(np.where(has, rfm["frequency"], 0.0), np.where(has, monetary, 0.0))

    def _raw(self, X: object) -> np.ndarray:
        if self.target == "purchase":
            value = self.purchase_probability(X)
        elif self.target == "churn":
            value = 1.0 - self.purchase_probability(X)
        elif self.target == "purchases":
            value = self.expected_purchases(X)
        elif self.target == "clv":
            value = self.expected_purchases(X) * self.expected_spend(X)
        else:
            raise ValueError(f"unknown target {self.target!r}")
        value = np.where(np.isnan(value), self.no_history_value_, value)
        return np.nan_to_num(value, nan=0.0, posinf=0.0, neginf=0.0)

    def predict_proba(self, X: object) -> np.ndarray:
        if self.target not in CLASSIFICATION_TARGETS:
            raise AttributeError(f"{self.target} is not a probability target")
        p = np.clip(self._raw(X), 0.0, 1.0)
        return np.column_stack([1.0 - p, p])

    def predict(self, X: object) -> np.ndarray:
        if self.target in CLASSIFICATION_TARGETS:
            return (self.predict_proba(X)[:, 1] >= 0.5).astype(np.int64)
        return np.clip(self._raw(X), 0.0, None)

    def describe(self) -> dict[str, float]:
        """The fitted parameters, named (for MLflow params)."""
        names = ("r", "alpha", "a", "b") if self.kind == "bgnbd" else ("r", "alpha", "s", "beta")
        out = {f"{self.kind}_{n}": float(v) for n, v in zip(names, self.params_)}
        if getattr(self, "gg_params_", None) is not None:
            out.update({f"gamma_gamma_{n}": float(v) for n, v in zip(("p", "q", "gamma"), self.gg_params_)})
        return out


def btyd_step(pipeline: object) -> BTYDEstimator | None:
    """The :class:`BTYDEstimator` at the end of a pipeline, or None."""
    final = pipeline[-1] if hasattr(pipeline, "steps") else pipeline
    return final if isinstance(final, BTYDEstimator) else None


def set_horizon(pipeline: object, days: float) -> bool:
    """Make a BTYD pipeline predict over ``days``; False (nothing changed) for another model."""
    step = btyd_step(pipeline)
    if step is None:
        return False
    step.horizon_days = float(days)
    return True


BTYD_FEATURE_NAMES: tuple[str, ...] = ("p_alive", "p_purchase", "expected_purchases", "expected_spend",
                                       "expected_value")


class BTYDFeatures(TransformerMixin, BaseEstimator):
    """Elite pipeline step: BG/NBD + Gamma-Gamma fitted on the training clients' histories, as
    features over the target's label window (``horizon_days``): P(alive), P(a purchase),
    expected purchases, expected spend per purchase and expected value (their product). They
    age with the client (a long silence lowers P(alive)), which the raw RFM counts do not: a
    model fitted at T then scores older clients at a later date without over-predicting them.
    Clients without a purchase get zeros (the ``has_history`` flag tells them apart); fewer than
    :data:`MIN_CLIENTS` histories (or a failed fit) give zeros for everyone."""

    def __init__(self, horizon_days: float = 90.0):
        self.horizon_days = horizon_days

    def fit(self, X: object, y: object = None) -> BTYDFeatures:
        self.model_: BTYDEstimator | None = None
        try:
            self.model_ = BTYDEstimator("bgnbd", "clv", self.horizon_days).fit(X)
        except ValueError:
            self.model_ = None
        self.n_features_in_ = len(BTYD_INPUTS)
        return self

    def transform(self, X: object) -> np.ndarray:
        values = np.asarray(X, dtype=np.float64)
        out = np.zeros((len(values), len(BTYD_FEATURE_NAMES)))
        if self.model_ is None or not len(values):
            return out
        model = self.model_
        count = model.expected_purchases(values, self.horizon_days)
        spend = model.expected_spend(values)
        out[:, 0] = model.p_alive(values)
        out[:, 1] = model.purchase_probability(values, self.horizon_days)
        out[:, 2] = count
        out[:, 3] = np.where(np.isnan(count), 0.0, spend)
        out[:, 4] = count * spend
        return np.nan_to_num(out, nan=0.0, posinf=0.0, neginf=0.0)

    def get_feature_names_out(self, input_features: object = None) -> np.ndarray:
        return np.asarray(BTYD_FEATURE_NAMES, dtype=object)
