"""Evaluation plots of a trained model, drawn on its held-out clients, as PNG bytes for MLflow.

Classifiers (purchase, churn): ROC curve, reliability (calibration) curve, feature importance.
CLV and expected purchases: predicted vs actual, feature importance.
Every target: the calibration / holdout plot of the CLV literature (mean predicted against mean
actual outcome by number of purchases before the as-of date, 0 to 7+) and the lift curve
(cumulative share of the positives or of the outcome total captured by the top-ranked clients),
with their tables as CSV (:mod:`..modeling.evaluation`).

Feature importance is the drop of the primary metric (AUC, Spearman) on the held-out clients when
the columns of one feature group (:func:`.model_card.feature_groups`) are shuffled together, the
same permutation for every column of a group: every family gets the same kind of importance
(a stacked ensemble has no ``feature_importances_``), groups of correlated columns (384 embedding
dimensions, 53 co-occurrence pairs) are measured as one, and all shuffled copies are scored in
one batched call, so it costs a few predictions, not one per column.

Figures are built with matplotlib's object API on the Agg canvas (no pyplot, no display, no
global backend switch), one figure per plot, cleared as soon as its PNG is written.
"""

from __future__ import annotations

import io
from collections.abc import Callable

import numpy as np
import pandas as pd

from lvmh_pipeline.lib.modeling.evaluation import calibration_by_frequency, lift_table
from lvmh_pipeline.lib.modeling.evaluation import PRIMARY_METRIC, is_classification, target_metrics
from lvmh_pipeline.lib.modeling.models import predict_target
from lvmh_pipeline.lib.registry.model_card import METRIC_NAMES, feature_groups

ROC_CURVE = "plots/roc_curve.png"
CALIBRATION_CURVE = "plots/calibration_curve.png"
PREDICTED_VS_ACTUAL = "plots/predicted_vs_actual.png"
FEATURE_IMPORTANCE = "plots/feature_importance.png"
FEATURE_IMPORTANCE_TABLE = "plots/feature_importance.csv"
CALIBRATION_HOLDOUT = "plots/calibration_by_frequency.png"
CALIBRATION_HOLDOUT_TABLE = "plots/calibration_by_frequency.csv"
LIFT_CURVE = "plots/lift_curve.png"
LIFT_TABLE = "plots/lift.csv"
CLASSIFIER_PLOTS: tuple[str, ...] = (ROC_CURVE, CALIBRATION_CURVE, FEATURE_IMPORTANCE, CALIBRATION_HOLDOUT, LIFT_CURVE)
REGRESSOR_PLOTS: tuple[str, ...] = (PREDICTED_VS_ACTUAL, FEATURE_IMPORTANCE, CALIBRATION_HOLDOUT, LIFT_CURVE)
TABLES: tuple[str, ...] = (FEATURE_IMPORTANCE_TABLE, CALIBRATION_HOLDOUT_TABLE, LIFT_TABLE)
OUTCOME_NAMES = {"purchase": "purchase rate", "churn": "churn rate", "clv": "spend", "purchases": "purchases"}
IMPORTANCE_REPEATS = 2
# permutation importance is measured on at most this many held-out clients (a seeded sample):
# at 100,000 clients the 25,000-client held-out part, copied once per feature group and repeat and
# scored at once, took the elite step past 10 GB of RSS; a sample keeps the copies small
IMPORTANCE_MAX_ROWS = 5_000
CALIBRATION_BINS = 10
FIGSIZE = (6.0, 4.5)
DPI = 100


def _figure(**kwargs):
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=kwargs.pop("figsize", FIGSIZE), dpi=DPI, layout="constrained")
    FigureCanvasAgg(figure)
    return figure


def _png(figure) -> bytes:
    buffer = io.BytesIO()
    try:
        figure.savefig(buffer, format="png")
    finally:
        figure.clear()
    return buffer.getvalue()


def _title(target: str, family: str, what: str) -> str:
    return f"{family} {target}: {what} (held-out clients)"


def roc_curve_png(y: np.ndarray, p: np.ndarray, *, target: str, family: str) -> bytes | None:
    """ROC curve with its AUC; None when the held-out clients have a single class."""
    from sklearn.metrics import roc_auc_score, roc_curve

    if len(np.unique(y)) < 2:
        return None
    fpr, tpr, _ = roc_curve(y, p)
    figure = _figure()
    ax = figure.add_subplot()
    ax.plot(fpr, tpr, color="#1f4e79", lw=2, label=f"model (AUC {roc_auc_score(y, p):.3f})")
    ax.plot([0, 1], [0, 1], color="grey", ls="--", lw=1, label="chance")
    ax.set(xlim=(0, 1), ylim=(0, 1.01), xlabel="false positive rate", ylabel="true positive rate",
           title=_title(target, family, "ROC curve"))
    ax.legend(loc="lower right")
    ax.grid(alpha=0.3)
    return _png(figure)


