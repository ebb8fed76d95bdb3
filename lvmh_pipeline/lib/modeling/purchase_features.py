"""The purchase blocks of the model feature frame, from orders dated ≤ the cutoff: RFM
(:data:`~.feature_columns.RFM_COLUMNS`) and the BG/NBD / Pareto/NBD / Gamma-Gamma summary
(:data:`~.feature_columns.BTYD_COLUMNS`, also on its own: :func:`btyd_summary`)."""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd

from lvmh_pipeline.lib.modeling.feature_columns import BTYD_COLUMNS, RFM_COLUMNS
from lvmh_pipeline.lib.modeling.labeling.labels import order_table

__all__ = ["RECENCY_CAP_DAYS", "btyd_block", "btyd_summary", "days_before", "rfm_block"]

# "Long ago": no note / no order is as far back as this, so recency stays monotone and finite.
RECENCY_CAP_DAYS = 730.0


def days_before(reference: pd.Timestamp, dates: pd.Series) -> pd.Series:
    """Whole days from each date to ``reference``, as floats."""
    return (reference - dates).dt.days.astype(np.float64)


def rfm_block(index: pd.Index, orders: pd.DataFrame, reference: pd.Timestamp) -> pd.DataFrame:
    out = pd.DataFrame(0.0, index=index, columns=RFM_COLUMNS)
    out["recency_days"] = RECENCY_CAP_DAYS
    out["ipi_mean_days"] = RECENCY_CAP_DAYS
    purchases = orders[orders["amount"].gt(0) & orders["client_id"].isin(index)]
    if not purchases.empty:
        age = days_before(reference, purchases["date"])
        by_client = age.groupby(purchases["client_id"])
        frequency = by_client.size().reindex(index).fillna(0.0)
        out["frequency"] = frequency
        out["has_history"] = (frequency > 0).astype(np.float64)
        out["recency_days"] = by_client.min().reindex(index).clip(0, RECENCY_CAP_DAYS).fillna(RECENCY_CAP_DAYS)
        out["tenure_days"] = by_client.max().reindex(index).clip(lower=0).fillna(0.0)
        for days in (90, 180, 365):
            out[f"orders_{days}d"] = age.lt(days).groupby(purchases["client_id"]).sum().reindex(index).fillna(0.0)
        spend_365 = purchases["amount"].where(age.lt(365), 0.0).groupby(purchases["client_id"]).sum()
        out["spend_365d_log"] = np.log1p(spend_365.reindex(index).fillna(0.0))
        days = purchases[["client_id", "date"]].drop_duplicates().sort_values(["client_id", "date"])
        gaps = days.groupby("client_id")["date"].diff().dt.days.dropna().groupby(days["client_id"])
        out["ipi_mean_days"] = gaps.mean().reindex(index).fillna(RECENCY_CAP_DAYS)
        out["ipi_std_days"] = gaps.std(ddof=0).reindex(index).fillna(0.0)
        out["purchase_days"] = days.groupby("client_id").size().reindex(index).fillna(0.0)
    net = orders[orders["client_id"].isin(index)].groupby("client_id")["amount"].sum()
    net = net.reindex(index).fillna(0.0).clip(lower=0.0)
    out["monetary_total_log"] = np.log1p(net)
    out["monetary_mean_log"] = np.log1p(net / out["frequency"].where(out["frequency"] > 0, 1.0))
    out["overdue_ratio"] = (out["recency_days"] / out["ipi_mean_days"].clip(lower=1.0)).clip(0.0, 10.0)
    return out


def btyd_block(index: pd.Index, orders: pd.DataFrame, reference: pd.Timestamp) -> pd.DataFrame:
    """:data:`BTYD_COLUMNS` per client (zeros without a purchase)."""
    out = pd.DataFrame(0.0, index=index, columns=BTYD_COLUMNS)
    purchases = orders[orders["amount"].gt(0) & orders["client_id"].isin(index)]
    if purchases.empty:
        return out
    days = (purchases.groupby(["client_id", "date"], sort=True)["amount"].sum().reset_index())
    first = days.groupby("client_id")["date"].transform("min")
    span = days.groupby("client_id")["date"].agg(["min", "max", "size"])
    repeat_spend = days.loc[days["date"].gt(first), ["client_id", "amount"]].groupby("client_id")["amount"].mean()
    out["btyd_frequency"] = (span["size"] - 1).reindex(index).fillna(0.0).astype(np.float64)
    out["btyd_recency"] = (span["max"] - span["min"]).dt.days.reindex(index).fillna(0.0).astype(np.float64)
    out["btyd_T"] = (reference - span["min"]).dt.days.clip(lower=0).reindex(index).fillna(0.0).astype(np.float64)
    out["btyd_monetary"] = repeat_spend.reindex(index).fillna(0.0)
    # best rolling 365-day spend: for each purchase day, the spend of the 365 days ending there
    codes = pd.factorize(days["client_id"])[0].astype(np.int64)
    day_number = (days["date"] - pd.Timestamp("1900-01-01")).dt.days.to_numpy(dtype=np.int64)
    key = codes * 1_000_000 + day_number
    cumulative = np.cumsum(days["amount"].to_numpy(dtype=np.float64))
    start = np.searchsorted(key, key - 364, side="left")
    before = np.where(start > 0, cumulative[np.maximum(start - 1, 0)], 0.0)
    window = pd.Series(cumulative - before, index=days.index).groupby(days["client_id"]).max()
    out["best_year_spend"] = window.reindex(index).fillna(0.0)
    return out


def btyd_summary(transactions: pd.DataFrame, as_of: date | str) -> pd.DataFrame:
    """:data:`BTYD_COLUMNS` plus ``has_history`` for every client with an order dated ≤ ``as_of``
    (index ``client_id``), T counted to ``as_of``: the purchase summary without the rest of the
    feature frame."""
    cutoff = pd.Timestamp(as_of).normalize()
    orders = order_table(transactions)
    orders = orders[orders["date"].le(cutoff)]
    index = pd.Index(sorted(orders.loc[orders["amount"].gt(0), "client_id"].astype(str).unique()), name="client_id")
    out = btyd_block(index, orders, cutoff)
    out.insert(0, "has_history", 1.0)
    return out
