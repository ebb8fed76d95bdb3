"""The folds of the out-of-time backtest (:mod:`.backtest`): when each one trains and evaluates.

Expanding window: the latest fold evaluates at T = :func:`.labels.default_as_of`, the last date
whose every label window is observed; fold k evaluates at T - (k-1)·step and trains at its
evaluation date minus the longest label window, so its training label windows end exactly where
its evaluation windows begin. Folds too close to the first transaction are not built, and
:func:`plan_folds` says why.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import pandas as pd

from lvmh_pipeline.lib.modeling.labeling.labels import Horizons, default_as_of


MIN_HISTORY_DAYS = 90


@dataclass(frozen=True)
class BacktestFold:
    """Fit on the labels at ``train_as_of``, measure on the labels at ``eval_as_of``."""

    train_as_of: date
    eval_as_of: date


def plan_folds(
    transactions: pd.DataFrame,
    horizons: Horizons = Horizons(),
    n_folds: int = 2,
    step_days: int | None = None,
    *,
    latest_eval: date | None = None,
    min_history_days: int = MIN_HISTORY_DAYS,
) -> tuple[list[BacktestFold], list[str]]:
    """The folds of an expanding-window backtest, oldest first (at most ``n_folds``), and, for every
    asked fold that could not be built, why (with the dates): so a backtest of 0 folds says so.

    The latest fold evaluates at ``latest_eval`` (default :func:`.labels.default_as_of`); each older one
    ``step_days`` earlier (default: the longest label window). Every fold trains ``horizons.longest_days``
    before it evaluates, so its training label windows end where its evaluation windows begin. A fold is
    kept only when its training date is at least ``min_history_days`` after the first transaction. No
    transaction: no fold.
    """
    if n_folds < 1:
        raise ValueError(f"n_folds must be >= 1, got {n_folds}")
    step = horizons.longest_days if step_days is None else int(step_days)
    if step <= 0:
        raise ValueError(f"step_days must be > 0, got {step_days}")
    if transactions.empty:
        return [], ["no transaction: no past labels to backtest on"]
    first = pd.to_datetime(transactions["date"]).min().date()
    earliest_train = first + timedelta(days=min_history_days)
    latest_eval = latest_eval or default_as_of(transactions, horizons)
    folds, reasons = [], []
    for k in range(n_folds):
        eval_as_of = latest_eval - timedelta(days=k * step)
        train_as_of = eval_as_of - timedelta(days=horizons.longest_days)
        if train_as_of < earliest_train:
            reasons.append(
                f"fold evaluating at {eval_as_of} not built: it would train at {train_as_of} "
                f"({eval_as_of} minus the {horizons.longest_days}-day window), less than {min_history_days} days "
                f"after the first order ({first}); the earliest training date is {earliest_train}")
            break
        folds.append(BacktestFold(train_as_of, eval_as_of))
    if len(folds) + len(reasons) < n_folds:
        reasons.append(f"{n_folds - len(folds) - len(reasons)} older fold(s) not built: the history starts {first}")
    return folds[::-1], reasons