def calibration_curve_png(y: np.ndarray, p: np.ndarray, *, target: str, family: str) -> bytes:
    """Observed rate against mean predicted probability per equal-width bin, with the bin counts."""
    edges = np.linspace(0.0, 1.0, CALIBRATION_BINS + 1)
    bins = np.minimum((p * CALIBRATION_BINS).astype(int), CALIBRATION_BINS - 1)
    counts = np.bincount(bins, minlength=CALIBRATION_BINS)
    filled = counts > 0
    predicted = np.bincount(bins, weights=p, minlength=CALIBRATION_BINS)[filled] / counts[filled]
    observed = np.bincount(bins, weights=y, minlength=CALIBRATION_BINS)[filled] / counts[filled]
    ece = float(np.abs(observed - predicted) @ counts[filled] / max(counts.sum(), 1))
    figure = _figure(figsize=(FIGSIZE[0], FIGSIZE[1] + 1.0))
    top, bottom = figure.subplots(2, 1, sharex=True, height_ratios=[3, 1])
    top.plot([0, 1], [0, 1], color="grey", ls="--", lw=1, label="perfectly calibrated")
    top.plot(predicted, observed, marker="o", color="#1f4e79", lw=2, label=f"model (ECE {ece:.3f})")
    top.set(xlim=(0, 1), ylim=(0, 1.01), ylabel="observed rate", title=_title(target, family, "reliability curve"))
    top.legend(loc="upper left")
    top.grid(alpha=0.3)
    bottom.bar(edges[:-1], counts, width=1.0 / CALIBRATION_BINS, align="edge", color="#8fb3d9", edgecolor="white")
    bottom.set(xlabel="predicted probability", ylabel="clients")
    return _png(figure)


def predicted_vs_actual_png(y: np.ndarray, predicted: np.ndarray, *, target: str, family: str) -> bytes:
    """Predicted against actual spend (symmetric-log axes: many zeros, a long tail), with y = x."""
    metrics = target_metrics(target, y, predicted)
    figure = _figure()
    ax = figure.add_subplot()
    ax.scatter(y, predicted, s=12, alpha=0.5, color="#1f4e79", edgecolors="none", label="held-out client")
    top = float(max(np.max(y, initial=1.0), np.max(predicted, initial=1.0)))
    ax.plot([0, top], [0, top], color="grey", ls="--", lw=1, label="predicted = actual")
    linthresh = max(float(np.median(y[y > 0])) / 10 if (y > 0).any() else 1.0, 1.0)
    ax.set_xscale("symlog", linthresh=linthresh)
    ax.set_yscale("symlog", linthresh=linthresh)
    ax.set(xlabel="actual spend (EUR)", ylabel="predicted spend (EUR)",
           title=_title(target, family, "predicted vs actual"))
    ax.text(0.02, 0.98, f"Spearman {metrics['spearman']:.3f}\nR² {metrics['r2']:.3f}\nMAE {metrics['mae']:,.0f} EUR",
            transform=ax.transAxes, va="top", ha="left", fontsize=9,
            bbox={"boxstyle": "round", "facecolor": "white", "alpha": 0.8})
    ax.legend(loc="lower right")
    ax.grid(alpha=0.3)
    return _png(figure)


def calibration_holdout_png(table: pd.DataFrame, *, target: str, family: str) -> bytes | None:
    """Mean predicted and mean actual per purchase-count group (bars: clients per group)."""
    if table.empty:
        return None
    figure = _figure(figsize=(FIGSIZE[0], FIGSIZE[1] + 1.0))
    top, bottom = figure.subplots(2, 1, sharex=True, height_ratios=[3, 1])
    x = np.arange(len(table))
    top.plot(x, table["mean_actual"], marker="o", color="#333333", lw=2, label="actual")
    top.plot(x, table["mean_predicted"], marker="s", color="#1f4e79", lw=2, ls="--", label="predicted")
    top.set(ylabel=f"mean {OUTCOME_NAMES.get(target, target)}",
            title=_title(target, family, "calibration by past purchases"))
    top.legend(loc="upper left")
    top.grid(alpha=0.3)
    bottom.bar(x, table["clients"], color="#8fb3d9")
    bottom.set(xticks=x, xticklabels=table["purchases_before"].astype(str), xlabel="purchases before the as-of date",
               ylabel="clients")
    return _png(figure)


