"""Predictions per client from fitted target pipelines, with segments and per-client drivers.

Segments:

- ``risk_segment`` from churn risk: Safe < 0.30 ≤ Monitor < 0.60 ≤ At Risk ≤ 0.80 < Critical.
- ``value_segment`` from predicted 12-month CLV with fixed EUR thresholds
  (:data:`VALUE_THRESHOLDS_EUR`: Low < 2,000 ≤ Medium < 10,000 ≤ High < 50,000 ≤ VIP). Fixed
  amounts, not quantiles, so a segment means the same spend from one run to the next.

A target without a model gives NaN scores, NA flags and the segment ``Unknown``.

``top_drivers`` approximates, per client, which inputs moved its scores: each pipeline's
standardized model matrix (z-scores against the *training* statistics, from the pipeline's own
``StandardScaler``) times the model's global feature importance. The largest absolute
contributions over all targets are reported as ``+name`` / ``-name`` (the client is above /
below the training average), e.g. ``+concept:vip_client``, ``-recency_days``. Inputs that carry
one fact add up under one name (the TF-IDF weight and the mention count of a concept), the
embedding components count as one input, ``note_embedding``. Cheap and vectorized, not an
exact attribution such as SHAP.
"""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
from sklearn.pipeline import Pipeline

from lvmh_pipeline.lib.modeling.features import VALUE_CONCEPTS
from lvmh_pipeline.lib.scoring.model_matrix import TEXT_COLUMN, ConceptCounts, model_matrix, shared_terms
from lvmh_pipeline.lib.modeling.models import TARGETS, is_classification, single_threaded

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
]
DECISION_THRESHOLD = 0.5
VALUE_THRESHOLDS_EUR: tuple[float, float, float] = (2_000.0, 10_000.0, 50_000.0)
VALUE_SEGMENTS: tuple[str, ...] = ("Low", "Medium", "High", "VIP")
RISK_SEGMENTS: tuple[str, ...] = ("Safe", "Monitor", "At Risk", "Critical")
UNKNOWN_SEGMENT = "Unknown"
EMBEDDING_DRIVER = "note_embedding"


def value_segment(clv: np.ndarray, thresholds: tuple[float, float, float] = VALUE_THRESHOLDS_EUR) -> np.ndarray:
    """Low / Medium / High / VIP by predicted CLV (EUR); a value equal to a threshold goes up."""
    clv = np.asarray(clv, dtype=np.float64)
    if list(thresholds) != sorted(thresholds):
        raise ValueError(f"value thresholds must be increasing, got {thresholds}")
    labels = np.asarray(VALUE_SEGMENTS, dtype=object)[np.searchsorted(thresholds, np.nan_to_num(clv), side="right")]
    return np.where(np.isnan(clv), UNKNOWN_SEGMENT, labels).astype(object)


def risk_segment(risk: np.ndarray) -> np.ndarray:
    """Safe (< 0.30), Monitor (< 0.60), At Risk (≤ 0.80), Critical (> 0.80) by churn risk."""
    risk = np.asarray(risk, dtype=np.float64)
    return np.select(
        [np.isnan(risk), risk < 0.30, risk < 0.60, risk <= 0.80],
        [UNKNOWN_SEGMENT, *RISK_SEGMENTS[:3]],
        default=RISK_SEGMENTS[3],
    ).astype(object)


def readable_name(transformed_name: str) -> str:
    """Model input name → driver name; inputs that carry the same fact share one name.

    ``concept__vip_client`` and ``num__intent_vip_client`` → ``concept:vip_client``;
    ``num__co_last_hesitant`` → ``last_note:hesitant``; ``num__co_a__b`` → ``concept:a+b``;
    ``emb__pca3`` → ``note_embedding``; ``num__recency_days`` → ``recency_days``.
    """
    block, _, name = transformed_name.partition("__")
    if block == "concept":
        return f"concept:{name}"
    if block == "emb":
        return EMBEDDING_DRIVER
    if name.startswith("intent_"):
        return f"concept:{name.removeprefix('intent_')}"
    if name in VALUE_CONCEPTS:
        return f"concept:{name}"
    if name.startswith("co_last_"):
        return f"last_note:{name.removeprefix('co_last_')}"
    if name.startswith("co_"):
        return "concept:" + name.removeprefix("co_").replace("__", "+")
    return name or block


