"""The analytics blocks of the dashboard document: rule segments and their statistics, RFM
segments, product affinity and customer journeys, plus each client card's segments, RFM and
next occasion, and each cluster's one-line description.

:func:`add_analytics` adds them to a document built by
:func:`~lvmh_pipeline.lib.outputs.dashboard.build_dashboard`; every addition is optional in the
schema, so a document without them stays valid. Top-level blocks are lists of flat records (the
table rows; JSON-text columns of ``segment_stats`` become lists):

- ``segment_stats``: one record per rule segment (:data:`~lvmh_pipeline.lib.segmentation.segment_stats.SEGMENT_STATS_COLUMNS`);
- ``rfm_segments``: one record per RFM segment (clients, share, recency, orders, spend);
- ``product_affinity``: the strongest pairs per level (product, category), each pair once;
- ``customer_journey``: the rows of the ``customer_journey`` table (``measure, breakdown, period,
  statistic, value, clients``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import pandas as pd

from lvmh_pipeline.lib.analytics.affinity import top_pairs
from lvmh_pipeline.lib.analytics.rfm import segment_summary
from lvmh_pipeline.lib.common.cells import as_list
from lvmh_pipeline.lib.outputs.json_values import json_safe

JSON_COLUMNS = ("rfm_distribution", "offer_products", "offer_categories", "top_member_concepts")
AFFINITY_FIELDS = ["level", "antecedent", "consequent", "antecedent_name", "consequent_name", "orders_together",
                   "support", "confidence", "lift"]
RFM_FIELDS = ["r_score", "f_score", "m_score", "rfm_code", "n_orders", "total_spend_eur", "days_since_last_order",
              "last_order_date"]
TOP_PAIRS_PER_LEVEL = 25


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    return json_safe(frame.to_dict(orient="records")) if len(frame) else []


def document_blocks(segment_stats: pd.DataFrame, rfm_segments: pd.DataFrame, product_affinity: pd.DataFrame,
                    customer_journey: pd.DataFrame, top_pairs_per_level: int = TOP_PAIRS_PER_LEVEL) -> dict[str, list]:
    """The four top-level blocks (an empty list for an empty table)."""
    stats = segment_stats.copy()
    for column in JSON_COLUMNS:
        if column in stats:
            stats[column] = [json.loads(v) if isinstance(v, str) else [] for v in stats[column]]
    pairs = [top_pairs(product_affinity, level, top_pairs_per_level) for level in ("product", "category")]
    pairs = [p[AFFINITY_FIELDS] for p in pairs if len(p)]
    return {
        "segment_stats": _records(stats),
        "rfm_segments": _records(segment_summary(rfm_segments)),
        "product_affinity": _records(pd.concat(pairs, ignore_index=True)) if pairs else [],
        "customer_journey": _records(customer_journey),
    }


def client_extras(client_features: pd.DataFrame, segments: pd.DataFrame) -> dict[str, dict[str, Any]]:
    """Per client: ``segments`` (rule segment names), ``rfm_segment``, ``rfm`` (scores, orders,
    spend, recency; null without orders) and ``next_occasion`` (``occasion, date, days_until``, or null)."""
    names = (segments.assign(client_id=segments["client_id"].astype(str)).groupby("client_id")["segment_name"].agg(list)
             if len(segments) else pd.Series(dtype=object))
    out: dict[str, dict[str, Any]] = {}
    for row in client_features.to_dict(orient="records"):
        client = str(row["client_id"])
        has_orders = bool(row.get("has_history"))
        when = row.get("next_occasion_date")
        out[client] = json_safe({
            "segments": list(names.get(client, [])),
            "rfm_segment": row.get("rfm_segment"),
            "rfm": _rfm(row) if has_orders else None,
            "next_occasion": {"occasion": row.get("next_occasion"), "date": when,
                              "days_until": row.get("days_to_next_occasion")} if isinstance(when, str) else None,
        })
    return out


def _rfm(row: Mapping[str, Any]) -> dict[str, Any]:
    rfm = {field: row.get(field) for field in RFM_FIELDS}
    for field in ("r_score", "f_score", "m_score", "n_orders"):
        value = rfm[field]
        rfm[field] = None if value is None or pd.isna(value) else int(value)
    return rfm


def add_analytics(doc: dict[str, Any], blocks: Mapping[str, list], extras: Mapping[str, Mapping[str, Any]],
                  clusters: pd.DataFrame | None = None) -> dict[str, Any]:
    """``doc`` with the blocks, each card's extras (a card without extras gets empty ones) and
    each cluster's ``description`` (from the ``cluster_description`` column, when present)."""
    doc.update(blocks)
    empty = {"segments": [], "rfm_segment": None, "rfm": None, "next_occasion": None}
    for card in doc.get("clients", []):
        card.update(extras.get(card["client_id"], empty))
    if clusters is not None and "cluster_description" in clusters.columns and len(clusters):
        described = clusters.drop_duplicates("cluster_id").set_index("cluster_id")["cluster_description"]
        for cluster in doc.get("clusters", []):
            text = described.get(cluster["cluster_id"])
            if isinstance(text, str) and text:
                cluster["description"] = text
    return doc


def clients_in_segments(extras: Mapping[str, Mapping[str, Any]]) -> int:
    """Clients who belong to at least one rule segment."""
    return sum(bool(as_list(e.get("segments"))) for e in extras.values())