def lift_png(table: pd.DataFrame, *, target: str, family: str) -> bytes | None:
    """Cumulative share of the outcome captured by the top deciles, against random targeting."""
    if table.empty or not np.isfinite(table["cumulative_share"]).any():
        return None
    figure = _figure()
    ax = figure.add_subplot()
    reach = np.concatenate([[0.0], table["clients"].cumsum() / table["clients"].sum()])
    captured = np.concatenate([[0.0], table["cumulative_share"].to_numpy(dtype=np.float64)])
    lift = float(table["cumulative_lift"].iloc[0])
    ax.plot(reach, captured, marker="o", color="#1f4e79", lw=2, label=f"model (top-decile lift {lift:.2f})")
    ax.plot([0, 1], [0, 1], color="grey", ls="--", lw=1, label="random")
    ax.set(xlim=(0, 1), ylim=(0, 1.01), xlabel="share of clients targeted (highest scores first)",
           ylabel=f"share of the {OUTCOME_NAMES.get(target, target)} captured", title=_title(target, family, "lift curve"))
    ax.legend(loc="lower right")
    ax.grid(alpha=0.3)
    return _png(figure)


def _primary_metric(target: str, y: np.ndarray, scores: np.ndarray) -> float:
    """:data:`PRIMARY_METRIC` of ``target`` as :func:`target_metrics` gives it, without the other
    metrics: the AUC of a classifier (NaN with one class), the composite of an amount."""
    if is_classification(target):
        from sklearn.metrics import roc_auc_score

        return float(roc_auc_score(y, scores)) if len(np.unique(y)) == 2 else float("nan")
    return target_metrics(target, y, scores)[PRIMARY_METRIC[target]]


def group_importance(pipeline, target: str, frame: pd.DataFrame, y: np.ndarray, *, seed: int = 42,
                     repeats: int = IMPORTANCE_REPEATS, predicted: np.ndarray | None = None,
                     predict: Callable[..., np.ndarray] = predict_target) -> pd.DataFrame:
    """Drop of the primary metric when each feature group is shuffled (mean and std over
    ``repeats``), largest first. ``frame`` holds the pipeline's input columns of the held-out
    clients (a seeded sample of :data:`IMPORTANCE_MAX_ROWS` when there are more); ``predicted``
    its unshuffled scores when already known. Columns: group, n_columns, importance, std, metric,
    baseline."""
    metric = PRIMARY_METRIC[target]
    columns = [c for c in getattr(pipeline, "feature_names_in_", frame.columns) if c in frame.columns]
    frame = frame[columns].reset_index(drop=True)
    y = np.asarray(y)
    rng = np.random.default_rng(seed)
    if len(frame) > IMPORTANCE_MAX_ROWS:
        keep = np.sort(rng.choice(len(frame), IMPORTANCE_MAX_ROWS, replace=False))
        frame, y = frame.iloc[keep].reset_index(drop=True), y[keep]
        predicted = None if predicted is None else np.asarray(predicted)[keep]
    if predicted is None:
        predicted = predict(pipeline, target, frame)
    baseline = _primary_metric(target, y, predicted)
    groups = feature_groups(columns)
    orders = [(group_columns, rng.permutation(len(frame))) for group_columns in groups.values() for _ in range(repeats)]
    scores = predict(pipeline, target, shuffled_copies(frame, orders)) if orders else np.array([])
    rows = []
    n = len(frame)
    for g, (name, group_columns) in enumerate(groups.items()):
        drops = [baseline - _primary_metric(target, y, scores[(g * repeats + r) * n:(g * repeats + r + 1) * n])
                 for r in range(repeats)]
        rows.append({"group": name, "n_columns": len(group_columns), "importance": float(np.mean(drops)),
                     "std": float(np.std(drops)), "metric": metric, "baseline": float(baseline)})
    table = pd.DataFrame(rows, columns=["group", "n_columns", "importance", "std", "metric", "baseline"])
    return table.sort_values("importance", ascending=False, kind="stable").reset_index(drop=True)


