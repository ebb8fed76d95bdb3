"""Which dates and label windows a purchase history can support, said in words with the dates.

The house asks for a horizon (``Horizons``: purchase / churn / CLV windows) and a scoring date
(default: the last order or note). Labels need a date T with history before it and a full
window after it, all before the scoring date: T + window <= scoring date. When the history is
too short for the asked windows, :func:`plan_windows` does what a CLV practitioner does: it
learns the labels on the longest window that fits (half of the history, the other half being
the history the features read) and records that the outputs are **rescaled** to the asked
horizon: a constant purchase rate turns a probability p over L days into 1 − (1 − p)^(H/L) and
multiplies expected purchases and spend by H/L; BG/NBD and Pareto/NBD models need no rescaling,
they carry any horizon (their ``horizon_days`` is set to H at scoring).

Every refusal is a :class:`HistoryError` whose message names the file and the dates, never a
raw error from further down.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta

import numpy as np
import pandas as pd

from lvmh_pipeline.lib.modeling.labeling.labels import Horizons

MIN_WINDOW_DAYS = 28  # a shorter label window says little about a quarter, let alone a year
MIN_HISTORY_DAYS = 90  # history before T for the default windows to be used as asked
MIN_CLIENTS_WITH_HISTORY = 8  # the models need a handful of buyers of each kind
TARGET_WINDOW: dict[str, str] = {"purchase": "purchase_days", "purchases": "purchase_days",
                                 "churn": "churn_days", "clv": "clv_days"}
OBSERVED, SHORTENED, GIVEN = "observed", "shortened", "given"


class HistoryError(ValueError):
    """The purchase history cannot support training at these dates; the message says why,
    naming the file and the dates. The models are skipped, everything else runs."""


class AsOfError(HistoryError):
    """A date given by the user (scoring date, T) that the history contradicts: a refusal."""


@dataclass(frozen=True)
class WindowPlan:
    """The dates and windows of a training run and how outputs reach the asked horizon."""

    requested: Horizons  # the horizon the outputs are for
    labels: Horizons  # the windows the labels are learnt on (== requested unless shortened)
    train_as_of: date  # T
    score_as_of: date  # the scoring date; nothing after it is used
    first_order: date
    last_order: date
    method: str  # observed | shortened | given
    notes: list[str] = field(default_factory=list)

    def window(self, target: str, *, asked: bool = False) -> int:
        """The label window (or, with ``asked``, the asked horizon) of ``target`` in days."""
        return int(getattr(self.requested if asked else self.labels, TARGET_WINDOW[target]))

    def scale(self, target: str) -> float:
        """Asked horizon / label window of ``target`` (1.0 when the window fits)."""
        return self.window(target, asked=True) / self.window(target)

    def metadata(self) -> dict[str, object]:
        """Flat description for asset metadata and MLflow params."""
        return {
            "train_as_of": self.train_as_of.isoformat(), "score_as_of": self.score_as_of.isoformat(),
            "first_order": self.first_order.isoformat(), "last_order": self.last_order.isoformat(),
            "horizon_method": self.method,
            **{f"label_{name}": getattr(self.labels, name) for name in ("purchase_days", "churn_days", "clv_days")},
            **{f"horizon_{name}": getattr(self.requested, name) for name in ("purchase_days", "churn_days", "clv_days")},
        }


def positive_orders(transactions: pd.DataFrame) -> pd.DataFrame:
    """Orders (lines sharing ``order_id``) with a positive net amount, dated by their first line."""
    from lvmh_pipeline.lib.modeling.labeling.labels import order_table

    orders = order_table(transactions)
    return orders[orders["amount"].gt(0)]


def _day(value: object) -> date:
    return pd.Timestamp(value).date()


def plan_windows(
    transactions: pd.DataFrame,
    requested: Horizons = Horizons(),
    *,
    score_as_of: date | None = None,
    train_as_of: date | None = None,
    source: str = "transactions.csv",
) -> WindowPlan:
    """The training plan of a purchase history (see the module docstring).

    ``transactions`` are the validated lines (future-dated ones already set aside).
    ``score_as_of`` defaults to the last order; ``train_as_of`` (T, expert setting) is checked
    rather than chosen. Raises :class:`HistoryError` for a history that cannot be trained on:
    no order with a positive amount, fewer than :data:`MIN_CLIENTS_WITH_HISTORY` buyers, a
    scoring date before the first order, fewer than 2 × :data:`MIN_WINDOW_DAYS` days of history,
    or a given T whose windows do not fit.
    """
    if transactions.empty:
        raise HistoryError(f"{source}: no usable order line: nothing to learn purchases from")
    orders = positive_orders(transactions)
    if orders.empty:
        raise HistoryError(f"{source}: no order with a positive amount ({len(transactions)} line(s), all returns, "
                           "refunds or zero amounts): nothing to learn purchases from")
    first, last = _day(orders["date"].min()), _day(pd.to_datetime(transactions["date"]).max())
    score = score_as_of or last
    if score < first:
        raise AsOfError(f"as-of date {score} is before the first order ({first}) in {source}: "
                        f"choose a date between {first} and {last}")
    end = min(score, last)
    notes: list[str] = []
    if score > last:
        notes.append(f"scoring date {score} is after the last order ({last}): recency counts up to {score}")
    buyers = orders.loc[orders["date"].le(pd.Timestamp(end)), "client_id"].nunique()
    if buyers < MIN_CLIENTS_WITH_HISTORY:
        shown = ", ".join(sorted(orders["client_id"].astype(str).unique())[:3])
        raise HistoryError(f"{source}: {buyers} client(s) with an order up to {end} ({shown}); the models need at "
                           f"least {MIN_CLIENTS_WITH_HISTORY}")
    span = (end - first).days
    if train_as_of is not None:
        window_end = train_as_of + timedelta(days=requested.longest_days)
        if train_as_of < first:
            raise AsOfError(f"as_of {train_as_of} is before the first order ({first}) in {source}")
        if window_end > end:
            raise AsOfError(
                f"as_of {train_as_of} + the {requested.longest_days}-day window ends {window_end}, after "
                f"{'the scoring date' if end < last else 'the last order'} ({end}) in {source}: the labels would be "
                f"cut short; choose as_of <= {end - timedelta(days=requested.longest_days)} or shorter windows")
        return WindowPlan(requested, requested, train_as_of, score, first, last, GIVEN, notes)
    if span >= requested.longest_days + MIN_HISTORY_DAYS:
        t = end - timedelta(days=requested.longest_days)
        return WindowPlan(requested, requested, t, score, first, last, OBSERVED, notes)
    window = span // 2
    if window < MIN_WINDOW_DAYS:
        raise HistoryError(
            f"{source}: orders from {first} to {end} ({span} day(s)) are too short to learn any window: "
            f"need at least {2 * MIN_WINDOW_DAYS} days of history")
    labels = replace(requested, purchase_days=min(requested.purchase_days, window),
                     churn_days=min(requested.churn_days, window), clv_days=min(requested.clv_days, window))
    t = end - timedelta(days=window)
    notes.append(
        f"history {first} to {end} ({span} days) is too short for the {requested.longest_days}-day windows "
        f"(they need {requested.longest_days + MIN_HISTORY_DAYS} days): labels learnt on {window}-day windows "
        f"at T = {t}, outputs rescaled to the asked horizon (BG/NBD and Pareto/NBD carry it as rate models)")
    return WindowPlan(requested, labels, t, score, first, last, SHORTENED, notes)


def rescale(target: str, values: np.ndarray, scale: float | np.ndarray) -> np.ndarray:
    """Rescaling of a prediction made for an L-day window to an H-day horizon, ``scale`` being
    how much more happens in H than in L (H / L at a constant rate, or per client from a rate
    model, :func:`carrier_scales`): counts and spend × scale; P(purchase) 1 − (1 − p)^scale and
    churn (P(no purchase)) p^scale, i.e. the cumulative purchase hazard × scale."""
    values = np.asarray(values, dtype=np.float64)
    scale = np.asarray(scale, dtype=np.float64)
    if scale.ndim == 0 and float(scale) == 1.0:
        return values
    if target == "purchase":
        return 1.0 - np.power(np.clip(1.0 - values, 0.0, 1.0), scale)
    if target == "churn":
        return np.power(np.clip(values, 0.0, 1.0), scale)
    return values * scale


def fit_priors(transactions: pd.DataFrame, as_of: date) -> dict[str, list[float]]:
    """The population priors of the rate models on every client's purchase history up to
    ``as_of`` (the scoring date: no label is needed, so all of the history is used): BG/NBD
    (r, α, a, b), Pareto/NBD (r, α, s, β) and Gamma-Gamma (p, q, γ), each with its total
    log-likelihood last for the two count models. Models that cannot be fitted are left out."""
    from lvmh_pipeline.lib.modeling.btyd import BTYD_INPUTS, BTYDEstimator
    from lvmh_pipeline.lib.modeling.purchase_features import btyd_summary

    summary = btyd_summary(transactions, as_of)[list(BTYD_INPUTS)]
    priors: dict[str, list[float]] = {}
    for kind in ("bgnbd", "pnbd"):
        try:
            model = BTYDEstimator(kind, "clv").fit(summary)
        except ValueError:
            continue
        priors[kind] = [float(v) for v in model.params_] + [round(model.log_likelihood_, 3)]
        if model.gg_params_ is not None:
            priors["gamma_gamma"] = [float(v) for v in model.gg_params_]
    return priors


def fit_carrier(transactions: pd.DataFrame, as_of: date,
                priors: dict[str, list[float]] | None = None) -> dict[str, object] | None:
    """The rate model that carries outputs from a short label window to the asked horizon: of
    :func:`fit_priors` (given or fitted here), the count model with the higher likelihood.
    ``{"kind": ..., "params": [4 floats]}``, or None when neither could be fitted."""
    priors = fit_priors(transactions, as_of) if priors is None else priors
    fitted = [(values[4], kind) for kind, values in priors.items() if kind in ("bgnbd", "pnbd") and len(values) == 5]
    if not fitted:
        return None
    _, kind = max(fitted)
    return {"kind": kind, "params": list(priors[kind][:4])}


def prior_tags(priors: dict[str, list[float]]) -> dict[str, str]:
    """Version tags ``prior_bgnbd`` / ``prior_pnbd`` / ``prior_gamma_gamma`` (comma-separated)."""
    return {f"prior_{kind}": ",".join(repr(float(v)) for v in values[:4 if kind != "gamma_gamma" else 3])
            for kind, values in priors.items()}


def prior_from_tag(tag: str | None) -> tuple[float, ...] | None:
    try:
        return tuple(float(v) for v in str(tag).split(",")) if tag else None
    except ValueError:
        return None


def carrier_tag(carrier: dict[str, object] | None) -> str:
    """A carrier as a short version tag: ``pnbd:0.55,74.1,0.61,81.7`` ("" without one)."""
    if not carrier:
        return ""
    return f"{carrier['kind']}:" + ",".join(f"{float(v):.6g}" for v in carrier["params"])


def carrier_from_tag(tag: str | None) -> dict[str, object] | None:
    if not tag or ":" not in tag:
        return None
    kind, _, values = tag.partition(":")
    try:
        return {"kind": kind, "params": [float(v) for v in values.split(",")]}
    except ValueError:
        return None


def carrier_scales(target: str, features: pd.DataFrame, label_days: float, horizon_days: float,
                   carrier: dict[str, object] | None) -> np.ndarray:
    """Per row of a feature frame, how much more of ``target`` happens in ``horizon_days`` than
    in ``label_days``: E[X(H)] / E[X(L)] for amounts and the ratio of cumulative purchase hazards
    −ln(1 − P_H) / −ln(1 − P_L) for probabilities, from the carrier rate model (a client who
    has probably left gains little from a longer horizon); H / L where it has nothing to say (no
    carrier, no purchase history)."""
    constant = float(horizon_days) / float(label_days)
    scale = np.full(len(features), constant)
    if not carrier or not {"has_history", "btyd_frequency", "btyd_recency", "btyd_T"} <= set(features.columns):
        return scale
    from lvmh_pipeline.lib.modeling.btyd import BTYD_INPUTS, BTYDEstimator

    model = BTYDEstimator(str(carrier["kind"]), "purchases")
    model.params_ = tuple(float(v) for v in carrier["params"])  # a fitted prior, rebuilt
    model.gg_params_, model.no_history_value_, model.n_features_in_ = None, 0.0, len(BTYD_INPUTS)
    X = features.reindex(columns=list(BTYD_INPUTS), fill_value=0.0)
    with np.errstate(all="ignore"):
        if target in ("purchase", "churn"):
            short = -np.log1p(-np.clip(model.purchase_probability(X, label_days), 0.0, 1.0 - 1e-12))
            long = -np.log1p(-np.clip(model.purchase_probability(X, horizon_days), 0.0, 1.0 - 1e-12))
        else:
            short, long = model.expected_purchases(X, label_days), model.expected_purchases(X, horizon_days)
        ratio = long / short
    usable = np.isfinite(ratio) & (short > 1e-12)
    return np.where(usable, np.clip(ratio, 1.0, constant), scale)


def truncate(transactions: pd.DataFrame | None, as_of: date | None) -> pd.DataFrame | None:
    """Transactions dated up to ``as_of`` (all of them without a date)."""
    if transactions is None or as_of is None:
        return transactions
    return transactions[pd.to_datetime(transactions["date"]).le(pd.Timestamp(as_of))].reset_index(drop=True)


AMOUNT_TARGETS: tuple[str, ...] = ("clv", "purchases")


def rate_model_blocks(target: str, method: str, label_days: int, horizon_days: int, families: dict[int, str],
                      eligible: set[int]) -> dict[int, str]:
    """When the labels were learnt on a shortened window, the amounts (CLV, expected purchases)
    are carried to the horizon by a rate model: the versions of the other families are blocked,
    with the reason, as long as some eligible BG/NBD or Pareto/NBD version exists
    (``families``: version → family; ``eligible``: versions scored and not otherwise blocked).
    Probabilities keep every family: their ranking survives the rescaling, a size does not."""
    from lvmh_pipeline.lib.modeling.btyd import BTYD_FAMILIES

    if method != SHORTENED or target not in AMOUNT_TARGETS or label_days >= horizon_days:
        return {}
    if not any(families.get(v) in BTYD_FAMILIES for v in eligible):
        return {}
    reason = (f"labels learnt on {label_days}-day windows for a {horizon_days}-day horizon: "
              "amounts are carried by a rate model (BG/NBD, Pareto/NBD)")
    return {version: reason for version, family in families.items() if family not in BTYD_FAMILIES}
