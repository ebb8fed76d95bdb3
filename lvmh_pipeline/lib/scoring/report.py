"""Readable outputs of the predictions: the markdown report for CRM analysts and the CSV export
joined with the client profiles (intent bands, segment counts, the headline summary and the range
checks are in :mod:`.prediction_stats`, the dashboard's blocks in :mod:`.dashboard_blocks`).

The warehouse table keeps the raw signed driver names (``+concept:vip_client``); the CSV export
is for people: drivers in plain words (:mod:`.driver_text`), probabilities rounded to
:data:`PROBABILITY_DECIMALS` decimals and money to cents.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from lvmh_pipeline.lib.outputs.csv_export import write_csv

from lvmh_pipeline.lib.common.cells import as_list
from lvmh_pipeline.lib.scoring.driver_text import driver_sentence, drivers_texts

from lvmh_pipeline.lib.scoring.prediction_stats import (
    intent_band,
    prediction_summary,
    segment_tables,
    with_prediction_columns,
)
from lvmh_pipeline.lib.scoring.predictions import NO_HISTORY_SEGMENT, PREDICTIONS_COLUMNS

REPORT_METRICS: dict[str, tuple[str, ...]] = {
    "purchase": ("auc", "log_loss", "brier", "accuracy", "calibration_error", "n"),
    "churn": ("auc", "log_loss", "brier", "accuracy", "calibration_error", "n"),
    "clv": ("composite", "spearman", "r2", "mae", "sum_ratio", "mean_actual", "mean_predicted", "n"),
    "purchases": ("composite", "spearman", "r2", "mae", "sum_ratio", "mean_actual", "mean_predicted", "n"),
}
_LIST_SEPARATOR = "; "
PROBABILITY_DECIMALS = 3
MONEY_DECIMALS = 2
PROBABILITY_COLUMNS: tuple[str, ...] = ("purchase_probability", "churn_risk", "p_alive")
MONEY_COLUMNS: tuple[str, ...] = ("predicted_clv",)
COUNT_COLUMNS: tuple[str, ...] = ("expected_purchases",)
COUNT_DECIMALS = 2


@lru_cache(maxsize=1)
def concept_categories() -> dict[str, str]:
    """Concept label → taxonomy category of the shipped taxonomy, to phrase concept drivers
    ({} when the taxonomy cannot be loaded: the drivers are then phrased generically)."""
    from lvmh_pipeline.lib.concepts.taxonomy import TaxonomyError, load_taxonomy

    try:
        return {concept.concept: concept.category for concept in load_taxonomy().concepts}
    except (TaxonomyError, OSError, ValueError):
        return {}


def round_for_people(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy with the probabilities rounded to 3 decimals and the amounts to cents (NaN kept)."""
    out = frame.copy()
    for columns, decimals in ((PROBABILITY_COLUMNS, PROBABILITY_DECIMALS), (MONEY_COLUMNS, MONEY_DECIMALS),
                              (COUNT_COLUMNS, COUNT_DECIMALS)):
        for column in columns:
            if column in out:
                out[column] = pd.to_numeric(out[column], errors="coerce").round(decimals)
    return out


@dataclass(frozen=True)
class ModelSummary:
    """A champion as the report shows it."""

    target: str
    registered_model: str
    version: int
    family: str
    label_source: str = ""
    metrics: dict[str, float] = field(default_factory=dict)  # held-out, logged at training
    horizon_days: int | None = None  # what its outputs are for
    label_days: int | None = None  # the window its labels had (rescaled to the horizon when shorter)


def driver_counts(predictions: pd.DataFrame, n: int = 10) -> pd.DataFrame:
    """The ``n`` drivers found most often among the clients' top drivers, with their meaning
    in plain words."""
    counter: Counter[str] = Counter()
    for drivers in predictions["top_drivers"]:
        counter.update(str(d) for d in as_list(drivers))
    table = pd.DataFrame(counter.most_common(n), columns=["driver", "clients"])
    categories = concept_categories()
    table.insert(1, "meaning", [driver_sentence(d, categories=categories) for d in table["driver"]])
    return table


def _metric_text(summary: ModelSummary) -> str:
    keys = REPORT_METRICS.get(summary.target, ())
    parts = []
    for key in keys:
        value = summary.metrics.get(key)
        if value is None or not math.isfinite(float(value)):
            continue
        parts.append(f"{key} {int(value)}" if key == "n" else f"{key} {float(value):.3f}")
    return ", ".join(parts) or "—"


def _horizon_text(model: ModelSummary) -> str:
    if not model.horizon_days:
        return "—"
    if model.label_days and model.label_days != model.horizon_days:
        return f"{model.horizon_days} d (labels {model.label_days} d, rescaled)"
    return f"{model.horizon_days} d"


def models_table(models: list[ModelSummary]) -> pd.DataFrame:
    """One row per champion: target, registered model, version, family, horizon, held-out metrics."""
    return pd.DataFrame(
        [{"target": m.target, "registered model": m.registered_model, "version": m.version, "family": m.family,
          "horizon": _horizon_text(m), "label source": m.label_source or "—", "held-out metrics": _metric_text(m)}
         for m in models],
        columns=["target", "registered model", "version", "family", "horizon", "label source", "held-out metrics"],
    )


def _md(frame: pd.DataFrame) -> str:
    if frame.empty:
        return "_(none)_"
    shown = frame.copy()
    for column in shown.columns:
        if column == "share":
            shown[column] = shown[column].map(lambda v: f"{v:.1%}")
        elif pd.api.types.is_float_dtype(shown[column]):
            shown[column] = shown[column].map(lambda v: f"{v:,.0f}")
    return shown.to_markdown(index=False)


