"""Per-client drivers of the scores: which model inputs moved them.

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

import numpy as np

from lvmh_pipeline.lib.modeling.feature_columns import VALUE_CONCEPTS

__all__ = [
    "EMBEDDING_DRIVER",
    "btyd_contribution",
    "global_importance",
    "readable_name",
    "strongest_per_name",
    "top_drivers",
]

EMBEDDING_DRIVER = "note_embedding"


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
    if not members and hasattr(estimator, "steps"):  # a pipeline member (range clipper + GLM)
        members = [estimator.steps[-1][1]]
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


def btyd_contribution(names: list[str], matrix: np.ndarray, target: str, step: object) -> np.ndarray:
    """A BG/NBD or Pareto/NBD model has no importances: its drivers are the client's purchase
    summary (repeat purchases, time of the last one, age; spend per purchase for CLV) as
    z-scores against the training clients with a history, equally weighted; "no order history"
    for a client without any."""
    used = {"btyd_frequency", "btyd_recency", "btyd_T"} | ({"btyd_monetary"} if target == "clv" else set())
    values = np.asarray(matrix, dtype=np.float64)
    out = np.zeros(values.shape, dtype=np.float32)
    mean, scale = getattr(step, "input_mean_", None), getattr(step, "input_scale_", None)
    if mean is None or len(mean) != values.shape[1]:
        return out  # a model logged before the summary statistics were kept
    history = values[:, names.index("has_history")] > 0 if "has_history" in names else np.ones(len(values), bool)
    if "has_history" in names:  # a client without orders is scored on exactly that
        out[~history, names.index("has_history")] = -1.0
    for j, name in enumerate(names):
        if name in used and scale[j] > 0:
            out[history, j] = (values[history, j] - mean[j]) / scale[j]
    return out


def top_drivers(names: list[str], contribution: np.ndarray, top_k: int) -> list[list[str]]:
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


def strongest_per_name(blocks: list[tuple[list[str], np.ndarray]], n: int) -> tuple[list[str], np.ndarray]:
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
