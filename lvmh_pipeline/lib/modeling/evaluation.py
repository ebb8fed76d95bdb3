"""Tables that show whether a model's numbers can be trusted, beyond one summary metric.

- :func:`calibration_by_frequency`: the calibration / holdout comparison of the CLV literature
  (Fader, Hardie & Lee 2005, figure 4): clients grouped by how many purchases they made before
  the as-of date (0, 1, …, 7+), mean predicted against mean actual outcome in the window after it.
  A model that sizes well follows the diagonal in every group, the one-time buyers included.
- :func:`lift_table`: clients ranked by score, cut in deciles: share of the positives (or of the
  total outcome, for amounts) captured by the top deciles, and the lift over picking at random.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

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