def shuffled_copies(frame: pd.DataFrame, orders: list[tuple[list[str], np.ndarray]]) -> pd.DataFrame:
    """``frame`` stacked once per ``(columns, order)``, copy k with its ``columns`` taken in
    row order ``order`` (the other columns unchanged): the rows :func:`group_importance` scores.
    Built in numpy, one tiled 2-D array per dtype, not as a frame per copy."""
    n = len(frame)
    parts = []
    for _, columns in frame.columns.to_series().groupby(frame.dtypes.astype(str).to_numpy(), sort=False):
        names = list(columns)
        values = frame[names].to_numpy()
        tiled = np.tile(values, (len(orders), 1))
        position = {name: i for i, name in enumerate(names)}
        for copy, (group_columns, order) in enumerate(orders):
            shuffled = [position[c] for c in group_columns if c in position]
            if shuffled:
                tiled[copy * n:(copy + 1) * n, shuffled] = values[np.ix_(order, shuffled)]
        parts.append(pd.DataFrame(tiled, columns=names))
    if not parts:
        return frame.iloc[:0].copy()
    return pd.concat(parts, axis=1)[list(frame.columns)]


def importance_png(table: pd.DataFrame, *, target: str, family: str) -> bytes | None:
    """Horizontal bars of :func:`group_importance`, largest on top; None when nothing was measured."""
    table = table[np.isfinite(table["importance"].astype(float))]
    if table.empty:
        return None
    metric = METRIC_NAMES.get(str(table["metric"].iloc[0]), (str(table["metric"].iloc[0]), ""))[0]
    ordered = table.iloc[::-1]
    figure = _figure(figsize=(FIGSIZE[0] + 1.0, 0.45 * len(ordered) + 1.6))
    ax = figure.add_subplot()
    labels = [f"{g} ({n})" if n > 1 else g for g, n in zip(ordered["group"], ordered["n_columns"])]
    colors = ["#1f4e79" if v >= 0 else "#c0504d" for v in ordered["importance"]]
    ax.barh(labels, ordered["importance"], xerr=ordered["std"], color=colors, ecolor="grey", capsize=2)
    ax.axvline(0, color="grey", lw=1)
    ax.set(xlabel=f"drop in {metric} when the group is shuffled (baseline {float(table['baseline'].iloc[0]):.3f})")
    figure.suptitle(_title(target, family, "feature importance"))
    ax.grid(axis="x", alpha=0.3)
    return _png(figure)


def evaluation_artifacts(pipeline, target: str, family: str, frame: pd.DataFrame, y: np.ndarray, *,
                         seed: int = 42, frequency: np.ndarray | None = None,
                         predicted: np.ndarray | None = None) -> dict[str, bytes]:
    """Artifact path → content for one model on its held-out clients: the PNG plots of its kind
    and the importance, calibration-by-frequency and lift tables as CSV (``frequency``: purchases
    before the as-of date per row, for the calibration plot; ``predicted``: the model's scores of
    the rows when already known, else they are predicted here). Plots that are undefined (one
    class only) are left out."""
    y = np.asarray(y, dtype=np.float64)
    columns = [c for c in getattr(pipeline, "feature_names_in_", frame.columns) if c in frame.columns]
    frame = frame[columns].reset_index(drop=True)
    out: dict[str, bytes | None] = {}
    if len(y) == 0:
        return {}
    if predicted is None or len(predicted) != len(frame) or np.isnan(np.asarray(predicted, dtype=float)).any():
        predicted = predict_target(pipeline, target, frame)
    predicted = np.asarray(predicted, dtype=np.float64)
    if is_classification(target):
        out[ROC_CURVE] = roc_curve_png(y, predicted, target=target, family=family)
        out[CALIBRATION_CURVE] = calibration_curve_png(y, predicted, target=target, family=family)
    else:
        out[PREDICTED_VS_ACTUAL] = predicted_vs_actual_png(y, predicted, target=target, family=family)
    importance = group_importance(pipeline, target, frame, y, seed=seed, predicted=predicted)
    out[FEATURE_IMPORTANCE] = importance_png(importance, target=target, family=family)
    out[FEATURE_IMPORTANCE_TABLE] = importance.round(6).to_csv(index=False).encode()
    if frequency is not None:
        calibration = calibration_by_frequency(frequency, y, predicted)
        out[CALIBRATION_HOLDOUT] = calibration_holdout_png(calibration, target=target, family=family)
        out[CALIBRATION_HOLDOUT_TABLE] = calibration.round(6).to_csv(index=False).encode()
    lift = lift_table(y, predicted)
    out[LIFT_CURVE] = lift_png(lift, target=target, family=family)
    out[LIFT_TABLE] = lift.round(6).to_csv(index=False).encode()
    return {path: content for path, content in out.items() if content is not None}
