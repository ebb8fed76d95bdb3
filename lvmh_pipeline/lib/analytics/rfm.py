"""RFM (recency, frequency, monetary) scores and named segments per client with orders.

Scores are quantile scores from 1 to ``bins`` (5: quintiles) over the clients with at least one
order up to the reference date: ``score = 1 + floor(bins × (rank − 1) / n)`` where ``rank`` is the
client's rank by the measure (most recent, most orders, highest spend = highest rank) and tied
clients share the *lowest* rank of their group, so every one-order client gets F = 1 whatever
their share. The named segment is the first rule of :data:`DEFAULT_RFM_RULES` (or the rules
given) whose R, F and M ranges all hold; the defaults cover every score combination of 1–5.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd

from lvmh_pipeline.lib.analytics.orders import order_lines, orders, reference_date

RFM_SEGMENTS_COLUMNS: list[str] = [
    "client_id",
    "n_orders",  # distinct orders up to the reference date
    "total_spend_eur",
    "first_order_date",  # ISO date
    "last_order_date",  # ISO date
    "days_since_last_order",  # from the reference date
    "r_score",  # 1..bins, higher = more recent
    "f_score",  # 1..bins, higher = more orders
    "m_score",  # 1..bins, higher = more spend
    "rfm_code",  # "545": R, F and M scores as one code
    "rfm_segment",  # named segment (first matching rule)
    "reference_date",  # ISO date recency is measured from
]

OTHER_SEGMENT = "Other"
NO_PURCHASE_SEGMENT = "No purchase"


@dataclass(frozen=True)
class RfmRule:
    """A named segment: inclusive score ranges for R, F and M."""

    name: str
    r: tuple[int, int] = (1, 5)
    f: tuple[int, int] = (1, 5)
    m: tuple[int, int] = (1, 5)
    description: str = ""


# First match wins. Read with 5 bins: R 5 = bought most recently, F 1 = a single order.
DEFAULT_RFM_RULES: tuple[RfmRule, ...] = (
    RfmRule("Champions", r=(4, 5), f=(4, 5), m=(4, 5), description="recent, frequent and top-spending"),
    RfmRule("Can't lose", r=(1, 2), f=(4, 5), m=(4, 5), description="frequent top spenders who have not bought for long"),
    RfmRule("Loyal", r=(3, 5), f=(4, 5), description="frequent buyers still active"),
    RfmRule("At risk", r=(1, 2), f=(3, 5), description="repeat buyers whose last order is long ago"),
    RfmRule("Potential loyalist", r=(4, 5), f=(2, 3), description="recent clients with a few orders"),
    RfmRule("New", r=(4, 5), f=(1, 1), description="first order recently"),
    RfmRule("Need attention", r=(3, 3), f=(1, 3), description="middle recency, few orders"),
    RfmRule("Hibernating", r=(2, 2), f=(1, 2), description="few orders, long ago"),
    RfmRule("Lost", r=(1, 1), f=(1, 2), description="few orders, longest ago"),
)


def quantile_scores(values: pd.Series, bins: int = 5) -> np.ndarray:
    """Score 1..``bins`` per value, higher value = higher score; ties share the lowest score."""
    n = len(values)
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    rank = values.rank(method="min", ascending=True).to_numpy()
    return (1 + np.floor(bins * (rank - 1) / n)).astype(np.int64)


def assign_segments(r: np.ndarray, f: np.ndarray, m: np.ndarray, rules: Sequence[RfmRule] = DEFAULT_RFM_RULES) -> np.ndarray:
    """The first rule whose three ranges hold, per client (:data:`OTHER_SEGMENT` when none does)."""
    out = np.full(len(r), OTHER_SEGMENT, dtype=object)
    free = np.ones(len(r), dtype=bool)
    for rule in rules:
        hit = free & _within(r, rule.r) & _within(f, rule.f) & _within(m, rule.m)
        out[hit] = rule.name
        free &= ~hit
    return out


def _within(values: np.ndarray, bounds: tuple[int, int]) -> np.ndarray:
    low, high = bounds
    return (values >= low) & (values <= high)


def rfm_table(
    transactions: pd.DataFrame | None,
    *,
    as_of: date | str | None = None,
    bins: int = 5,
    rules: Sequence[RfmRule] = DEFAULT_RFM_RULES,
) -> pd.DataFrame:
    """One row per client with an order up to the reference date (:data:`RFM_SEGMENTS_COLUMNS`),
    sorted by client; an empty table with the columns when there is no order."""
    if bins < 2:
        raise ValueError(f"bins must be >= 2, got {bins}")
    reference = reference_date(as_of)
    per_order = orders(order_lines(transactions, reference))
    if per_order.empty:
        return _empty()
    per_client = per_order.groupby("client_id", sort=True).agg(
        n_orders=("order_id", "nunique"), total_spend_eur=("amount", "sum"),
        first_order=("date", "min"), last_order=("date", "max"),
    ).reset_index()
    days = (reference - per_client["last_order"]).dt.days.astype(np.int64)
    r = quantile_scores(-days.astype(float), bins)
    f = quantile_scores(per_client["n_orders"].astype(float), bins)
    m = quantile_scores(per_client["total_spend_eur"].astype(float), bins)
    table = pd.DataFrame({
        "client_id": per_client["client_id"].astype(str),
        "n_orders": per_client["n_orders"].astype(np.int64),
        "total_spend_eur": per_client["total_spend_eur"].astype(float),
        "first_order_date": per_client["first_order"].dt.strftime("%Y-%m-%d"),
        "last_order_date": per_client["last_order"].dt.strftime("%Y-%m-%d"),
        "days_since_last_order": days,
        "r_score": r, "f_score": f, "m_score": m,
        "rfm_code": [f"{a}{b}{c}" for a, b, c in zip(r, f, m, strict=True)],
        "rfm_segment": assign_segments(r, f, m, rules),
        "reference_date": reference.strftime("%Y-%m-%d"),
    })
    return table[RFM_SEGMENTS_COLUMNS]


def segment_summary(table: pd.DataFrame) -> pd.DataFrame:
    """Per named segment: clients, share, mean days since last order, mean orders, total and mean spend."""
    columns = ["rfm_segment", "clients", "share", "mean_days_since_last_order", "mean_orders",
               "total_spend_eur", "mean_spend_eur"]
    if table.empty:
        return pd.DataFrame(columns=columns)
    summary = table.groupby("rfm_segment").agg(
        clients=("client_id", "size"), mean_days_since_last_order=("days_since_last_order", "mean"),
        mean_orders=("n_orders", "mean"), total_spend_eur=("total_spend_eur", "sum"),
        mean_spend_eur=("total_spend_eur", "mean"),
    ).reset_index()
    summary["share"] = summary["clients"] / len(table)
    return summary.sort_values(["clients", "rfm_segment"], ascending=[False, True]).reset_index(drop=True)[columns]


def _empty() -> pd.DataFrame:
    types = {"n_orders": "int64", "total_spend_eur": "float64", "days_since_last_order": "int64",
             "r_score": "int64", "f_score": "int64", "m_score": "int64"}
    return pd.DataFrame({c: pd.Series(dtype=types.get(c, object)) for c in RFM_SEGMENTS_COLUMNS})
