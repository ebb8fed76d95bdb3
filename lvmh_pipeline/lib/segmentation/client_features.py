"""The client feature view: one row per client joining what is known about them.

Profile facts (notes), intents and next actions (concepts), the next dated occasion, RFM from
the orders, the champion models' predictions (null before the first champion), the cluster and
the top recommendations. It is the one table segment rules (:mod:`.rules`) and the dashboard's
client pages read, so a fact means the same thing everywhere. Columns: :data:`CLIENT_FEATURES_COLUMNS`,
whose kinds (:data:`COLUMN_KINDS`) are what rules are type-checked against.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from lvmh_pipeline.lib.common.cells import as_list
from lvmh_pipeline.lib.segmentation.occasions import next_occasions

# column -> kind: number | text | bool | list (of text); dates are ISO text (they compare as text).
COLUMN_KINDS: dict[str, str] = {
    "client_id": "text",
    "n_notes": "number", "first_note_date": "text", "last_note_date": "text", "days_since_last_note": "number",
    "languages": "list",
    "budget_min_eur": "number", "budget_max_eur": "number", "budget_flexible": "bool",
    "allergies": "list", "diets": "list", "occasions": "list", "interests": "list", "product_interests": "list",
    "colors": "list", "materials": "list", "brands": "list", "top_concepts": "list",
    "intents": "list", "next_actions": "list",
    "next_occasion": "text", "next_occasion_date": "text", "days_to_next_occasion": "number",
    "n_orders": "number", "total_spend_eur": "number", "first_order_date": "text", "last_order_date": "text",
    "days_since_last_order": "number", "r_score": "number", "f_score": "number", "m_score": "number",
    "rfm_code": "text", "rfm_segment": "text", "has_history": "bool",
    "purchase_probability": "number", "churn_risk": "number", "predicted_clv": "number",
    "value_segment": "text", "risk_segment": "text", "expected_purchases": "number", "p_alive": "number",
    "history": "text", "has_prediction": "bool",
    "cluster_id": "number", "cluster_name": "text",
    "recommended_products": "list", "recommended_categories": "list", "top_recommendation": "text",
    "reference_date": "text",
}
CLIENT_FEATURES_COLUMNS: list[str] = list(COLUMN_KINDS)

PROFILE_LIST_COLUMNS = ("languages", "allergies", "diets", "occasions", "interests", "product_interests", "colors",
                        "materials", "brands", "top_concepts")
RFM_COLUMNS = ("n_orders", "total_spend_eur", "first_order_date", "last_order_date", "days_since_last_order",
               "r_score", "f_score", "m_score", "rfm_code", "rfm_segment")
# Prediction columns taken when the predictions table has them (null otherwise).
PREDICTION_COLUMNS = ("purchase_probability", "churn_risk", "predicted_clv", "value_segment", "risk_segment",
                      "expected_purchases", "p_alive", "history")
_TEXT_PREDICTIONS = ("value_segment", "risk_segment", "history")
NO_PURCHASE_SEGMENT = "No purchase"


def concept_lists(note_concepts: pd.DataFrame, bucket: str) -> pd.Series:
    """client_id → sorted distinct non-negated concepts of one bucket (``intent``, ``next_actions`` …)."""
    if note_concepts.empty:
        return pd.Series(dtype=object)
    rows = note_concepts.loc[(note_concepts["bucket"] == bucket)
                             & ~note_concepts["negated"].fillna(False).astype(bool), ["client_id", "concept"]]
    return rows.astype(str).drop_duplicates().groupby("client_id")["concept"].agg(lambda s: sorted(s))


def build_client_features(
    profiles: pd.DataFrame,
    note_concepts: pd.DataFrame,
    rfm: pd.DataFrame,
    predictions: pd.DataFrame,
    clusters: pd.DataFrame,
    recommendations: pd.DataFrame,
    *,
    reference: pd.Timestamp,
) -> pd.DataFrame:
    """One row per client of ``profiles``, ``rfm`` or ``predictions`` (sorted by id), columns
    :data:`CLIENT_FEATURES_COLUMNS`. ``predictions`` may be empty (no champion yet) or lack the
    newer columns: those are null. A client without notes has empty lists and 0 notes; without
    orders 0 orders, null scores and RFM segment "No purchase"."""
    ids = sorted(set(_ids(profiles)) | set(_ids(rfm)) | set(_ids(predictions)))
    out = pd.DataFrame({"client_id": pd.Series(ids, dtype=object)})
    out = out.merge(_keyed(profiles), on="client_id", how="left")
    out["n_notes"] = pd.to_numeric(out.get("n_notes"), errors="coerce").fillna(0).astype(np.int64)
    for column in ("budget_min_eur", "budget_max_eur"):
        out[column] = pd.to_numeric(out.get(column), errors="coerce").astype(float)
    out["budget_flexible"] = [v is True or (not isinstance(v, str) and pd.notna(v) and bool(v))
                              for v in out.get("budget_flexible", pd.Series(None, index=out.index))]
    for column in PROFILE_LIST_COLUMNS:
        out[column] = [[str(v) for v in as_list(cell)] for cell in out.get(column, pd.Series(None, index=out.index))]
    for column in ("first_note_date", "last_note_date"):
        out[column] = _iso_days(out.get(column, pd.Series(None, index=out.index)))
    last_note = pd.to_datetime(out["last_note_date"], errors="coerce")
    out["days_since_last_note"] = (reference - last_note).dt.days.astype(float)
    for column, bucket in (("intents", "intent"), ("next_actions", "next_actions")):
        found = concept_lists(note_concepts, bucket)
        out[column] = [list(found.get(c, [])) for c in out["client_id"]]
    out = pd.concat([out, next_occasions(out["occasions"], reference)], axis=1)

    out = out.merge(_keyed(rfm, RFM_COLUMNS), on="client_id", how="left")
    out["n_orders"] = pd.to_numeric(out["n_orders"], errors="coerce").fillna(0).astype(np.int64)
    out["total_spend_eur"] = pd.to_numeric(out["total_spend_eur"], errors="coerce").fillna(0.0).astype(float)
    for column in ("days_since_last_order", "r_score", "f_score", "m_score"):
        out[column] = pd.to_numeric(out[column], errors="coerce").astype(float)
    out["rfm_segment"] = out["rfm_segment"].where(out["n_orders"] > 0, NO_PURCHASE_SEGMENT)
    out["has_history"] = out["n_orders"] > 0

    available = [c for c in PREDICTION_COLUMNS if c in predictions.columns]
    out = out.merge(_keyed(predictions, available), on="client_id", how="left", indicator="_scored")
    out["has_prediction"] = out.pop("_scored").eq("both")
    for column in PREDICTION_COLUMNS:
        if column not in out:
            out[column] = None
        if column not in _TEXT_PREDICTIONS:
            out[column] = pd.to_numeric(out[column], errors="coerce").astype(float)
        else:
            out[column] = out[column].where(out[column].notna(), None)

    out = out.merge(_keyed(clusters, ("cluster_id", "cluster_name")), on="client_id", how="left")
    out["cluster_id"] = pd.to_numeric(out["cluster_id"], errors="coerce").astype(float)
    out = out.merge(_top_recommendations(recommendations), on="client_id", how="left")
    for column in ("recommended_products", "recommended_categories"):
        out[column] = [as_list(cell) for cell in out[column]]
    out["reference_date"] = reference.strftime("%Y-%m-%d")
    out = out.astype({c: object for c in ("first_order_date", "last_order_date", "rfm_code", "cluster_name",
                                          "top_recommendation", "next_occasion", "next_occasion_date")})
    for column in ("first_order_date", "last_order_date", "rfm_code", "cluster_name", "top_recommendation"):
        out[column] = out[column].where(out[column].notna(), None)
    return out[CLIENT_FEATURES_COLUMNS].reset_index(drop=True)


def _ids(frame: pd.DataFrame) -> list[str]:
    return frame["client_id"].astype(str).tolist() if "client_id" in frame.columns else []


def _keyed(frame: pd.DataFrame, columns=None) -> pd.DataFrame:
    """``client_id`` (text) + ``columns`` (all when None) of ``frame``, one row per client."""
    if "client_id" not in frame.columns:
        return pd.DataFrame({"client_id": pd.Series(dtype=object), **{c: pd.Series(dtype=object) for c in columns or []}})
    keep = ["client_id", *(c for c in (columns if columns is not None else frame.columns) if c != "client_id")]
    present = [c for c in keep if c in frame.columns]
    out = frame[present].assign(client_id=frame["client_id"].astype(str)).drop_duplicates("client_id")
    for column in keep:
        if column not in out:
            out[column] = None
    return out[keep]


def _iso_day(value: object) -> str | None:
    if value is None or (isinstance(value, float) and np.isnan(value)) or value is pd.NaT:
        return None
    stamp = pd.to_datetime(value, errors="coerce")
    return None if pd.isna(stamp) else stamp.strftime("%Y-%m-%d")


def _iso_days(values: pd.Series) -> pd.Series:
    """YYYY-MM-DD per cell (dates, timestamps or date strings, local day), None where it is not a
    date. Plain ``YYYY-MM-DD`` strings, what the profiles hold, are parsed in one call."""
    plain = values.map(lambda v: isinstance(v, str) and len(v) == 10 and v[4] == v[7] == "-").astype(bool)
    out = pd.Series(None, index=values.index, dtype=object)
    out[~plain] = values[~plain].map(_iso_day)
    stamps = pd.to_datetime(values[plain], format="%Y-%m-%d", errors="coerce")
    out[plain] = stamps.dt.strftime("%Y-%m-%d").astype(object).where(stamps.notna(), None)
    return out


def _top_recommendations(recommendations: pd.DataFrame) -> pd.DataFrame:
    """client_id → recommended product ids and distinct categories by rank, and the rank-1 product name."""
    columns = ["client_id", "recommended_products", "recommended_categories", "top_recommendation"]
    if recommendations.empty or "product_id" not in recommendations.columns:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in columns})
    recs = recommendations.assign(client_id=recommendations["client_id"].astype(str),
                                  product_id=recommendations["product_id"].astype(str))
    recs = recs.sort_values(["client_id", "rank"], kind="stable")
    grouped = recs.groupby("client_id", sort=False)
    out = pd.DataFrame({
        "recommended_products": grouped["product_id"].agg(list),
        "recommended_categories": grouped["category"].agg(lambda s: list(dict.fromkeys(s.astype(str)))),
        "top_recommendation": grouped["product_name"].first().astype(str),
    }).reset_index()
    return out[columns]