def _window(models: list[ModelSummary], target: str, default: str) -> str:
    days = next((m.horizon_days for m in models if m.target == target and m.horizon_days), None)
    return f"{days}-day" if days else default


def build_report(predictions: pd.DataFrame, models: list[ModelSummary], *, generated_at: str) -> str:
    """``ml_predictions_report.md``: models, segment counts, CLV totals, frequent drivers."""
    predictions = with_prediction_columns(predictions)
    summary = prediction_summary(predictions)
    tables = segment_tables(predictions)
    missing = sorted({"purchase", "churn", "clv", "purchases"} - {m.target for m in models})
    purchase_window = _window(models, "purchase", "90-day")
    churn_window = _window(models, "churn", "180-day")
    clv_window = _window(models, "clv", "12-month")

    def eur(value: float | None) -> str:
        return "—" if value is None else f"{value:,.0f} EUR"

    def share(value: float | None) -> str:
        return "—" if value is None else f"{value:.1%}"

    def number(value: float | None) -> str:
        return "—" if value is None else f"{value:,.1f}"

    lines = [
        "# ML predictions report",
        "",
        f"Generated {generated_at}. {summary['clients_scored']} clients scored by the champion models "
        "(features as of the latest note or order in the data).",
        "",
        "## Champion models",
        "",
        _md(models_table(models)),
        "",
    ]
    if missing:
        lines += [f"No champion for: {', '.join(missing)} (those scores are left empty).", ""]
    lines += [
        "## Headline",
        "",
        f"- mean {purchase_window} purchase probability: {share(summary['mean_purchase_probability'])} "
        f"(expected buyers: {number(summary['expected_buyers_90d'])}, expected purchases: "
        f"{number(summary['expected_purchases'])})",
        f"- mean {churn_window} churn risk (clients with an order history): {share(summary['mean_churn_risk'])}",
        f"- average predicted {clv_window} CLV: {eur(summary['average_predicted_clv_eur'])}",
        f"- total predicted {clv_window} CLV: {eur(summary['total_predicted_clv_eur'])}",
        f"- order history: {summary['clients_history_ok']} ok, {summary['clients_history_short']} short, "
        f"{summary['clients_history_none']} none (notes only: no churn risk, segment {NO_HISTORY_SEGMENT})",
        "",
        f"## Purchase intent ({purchase_window} purchase probability)",
        "",
        _md(tables["intent"]),
        "",
        f"## Churn risk segments ({churn_window})",
        "",
        _md(tables["risk"]),
        "",
        f"## Value segments (predicted {clv_window} CLV)",
        "",
        _md(tables["value"]),
        "",
        "## Most frequent drivers",
        "",
        "How often each input is among a client's three strongest drivers (`+` above, `-` below "
        "the training average; an approximation, not an exact attribution).",
        "",
        _md(driver_counts(predictions)),
        "",
    ]
    return "\n".join(lines)


def _flatten_lists(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy()
    for column in out.columns:
        if out[column].map(lambda v: isinstance(v, (list, tuple, np.ndarray))).any():
            out[column] = out[column].map(lambda v: _LIST_SEPARATOR.join(str(x) for x in as_list(v)))
    return out


def profiles_with_predictions(profiles: pd.DataFrame, predictions: pd.DataFrame) -> pd.DataFrame:
    """Every scored client with its profile (empty for clients known only from transactions)
    and its predictions plus intent band, for the CSV export: list cells joined with ``"; "``,
    ``top_drivers`` in plain words, probabilities to 3 decimals, CLV to cents."""
    predictions = with_prediction_columns(predictions)
    scored = round_for_people(predictions[PREDICTIONS_COLUMNS]).assign(
        client_id=predictions["client_id"].astype(str).to_numpy(),
        top_drivers=drivers_texts(predictions["top_drivers"], categories=concept_categories()),
    )
    # the band of the exact probability, as in the report (0.2499 is Low even if shown as 0.25)
    scored.insert(2, "intent_band", intent_band(pd.to_numeric(predictions["purchase_probability"], errors="coerce")))
    base = profiles.assign(client_id=profiles["client_id"].astype(str))
    counts = [c for c in base.columns if pd.api.types.is_integer_dtype(base[c])]
    joined = scored[["client_id"]].merge(base, on="client_id", how="left", validate="one_to_one")
    joined = joined.astype({c: "Int64" for c in counts})  # stay integers next to the clients without profile
    joined = joined.merge(scored, on="client_id", how="left", validate="one_to_one")
    return _flatten_lists(joined.sort_values("client_id", ignore_index=True))


PREDICTIONS_CSV = "client_profiles_with_predictions.csv"
PREDICTIONS_REPORT = "ml_predictions_report.md"


def write_prediction_outputs(outputs_dir: Path | str, profiles: pd.DataFrame, predictions: pd.DataFrame,
                             models: list[ModelSummary], *, generated_at: str) -> tuple[Path, Path]:
    """Write the CSV export and the markdown report into ``outputs_dir``; return both paths."""
    folder = Path(outputs_dir)
    folder.mkdir(parents=True, exist_ok=True)
    csv_path, report_path = folder / PREDICTIONS_CSV, folder / PREDICTIONS_REPORT
    write_csv(profiles_with_predictions(profiles, predictions), csv_path)
    report_path.write_text(build_report(predictions, models, generated_at=generated_at), encoding="utf-8")
    return csv_path, report_path
