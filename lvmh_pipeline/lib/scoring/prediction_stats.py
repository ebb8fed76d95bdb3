"""The numbers of a predictions table: intent bands, client counts per segment, headline
summary and range checks.

The markdown report (:mod:`.report`), the dashboard's blocks (:mod:`.dashboard_blocks`) and the
scoring asset's checks read them. Intent bands group clients by 90-day purchase probability
(:data:`INTENT_BANDS`); risk and value segments are those of :mod:`.predictions`.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

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


def with_prediction_columns(predictions: pd.DataFrame) -> pd.DataFrame:
    """``predictions`` with every column of :data:`PREDICTIONS_COLUMNS` (a table written before
    ``expected_purchases``, ``p_alive`` and ``history`` existed gets them empty)."""
    missing = [c for c in PREDICTIONS_COLUMNS if c not in predictions]
    if not missing:
        return predictions
    return predictions.assign(**{c: (np.nan if c != "history" else None) for c in missing})


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
