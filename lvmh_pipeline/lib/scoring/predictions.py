"""Predictions per client from fitted target pipelines, with segments and per-client drivers.

Every number is for the horizon the champions were trained for (their ``horizon_days``), from
the scoring date: ``purchase_probability`` (at least one order), ``expected_purchases`` (days with
an order), ``predicted_clv`` (spend), ``churn_risk`` (probability that a client with an order
history places no order; not 1 − P(alive): a live client can still skip a quarter) and
``p_alive`` (P(still an active client), from a BG/NBD or Pareto/NBD model: the BTYD champion or
the elite pipeline's BG/NBD step; empty when no champion has one). A model whose labels had a
shorter window than the horizon is rescaled at a constant rate (:func:`..modeling.labeling.windows.rescale`);
a BG/NBD or Pareto/NBD champion is asked for the horizon directly. CLV and expected purchases are
capped at 20 × the client's best observed year (:mod:`..modeling.plausibility`).

``history`` says what the scores rest on: ``none`` (no order: a notes-only client or a
prospect), ``short`` (purchases on fewer than 3 days, or a first purchase less than 180 days
ago) or ``ok``. A client with no order cannot churn by the definition of the churn label: their
churn risk is left empty and their risk segment is ``No history``, never ``Critical``.

Segments:

- ``risk_segment`` from churn risk: Safe < 0.30 ≤ Monitor < 0.60 ≤ At Risk ≤ 0.80 < Critical;
  ``No history`` without any order.
- ``value_segment`` from predicted 12-month CLV with fixed EUR thresholds
  (:data:`VALUE_THRESHOLDS_EUR`: Low < 2,000 ≤ Medium < 10,000 ≤ High < 50,000 ≤ VIP). Fixed
  amounts, not quantiles, so a segment means the same spend from one run to the next.

A target without a model gives NaN scores, NA flags and the segment ``Unknown``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from sklearn.pipeline import Pipeline

from lvmh_pipeline.lib.modeling.btyd import btyd_step
from lvmh_pipeline.lib.modeling.plausibility import cap_predictions
from lvmh_pipeline.lib.modeling.labeling.windows import carrier_from_tag, carrier_scales, rescale
from lvmh_pipeline.lib.scoring.drivers import (
    EMBEDDING_DRIVER,
    btyd_contribution,
    global_importance,
    readable_name,
    strongest_per_name,
    top_drivers,
)
from lvmh_pipeline.lib.scoring.model_matrix import TEXT_COLUMN, ConceptCounts, model_matrix, shared_terms
from lvmh_pipeline.lib.common.threads import single_threaded
from lvmh_pipeline.lib.modeling.evaluation import TARGETS, is_classification
from lvmh_pipeline.lib.modeling.models import BGNBD_INPUTS

PREDICTIONS_COLUMNS: list[str] = [
    "client_id",
    "purchase_probability",
    "will_purchase",
    "churn_risk",
    "will_churn",
    "predicted_clv",
    "value_segment",
    "risk_segment",
    "model_versions",
    "top_drivers",
    # appended after the first release (the warehouse matches columns by position)
    "expected_purchases",
    "p_alive",
    "history",
]
DECISION_THRESHOLD = 0.5
HISTORY_NONE, HISTORY_SHORT, HISTORY_OK = "none", "short", "ok"
SHORT_HISTORY_PURCHASE_DAYS = 3
SHORT_HISTORY_DAYS = 180
NO_HISTORY_SEGMENT = "No history"
VALUE_THRESHOLDS_EUR: tuple[float, float, float] = (2_000.0, 10_000.0, 50_000.0)
VALUE_SEGMENTS: tuple[str, ...] = ("Low", "Medium", "High", "VIP")
RISK_SEGMENTS: tuple[str, ...] = ("Safe", "Monitor", "At Risk", "Critical")
UNKNOWN_SEGMENT = "Unknown"


def value_segment(clv: np.ndarray, thresholds: tuple[float, float, float] = VALUE_THRESHOLDS_EUR) -> np.ndarray:
    """Low / Medium / High / VIP by predicted CLV (EUR); a value equal to a threshold goes up."""
    clv = np.asarray(clv, dtype=np.float64)
    if list(thresholds) != sorted(thresholds):
        raise ValueError(f"value thresholds must be increasing, got {thresholds}")
    labels = np.asarray(VALUE_SEGMENTS, dtype=object)[np.searchsorted(thresholds, np.nan_to_num(clv), side="right")]
    return np.where(np.isnan(clv), UNKNOWN_SEGMENT, labels).astype(object)


def risk_segment(risk: np.ndarray, history: np.ndarray | None = None) -> np.ndarray:
    """Safe (< 0.30), Monitor (< 0.60), At Risk (≤ 0.80), Critical (> 0.80) by churn risk;
    ``No history`` where ``history`` is ``none``."""
    risk = np.asarray(risk, dtype=np.float64)
    none = np.zeros(len(risk), dtype=bool) if history is None else np.asarray(history, dtype=object) == HISTORY_NONE
    return np.select(
        [none, np.isnan(risk), risk < 0.30, risk < 0.60, risk <= 0.80],
        [NO_HISTORY_SEGMENT, UNKNOWN_SEGMENT, *RISK_SEGMENTS[:3]],
        default=RISK_SEGMENTS[3],
    ).astype(object)


def history_flag(features: pd.DataFrame) -> np.ndarray:
    """Per row of a feature frame: ``none`` (no purchase), ``short`` (purchases on fewer than
    3 days, or the first one less than 180 days ago) or ``ok``."""
    def column(*names: str) -> np.ndarray:
        name = next((n for n in names if n in features.columns), None)
        if name is None:
            return np.zeros(len(features))
        return pd.to_numeric(features[name], errors="coerce").fillna(0.0).to_numpy(dtype=np.float64)

    days, tenure = column("purchase_days", "frequency"), column("tenure_days")
    short = (days < SHORT_HISTORY_PURCHASE_DAYS) | (tenure < SHORT_HISTORY_DAYS)
    return np.select([days <= 0, short], [HISTORY_NONE, HISTORY_SHORT], HISTORY_OK).astype(object)


def _score_one(pipeline: Pipeline, target: str, features: pd.DataFrame,
               counts: ConceptCounts | None) -> tuple[list[str], np.ndarray, np.ndarray]:
    """(readable driver names, contribution matrix with the embedding merged, scores)."""
    needed = list(pipeline.feature_names_in_)
    missing = [c for c in needed if c not in features.columns]
    if missing:
        raise ValueError(f"{target} model needs feature columns missing from the frame: {missing[:10]}")
    matrix = model_matrix(pipeline, features[needed], counts)
    readable = [readable_name(n) for n in pipeline.named_steps["features"].get_feature_names_out()]
    # float32 is plenty to rank drivers and halves the memory traffic of the merge below.
    if (step := btyd_step(pipeline)) is not None:
        contribution = btyd_contribution(readable, matrix, target, step)
    else:
        contribution = matrix.astype(np.float32) * global_importance(pipeline[-1], matrix.shape[1]).astype(np.float32)
    embedding = np.array([n == EMBEDDING_DRIVER for n in readable], dtype=bool)
    # Embedding components have no common direction: their strengths add up, signs do not.
    contribution[:, embedding] = np.abs(contribution[:, embedding])
    codes, uniques = pd.factorize(pd.Series(readable, dtype=object))
    if len(uniques) < len(codes):  # inputs sharing one name add up (a small dense BLAS product)
        grouping = np.zeros((len(codes), len(uniques)), dtype=np.float32)
        grouping[np.arange(len(codes)), codes] = 1.0
        contribution = contribution @ grouping
    names = [str(u) for u in uniques]
    model = pipeline[-1]
    if is_classification(target):
        scores = model.predict_proba(matrix)[:, list(model.classes_).index(1)]
    else:
        scores = np.clip(model.predict(matrix), 0.0, None)
    return names, contribution, scores


def _flags(scores: np.ndarray) -> pd.Series:
    return pd.Series(pd.array(np.where(np.isnan(scores), None, scores >= DECISION_THRESHOLD), dtype="boolean"))


@dataclass(frozen=True)
class Serving:
    """How a champion's outputs reach the horizon (from its version tags, see
    :func:`..registry.champions.serving_of`): the window its labels had, the horizon they are
    for, the carrier rate model that rescales an ML model's outputs when the window was shorter,
    and the rate-model priors refit at the scoring date that a BG/NBD or Pareto/NBD champion
    serves with (kind → parameters; ``gamma_gamma`` for spend)."""

    label_days: float | None = None
    horizon_days: float | None = None
    carrier: str = ""
    priors: dict[str, tuple[float, ...]] = field(default_factory=dict)

    @classmethod
    def of(cls, value: object) -> Serving:
        if isinstance(value, Serving):
            return value
        label, horizon, carrier = (*tuple(value or ()), None, None, None)[:3]
        return cls(label, horizon, carrier or "")


P_ALIVE_ORDER: tuple[str, ...] = ("purchase", "purchases", "churn", "clv")


class _served:
    """Context: a BTYD champion set to the horizon and to its scoring-date priors, restored after."""

    def __init__(self, pipeline: Pipeline, serving: Serving) -> None:
        self.step, self.serving = btyd_step(pipeline), serving

    def __enter__(self) -> bool:
        step, serving = self.step, self.serving
        if step is None:
            return False
        self.kept = (step.horizon_days, step.params_, getattr(step, "gg_params_", None))
        if serving.horizon_days is not None:
            step.horizon_days = float(serving.horizon_days)
        prior = serving.priors.get(step.kind)
        if prior is not None and len(prior) >= 4:
            step.params_ = tuple(float(v) for v in prior[:4])
            gg = serving.priors.get("gamma_gamma")
            if step.target == "clv" and gg is not None and len(gg) == 3:
                step.gg_params_ = tuple(float(v) for v in gg)
        return serving.horizon_days is not None

    def __exit__(self, *exc: object) -> None:
        if self.step is not None:
            self.step.horizon_days, self.step.params_, self.step.gg_params_ = self.kept


def p_alive(models: dict[str, Pipeline], features: pd.DataFrame,
            serving: dict[str, Serving] | None = None) -> np.ndarray:
    """P(alive) per row from the first champion that has a BTYD model (a BG/NBD or Pareto/NBD
    champion, else an elite pipeline's BG/NBD step); NaN without purchase history or model."""
    n = len(features)
    serving = serving or {}
    for target in P_ALIVE_ORDER:
        pipeline = models.get(target)
        if pipeline is None:
            continue
        step = btyd_step(pipeline)
        if step is not None:
            with single_threaded(), _served(pipeline, serving.get(target, Serving())):
                return step.p_alive(pipeline[:-1].transform(features))
        columns = pipeline.named_steps.get("features") if hasattr(pipeline, "named_steps") else None
        bgnbd = getattr(columns, "named_transformers_", {}).get("bgnbd") if columns is not None else None
        if bgnbd is not None and getattr(bgnbd, "params_", None) is not None:
            alive = bgnbd.transform(features[list(BGNBD_INPUTS)])[:, 0]
            has = pd.to_numeric(features["purchase_days"], errors="coerce").fillna(0).to_numpy() > 0
            return np.where(has, alive, np.nan)
    return np.full(n, np.nan)


def score_clients(
    models: dict[str, Pipeline],
    features: pd.DataFrame,
    versions: dict[str, str] | None = None,
    *,
    top_k: int = 3,
    value_thresholds: tuple[float, float, float] = VALUE_THRESHOLDS_EUR,
    horizons: dict[str, tuple] | None = None,
) -> pd.DataFrame:
    """One prediction row per feature row, columns :data:`PREDICTIONS_COLUMNS`.

    ``models`` maps a target (purchase / churn / clv / purchases) to its fitted pipeline
    (missing targets are left unknown); ``versions`` maps a target to the model version that
    scored it and is stored as JSON in ``model_versions``. ``horizons`` maps a target to
    (label window, horizon[, carrier tag]) in days: a BG/NBD or Pareto/NBD pipeline is asked
    for the horizon, another model's output is rescaled from its label window, per client by the
    carrier rate model when there is one (:func:`..modeling.labeling.windows.carrier_scales`), else at a
    constant rate.
    """
    unknown = set(models) - set(TARGETS)
    if unknown:
        raise ValueError(f"unknown targets {sorted(unknown)}; expected {TARGETS}")
    n = len(features)
    if n == 0:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in PREDICTIONS_COLUMNS})
    serving = {target: Serving.of(value) for target, value in (horizons or {}).items()}
    scores = {t: np.full(n, np.nan) for t in TARGETS}
    driver_blocks: list[tuple[list[str], np.ndarray]] = []
    counts = (ConceptCounts(features[TEXT_COLUMN], shared_terms(list(models.values())))
              if TEXT_COLUMN in features else None)
    for target, pipeline in models.items():
        plan = serving.get(target, Serving())
        label_days, horizon_days = plan.label_days, plan.horizon_days
        with single_threaded(), _served(pipeline, plan) as asked:
            names, contribution, scores[target] = _score_one(pipeline, target, features, counts)
        if not asked and label_days and horizon_days and float(label_days) != float(horizon_days):
            scale = carrier_scales(target, features, float(label_days), float(horizon_days),
                                   carrier_from_tag(plan.carrier))
            scores[target] = rescale(target, scores[target], scale)
        if horizon_days is not None:
            scores[target], _ = cap_predictions(target, scores[target], features, float(horizon_days))
        driver_blocks.append((names, contribution))
    drivers = top_drivers(*strongest_per_name(driver_blocks, n), top_k)
    history = history_flag(features)
    churn = np.where(history == HISTORY_NONE, np.nan, scores["churn"])
    out = pd.DataFrame({
        "client_id": features["client_id"].astype(str).to_numpy(),
        "purchase_probability": scores["purchase"],
        "will_purchase": _flags(scores["purchase"]),
        "churn_risk": churn,
        "will_churn": _flags(churn),
        "predicted_clv": scores["clv"],
        "value_segment": value_segment(scores["clv"], value_thresholds),
        "risk_segment": risk_segment(churn, history),
        "model_versions": json.dumps(versions or {}, sort_keys=True),
        "top_drivers": drivers,
        "expected_purchases": scores["purchases"],
        "p_alive": p_alive(models, features, serving),
        "history": history,
    })
    return out[PREDICTIONS_COLUMNS]
