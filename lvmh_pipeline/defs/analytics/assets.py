"""Analytics over the order history: RFM segments, product affinity and customer journeys."""

# No `from __future__ import annotations` here: Dagster 1.13 reads the config and context
# annotations of asset functions unevaluated and rejects them as strings.

from typing import Optional

import dagster as dg
import pandas as pd

from lvmh_pipeline.defs.resources import LvmhPaths
from lvmh_pipeline.lib.analytics.affinity import AffinityThresholds, product_affinity as mine_affinity, top_pairs
from lvmh_pipeline.lib.analytics.journey import customer_journey as journey_table, retention_matrix
from lvmh_pipeline.lib.analytics.orders import order_lines, reference_date
from lvmh_pipeline.lib.analytics.rfm import DEFAULT_RFM_RULES, RfmRule, rfm_table, segment_summary
from lvmh_pipeline.lib.common.metadata import markdown_preview
from lvmh_pipeline.lib.modeling.labeling.label_files import TransactionsFileError
from lvmh_pipeline.lib.modeling.training_data import read_optional_transactions
from lvmh_pipeline.lib.recommendations.catalog import CatalogFileError, load_catalog


class RfmSegmentRule(dg.Config):
    """A named RFM segment: inclusive score ranges (1..bins) of R, F and M; first match wins."""

    name: str
    r_min: int = 1
    r_max: int = 5
    f_min: int = 1
    f_max: int = 5
    m_min: int = 1
    m_max: int = 5


class RfmConfig(dg.Config):
    """Score bins (5 = quintiles), the reference date (default: today) and the segment rules
    (default: the table in lib/analytics/rfm.py)."""

    bins: int = 5
    as_of: Optional[str] = None
    segments: list[RfmSegmentRule] = [
        {"name": r.name, "r_min": r.r[0], "r_max": r.r[1], "f_min": r.f[0], "f_max": r.f[1], "m_min": r.m[0],
         "m_max": r.m[1]}
        for r in DEFAULT_RFM_RULES
    ]

    def rules(self) -> list[RfmRule]:
        return [RfmRule(s.name, (s.r_min, s.r_max), (s.f_min, s.f_max), (s.m_min, s.m_max))
                for s in (RfmSegmentRule(**x) if isinstance(x, dict) else x for x in self.segments)]


class AffinityConfig(dg.Config):
    """A pair is kept with at least ``min_support`` of all orders and ``min_orders`` orders."""

    min_support: float = 0.001
    min_orders: int = 2


def _transactions(paths: LvmhPaths) -> Optional[pd.DataFrame]:
    try:
        return read_optional_transactions(paths.root)
    except TransactionsFileError as error:
        raise dg.Failure(description=str(error)) from error


def _catalog(paths: LvmhPaths) -> pd.DataFrame:
    try:
        return load_catalog(paths.root / "catalog.csv").catalog
    except CatalogFileError as error:
        raise dg.Failure(description=str(error)) from error


def _no_orders(context: dg.AssetExecutionContext, transactions: Optional[pd.DataFrame]) -> str:
    reason = "no transactions.csv" if transactions is None else "transactions.csv has no valid line"
    context.log.warning(f"{context.asset_key.to_user_string()}: {reason}: empty table")
    return reason


@dg.asset(group_name="analytics", kinds={"duckdb", "pandas"})
def rfm_segments(context: dg.AssetExecutionContext, config: RfmConfig, paths: LvmhPaths) -> dg.Output[pd.DataFrame]:
    """RFM per client with an order in `transactions.csv`: orders, spend, days since the last
    order, **R, F, M quantile scores** (1–5 by default; ties share the lowest score, so every
    one-order client has F = 1) and a **named segment** — Champions, Can't lose, Loyal, At risk,
    Potential loyalist, New, Need attention, Hibernating, Lost — from score ranges (first match
    wins; `RfmConfig.segments`). Recency is measured from `as_of` (default: today). Empty table
    with its columns when there is no transaction."""
    transactions = _transactions(paths)
    table = rfm_table(transactions, as_of=config.as_of, bins=config.bins, rules=config.rules())
    summary = segment_summary(table)
    return dg.Output(table, metadata={
        "dagster/row_count": len(table),
        "reference_date": reference_date(config.as_of).strftime("%Y-%m-%d"),
        "note": _no_orders(context, transactions) if table.empty else "",
        "segments": dg.MetadataValue.md(summary.to_markdown(index=False, floatfmt=".2f") if len(summary) else "_(no rows)_"),
        "preview": dg.MetadataValue.md(markdown_preview(table)),
    })


@dg.asset(group_name="analytics", kinds={"duckdb", "scipy"})
def product_affinity(context: dg.AssetExecutionContext, config: AffinityConfig, paths: LvmhPaths) -> dg.Output[pd.DataFrame]:
    """The "bought together" rules: association rules A → B between **products** and between their
    **categories** over the orders of `transactions.csv`, with support (share of orders holding
    both), confidence (share of A's orders holding B) and lift (confidence over B's share; > 1 =
    more often than chance). Counted with one sparse co-occurrence product (orders × items), so
    10⁶ order lines take seconds. Kept: support ≥ `min_support` and ≥ `min_orders` shared orders.
    Read by `recommendations` as its "bought together" signal."""
    transactions = _transactions(paths)
    lines = order_lines(transactions)
    table = mine_affinity(lines, _catalog(paths), AffinityThresholds(config.min_support, config.min_orders))
    shown = ["antecedent_name", "consequent_name", "orders_together", "support", "confidence", "lift"]
    return dg.Output(table, metadata={
        "dagster/row_count": len(table),
        "orders": int(lines["order_id"].nunique()),
        "order_lines": len(lines),
        "product_rules": int((table["level"] == "product").sum()),
        "category_rules": int((table["level"] == "category").sum()),
        "note": _no_orders(context, transactions) if lines.empty else "",
        "top_product_pairs": dg.MetadataValue.md(markdown_preview(top_pairs(table, "product")[shown], n=10)),
        "top_category_pairs": dg.MetadataValue.md(markdown_preview(top_pairs(table, "category")[shown], n=10)),
    })


@dg.asset(group_name="analytics", kinds={"duckdb", "pandas"})
def customer_journey(context: dg.AssetExecutionContext, paths: LvmhPaths) -> dg.Output[pd.DataFrame]:
    """Customer journeys over purchase days, one tidy table (`measure, breakdown, period,
    statistic, value, clients`): first-time vs repeat clients, days to the second purchase and
    between purchases (median, mean, quartiles), reorder rate by category, and the monthly
    cohort retention matrix (cohort = month of the first order, period = months since it). See
    lib/analytics/journey.py for every measure."""
    transactions = _transactions(paths)
    table = journey_table(order_lines(transactions), _catalog(paths))
    headline = table.loc[table["measure"].isin(["clients_by_type", "days_to_second_purchase", "inter_purchase_days"])]
    reorder = table.loc[table["measure"] == "reorder_rate", ["breakdown", "value", "clients"]]
    matrix = retention_matrix(table)
    return dg.Output(table, metadata={
        "dagster/row_count": len(table),
        "note": _no_orders(context, transactions) if table.empty else "",
        "summary": dg.MetadataValue.md(markdown_preview(headline, n=20)),
        "reorder_rate_by_category": dg.MetadataValue.md(markdown_preview(reorder, n=20)),
        "cohort_retention": dg.MetadataValue.md(
            matrix.iloc[-12:, :8].to_markdown(floatfmt=".2f") if len(matrix) else "_(no rows)_"),
    })
