"""Out-of-time backtest of the purchase / churn / CLV models.

The held-out split of :func:`.fitting.train_and_evaluate` measures how a model does on *other
clients at the same date*. In production a model fitted at T scores clients *later*, when the
season, the client mix and the concept vocabulary have moved on. The backtest replays that: each
fold fits at an earlier as-of date on every labelled client, then scores and measures at a later
one.

- **Expanding window.** The latest evaluation date is T = :func:`.labels.default_as_of`, the
  last date whose every label window is observed. Fold k evaluates at T - (k-1)·step and trains
  at its evaluation date minus the longest label window. Each fold trains on all the history
  available at its training date, so older folds see less of it; folds too close to the first
  transaction are dropped (the fold dates: :mod:`.backtest_folds`).
- **Non-overlapping label windows.** Training labels at T_train come from orders in
  (T_train, T_train + longest], which ends exactly at T_eval, where the evaluation windows begin:
  no evaluation outcome is ever a training label, for any step. Training features use data
  ≤ T_train, evaluation features data ≤ T_eval (what scoring at T_eval would see), outcomes are
  after T_eval. Nothing the fitted model sees is dated after T_eval.
- **The production code path.** :func:`.fitting.fit_pipeline`, the fit of
  :func:`.fitting.train_and_evaluate` (minus the inner split: the later date is the test),
  scored by :func:`.models.predict_target`, measured by :func:`.evaluation.target_metrics`.
- **A naive baseline on the same clients** gives each number context: the AUC of recency (days
  since the last order, negated for purchase) for purchase and churn, the Spearman of past-year
  spend for CLV.

A client may appear on both sides, with features and outcomes of different periods: the test is
in time, not across clients. A fold whose labels are too thin to fit or to measure (fewer than
:data:`.fitting.MIN_PER_CLASS` clients of a class, no positive CLV) is skipped with its reason.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

import numpy as np
import pandas as pd
from scipy.stats import spearmanr
from sklearn.metrics import roc_auc_score

from lvmh_pipeline.lib.modeling.backtesting.backtest_folds import BacktestFold
from lvmh_pipeline.lib.modeling.labeling.labels import Horizons, LabelSet, labels_from_transactions
from lvmh_pipeline.lib.modeling.features import build_feature_frame
from lvmh_pipeline.lib.modeling.evaluation import RANK_METRIC, TARGETS, is_classification, target_metrics
from lvmh_pipeline.lib.modeling.fitting import fit_pipeline, label_problem, labelled_frame, training_sample
from lvmh_pipeline.lib.modeling.models import ML_FAMILIES, model_feature_columns, predict_target

# Feature-frame column of the naive baseline score, and its sign (higher score = more likely / more spend).
BASELINE_SCORE: dict[str, tuple[str, float]] = {
    "purchase": ("recency_days", -1.0),
    "churn": ("recency_days", 1.0),
    "clv": ("spend_365d_log", 1.0),
    "purchases": ("orders_365d", 1.0),
}
TABLE_COLUMNS: list[str] = [
    "family", "target", "train_as_of", "eval_as_of", "n_train", "n_eval", "train_positives", "eval_positives",
    "metric", "value", "baseline", "lift", "log_loss", "brier", "r2", "mae", "fit_seconds",
]
PREDICTIONS_COLUMNS: list[str] = ["train_as_of", "eval_as_of", "client_id", "actual", "predicted", "baseline_score"]


@dataclass(frozen=True)
class FoldData:
    """Features and labels of one fold: at its training date and at its evaluation date."""

    fold: BacktestFold
    train_features: pd.DataFrame
    train_labels: LabelSet
    eval_features: pd.DataFrame
    eval_labels: LabelSet


@dataclass
class BacktestResult:
    """Per-fold metrics of one (family, target), the folds skipped with why, and the scores."""

    family: str
    target: str
    rows: list[dict[str, object]] = field(default_factory=list)
    skipped: list[tuple[BacktestFold, str]] = field(default_factory=list)
    prediction_frames: list[pd.DataFrame] = field(default_factory=list)

    @property
    def metric(self) -> str:
        return RANK_METRIC[self.target]

    def table(self) -> pd.DataFrame:
        """One row per evaluated fold, :data:`TABLE_COLUMNS` (NaN where a metric does not apply)."""
        return pd.DataFrame(self.rows, columns=TABLE_COLUMNS)

    def predictions(self) -> pd.DataFrame:
        """Every evaluated client of every fold: outcome, model score and baseline score."""
        if not self.prediction_frames:
            return pd.DataFrame(columns=PREDICTIONS_COLUMNS)
        return pd.concat(self.prediction_frames, ignore_index=True)[PREDICTIONS_COLUMNS]

    def summary(self) -> dict[str, float]:
        """Flat metrics for MLflow: mean primary metric and baseline over folds, fold counts.

        ``backtest_auc`` / ``backtest_baseline_auc`` (``spearman`` for CLV) are present only when
        some fold was evaluated; their mean skips a fold where the metric is undefined.
        """
        out = {"backtest_folds": float(len(self.rows)), "backtest_skipped_folds": float(len(self.skipped))}
        if self.rows:
            table = self.table()
            out[f"backtest_{self.metric}"] = float(table["value"].astype(np.float64).mean())
            out[f"backtest_baseline_{self.metric}"] = float(table["baseline"].astype(np.float64).mean())
        return out


def fold_data(
    notes: pd.DataFrame,
    note_concepts: pd.DataFrame,
    transactions: pd.DataFrame,
    fold: BacktestFold,
    *,
    note_vectors: np.ndarray | None = None,
    horizons: Horizons = Horizons(),
) -> FoldData:
    """Labels (``notes`` as the client list) and feature frames at both dates of ``fold``."""

    def at(as_of: date) -> tuple[pd.DataFrame, LabelSet]:
        labels = labels_from_transactions(transactions, notes, as_of=as_of, horizons=horizons)
        features = build_feature_frame(notes, note_concepts, transactions, labels.frame["client_id"], as_of,
                                       note_vectors)
        return features, labels

    train_features, train_labels = at(fold.train_as_of)
    eval_features, eval_labels = at(fold.eval_as_of)
    return FoldData(fold, train_features, train_labels, eval_features, eval_labels)


def baseline_scores(target: str, features: pd.DataFrame) -> np.ndarray:
    """The naive score of :data:`BASELINE_SCORE` per row (NaN when the column is absent)."""
    column, sign = BASELINE_SCORE[target]
    if column not in features:
        return np.full(len(features), np.nan)
    return sign * features[column].to_numpy(dtype=np.float64)


def baseline_metric(target: str, y: np.ndarray, score: np.ndarray) -> float:
    """AUC (purchase, churn) or Spearman (CLV) of a naive score; NaN when undefined."""
    y = np.asarray(y, dtype=np.float64)
    score = np.asarray(score, dtype=np.float64)
    if len(y) == 0 or np.isnan(score).any():
        return float("nan")
    if is_classification(target):
        return float(roc_auc_score(y, score)) if len(np.unique(y)) == 2 else float("nan")
    return float(spearmanr(y, score).statistic) if np.ptp(y) > 0 and np.ptp(score) > 0 else float("nan")


def _positives(y: np.ndarray) -> int:
    return int((np.asarray(y, dtype=np.float64) > 0).sum())


def evaluate_fold(family: str, target: str, data: FoldData, *, seed: int = 42) -> tuple[dict, pd.DataFrame] | str:
    """Fit at the fold's training date, score and measure at its evaluation date.

    Returns the table row and the per-client predictions, or the reason the fold is skipped.
    """
    train, y_train = labelled_frame(data.train_features, data.train_labels, target)
    problem = label_problem(target, y_train)
    if problem is not None:
        return f"training labels at {data.fold.train_as_of}: {problem}"
    test, y_test = labelled_frame(data.eval_features, data.eval_labels, target)
    problem = label_problem(target, y_test)
    if problem is not None:
        return f"evaluation labels at {data.fold.eval_as_of}: {problem}"
    sample = training_sample(target, y_train, seed=seed)
    train, y_train = train.iloc[sample], y_train[sample]
    started = time.perf_counter()
    try:
        pipeline = fit_pipeline(family, target, train, y_train, seed=seed, horizons=data.train_labels.horizons)
    except ValueError as error:
        return f"training at {data.fold.train_as_of}: {error}"
    fit_seconds = time.perf_counter() - started
    predicted = predict_target(pipeline, target, test)
    metrics = target_metrics(target, y_test, predicted)
    baseline = baseline_scores(target, test)
    metric = RANK_METRIC[target]
    baseline_value = baseline_metric(target, y_test, baseline)
    row = {
        "family": family, "target": target,
        "train_as_of": data.fold.train_as_of, "eval_as_of": data.fold.eval_as_of,
        "n_train": len(y_train), "n_eval": len(y_test),
        "train_positives": _positives(y_train), "eval_positives": _positives(y_test),
        "metric": metric, "value": metrics[metric], "baseline": baseline_value,
        "lift": metrics[metric] - baseline_value,
        **{name: metrics.get(name, float("nan")) for name in ("log_loss", "brier", "r2", "mae")},
        "fit_seconds": fit_seconds,
    }
    predictions = pd.DataFrame({
        "train_as_of": data.fold.train_as_of, "eval_as_of": data.fold.eval_as_of,
        "client_id": test["client_id"].astype(str).to_numpy(), "actual": y_test.astype(np.float64),
        "predicted": predicted, "baseline_score": baseline,
    })
    return row, predictions


def run_backtest(
    family: str,
    target: str,
    notes: pd.DataFrame,
    note_concepts: pd.DataFrame,
    transactions: pd.DataFrame,
    folds: Sequence[BacktestFold],
    *,
    note_vectors: np.ndarray | None = None,
    horizons: Horizons = Horizons(),
    seed: int = 42,
    prepared: Sequence[FoldData] | None = None,
) -> BacktestResult:
    """Backtest one (family, target) over ``folds`` (see the module docstring).

    ``prepared`` (the :func:`fold_data` of the same folds) saves rebuilding the labels and
    feature frames when several families and targets share them. A fold too thin to fit or to
    measure goes to ``skipped`` with its reason; an unknown family or target raises ValueError.
    """
    is_classification(target)
    model_feature_columns(family, [])
    result = BacktestResult(family, target)
    by_fold = {data.fold: data for data in prepared or ()}
    for fold in folds:
        data = by_fold.get(fold) or fold_data(notes, note_concepts, transactions, fold,
                                              note_vectors=note_vectors, horizons=horizons)
        outcome = evaluate_fold(family, target, data, seed=seed)
        if isinstance(outcome, str):
            result.skipped.append((fold, outcome))
            continue
        row, predictions = outcome
        result.rows.append(row)
        result.prediction_frames.append(predictions)
    return result


def run_backtests(
    notes: pd.DataFrame,
    note_concepts: pd.DataFrame,
    transactions: pd.DataFrame,
    folds: Sequence[BacktestFold],
    *,
    families: Sequence[str] = ML_FAMILIES,
    targets: Sequence[str] = TARGETS,
    note_vectors: np.ndarray | None = None,
    horizons: Horizons = Horizons(),
    seed: int = 42,
    on_progress: Callable[[str], None] | None = None,
) -> list[BacktestResult]:
    """:func:`run_backtest` for every family and target, building each fold's frames once."""
    prepared = [fold_data(notes, note_concepts, transactions, fold, note_vectors=note_vectors, horizons=horizons)
                for fold in folds]
    results = []
    for family in families:
        for target in targets:
            result = run_backtest(family, target, notes, note_concepts, transactions, folds, note_vectors=note_vectors,
                                  horizons=horizons, seed=seed, prepared=prepared)
            if on_progress is not None:
                on_progress(f"backtest {family} {target}: {result.summary()}")
            results.append(result)
    return results


def results_table(results: Sequence[BacktestResult]) -> pd.DataFrame:
    """Every evaluated fold of every (family, target), :data:`TABLE_COLUMNS`."""
    tables = [r.table() for r in results if r.rows]
    return pd.concat(tables, ignore_index=True) if tables else pd.DataFrame(columns=TABLE_COLUMNS)
