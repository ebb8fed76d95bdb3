"""The per-(client, product) signals blended by :mod:`lvmh_pipeline.lib.recommendations.engine`.

Each signal is a ``clients × products`` matrix in [0, 1]:

- budget: 1 inside the client's range, decaying with the log price ratio outside it;
- concept: which of the client's category / house / colour / material concepts a product carries;
- collaborative: item–item co-purchase similarity ("clients who bought X also bought Y");
- affinity: "bought together" in the same order, from the association rules of
  :mod:`lvmh_pipeline.lib.analytics.affinity` (product pairs, and category pairs at half strength).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np
import pandas as pd
from scipy import sparse

from lvmh_pipeline.lib.recommendations.catalog import slug

# Log-price widths of the budget decay: 50 % over budget scores exp(-0.5) ≈ 0.61, twice the
# budget 0.06; three times cheaper than the floor still scores 0.61 (cheaper stays affordable).
# A flexible budget ("3-4K flexible") doubles the width above.
BUDGET_SIGMA_ABOVE: float = float(np.log(1.5))
BUDGET_SIGMA_BELOW: float = float(np.log(3.0))
BUDGET_UNKNOWN_SCORE: float = 0.5

# Facet weights inside the concept score (they sum to 1): the product type a client asked for
# matters most, then the house, then colour and material.
CONCEPT_FACETS: dict[str, tuple[str, float]] = {
    "category": ("product_interests", 0.50),
    "brand": ("brands", 0.20),
    "color": ("colors", 0.15),
    "material": ("materials", 0.15),
}


def as_label_set(value: object) -> frozenset[str]:
    """Concept labels of one profile cell (list, array, JSON / comma-separated text, None) as slugs."""
    if value is None:
        return frozenset()
    if isinstance(value, str):
        text = value.strip()
        if text.startswith("["):
            try:
                items: Iterable[object] = json.loads(text)
            except json.JSONDecodeError:
                items = text.strip("[]").replace("'", "").split(",")
        else:
            items = text.replace(";", ",").split(",")
    elif isinstance(value, (list, tuple, set, frozenset, np.ndarray, pd.Series)):
        items = list(value)
    elif isinstance(value, float) and np.isnan(value):
        return frozenset()
    else:
        items = [value]
    labels = (slug(str(item)) for item in items if item is not None and not (isinstance(item, float) and np.isnan(item)))
    return frozenset(label for label in labels if label)


def budget_scores(
    prices: np.ndarray, budget_min: np.ndarray, budget_max: np.ndarray, flexible: np.ndarray | None = None
) -> np.ndarray:
    """``clients × products`` price fit in [0, 1].

    Missing bounds are open (no floor, no ceiling); a client with neither scores
    :data:`BUDGET_UNKNOWN_SCORE` everywhere, so the budget does not move their ranking; so does
    a product without a price.
    """
    raw_price = np.asarray(prices, dtype=np.float64)
    price = np.maximum(np.nan_to_num(raw_price, nan=1.0), 1e-9)[None, :]
    lo = np.asarray(budget_min, dtype=np.float64)
    hi = np.asarray(budget_max, dtype=np.float64)
    swapped = np.isfinite(lo) & np.isfinite(hi) & (lo > hi)  # a swapped range still reads as a range
    lo, hi = np.where(swapped, hi, lo), np.where(swapped, lo, hi)
    unknown = ~(np.isfinite(lo) & (lo > 0)) & ~np.isfinite(hi)
    floor = np.where(np.isfinite(lo) & (lo > 0), lo, 0.0)[:, None]
    ceiling = np.where(np.isfinite(hi) & (hi > 0), hi, np.inf)[:, None]
    flex = np.zeros(len(lo), dtype=bool) if flexible is None else np.asarray(flexible, dtype=bool)
    sigma_above = np.where(flex, 2.0, 1.0)[:, None] * BUDGET_SIGMA_ABOVE
    with np.errstate(divide="ignore", invalid="ignore"):
        over = np.where(price > ceiling, np.log(price / ceiling), 0.0)
        under = np.where(price < floor, np.log(floor / price), 0.0)
    score = np.exp(-0.5 * (over / sigma_above) ** 2 - 0.5 * (under / BUDGET_SIGMA_BELOW) ** 2)
    score[unknown] = BUDGET_UNKNOWN_SCORE
    score[:, ~np.isfinite(raw_price)] = BUDGET_UNKNOWN_SCORE
    return score


def _incidence(sets: Sequence[Iterable[str]], vocabulary: dict[str, int]) -> np.ndarray:
    matrix = np.zeros((len(sets), len(vocabulary)), dtype=np.float32)
    for i, labels in enumerate(sets):
        for label in labels:
            j = vocabulary.get(label)
            if j is not None:
                matrix[i, j] = 1.0
    return matrix


@dataclass(frozen=True)
class ConceptIndex:
    """Client and product concept incidence per facet, to score any block of clients."""

    client_sets: dict[str, list[frozenset[str]]]
    client_blocks: dict[str, np.ndarray]  # facet -> clients × vocabulary
    product_blocks: dict[str, np.ndarray]  # facet -> products × vocabulary

    @classmethod
    def build(cls, clients: pd.DataFrame, product_concepts: pd.DataFrame) -> ConceptIndex:
        """Index ``clients`` profile columns against :func:`product_concepts` label sets."""
        product_columns = {"category": "category_concepts", "brand": "brand_concepts",
                           "color": "colors", "material": "materials"}
        client_sets, client_blocks, product_blocks = {}, {}, {}
        for facet, (profile_column, _) in CONCEPT_FACETS.items():
            product_sets = [tuple(labels) for labels in product_concepts[product_columns[facet]]]
            vocabulary = {label: j for j, label in enumerate(sorted({x for s in product_sets for x in s}))}
            column = clients[profile_column] if profile_column in clients else [None] * len(clients)
            sets = [as_label_set(value) for value in column]
            client_sets[facet] = sets
            client_blocks[facet] = _incidence(sets, vocabulary)
            product_blocks[facet] = _incidence(product_sets, vocabulary)
        return cls(client_sets, client_blocks, product_blocks)

    def scores(self, rows: slice) -> np.ndarray:
        """Concept score in [0, 1] for the clients in ``rows`` × all products."""
        total = None
        for facet, (_, weight) in CONCEPT_FACETS.items():
            hit = (self.client_blocks[facet][rows] @ self.product_blocks[facet].T) > 0
            total = weight * hit if total is None else total + weight * hit
        return np.asarray(total, dtype=np.float64)


def purchase_matrix(transactions: pd.DataFrame, client_ids: Sequence[str], product_ids: Sequence[str]) -> sparse.csr_matrix:
    """Binary ``clients × products`` matrix of who bought what; unknown ids are ignored."""
    row_of = pd.Index(list(client_ids))
    col_of = pd.Index(list(product_ids))
    rows = row_of.get_indexer(transactions["client_id"].astype(str))
    cols = col_of.get_indexer(transactions["product_id"].astype(str))
    keep = (rows >= 0) & (cols >= 0)
    data = np.ones(int(keep.sum()), dtype=np.float64)
    matrix = sparse.csr_matrix((data, (rows[keep], cols[keep])), shape=(len(row_of), len(col_of)))
    matrix.data[:] = 1.0  # duplicates were summed
    return matrix


def item_similarity(
    purchases: sparse.spmatrix, method: Literal["cosine", "lift"] = "cosine", shrinkage: float = 2.0
) -> np.ndarray:
    """``products × products`` co-purchase similarity in [0, 1), zero diagonal.

    ``cosine``: co-buyers / sqrt(buyers_i × buyers_j). ``lift``: observed / expected co-buyers,
    mapped to 1 - 1/lift when above 1 (0 otherwise). Both are multiplied by
    co-buyers / (co-buyers + shrinkage) so that a pair seen once weighs less than a pattern.
    """
    binary = sparse.csr_matrix(purchases, dtype=np.float64)
    co = np.asarray((binary.T @ binary).todense(), dtype=np.float64)
    buyers = np.diag(co).copy()
    np.fill_diagonal(co, 0.0)
    with np.errstate(divide="ignore", invalid="ignore"):
        if method == "cosine":
            sim = co / np.sqrt(np.outer(buyers, buyers))
        elif method == "lift":
            lift = co * binary.shape[0] / np.outer(buyers, buyers)
            sim = np.where(lift > 1.0, 1.0 - 1.0 / lift, 0.0)
        else:
            raise ValueError(f"unknown similarity {method!r}; use 'cosine' or 'lift'")
        sim = np.nan_to_num(sim) * co / (co + shrinkage) if shrinkage > 0 else np.nan_to_num(sim)
    return np.clip(sim, 0.0, 1.0 - 1e-9)


def collaborative_scores(client_purchases: sparse.spmatrix, similarity: np.ndarray) -> np.ndarray:
    """Noisy-OR over the client's purchases: ``1 - Π_i (1 - sim(i, j))``, in [0, 1).

    Several bought items pointing to the same product add up, without exceeding 1.
    """
    log_miss = np.log1p(-similarity)
    return -np.expm1(np.asarray(client_purchases @ log_miss))


# A category pair ("handbag orders often add a wallet") counts half as much as the same
# confidence between the two products themselves.
AFFINITY_CATEGORY_WEIGHT: float = 0.5


@dataclass(frozen=True)
class AffinityMatrix:
    """``products × products`` "bought together" strength in [0, 1) (confidence of the rule
    bought → candidate, kept only when its lift is above 1), where it comes from, and the
    confidence each level had, for the reason text."""

    strength: np.ndarray
    product_level: np.ndarray  # bool: the product pair itself (else: the categories' pair)
    confidence: np.ndarray

    @classmethod
    def build(cls, pairs: pd.DataFrame | None, product_ids: Sequence[str], categories: Sequence[str],
              category_weight: float = AFFINITY_CATEGORY_WEIGHT) -> AffinityMatrix:
        """From a ``product_affinity`` table (levels product and category; other rows ignored)."""
        n = len(product_ids)
        product_strength = np.zeros((n, n))
        category_confidence = np.zeros((n, n))
        if pairs is not None and len(pairs):
            rules = pairs.loc[pd.to_numeric(pairs["lift"], errors="coerce") > 1.0]
            index = pd.Index([str(p) for p in product_ids])
            products = rules.loc[rules["level"] == "product"]
            a = index.get_indexer(products["antecedent"].astype(str))
            b = index.get_indexer(products["consequent"].astype(str))
            ok = (a >= 0) & (b >= 0) & (a != b)
            product_strength[a[ok], b[ok]] = products["confidence"].to_numpy(dtype=float)[ok]
            cats = rules.loc[rules["level"] == "category"]
            if len(cats):
                cat_index = pd.Index(sorted(set(map(str, categories))))
                of_product = cat_index.get_indexer([str(c) for c in categories])
                by_pair = np.zeros((len(cat_index), len(cat_index)))
                ca = cat_index.get_indexer(cats["antecedent"].astype(str))
                cb = cat_index.get_indexer(cats["consequent"].astype(str))
                ok = (ca >= 0) & (cb >= 0)
                by_pair[ca[ok], cb[ok]] = cats["confidence"].to_numpy(dtype=float)[ok]
                category_confidence = by_pair[of_product][:, of_product]
                np.fill_diagonal(category_confidence, 0.0)
        category_strength = category_weight * category_confidence
        product_level = (product_strength > 0) & (product_strength >= category_strength)
        strength = np.clip(np.maximum(product_strength, category_strength), 0.0, 1.0 - 1e-9)
        confidence = np.where(product_level, product_strength, category_confidence)
        return cls(strength, product_level, confidence)

    @property
    def any(self) -> bool:
        return bool((self.strength > 0).any())


def strongest_sources(client_purchases: np.ndarray, similarity: np.ndarray, recommended: np.ndarray) -> np.ndarray:
    """For each recommended product (``clients × k`` column indices), the bought product most
    similar to it, or -1 when no purchase points to it."""
    sources = np.full(recommended.shape, -1, dtype=np.int64)
    for r in range(recommended.shape[1]):
        contribution = client_purchases * similarity[:, recommended[:, r]].T  # clients × products
        best = contribution.argmax(axis=1)
        found = contribution[np.arange(len(best)), best] > 0
        sources[found, r] = best[found]
    return sources


def top_k_indices(key: np.ndarray, k: int) -> np.ndarray:
    """Column indices of the k largest finite values per row, best first (-1 pads)."""
    k_eff = min(k, key.shape[1])
    part = np.argpartition(-key, k_eff - 1, axis=1)[:, :k_eff]
    order = np.argsort(-np.take_along_axis(key, part, axis=1), axis=1, kind="stable")
    top = np.take_along_axis(part, order, axis=1)
    return np.where(np.isfinite(np.take_along_axis(key, top, axis=1)), top, -1)
