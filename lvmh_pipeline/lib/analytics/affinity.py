"""Product affinity ("bought together"): association rules between products, and between
categories, over orders.

An order is a basket of distinct items (products, or their catalog categories). With ``n``
orders, ``n_A`` orders holding A and ``n_AB`` orders holding both A and B:

- support(A → B) = n_AB / n: how common the pair is;
- confidence(A → B) = n_AB / n_A: how often an order with A also holds B;
- lift(A → B) = confidence / (n_B / n): how much more often than chance (1 = independent).

Counts come from one sparse product: ``Xᵀ X`` with ``X`` the binary orders × items matrix, so the
cost grows with Σ basket size² (10⁶ order lines of ordinary baskets in seconds), never with
orders × items. Both directions of a pair are rows (confidence differs by direction).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy import sparse

PRODUCT_AFFINITY_COLUMNS: list[str] = [
    "level",  # product | category
    "antecedent",  # product_id or category the rule starts from
    "consequent",  # product_id or category bought with it
    "antecedent_name",  # product name (category: the category)
    "consequent_name",
    "orders_together",  # n_AB
    "antecedent_orders",  # n_A
    "consequent_orders",  # n_B
    "support",
    "confidence",
    "lift",
]
LEVELS: tuple[str, ...] = ("product", "category")


@dataclass(frozen=True)
class AffinityThresholds:
    """A pair is kept when its support is at least ``min_support`` *and* it was seen in at
    least ``min_orders`` orders (one shared order is a coincidence, not a pattern)."""

    min_support: float = 0.001
    min_orders: int = 2


def basket_matrix(order_codes: np.ndarray, n_orders: int, items: pd.Series) -> tuple[sparse.csr_matrix, pd.Index]:
    """Binary ``n_orders`` × items matrix (an item twice in one order counts once) and the item
    labels of its columns; ``order_codes`` gives the row of each item."""
    item_codes, item_labels = pd.factorize(items.astype(str), sort=True)
    matrix = sparse.csr_matrix(
        (np.ones(len(item_codes), dtype=np.float64), (np.asarray(order_codes), item_codes)),
        shape=(n_orders, len(item_labels)),
    )
    matrix.data[:] = 1.0
    return matrix, pd.Index(item_labels)


def association_rules(baskets: sparse.csr_matrix, labels: pd.Index, thresholds: AffinityThresholds = AffinityThresholds()) -> pd.DataFrame:
    """Directed pairs (A → B, A ≠ B) passing ``thresholds``: antecedent, consequent, counts, support,
    confidence and lift, strongest lift first."""
    n = baskets.shape[0]
    columns = ["antecedent", "consequent", "orders_together", "antecedent_orders", "consequent_orders",
               "support", "confidence", "lift"]
    if n == 0 or baskets.shape[1] < 2:
        return pd.DataFrame(columns=columns)
    counts = np.asarray(baskets.sum(axis=0)).ravel()
    co = sparse.triu((baskets.T @ baskets).tocsr(), k=1).tocoo()  # each unordered pair once
    together = co.data
    keep = (together >= max(thresholds.min_orders, 1)) & (together / n >= thresholds.min_support)
    a, b, together = co.row[keep], co.col[keep], together[keep]
    a, b, together = np.concatenate([a, b]), np.concatenate([b, a]), np.concatenate([together, together])
    n_a, n_b = counts[a], counts[b]
    table = pd.DataFrame({
        "antecedent": labels[a].astype(str), "consequent": labels[b].astype(str),
        "orders_together": together.astype(np.int64), "antecedent_orders": n_a.astype(np.int64),
        "consequent_orders": n_b.astype(np.int64), "support": together / n, "confidence": together / n_a,
        "lift": together * n / (n_a * n_b),
    })
    return table.sort_values(["lift", "orders_together", "antecedent", "consequent"],
                             ascending=[False, False, True, True], kind="stable").reset_index(drop=True)


def product_affinity(
    lines: pd.DataFrame,
    catalog: pd.DataFrame | None = None,
    thresholds: AffinityThresholds = AffinityThresholds(),
) -> pd.DataFrame:
    """:data:`PRODUCT_AFFINITY_COLUMNS` for both levels from order lines (``order_id, product_id``;
    see :func:`~lvmh_pipeline.lib.analytics.orders.order_lines`). Categories and names come from
    ``catalog`` (``product_id, name, category``); a product missing from it has no category row
    and its id as name. Empty (with the columns) when there is no order."""
    lines = lines.loc[lines["product_id"].astype(str).ne("")]
    if lines.empty:
        return empty_affinity()
    names: dict[str, str] = {}
    category_of: dict[str, str] = {}
    if catalog is not None and len(catalog):
        ids = catalog["product_id"].astype(str)
        if "name" in catalog:
            names = dict(zip(ids, catalog["name"].astype(str), strict=True))
        if "category" in catalog:
            category_of = dict(zip(ids, catalog["category"].astype(str), strict=True))
    # Every order is a row of both levels' matrices (the support denominator), also an order
    # whose products have no known category.
    order_codes, order_labels = pd.factorize(lines["order_id"].astype(str), sort=False)
    products = lines["product_id"].astype(str)
    frames = []
    for level in LEVELS:
        items = products if level == "product" else products.map(category_of)
        known = items.notna().to_numpy()
        if not known.any():
            continue
        baskets, labels = basket_matrix(order_codes[known], len(order_labels), items[known])
        rules = association_rules(baskets, labels, thresholds)
        if rules.empty:
            continue
        rules.insert(0, "level", level)
        label = names if level == "product" else {}
        rules["antecedent_name"] = [label.get(v, v) for v in rules["antecedent"]]
        rules["consequent_name"] = [label.get(v, v) for v in rules["consequent"]]
        frames.append(rules[PRODUCT_AFFINITY_COLUMNS])
    if not frames:
        return empty_affinity()
    return pd.concat(frames, ignore_index=True)


def empty_affinity() -> pd.DataFrame:
    """The table with its columns and no row."""
    types = {"orders_together": "int64", "antecedent_orders": "int64", "consequent_orders": "int64",
             "support": "float64", "confidence": "float64", "lift": "float64"}
    return pd.DataFrame({c: pd.Series(dtype=types.get(c, object)) for c in PRODUCT_AFFINITY_COLUMNS})


def top_pairs(table: pd.DataFrame, level: str = "product", n: int = 10) -> pd.DataFrame:
    """The ``n`` strongest unordered pairs of a level (each pair once, its stronger direction)."""
    rows = table.loc[table["level"] == level]
    if rows.empty:
        return rows
    a, b = rows["antecedent"].astype(str), rows["consequent"].astype(str)
    rows = rows.assign(_pair=np.where(a < b, a + "\x1f" + b, b + "\x1f" + a)).sort_values(["lift", "confidence", "orders_together"], ascending=False, kind="stable")
    return rows.drop_duplicates("_pair").drop(columns="_pair").head(n).reset_index(drop=True)
