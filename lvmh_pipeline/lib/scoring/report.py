"""Readable outputs of the predictions: the markdown report for CRM analysts, the CSV export
joined with the client profiles and the range checks (the dashboard's blocks are in
:mod:`.dashboard_blocks`).

Intent bands group clients by 90-day purchase probability (:data:`INTENT_BANDS`); risk and
value segments are those of :mod:`.scoring`.

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

from lvmh_pipeline.lib.scoring.predictions import (
    NO_HISTORY_SEGMENT,
    PREDICTIONS_COLUMNS,
    RISK_SEGMENTS,
    UNKNOWN_SEGMENT,
    VALUE_SEGMENTS,
    VALUE_THRESHOLDS_EUR,
)

# (lower bound, band) from the top: a probability equal to a bound goes to the higher band.
INTENT_BANDS: tuple[tuple[float, str], ...] = ((0.75, "Very high"), (0.50, "High"), (0.25, "Medium"), (0.0, "Low"))
RISK_RANGES: dict[str, str] = {"Safe": "< 0.30", "Monitor": "0.30 – 0.60", "At Risk": "0.60 – 0.80",
                               "Critical": "> 0.80", NO_HISTORY_SEGMENT: "no order yet: cannot churn"}
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


def with_prediction_columns(predictions: pd.DataFrame) -> pd.DataFrame:
    """``predictions`` with every column of :data:`PREDICTIONS_COLUMNS` (a table written before
    ``expected_purchases``, ``p_alive`` and ``history`` existed gets them empty)."""
    missing = [c for c in PREDICTIONS_COLUMNS if c not in predictions]
    if not missing:
        return predictions
    return predictions.assign(**{c: (np.nan if c != "history" else None) for c in missing})


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


def intent_band(probability: np.ndarray | pd.Series) -> np.ndarray:
    """Band of each purchase probability; ``Unknown`` for NaN."""
    p = np.asarray(probability, dtype=np.float64)
    out = np.full(p.shape, UNKNOWN_SEGMENT, dtype=object)
    for bound, band in reversed(INTENT_BANDS):
        out[~np.isnan(p) & (p >= bound)] = band
    return out


def _band_ranges() -> dict[str, str]:
    ranges, upper = {}, None
    for bound, band in INTENT_BANDS:
        ranges[band] = f"≥ {bound:.2f}" if upper is None else f"{bound:.2f} – {upper:.2f}"
        upper = bound
    return ranges


def _value_ranges() -> dict[str, str]:
    low, mid, high = (f"{v:,.0f}" for v in VALUE_THRESHOLDS_EUR)
    return {"Low": f"< {low}", "Medium": f"{low} – {mid}", "High": f"{mid} – {high}", "VIP": f"≥ {high}"}


def _counts(values: pd.Series | np.ndarray, order: tuple[str, ...]) -> pd.DataFrame:
    series = pd.Series(values, dtype=object)
    counts = series.value_counts()
    labels = list(order) + [extra for extra in (NO_HISTORY_SEGMENT, UNKNOWN_SEGMENT)
                            if extra not in order and counts.get(extra, 0)]
    total = max(len(series), 1)
    return pd.DataFrame({"segment": labels, "clients": [int(counts.get(s, 0)) for s in labels],
                         "share": [counts.get(s, 0) / total for s in labels]})


def segment_tables(predictions: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """Client counts per intent band, risk segment and value segment (with their ranges)."""
    intent = _counts(intent_band(predictions["purchase_probability"]), tuple(b for _, b in INTENT_BANDS))
    intent.insert(1, "purchase probability", intent["segment"].map(_band_ranges()).fillna("no model"))
    risk = _counts(predictions["risk_segment"], RISK_SEGMENTS)
    risk.insert(1, "churn risk", risk["segment"].map(RISK_RANGES).fillna("no model"))
    value = _counts(predictions["value_segment"], VALUE_SEGMENTS)
    value.insert(1, "predicted CLV (EUR)", value["segment"].map(_value_ranges()).fillna("no model"))
    clv = pd.to_numeric(predictions["predicted_clv"], errors="coerce")
    totals = clv.groupby(pd.Series(predictions["value_segment"].to_numpy(), index=clv.index)).sum()
    value["total predicted CLV (EUR)"] = value["segment"].map(totals).fillna(0.0)
    return {"intent": intent, "risk": risk, "value": value}


def prediction_summary(predictions: pd.DataFrame) -> dict[str, float | int | None]:
    """Headline numbers: clients scored, mean probabilities, expected buyers and purchases,
    mean and total predicted CLV, clients per history flag."""

    def stat(column: str, how: str) -> float | None:
        if column not in predictions:
            return None
        values = pd.to_numeric(predictions[column], errors="coerce").dropna()
        if values.empty:
            return None
        return round(float(getattr(values, how)()), 4)

    history = predictions["history"] if "history" in predictions else pd.Series(dtype=object)
    return {
        "clients_scored": len(predictions),
        "mean_purchase_probability": stat("purchase_probability", "mean"),
        "expected_buyers_90d": stat("purchase_probability", "sum"),  # legacy key (the page reads it): over the purchase horizon
        "expected_purchases": stat("expected_purchases", "sum"),
        "mean_churn_risk": stat("churn_risk", "mean"),
        "mean_p_alive": stat("p_alive", "mean"),
        "average_predicted_clv_eur": stat("predicted_clv", "mean"),
        "total_predicted_clv_eur": stat("predicted_clv", "sum"),
        **{f"clients_history_{flag}": int(history.eq(flag).sum()) for flag in ("none", "short", "ok")},
    }


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


def range_problems(predictions: pd.DataFrame) -> dict[str, int]:
    """Counts of out-of-range values; all zeros for valid predictions.

    Probabilities must lie in [0, 1], CLV be ≥ 0 (NaN only where the target has no model, and
    then the segment must be ``Unknown``), segments must be known labels, client ids unique.
    """
    problems: dict[str, int] = {}
    for column in ("purchase_probability", "churn_risk"):
        p = pd.to_numeric(predictions[column], errors="coerce")
        problems[f"{column}_outside_0_1"] = int((p.notna() & ~p.between(0.0, 1.0)).sum())
    clv = pd.to_numeric(predictions["predicted_clv"], errors="coerce")
    problems["predicted_clv_negative"] = int((clv < 0).sum())
    problems["predicted_clv_not_finite"] = int((clv.notna() & ~np.isfinite(clv)).sum())
    problems["value_segment_invalid"] = int(
        (~predictions["value_segment"].isin([*VALUE_SEGMENTS, UNKNOWN_SEGMENT])).sum()
        + (clv.isna() != predictions["value_segment"].eq(UNKNOWN_SEGMENT)).sum()
    )
    risk = pd.to_numeric(predictions["churn_risk"], errors="coerce")
    without_risk = predictions["risk_segment"].isin([UNKNOWN_SEGMENT, NO_HISTORY_SEGMENT])
    problems["risk_segment_invalid"] = int(
        (~predictions["risk_segment"].isin([*RISK_SEGMENTS, UNKNOWN_SEGMENT, NO_HISTORY_SEGMENT])).sum()
        + (risk.isna() != without_risk).sum()
    )
    if "history" in predictions:
        none = predictions["history"].eq("none")
        problems["history_invalid"] = int((~predictions["history"].isin(["none", "short", "ok"])).sum())
        problems["no_history_with_churn_risk"] = int((none & risk.notna()).sum())
    if "p_alive" in predictions:
        alive = pd.to_numeric(predictions["p_alive"], errors="coerce")
        problems["p_alive_outside_0_1"] = int((alive.notna() & ~alive.between(0.0, 1.0)).sum())
    if "expected_purchases" in predictions:
        count = pd.to_numeric(predictions["expected_purchases"], errors="coerce")
        problems["expected_purchases_negative_or_not_finite"] = int((count.notna() & ~(np.isfinite(count) & (count >= 0))).sum())
    problems["duplicate_client_ids"] = int(predictions["client_id"].duplicated().sum())
    return problems


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
