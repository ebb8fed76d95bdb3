"""Tables that show whether a model's numbers can be trusted, beyond one summary metric.

- :func:`calibration_by_frequency`: the calibration / holdout comparison of the CLV literature
  (Fader, Hardie & Lee 2005, figure 4): clients grouped by how many purchases they made before
  the as-of date (0, 1, …, 7+), mean predicted against mean actual outcome in the window after it.
  A model that sizes well follows the diagonal in every group, the one-time buyers included.
- :func:`lift_table`: clients ranked by score, cut in deciles: share of the positives (or of the
  total outcome, for amounts) captured by the top deciles, and the lift over picking at random.
- :func:`target_metrics`: the held-out metrics of one target, rank *and* size (AUC, log loss,
  Brier, calibration error; R², MAE, Spearman, Σpred/Σactual and their :func:`size_composite`).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from scipy.stats import spearmanr
from sklearn.metrics import (
    accuracy_score,
    brier_score_loss,
    log_loss,
    mean_absolute_error,
    r2_score,
    roc_auc_score,
)

TARGETS: tuple[str, ...] = ("purchase", "churn", "clv", "purchases")
LABEL_COLUMNS: dict[str, str] = {"purchase": "purchased", "churn": "churned", "clv": "lifetime_value",
                                 "purchases": "purchases"}
# What the selector ranks candidates on: AUC for the probabilities; for the amounts a composite
# of rank and size (:func:`size_composite`), so a model that ranks well but sizes wildly loses.
PRIMARY_METRIC: dict[str, str] = {"purchase": "auc", "churn": "auc", "clv": "composite", "purchases": "composite"}
# The rank metric: the quality floors and the out-of-time backtest (against a naive ranking).
RANK_METRIC: dict[str, str] = {"purchase": "auc", "churn": "auc", "clv": "spearman", "purchases": "spearman"}
CALIBRATION_BINS = 10

MAX_FREQUENCY_GROUP = 7
DECILES = 10


def purchase_frequency(features: pd.DataFrame) -> np.ndarray:
    """Purchase days before the as-of date per row (0 without history), from the BTYD or RFM columns."""
    if "btyd_frequency" in features and "has_history" in features:
        has = features["has_history"].to_numpy(dtype=np.float64) > 0
        return np.where(has, features["btyd_frequency"].to_numpy(dtype=np.float64) + 1.0, 0.0)
    if "purchase_days" in features:
        return features["purchase_days"].to_numpy(dtype=np.float64)
    return np.zeros(len(features))


def calibration_by_frequency(frequency: np.ndarray, actual: np.ndarray, predicted: np.ndarray,
                             max_group: int = MAX_FREQUENCY_GROUP) -> pd.DataFrame:
    """One row per purchase-count group: clients, mean actual, mean predicted, their ratio."""
    frequency = np.minimum(np.asarray(frequency, dtype=np.float64), max_group).astype(int)
    frame = pd.DataFrame({"group": frequency, "actual": np.asarray(actual, dtype=np.float64),
                          "predicted": np.asarray(predicted, dtype=np.float64)})
    table = frame.groupby("group").agg(clients=("actual", "size"), mean_actual=("actual", "mean"),
                                       mean_predicted=("predicted", "mean")).reset_index()
    table["group"] = table["group"].map(lambda g: f"{g}+" if g == max_group else str(g))
    table["predicted_over_actual"] = np.where(table["mean_actual"] > 0,
                                              table["mean_predicted"] / table["mean_actual"].where(
                                                  table["mean_actual"] > 0, 1.0), np.nan)
    return table.rename(columns={"group": "purchases_before"})


def lift_table(actual: np.ndarray, score: np.ndarray, deciles: int = DECILES) -> pd.DataFrame:
    """Per decile of ``score`` (highest first): clients, mean actual, cumulative share of the
    actual total captured, and lift (mean actual of the top deciles over the overall mean)."""
    actual = np.asarray(actual, dtype=np.float64)
    score = np.asarray(score, dtype=np.float64)
    order = np.argsort(-score, kind="stable")
    ranked = actual[order]
    bins = np.array_split(np.arange(len(ranked)), deciles) if len(ranked) else []
    total, overall = ranked.sum(), ranked.mean() if len(ranked) else 0.0
    rows, captured, seen = [], 0.0, 0
    for k, index in enumerate(bins, start=1):
        if not len(index):
            continue
        captured += ranked[index].sum()
        seen += len(index)
        rows.append({"decile": k, "clients": len(index), "mean_actual": float(ranked[index].mean()),
                     "cumulative_share": float(captured / total) if total > 0 else np.nan,
                     "cumulative_lift": float((captured / seen) / overall) if overall > 0 else np.nan})
    return pd.DataFrame(rows, columns=["decile", "clients", "mean_actual", "cumulative_share", "cumulative_lift"])


def top_decile_lift(actual: np.ndarray, score: np.ndarray) -> float:
    """Mean outcome of the top 10 % by score over the overall mean (NaN when undefined)."""
    table = lift_table(actual, score)
    return float(table["cumulative_lift"].iloc[0]) if len(table) else float("nan")


def is_classification(target: str) -> bool:
    """True for the probability targets (purchase, churn), False for CLV and purchases."""
    if target not in TARGETS:
        raise ValueError(f"unknown target {target!r}; expected one of {TARGETS}")
    return target in ("purchase", "churn")


def _calibration_error(y: np.ndarray, p: np.ndarray) -> float:
    """Expected calibration error over equal-width probability bins."""
    bins = np.minimum((p * CALIBRATION_BINS).astype(int), CALIBRATION_BINS - 1)
    counts = np.bincount(bins, minlength=CALIBRATION_BINS)
    gap = np.abs(np.bincount(bins, weights=y, minlength=CALIBRATION_BINS)
                 - np.bincount(bins, weights=p, minlength=CALIBRATION_BINS))
    return float(gap.sum() / max(counts.sum(), 1))


def target_metrics(target: str, y: np.ndarray, predicted: np.ndarray) -> dict[str, float]:
    """Held-out metrics: AUC, log loss, Brier, accuracy, ECE, rates (classifiers); R², MAE, Spearman (CLV)."""
    y = np.asarray(y, dtype=np.float64)
    predicted = np.asarray(predicted, dtype=np.float64)
    if len(y) == 0:
        raise ValueError(f"no labelled client to evaluate {target}")
    if is_classification(target):
        both = len(np.unique(y)) == 2
        return {
            "auc": float(roc_auc_score(y, predicted)) if both else float("nan"),
            "log_loss": float(log_loss(y, np.clip(predicted, 1e-15, 1 - 1e-15), labels=[0, 1])),
            "brier": float(brier_score_loss(y, predicted)),
            "accuracy": float(accuracy_score(y, predicted >= 0.5)),
            "calibration_error": _calibration_error(y, predicted),
            "positive_rate": float(y.mean()),
            "predicted_positive_rate": float((predicted >= 0.5).mean()),
            "mean_probability": float(predicted.mean()),
            "n": float(len(y)),
        }
    varied = np.ptp(y) > 0 and np.ptp(predicted) > 0
    metrics = {
        "r2": float(r2_score(y, predicted)) if len(y) > 1 else float("nan"),
        "mae": float(mean_absolute_error(y, predicted)),
        "rmse": float(np.sqrt(np.mean((y - predicted) ** 2))),
        "spearman": float(spearmanr(y, predicted).statistic) if varied else float("nan"),
        "mean_actual": float(y.mean()),
        "mean_predicted": float(predicted.mean()),
        "sum_ratio": float(predicted.sum() / y.sum()) if y.sum() > 0 else float("nan"),
        "n": float(len(y)),
    }
    metrics.update(size_composite(y, predicted, metrics))
    return metrics


def size_composite(y: np.ndarray, predicted: np.ndarray, metrics: dict[str, float]) -> dict[str, float]:
    """The selection score of an amount (CLV, expected purchases): the mean of four parts, each
    at most 1 (a perfect model) and floored at -1 so one disaster cannot be bought back:

    - Spearman (rank: who is worth more);
    - R² (size, squared error);
    - MAE skill, 1 - MAE / MAE of predicting everyone the mean (size, absolute error);
    - total, 1 - |ln(Σ predicted / Σ actual)| (the book as a whole: 1 when the totals agree,
      0 when off by a factor e).
    """
    y = np.asarray(y, dtype=np.float64)
    predicted = np.asarray(predicted, dtype=np.float64)
    reference = float(np.mean(np.abs(y - y.mean()))) if len(y) else 0.0
    skill = 1.0 - metrics["mae"] / reference if reference > 0 else float("nan")
    ratio = metrics["sum_ratio"]
    total = 1.0 - abs(float(np.log(ratio))) if ratio > 0 and np.isfinite(ratio) else -1.0
    parts = [metrics["spearman"], metrics["r2"], skill, total]
    parts = [max(-1.0, min(1.0, p)) if np.isfinite(p) else -1.0 for p in parts]
    return {"mae_skill": skill, "total_score": total, "composite": float(np.mean(parts))}
