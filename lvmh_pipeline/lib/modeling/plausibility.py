"""How large a predicted amount may be before it is not believable.

A CLV prediction is implausible when it exceeds :data:`PLAUSIBILITY_MULTIPLE` (20) times the
client's best observed spend over any 365 days (``best_year_spend`` of the feature frame), scaled
to the horizon when it is longer than a year. A client without any spend is held to 20 times the
median best year of the clients who have one. Expected purchases are held the same way to 20 ×
the client's purchase days so far (at least one).

Two uses, both on the same bound: the selector refuses to promote a candidate with any
implausible prediction on the validation clients (and a blocking check fails when the champion
has one), and scoring caps every prediction at the bound (defence in depth: a champion output
never exceeds it). Probabilities need no bound.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

PLAUSIBILITY_MULTIPLE = 20.0
BOUNDED_TARGETS = ("clv", "purchases")


def prediction_bounds(target: str, features: pd.DataFrame, horizon_days: float,
                      multiple: float = PLAUSIBILITY_MULTIPLE) -> np.ndarray | None:
    """The largest believable prediction per row of ``features`` for ``target`` over
    ``horizon_days``; None for a probability target or a frame without the history columns."""
    if target not in BOUNDED_TARGETS:
        return None
    years = max(1.0, float(horizon_days) / 365.0)
    if target == "clv":
        if "best_year_spend" not in features:
            return None
        best = features["best_year_spend"].to_numpy(dtype=np.float64)
        spenders = best[best > 0]
        fallback = float(np.median(spenders)) if len(spenders) else np.inf
        return multiple * years * np.where(best > 0, best, fallback)
    if "btyd_frequency" not in features or "has_history" not in features:
        return None
    days = np.where(features["has_history"].to_numpy(dtype=np.float64) > 0,
                    features["btyd_frequency"].to_numpy(dtype=np.float64) + 1.0, 1.0)
    return multiple * years * days


def implausible(target: str, predicted: np.ndarray, features: pd.DataFrame, horizon_days: float,
                multiple: float = PLAUSIBILITY_MULTIPLE) -> np.ndarray:
    """Per row, True when the prediction exceeds its bound (all False without a bound)."""
    predicted = np.asarray(predicted, dtype=np.float64)
    bounds = prediction_bounds(target, features, horizon_days, multiple)
    if bounds is None:
        return np.zeros(len(predicted), dtype=bool)
    return predicted > bounds + 1e-9


def cap_predictions(target: str, predicted: np.ndarray, features: pd.DataFrame, horizon_days: float,
                    multiple: float = PLAUSIBILITY_MULTIPLE) -> tuple[np.ndarray, int]:
    """Predictions capped at their bound, and how many were capped."""
    predicted = np.asarray(predicted, dtype=np.float64)
    bounds = prediction_bounds(target, features, horizon_days, multiple)
    if bounds is None:
        return predicted, 0
    over = predicted > bounds
    return np.where(over, bounds, predicted), int(over.sum())
