"""The predictions' blocks of the dashboard: the per-client rows in the page's shape and the KPIs
(champion versions, headline numbers, clients per segment)."""

from __future__ import annotations

import json
from collections import Counter

import pandas as pd

from lvmh_pipeline.lib.common.cells import as_list
from lvmh_pipeline.lib.scoring.predictions import PREDICTIONS_COLUMNS, RISK_SEGMENTS, VALUE_SEGMENTS
from lvmh_pipeline.lib.scoring.prediction_stats import intent_band, prediction_summary, segment_tables, with_prediction_columns


def dashboard_predictions(predictions: pd.DataFrame) -> pd.DataFrame | None:
    """The predictions in the dashboard's shape (``None`` when there are none): an ``Unknown``
    segment becomes null, ``model_versions`` an object, and the intent band is added."""
    if predictions is None or predictions.empty:
        return None
    out = with_prediction_columns(predictions)[PREDICTIONS_COLUMNS].copy()
    out["value_segment"] = out["value_segment"].astype(object).where(out["value_segment"].isin(VALUE_SEGMENTS), None)
    out["risk_segment"] = out["risk_segment"].astype(object).where(out["risk_segment"].isin(RISK_SEGMENTS), None)
    out["model_versions"] = out["model_versions"].map(_versions)
    out["top_drivers"] = out["top_drivers"].map(lambda v: [str(x) for x in as_list(v)])
    out["intent_band"] = intent_band(out["purchase_probability"])
    return out


def _versions(value: object) -> dict[str, str]:
    if isinstance(value, dict):
        return {str(k): str(v) for k, v in value.items()}
    try:
        parsed = json.loads(str(value))
    except (TypeError, ValueError):
        return {}
    return {str(k): str(v) for k, v in parsed.items()} if isinstance(parsed, dict) else {}


def champion_versions(predictions: pd.DataFrame | None) -> dict[str, str]:
    """target → version of the models behind the predictions (the most frequent mapping)."""
    if predictions is None or predictions.empty:
        return {}
    counts = Counter(json.dumps(_versions(v), sort_keys=True) for v in predictions["model_versions"])
    return json.loads(counts.most_common(1)[0][0])


def dashboard_kpis(predictions: pd.DataFrame | None) -> dict[str, object]:
    """KPIs the dashboard adds when predictions exist: champion versions, headline numbers and
    client counts per segment."""
    if predictions is None or predictions.empty:
        return {"champion_versions": {}, "clients_scored": 0}
    tables = segment_tables(predictions)
    return {
        "champion_versions": champion_versions(predictions),
        **prediction_summary(predictions),
        **{f"{name}_segments": dict(zip(table["segment"], table["clients"].astype(int)))
           for name, table in tables.items()},
    }
