"""The words the MLflow UI shows next to a model: registered-model, version and run descriptions.

Pure text builders (no MLflow call). Every text says what the target is (label and window), where
the labels come from, the family, the feature groups the pipeline reads and the held-out
metrics, so a reader of the registry page does not have to open the code to know what a version
predicts and how well.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from lvmh_pipeline.lib.modeling.feature_columns import CATEGORY_COUNTS, LIFECYCLE_COLUMNS, PROFILE_COLUMNS, RFM_COLUMNS
from lvmh_pipeline.lib.modeling.labeling.labels import Horizons
from lvmh_pipeline.lib.modeling.evaluation import LABEL_COLUMNS
from lvmh_pipeline.lib.modeling.models import BGNBD_INPUTS

FAMILY_SUMMARY: dict[str, str] = {
    "fast": "random forest on concept TF-IDF, profile statistics and RFM",
    "elite": ("stacking of random forest, gradient boosting and logistic regression (logistic meta-model; "
              "voting regressor with Poisson members for CLV) on the fast inputs + lifecycle, concept "
              "co-occurrence, BG/NBD features and note embeddings"),
    "bgnbd": ("BG/NBD on the client's purchase history (frequency, recency, age), Gamma-Gamma spend per "
              "purchase for CLV: a rate model that carries any horizon"),
    "pnbd": ("Pareto/NBD on the client's purchase history (frequency, recency, age), Gamma-Gamma spend per "
             "purchase for CLV: a rate model that carries any horizon"),
}
# Readable names and formats of the held-out metrics, in the order a sentence lists them.
METRIC_NAMES: dict[str, tuple[str, str]] = {
    "auc": ("AUC", "{:.3f}"), "log_loss": ("log loss", "{:.3f}"), "brier": ("Brier", "{:.3f}"),
    "accuracy": ("accuracy", "{:.3f}"), "calibration_error": ("calibration error", "{:.3f}"),
    "composite": ("size-aware score", "{:.3f}"),
    "spearman": ("Spearman", "{:.3f}"), "r2": ("R²", "{:.3f}"), "mae": ("MAE", "{:,.0f} EUR"),
    "rmse": ("RMSE", "{:,.0f} EUR"), "sum_ratio": ("Σpredicted/Σactual", "{:.3f}"),
}
# The naive score each backtest fold is compared with (lib/modeling/backtesting/backtest.py BASELINE_SCORE).
BACKTEST_BASELINES: dict[str, str] = {
    "purchase": "recency, the fewer days since the last order the likelier",
    "churn": "recency, the more days since the last order the likelier",
    "clv": "past-year spend",
}
_NOTE_COUNTS = ("n_concept_mentions", "n_distinct_concepts", "n_negated")
_RECENCY = ("has_history", "recency_days", "tenure_days", "purchase_days", "ipi_mean_days", "ipi_std_days",
            "overdue_ratio")
GROUP_ORDER: tuple[str, ...] = (
    "concept text (TF-IDF)", "note activity", "concept counts", "budget", "intent concepts",
    "order recency (RFM)", "order frequency and spend (RFM)", "lifecycle", "concept co-occurrence",
    "purchase history summary (BTYD)", "note embedding", "other",
)


def feature_group(column: str) -> str:
    """The readable block a feature-frame column belongs to (``other`` for an unknown column)."""
    if column == "concept_text":
        return "concept text (TF-IDF)"
    if column.startswith("btyd_") or column == "best_year_spend":
        return "purchase history summary (BTYD)"
    if column.startswith("emb_"):
        return "note embedding"
    if column.startswith("co_"):
        return "concept co-occurrence"
    if column.startswith("intent_"):
        return "intent concepts"
    if column == "has_budget" or column.startswith("budget_"):
        return "budget"
    if column in _NOTE_COUNTS or column in CATEGORY_COUNTS.values():
        return "concept counts"
    if column in PROFILE_COLUMNS:
        return "note activity"
    if column in _RECENCY:
        return "order recency (RFM)"
    if column in RFM_COLUMNS:
        return "order frequency and spend (RFM)"
    if column in LIFECYCLE_COLUMNS:
        return "lifecycle"
    return "other"


def feature_groups(columns: Iterable[str]) -> dict[str, list[str]]:
    """Columns by :func:`feature_group`, groups in :data:`GROUP_ORDER`, columns in input order."""
    groups: dict[str, list[str]] = {}
    for column in columns:
        groups.setdefault(feature_group(str(column)), []).append(str(column))
    return {name: groups[name] for name in GROUP_ORDER if name in groups}


def inputs_sentence(family: str, columns: list[str]) -> str:
    """``54 input columns: concept text (TF-IDF), note activity (8), …``."""
    groups = feature_groups(columns)
    parts = [name if len(cols) == 1 and name != "other" else f"{name} ({len(cols)})" for name, cols in groups.items()]
    text = f"{len(columns)} input columns: {', '.join(parts)}" if parts else "no input column"
    if family == "elite" and set(BGNBD_INPUTS) <= set(columns):
        text += ("; the pipeline adds BG/NBD features (P(alive), P(purchase), expected purchases) fitted on "
                 "the training histories")
    return text


def target_sentence(target: str, horizons: Horizons | None) -> str:
    """What the model predicts, with the label window when the labels come from transactions."""
    label = LABEL_COLUMNS[target]
    if horizons is None:
        what = {"purchase": "the probability that the client purchases",
                "churn": "the probability that the client churns",
                "clv": "the client's lifetime value (EUR)",
                "purchases": "the client's expected number of purchases"}[target]
        return f"Predicts {what}, as defined by the `{label}` column of the labels file (its own window)."
    if target == "purchase":
        return (f"Predicts the probability that the client places at least one order in the "
                f"{horizons.purchase_days} days after the as-of date T (label `{label}`).")
    if target == "churn":
        return (f"Predicts the probability that a client who ordered in the {horizons.active_lookback_days} days "
                f"before T places no order in the {horizons.churn_days} days after it (label `{label}`; "
                "clients not active before T are not labelled).")
    if target == "purchases":
        return (f"Predicts the expected number of days with an order in the {horizons.purchase_days} days after "
                f"the as-of date T (label `{label}`).")
    return f"Predicts the client's spend in EUR in the {horizons.clv_days} days after T (label `{label}`)."


def label_sentence(label_source: str, as_of: date | str | None) -> str:
    """Where the labels come from and at which date."""
    at = f" with T = {as_of}" if as_of else ""
    if label_source == "transactions":
        return (f"Labels computed from transactions.csv{at}; features use notes and orders dated ≤ T only.")
    if label_source in ("labels.csv", "labels_csv"):
        return f"Labels read from the house's labels.csv{at}."
    return f"Labels from {label_source}{at}."


def metrics_sentence(metrics: Mapping[str, Any], n_validation: Any = None, target: str | None = None) -> str:
    """``Held-out (379 clients): AUC 0.820, log loss 0.452, …`` (unknown metrics left out;
    errors in purchases, not EUR, for the ``purchases`` target)."""
    parts = []
    for key, (name, fmt) in METRIC_NAMES.items():
        if target == "purchases" and key in ("mae", "rmse"):
            fmt = "{:.3f} purchases"
        value = metrics.get(key)
        if value is None:
            continue
        value = float(value)
        parts.append(f"{name} {fmt.format(value) if math.isfinite(value) else 'n/a'}")
    if not parts:
        return "No held-out metric was logged."
    clients = f" ({_int(n_validation):,} clients)" if _int(n_validation) is not None else ""
    return f"Held-out{clients}: {', '.join(parts)}."


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def version_description(
    *,
    target: str,
    family: str,
    label_source: str,
    feature_columns: list[str],
    metrics: Mapping[str, Any],
    params: Mapping[str, Any] | None = None,
    as_of: date | str | None = None,
    horizons: Horizons | None = None,
    fit_seconds: float | None = None,
    data_digest: str = "",
) -> str:
    """Markdown for a registered version and its training run: what, on what, how well."""
    params = params or {}
    summary = FAMILY_SUMMARY.get(family, family)
    estimator = f" (`{params['estimator']}`)" if params.get("estimator") else ""
    lines = [
        f"**{family}** model for **{target}**: {summary}{estimator}.",
        "",
        target_sentence(target, horizons),
        label_sentence(label_source, as_of),
        f"Inputs: {inputs_sentence(family, feature_columns)}.",
    ]
    n_train, n_valid = _int(params.get("n_train")), _int(params.get("n_validation"))
    if n_train is not None:
        split = f"Trained on {n_train:,} labelled clients"
        if n_valid is not None:
            split += f", measured on {n_valid:,} held-out clients"
        if params.get("test_size") is not None and params.get("seed") is not None:
            split += f" (held-out share {params['test_size']}, stratified, seed {params['seed']})"
        if fit_seconds is not None:
            split += f"; fit in {fit_seconds:.1f} s"
        lines.append(split + ".")
    lines.append(metrics_sentence(metrics, n_valid, target))
    if data_digest:
        lines.append(f"Training data digest `{data_digest[:12]}`.")
    return "\n".join(lines)


def registered_model_description(target: str, name: str, *, horizons: Horizons | None = None) -> str:
    """Markdown for a registered model (one per target): the target, the families, the aliases."""
    return "\n".join([
        f"**{name}**: {target_sentence(target, horizons)}",
        "",
        "Labels come from transactions.csv around an as-of date T (features use data dated ≤ T only) or "
        "from a house's labels.csv; each version's description and `label_source` tag say which.",
        "",
        f"Versions are tagged `family`: **fast** ({FAMILY_SUMMARY['fast']}), **elite** ({FAMILY_SUMMARY['elite']}), "
        f"**bgnbd** and **pnbd** ({FAMILY_SUMMARY['pnbd'].replace('Pareto/NBD', 'BG/NBD or Pareto/NBD')}).",
        "",
        "Alias `champion` is the version that serves predictions, chosen by `best_model` on one shared held-out "
        "set (a candidate must beat it by the margin); `previous_champion` is the rollback target "
        f"(`lvmh-pipeline rollback --target {target}`). Each compared version's run holds the decision in "
        "`selection/comparison.md`.",
    ])


def backtest_description(result: Any, baseline: str) -> str:
    """Markdown for a backtest run: what was fitted when, and how it compares with the baseline."""
    table = result.table()
    metric = METRIC_NAMES.get(result.metric, (result.metric, "{:.3f}"))[0]
    lines = [
        f"Out-of-time backtest of the **{result.family}** family for **{result.target}** ({metric} against "
        f"a naive baseline: {baseline}). Each fold fits on every labelled client at its training date and "
        "scores the clients known at its evaluation date with the data of that day.",
        "",
    ]
    for k, row in enumerate(table.itertuples()):
        lift = "" if not _finite(row.lift) else f" ({row.lift:+.3f})"
        lines.append(
            f"- fold {k}: train {row.train_as_of} on {int(row.n_train):,} clients → eval {row.eval_as_of} on "
            f"{int(row.n_eval):,} clients: model {_fmt(row.value)} vs baseline {_fmt(row.baseline)}{lift}"
        )
    for fold, reason in getattr(result, "skipped", []):
        lines.append(f"- skipped {fold.train_as_of} → {fold.eval_as_of}: {reason}")
    return "\n".join(lines)


def _finite(value: Any) -> bool:
    try:
        return math.isfinite(float(value))
    except (TypeError, ValueError):
        return False


def _fmt(value: Any) -> str:
    return f"{float(value):.3f}" if _finite(value) else "n/a"
