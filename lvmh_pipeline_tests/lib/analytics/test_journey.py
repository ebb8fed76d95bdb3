import pandas as pd
import pytest

from lvmh_pipeline.lib.analytics.journey import CUSTOMER_JOURNEY_COLUMNS, customer_journey, retention_matrix
from lvmh_pipeline.lib.analytics.orders import order_lines

CATALOG = pd.DataFrame({"product_id": ["BAG", "WAL"], "name": ["Bag", "Wallet"], "category": ["handbag", "wallet"]})


def _tx(rows):
    return pd.DataFrame([(c, f"{c}-{d}", d, p, 1, 100.0) for c, d, p in rows],
                        columns=["client_id", "order_id", "date", "product_id", "quantity", "amount"])


def _value(table, measure, breakdown, statistic, period=None):
    rows = table[(table.measure == measure) & (table.breakdown == breakdown) & (table.statistic == statistic)]
    if period is not None:
        rows = rows[rows.period == period]
    return rows["value"].item()


def test_journey_measures_by_hand():
    tx = _tx([
        ("A", "2025-01-05", "BAG"), ("A", "2025-01-15", "WAL"), ("A", "2025-03-01", "BAG"),  # 3 visits
        ("B", "2025-01-20", "BAG"), ("B", "2025-02-19", "BAG"),  # 2 visits
        ("C", "2025-02-10", "WAL"),  # one
    ])
    table = customer_journey(order_lines(tx), CATALOG)
    assert list(table.columns) == CUSTOMER_JOURNEY_COLUMNS
    assert _value(table, "clients_by_type", "repeat", "share") == pytest.approx(2 / 3)
    assert _value(table, "clients_by_type", "first_time", "share") == pytest.approx(1 / 3)
    assert _value(table, "days_to_second_purchase", "all", "median") == pytest.approx(20)  # 10 and 30 days
    assert _value(table, "inter_purchase_days", "all", "mean") == pytest.approx((10 + 45 + 30) / 3)
    assert _value(table, "reorder_rate", "handbag", "rate") == pytest.approx(1.0)  # A and B bought bags twice
    assert _value(table, "reorder_rate", "wallet", "rate") == pytest.approx(0.0)
    # January cohort = A, B: both back in February? B yes (02-19), A no; March: A
    assert _value(table, "cohort_retention", "2025-01", "retention", 0) == 1.0
    assert _value(table, "cohort_retention", "2025-01", "retention", 1) == pytest.approx(0.5)
    assert _value(table, "cohort_retention", "2025-01", "retention", 2) == pytest.approx(0.5)
    matrix = retention_matrix(table)
    assert matrix.loc["2025-01", "clients"] == 2 and matrix.loc["2025-02", 0] == 1.0


def test_same_day_orders_are_one_visit_and_no_orders_give_the_columns():
    table = customer_journey(order_lines(_tx([("A", "2025-01-05", "BAG"), ("A", "2025-01-05", "WAL")])), CATALOG)
    assert _value(table, "clients_by_type", "first_time", "share") == 1.0
    assert "days_to_second_purchase" not in set(table["measure"])
    empty = customer_journey(order_lines(None))
    assert empty.empty and list(empty.columns) == CUSTOMER_JOURNEY_COLUMNS
    assert retention_matrix(empty).empty
