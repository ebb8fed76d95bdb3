import math

import numpy as np
import pandas as pd
import pytest

from lvmh_pipeline.lib.recommendations.catalog import CATALOG_COLUMNS
from lvmh_pipeline.lib.recommendations.engine import RECOMMENDATIONS_COLUMNS
from lvmh_pipeline.lib.recommendations.evaluation import evaluate_recommendations, popularity_baseline, split_transactions


def _recs(lists):
    rows = [(c, r + 1, p) for c, products in lists.items() for r, p in enumerate(products)]
    return pd.DataFrame(rows, columns=["client_id", "rank", "product_id"])


def _pairs(pairs):
    return pd.DataFrame(pairs, columns=["client_id", "product_id"])


def _tx(rows):
    return pd.DataFrame(
        [(c, f"O{i}", d, p, 1, 10.0) for i, (c, d, p) in enumerate(rows)],
        columns=["client_id", "order_id", "date", "product_id", "quantity", "amount"],
    )


def test_split_transactions_and_new_purchases():
    tx = _tx([("A", "2025-01-01", "P1"), ("A", "2025-03-01", "P1"), ("A", "2025-03-02", "P2"),
              ("B", "2025-02-01", "P3"), ("B", "2025-09-01", "P4"), ("C", "not a date", "P5")])
    split = split_transactions(tx, "2025-02-01")
    assert len(split.train) == 2 and len(split.future) == 3
    assert set(map(tuple, split.new_purchases.to_numpy())) == {("A", "P2"), ("B", "P4")}  # A/P1 was owned
    short = split_transactions(tx, "2025-02-01", horizon_days=60)
    assert set(short.new_purchases["product_id"]) == {"P2"}


def test_hit_rate_and_ndcg_on_a_hand_computed_case():
    recs = _recs({"A": ["p1", "p2", "p3"], "B": ["p4", "p5", "p6"], "C": ["p1", "p2", "p3"], "E": ["p1"]})
    future = _pairs([("A", "p2"), ("B", "p7"), ("C", "p1"), ("C", "p3"), ("D", "p1")])  # D got no recs
    metrics = evaluate_recommendations(recs, future, k=3)
    ndcg_a = (1 / math.log2(3)) / 1.0
    ndcg_c = (1 + 1 / math.log2(4)) / (1 + 1 / math.log2(3))
    assert metrics["n_clients"] == 3 and metrics["n_future_buyers"] == 4 and metrics["coverage"] == 0.75
    assert metrics["hit_rate_at_k"] == pytest.approx(2 / 3)
    assert metrics["ndcg_at_k"] == pytest.approx((ndcg_a + 0 + ndcg_c) / 3)
    assert metrics["precision_at_k"] == pytest.approx((1 / 3 + 0 + 2 / 3) / 3)
    assert metrics["recall_at_k"] == pytest.approx((1 + 0 + 1) / 3)


def test_ranks_beyond_k_do_not_count():
    recs = _recs({"A": ["p1", "p2", "p3"]})
    assert evaluate_recommendations(recs, _pairs([("A", "p3")]), k=2)["hit_rate_at_k"] == 0.0
    assert evaluate_recommendations(recs, _pairs([("A", "p3")]), k=3)["ndcg_at_k"] == pytest.approx(0.5)


def test_no_overlap_gives_nan_metrics():
    metrics = evaluate_recommendations(_recs({"A": ["p1"]}), _pairs([("B", "p1")]), k=5)
    assert metrics["n_clients"] == 0 and math.isnan(metrics["hit_rate_at_k"])


CATALOG = pd.DataFrame(
    [(f"P{i}", f"Product {i}", "desc", "handbag", 100.0 * (i + 1), "Dior") for i in range(5)], columns=CATALOG_COLUMNS
)


def test_popularity_baseline_ranks_by_buyers_and_excludes_bought():
    train = _tx([("A", "2025-01-01", "P3"), ("B", "2025-01-01", "P3"), ("C", "2025-01-01", "P3"),
                 ("A", "2025-01-02", "P1"), ("B", "2025-01-02", "P1"), ("A", "2025-01-03", "P1"),
                 ("Z", "2025-01-01", "UNKNOWN")])
    out = popularity_baseline(train, CATALOG, ["A", "D"], k=3)
    assert list(out.columns) == RECOMMENDATIONS_COLUMNS
    lists = out.groupby("client_id")["product_id"].apply(list).to_dict()
    assert lists["D"] == ["P3", "P1", "P0"]  # never-bought products follow catalog order
    assert lists["A"] == ["P0", "P2", "P4"]  # A owns P3 and P1
    d = out[out["client_id"] == "D"]
    assert d["score"].tolist() == [1.0, pytest.approx(2 / 3), 0.0]
    assert d["reason"].iloc[0] == "popular: bought by 3 clients"
    assert out["content_score"].isna().all()


def test_popularity_baseline_without_history_and_with_a_clients_frame():
    out = popularity_baseline(None, CATALOG, pd.DataFrame({"client_id": ["X"]}), k=10)
    assert out["product_id"].tolist() == [f"P{i}" for i in range(5)]
    assert np.array_equal(out["rank"].to_numpy(), np.arange(1, 6))
