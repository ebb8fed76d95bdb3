import itertools

import numpy as np
import pandas as pd
import pytest

from lvmh_pipeline.lib.analytics.affinity import (
    PRODUCT_AFFINITY_COLUMNS,
    AffinityThresholds,
    product_affinity,
    top_pairs,
)

CATALOG = pd.DataFrame({"product_id": ["BAG", "WAL", "SCF", "PRF"], "name": ["Bag", "Wallet", "Scarf", "Perfume"],
                        "category": ["handbag", "small_leather_goods", "scarf", "fragrance"]})


def _lines(baskets):
    return pd.DataFrame([(f"C{i}", f"O{i}", pd.Timestamp("2025-01-01"), p, 1.0, 10.0)
                         for i, basket in enumerate(baskets) for p in basket],
                        columns=["client_id", "order_id", "date", "product_id", "quantity", "amount"])


def test_support_confidence_and_lift_by_hand():
    # 10 orders: BAG+WAL together 4 times, BAG alone 2, WAL alone 1, SCF alone 3
    baskets = [["BAG", "WAL"]] * 4 + [["BAG"]] * 2 + [["WAL"]] + [["SCF"]] * 3
    table = product_affinity(_lines(baskets), CATALOG, AffinityThresholds(min_support=0.0, min_orders=2))
    assert list(table.columns) == PRODUCT_AFFINITY_COLUMNS
    rule = table.loc[(table["level"] == "product") & (table["antecedent"] == "BAG")].iloc[0]
    assert rule.consequent == "WAL" and rule.orders_together == 4
    assert rule.support == pytest.approx(0.4) and rule.confidence == pytest.approx(4 / 6)
    assert rule.lift == pytest.approx((4 / 6) / (5 / 10))
    back = table.loc[(table["level"] == "product") & (table["antecedent"] == "WAL")].iloc[0]
    assert back.confidence == pytest.approx(4 / 5)  # both directions, each with its confidence
    assert rule.antecedent_name == "Bag" and rule.consequent_name == "Wallet"
    category = table.loc[table["level"] == "category"]
    assert set(zip(category["antecedent"], category["consequent"])) == {("handbag", "small_leather_goods"),
                                                                        ("small_leather_goods", "handbag")}


def test_matches_a_brute_force_count_on_random_baskets():
    rng = np.random.default_rng(1)
    products = [f"P{i}" for i in range(12)]
    baskets = [sorted(set(rng.choice(products, size=rng.integers(1, 5)))) for _ in range(300)]
    table = product_affinity(_lines(baskets), None, AffinityThresholds(min_support=0.0, min_orders=1))
    counts = {}
    for basket in baskets:
        for a, b in itertools.permutations(basket, 2):
            counts[(a, b)] = counts.get((a, b), 0) + 1
    got = {(r.antecedent, r.consequent): r.orders_together for r in table.itertuples()}
    assert got == counts
    assert set(table["level"]) == {"product"}  # no catalog: no category level


def test_thresholds_and_duplicate_lines_in_one_order():
    baskets = [["BAG", "WAL", "WAL"]] + [["SCF", "PRF"]] * 3 + [["BAG"]] * 6
    table = product_affinity(_lines(baskets), CATALOG, AffinityThresholds(min_support=0.2, min_orders=2))
    products = table.loc[table["level"] == "product"]
    assert set(products["antecedent"]) == {"SCF", "PRF"}  # BAG+WAL: one order, dropped
    assert (products["orders_together"] == 3).all()


def test_empty_inputs_give_the_columns():
    for lines in (_lines([]), _lines([["BAG"], ["WAL"]])):
        table = product_affinity(lines, CATALOG)
        assert table.empty and list(table.columns) == PRODUCT_AFFINITY_COLUMNS


def test_a_million_order_lines_in_one_sparse_pass():
    rng = np.random.default_rng(0)
    n = 1_000_000
    orders = rng.integers(0, 400_000, n)
    lines = pd.DataFrame({"client_id": (orders % 90_000).astype(str), "order_id": orders.astype(str),
                          "date": pd.Timestamp("2025-01-01"), "product_id": "P" + pd.Series(rng.integers(0, 5000, n)).astype(str),
                          "quantity": 1.0, "amount": 1.0})
    catalog = pd.DataFrame({"product_id": [f"P{i}" for i in range(5000)], "name": "x",
                            "category": [f"c{i % 40}" for i in range(5000)]})
    table = product_affinity(lines, catalog, AffinityThresholds(min_support=0.0001, min_orders=2))
    assert set(table["level"]) == {"category"} or len(table) > 0
    assert (table["lift"] > 0).all()


def test_top_pairs_keeps_each_pair_once():
    baskets = [["BAG", "WAL"]] * 4 + [["SCF", "PRF"]] * 2 + [["BAG"]]
    table = product_affinity(_lines(baskets), CATALOG, AffinityThresholds(0.0, 2))
    top = top_pairs(table, "product")
    assert len(top) == 2
    assert {frozenset((r.antecedent, r.consequent)) for r in top.itertuples()} == {frozenset(("BAG", "WAL")),
                                                                                    frozenset(("SCF", "PRF"))}
