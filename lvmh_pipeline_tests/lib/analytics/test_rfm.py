import numpy as np
import pandas as pd
import pytest

from lvmh_pipeline.lib.analytics.orders import order_lines, orders, reference_date
from lvmh_pipeline.lib.analytics.rfm import (
    DEFAULT_RFM_RULES,
    OTHER_SEGMENT,
    RFM_SEGMENTS_COLUMNS,
    RfmRule,
    assign_segments,
    quantile_scores,
    rfm_table,
    segment_summary,
)


def _tx(rows):
    return pd.DataFrame(rows, columns=["client_id", "order_id", "date", "product_id", "quantity", "amount"])


def test_quantile_scores_are_one_to_bins_and_ties_share_the_lowest():
    assert quantile_scores(pd.Series([10.0, 20, 30, 40, 50]), 5).tolist() == [1, 2, 3, 4, 5]
    # six one-order clients out of ten all get 1, whatever their share
    scores = quantile_scores(pd.Series([1.0] * 6 + [2, 2, 3, 9]), 5)
    assert scores[:6].tolist() == [1] * 6 and scores[6] == scores[7] == 4 and scores[-1] == 5
    assert quantile_scores(pd.Series([], dtype=float)).size == 0


def test_default_rules_cover_every_score_combination():
    r, f, m = (g.ravel() for g in np.meshgrid(*([np.arange(1, 6)] * 3), indexing="ij"))
    segments = assign_segments(r, f, m)
    assert OTHER_SEGMENT not in set(segments)
    assert set(segments) == {rule.name for rule in DEFAULT_RFM_RULES}


def test_first_matching_rule_wins_and_unmatched_is_other():
    rules = [RfmRule("A", r=(5, 5)), RfmRule("B", f=(5, 5))]
    out = assign_segments(np.array([5, 1, 1]), np.array([5, 5, 1]), np.array([1, 1, 1]), rules)
    assert out.tolist() == ["A", "B", OTHER_SEGMENT]


def test_rfm_table_from_orders_with_recency_from_the_reference_date():
    tx = _tx([
        ("VIP", "o1", "2026-01-01", "P1", 1, 5000.0), ("VIP", "o1", "2026-01-01", "P2", 1, 1000.0),
        ("VIP", "o2", "2026-05-20", "P1", 1, 9000.0), ("VIP", "o3", "2026-05-30", "P3", 1, 7000.0),
        ("GONE", "o4", "2024-02-01", "P1", 1, 300.0),
        ("LATE", "o5", "2026-07-01", "P1", 1, 100.0),  # after the reference date: ignored
    ])
    table = rfm_table(tx, as_of="2026-06-01")
    assert list(table.columns) == RFM_SEGMENTS_COLUMNS
    vip = table.set_index("client_id").loc["VIP"]
    assert vip.n_orders == 3 and vip.total_spend_eur == 22000.0 and vip.days_since_last_order == 2
    assert vip.first_order_date == "2026-01-01" and vip.last_order_date == "2026-05-30"
    assert vip.r_score > table.set_index("client_id").loc["GONE", "r_score"]
    assert vip.rfm_code == f"{vip.r_score}{vip.f_score}{vip.m_score}"
    assert set(table["client_id"]) == {"VIP", "GONE"} and set(table["reference_date"]) == {"2026-06-01"}


def test_no_transactions_give_an_empty_table_with_columns():
    for tx in (None, _tx([])):
        table = rfm_table(tx)
        assert table.empty and list(table.columns) == RFM_SEGMENTS_COLUMNS
    assert segment_summary(rfm_table(None)).empty
    with pytest.raises(ValueError, match="bins"):
        rfm_table(None, bins=1)


def test_segment_summary_counts_and_shares():
    rng = np.random.default_rng(0)
    tx = _tx([(f"C{c}", f"O{c}-{i}", f"2025-0{1 + i % 9}-1{c % 9}", "P", 1, float(rng.integers(100, 9000)))
              for c in range(40) for i in range(1 + c % 6)])
    table = rfm_table(tx, as_of="2026-01-01")
    summary = segment_summary(table)
    assert summary["clients"].sum() == 40 and summary["share"].sum() == pytest.approx(1.0)


def test_order_lines_normalize_ids_dates_and_missing_order_ids():
    tx = _tx([(1, None, "2025-01-01 10:00", None, None, "12.5"), (1, "", "2025-01-01", "P", 2, 3.0)])
    lines = order_lines(tx)
    assert lines["client_id"].tolist() == ["1", "1"] and set(lines["order_id"]) == {"1@2025-01-01"}
    assert lines["amount"].tolist() == [12.5, 3.0] and lines["quantity"].tolist() == [1.0, 2.0]
    assert len(orders(lines)) == 1
    assert reference_date("2026-03-04 15:00") == pd.Timestamp("2026-03-04")