def global_importance(estimator: object, n_features: int) -> np.ndarray:
    """Non-negative importance per model input summing to 1 (zeros when none can be read).

    Forests: impurity importance; linear models: |coefficient| (inputs are standardized);
    calibrated / voting / stacking ensembles: mean over members that expose either (gradient boosting
    exposes neither and is left out).
    """
    members: list[object] = []
    if hasattr(estimator, "calibrated_classifiers_"):
        members = [c.estimator for c in estimator.calibrated_classifiers_]
    elif hasattr(estimator, "estimators_") and hasattr(estimator, "named_estimators_"):
        members = list(estimator.estimators_)
    elif hasattr(estimator, "regressor_"):
        members = [estimator.regressor_]
    if members:
        parts = [global_importance(m, n_features) for m in members]
        parts = [p for p in parts if p.sum() > 0]
        total = np.mean(parts, axis=0) if parts else np.zeros(n_features)
    elif (importances := getattr(estimator, "feature_importances_", None)) is not None:
        # A forest computes this property from every tree on each access: read it once.
        total = np.asarray(importances, dtype=np.float64)
    elif hasattr(estimator, "coef_"):
        total = np.abs(np.atleast_2d(np.asarray(estimator.coef_, dtype=np.float64))).mean(axis=0)
    else:
        total = np.zeros(n_features)
    s = total.sum()
    return total / s if s > 0 else total


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


def _top_drivers(names: list[str], contribution: np.ndarray, top_k: int) -> list[list[str]]:
    if not names:
        return [[] for _ in range(contribution.shape[0])]
    k = min(top_k, len(names))
    magnitude = np.abs(contribution)
    top = np.argpartition(-magnitude, k - 1, axis=1)[:, :k]
    order = np.take_along_axis(top, np.argsort(-np.take_along_axis(magnitude, top, axis=1), axis=1), axis=1)
    up = np.asarray([f"+{n}" for n in names], dtype=object)
    down = np.asarray([f"-{n}" for n in names], dtype=object)
    labels = np.where(np.take_along_axis(contribution, order, axis=1) >= 0, up[order], down[order])
    strengths = np.take_along_axis(magnitude, order, axis=1)
    if (strengths > 0).all():
        return labels.tolist()
    # An input exactly at the training average pushed nothing: it is not a driver.
    return [[label for label, s in zip(row, strength) if s > 0]
            for row, strength in zip(labels.tolist(), strengths.tolist())]


def _strongest_per_name(blocks: list[tuple[list[str], np.ndarray]], n: int) -> tuple[list[str], np.ndarray]:
    """Merge the targets' contribution blocks: per input name, the largest in absolute value."""
    names = list(dict.fromkeys(name for block_names, _ in blocks for name in block_names))
    column = {name: j for j, name in enumerate(names)}
    merged = np.zeros((n, len(names)), dtype=np.float32)
    strength = np.zeros((n, len(names)), dtype=np.float32)
    for block_names, block in blocks:
        if block_names == names:  # the usual case: every target's model has the same inputs
            aligned = block
        else:
            aligned = np.zeros((n, len(names)), dtype=np.float32)
            aligned[:, [column[name] for name in block_names]] = block
        magnitude = np.abs(aligned)
        np.copyto(merged, aligned, where=magnitude > strength)
        np.maximum(strength, magnitude, out=strength)
    return names, merged


def _flags(scores: np.ndarray) -> pd.Series:
    return pd.Series(pd.array(np.where(np.isnan(scores), None, scores >= DECISION_THRESHOLD), dtype="boolean"))


def score_clients(
    models: dict[str, Pipeline],
    features: pd.DataFrame,
    versions: dict[str, str] | None = None,
    *,
    top_k: int = 3,
    value_thresholds: tuple[float, float, float] = VALUE_THRESHOLDS_EUR,
) -> pd.DataFrame:
    """One prediction row per feature row, columns :data:`PREDICTIONS_COLUMNS`.

    ``models`` maps a target (purchase / churn / clv) to its fitted pipeline (missing targets
    are left unknown); ``versions`` maps a target to the model version that scored it and is
    stored as JSON in ``model_versions``.
    """
    unknown = set(models) - set(TARGETS)
    if unknown:
        raise ValueError(f"unknown targets {sorted(unknown)}; expected {TARGETS}")
    n = len(features)
    if n == 0:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in PREDICTIONS_COLUMNS})
    scores = {t: np.full(n, np.nan) for t in TARGETS}
    driver_blocks: list[tuple[list[str], np.ndarray]] = []
    counts = (ConceptCounts(features[TEXT_COLUMN], shared_terms(list(models.values())))
              if TEXT_COLUMN in features else None)
    for target, pipeline in models.items():
        with single_threaded():
            names, contribution, scores[target] = _score_one(pipeline, target, features, counts)
        driver_blocks.append((names, contribution))
    drivers = _top_drivers(*_strongest_per_name(driver_blocks, n), top_k)
    out = pd.DataFrame({
        "client_id": features["client_id"].astype(str).to_numpy(),
        "purchase_probability": scores["purchase"],
        "will_purchase": _flags(scores["purchase"]),
        "churn_risk": scores["churn"],
        "will_churn": _flags(scores["churn"]),
        "predicted_clv": scores["clv"],
        "value_segment": value_segment(scores["clv"], value_thresholds),
        "risk_segment": risk_segment(scores["churn"]),
        "model_versions": json.dumps(versions or {}, sort_keys=True),
        "top_drivers": drivers,
    })
    return out[PREDICTIONS_COLUMNS]
