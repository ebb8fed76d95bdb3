"""Customer journeys over orders, as one tidy table (:data:`CUSTOMER_JOURNEY_COLUMNS`).

Each row is one number: a ``measure``, the ``breakdown`` it is about, an optional ``period``, the
``statistic`` and its ``value``, with the ``clients`` it is computed over. Purchases are counted on
distinct *purchase days* (two orders on one day are one visit):

| measure | breakdown | period | statistic | value |
|---|---|---|---|---|
| `clients_by_type` | `first_time` / `repeat` | — | `share` | share of buyers with one / several purchase days |
| `days_to_second_purchase` | `all` | — | `median`, `mean`, `p25`, `p75` | days from the first to the second purchase day |
| `inter_purchase_days` | `all` | — | `median`, `mean`, `p25`, `p75` | days between consecutive purchase days (all clients) |
| `reorder_rate` | a category | — | `rate` | share of the category's buyers who bought it again on a later day |
| `cohort_retention` | first-order month `YYYY-MM` | months since it (0 = the first month) | `retention` | share of the cohort buying in that month |
"""

from __future__ import annotations

import numpy as np
import pandas as pd

CUSTOMER_JOURNEY_COLUMNS: list[str] = ["measure", "breakdown", "period", "statistic", "value", "clients"]
MEASURES: tuple[str, ...] = (
    "clients_by_type", "days_to_second_purchase", "inter_purchase_days", "reorder_rate", "cohort_retention",
)
_QUANTILES = {"median": 0.5, "p25": 0.25, "p75": 0.75}


def purchase_days(lines: pd.DataFrame) -> pd.DataFrame:
    """Distinct ``client_id, date`` pairs, sorted, with ``visit`` (0 = first purchase day)."""
    days = lines[["client_id", "date"]].drop_duplicates().sort_values(["client_id", "date"], kind="stable")
    return days.assign(visit=days.groupby("client_id").cumcount()).reset_index(drop=True)


def _rows(measure: str, breakdown: str, stats: dict[str, float], clients: int, period: int | None = None) -> list[dict]:
    return [{"measure": measure, "breakdown": breakdown, "period": period, "statistic": name, "value": float(value),
             "clients": int(clients)} for name, value in stats.items()]


def _distribution(values: np.ndarray) -> dict[str, float]:
    return {"median": float(np.quantile(values, 0.5)), "mean": float(values.mean()),
            "p25": float(np.quantile(values, 0.25)), "p75": float(np.quantile(values, 0.75))}


def customer_journey(lines: pd.DataFrame, catalog: pd.DataFrame | None = None) -> pd.DataFrame:
    """The journey table from order lines (see :func:`~lvmh_pipeline.lib.analytics.orders.order_lines`);
    categories come from ``catalog`` (``product_id, category``). Empty (with the columns) without orders."""
    if lines.empty:
        return empty_journey()
    days = purchase_days(lines)
    visits = days.groupby("client_id").size()
    rows = _rows("clients_by_type", "first_time", {"share": (visits == 1).mean()}, int((visits == 1).sum()))
    rows += _rows("clients_by_type", "repeat", {"share": (visits > 1).mean()}, int((visits > 1).sum()))
    gaps = days.assign(gap=days.groupby("client_id")["date"].diff().dt.days).dropna(subset=["gap"])
    if not gaps.empty:
        second = gaps.loc[gaps["visit"] == 1, "gap"].to_numpy(dtype=float)
        rows += _rows("days_to_second_purchase", "all", _distribution(second), len(second))
        rows += _rows("inter_purchase_days", "all", _distribution(gaps["gap"].to_numpy(dtype=float)),
                      gaps["client_id"].nunique())
    rows += _reorder_rows(lines, catalog)
    rows += _cohort_rows(days)
    table = pd.DataFrame(rows, columns=CUSTOMER_JOURNEY_COLUMNS)
    table["period"] = table["period"].astype("Int64")
    return table


def _reorder_rows(lines: pd.DataFrame, catalog: pd.DataFrame | None) -> list[dict]:
    if catalog is None or catalog.empty or "category" not in catalog:
        return []
    category_of = dict(zip(catalog["product_id"].astype(str), catalog["category"].astype(str), strict=True))
    bought = lines.assign(category=lines["product_id"].astype(str).map(category_of)).dropna(subset=["category"])
    if bought.empty:
        return []
    per = bought[["client_id", "category", "date"]].drop_duplicates().groupby(["category", "client_id"]).size()
    by_category = (per > 1).groupby(level="category").agg(["mean", "size"])
    rows = []
    for category, stats in by_category.sort_values(["mean", "size"], ascending=False).iterrows():
        rows += _rows("reorder_rate", str(category), {"rate": stats["mean"]}, int(stats["size"]))
    return rows


def _cohort_rows(days: pd.DataFrame) -> list[dict]:
    month = (days["date"].dt.year * 12 + days["date"].dt.month - 1).to_numpy()
    first = pd.Series(month).groupby(days["client_id"].to_numpy()).transform("min").to_numpy()
    active = pd.DataFrame({"client_id": days["client_id"].to_numpy(), "cohort": first,
                           "period": month - first}).drop_duplicates()
    sizes = active.loc[active["period"] == 0].groupby("cohort")["client_id"].nunique()
    counts = active.groupby(["cohort", "period"])["client_id"].nunique()
    rows = []
    for (cohort, period), n_active in counts.items():
        label = f"{cohort // 12:04d}-{cohort % 12 + 1:02d}"
        rows += _rows("cohort_retention", label, {"retention": n_active / sizes[cohort]}, int(sizes[cohort]),
                      period=int(period))
    return rows


def retention_matrix(table: pd.DataFrame) -> pd.DataFrame:
    """The cohort rows as a matrix: one row per cohort (with its size), one column per month since it."""
    rows = table.loc[table["measure"] == "cohort_retention"]
    if rows.empty:
        return pd.DataFrame()
    matrix = rows.pivot_table(index="breakdown", columns="period", values="value", aggfunc="first").sort_index()
    matrix.columns = [int(c) for c in matrix.columns]
    matrix.insert(0, "clients", rows.groupby("breakdown")["clients"].first().reindex(matrix.index))
    matrix.index.name = "cohort"
    return matrix


def empty_journey() -> pd.DataFrame:
    """The table with its columns and no row."""
    return pd.DataFrame({"measure": pd.Series(dtype=object), "breakdown": pd.Series(dtype=object),
                         "period": pd.Series(dtype="Int64"), "statistic": pd.Series(dtype=object),
                         "value": pd.Series(dtype=float), "clients": pd.Series(dtype="int64")})
