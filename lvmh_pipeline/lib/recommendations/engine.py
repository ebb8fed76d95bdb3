"""Top-k product recommendations per client: a documented blend of four signals.

``score = w_content·content + w_concept·concept + w_budget·budget + w_collaborative·collaborative``
with the weights of :class:`RecommendationWeights` normalized to sum to 1, every signal in [0, 1]:

- content: cosine of the client's note embedding with the product text embedding
  (:func:`~lvmh_pipeline.lib.recommendations.catalog.product_text`), min–max scaled per client over the catalog
  (1 = the product closest to the client's notes); 0 everywhere for a client without a vector;
- concept: weighted share of the client's category / house / colour / material concepts
  the product carries (:data:`~lvmh_pipeline.lib.recommendations.signals.CONCEPT_FACETS`);
- budget: price fit to the client's budget range (0.5 everywhere when the budget is unknown);
- collaborative: item–item co-purchase similarity from transactions up to ``as_of``;
- affinity: "bought together" in one order (``product_affinity`` rules: noisy-OR over the
  client's purchases of the rule confidence, product pairs and category pairs at half strength).

Without transactions the collaborative weight is dropped, without affinity rules the affinity
weight, and the others re-normalized.
Products the client already bought (up to ``as_of``) are never recommended, nor fragrances to a
client with a fragrance allergy. Clients are scored in chunks so memory stays bounded.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

import numpy as np
import pandas as pd

from lvmh_pipeline.lib.recommendations.catalog_attributes import product_concepts
from lvmh_pipeline.lib.recommendations.reasons import reasons_for_chunk, together_phrases
from lvmh_pipeline.lib.recommendations.signals import (
    AffinityMatrix,
    ConceptIndex,
    as_label_set,
    budget_scores,
    collaborative_scores,
    item_similarity,
    purchase_matrix,
    strongest_sources,
    top_k_indices,
)

RECOMMENDATIONS_COLUMNS: list[str] = [
    "client_id",
    "rank",  # 1 = best
    "product_id",
    "product_name",
    "brand",
    "category",
    "price",
    "score",  # weighted sum of the four component scores below
    "content_score",
    "concept_score",
    "budget_score",
    "collaborative_score",
    "reason",
    "affinity_score",  # "bought together" signal (0 without affinity rules)
]

# Allergy concept -> catalog categories never recommended to a client who has it.
ALLERGY_EXCLUDED_CATEGORIES: dict[str, frozenset[str]] = {"fragrance": frozenset({"fragrance"})}
# Cells scored per chunk (clients × products), which bounds the working memory.
_CHUNK_CELLS = 2_000_000
_SIGNALS: tuple[str, ...] = ("content", "concept", "budget", "collaborative", "affinity")
# Popularity only breaks ties; it never outweighs a real score difference.
_TIE_BREAK = 1e-6


@dataclass(frozen=True)
class RecommendationWeights:
    """Blend weights (non-negative, normalized to sum to 1 before use).

    Defaults: what the client said (content 0.30 + concept 0.30) leads, the price fit (0.20)
    and what similar buyers did (0.20) adjust; "bought together" (0.15, before normalization)
    adds to them when affinity rules are given.
    """

    content: float = 0.30
    concept: float = 0.30
    budget: float = 0.20
    collaborative: float = 0.20
    affinity: float = 0.15

    def normalized(self, with_collaborative: bool = True, with_affinity: bool = False) -> RecommendationWeights:
        """Weights summing to 1; ``with_collaborative=False`` drops the collaborative term and
        ``with_affinity=False`` the affinity term first."""
        weights = self if with_collaborative else replace(self, collaborative=0.0)
        weights = weights if with_affinity else replace(weights, affinity=0.0)
        values = np.array([weights.content, weights.concept, weights.budget, weights.collaborative, weights.affinity])
        if (values < 0).any() or not np.isfinite(values).all():
            raise ValueError(f"weights must be finite and >= 0, got {self}")
        total = values.sum()
        if total <= 0:
            raise ValueError(f"at least one weight must be > 0, got {weights}")
        return RecommendationWeights(*(float(v) for v in values / total))


def _unit_rows(matrix: np.ndarray) -> np.ndarray:
    matrix = np.nan_to_num(np.asarray(matrix, dtype=np.float32), nan=0.0, posinf=0.0, neginf=0.0)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return np.divide(matrix, norms, out=np.zeros_like(matrix), where=norms > 0)


def usable_transactions(transactions: pd.DataFrame | None, as_of: object = None) -> pd.DataFrame:
    """Transactions with string ids, restricted to those dated on or before the ``as_of`` day."""
    if transactions is None or transactions.empty:
        return pd.DataFrame({"client_id": pd.Series(dtype=str), "product_id": pd.Series(dtype=str)})
    tx = transactions.dropna(subset=["client_id", "product_id"])
    if as_of is not None:
        if "date" not in tx:
            raise ValueError("as_of needs a 'date' column in transactions")
        days = pd.to_datetime(tx["date"], errors="coerce").dt.normalize()
        tx = tx.loc[days.notna() & (days <= pd.Timestamp(as_of).normalize())]
    return tx.assign(client_id=tx["client_id"].astype(str), product_id=tx["product_id"].astype(str))


def _client_column(clients: pd.DataFrame, name: str) -> np.ndarray:
    if name not in clients:
        return np.full(len(clients), np.nan)
    return pd.to_numeric(clients[name], errors="coerce").to_numpy(dtype=np.float64)


def _allergy_exclusions(clients: pd.DataFrame) -> list[frozenset[str]]:
    """Per client, the catalog categories their allergies rule out."""
    if "allergies" not in clients:
        return [frozenset()] * len(clients)
    return [
        frozenset().union(*(ALLERGY_EXCLUDED_CATEGORIES.get(a, frozenset()) for a in as_label_set(value)))
        for value in clients["allergies"]
    ]


def _exclusion_mask(exclusions: list[frozenset[str]], categories: np.ndarray) -> np.ndarray:
    mask = np.zeros((len(exclusions), len(categories)), dtype=bool)
    for i, excluded in enumerate(exclusions):
        if excluded:
            mask[i] = np.isin(categories, list(excluded))
    return mask


def recommend(
    clients: pd.DataFrame,
    client_vectors: np.ndarray,
    catalog: pd.DataFrame,
    product_vectors: np.ndarray,
    transactions: pd.DataFrame | None = None,
    *,
    k: int = 5,
    weights: RecommendationWeights = RecommendationWeights(),
    as_of: object = None,
    similarity: Literal["cosine", "lift"] = "cosine",
    affinity: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Top-``k`` products per client (:data:`RECOMMENDATIONS_COLUMNS`), best first.

    ``clients`` holds ``client_id`` and the profile columns (product_interests, brands, colors,
    materials, budget_min_eur, budget_max_eur, budget_flexible, allergies; missing ones count as
    unknown); ``client_vectors`` and ``product_vectors`` are aligned with the rows of ``clients``
    and ``catalog``. Only transactions dated up to ``as_of`` are used (all when None). A client
    with fewer than ``k`` eligible products gets fewer rows.
    """
    if k < 1:
        raise ValueError(f"k must be >= 1, got {k}")
    client_vectors = np.asarray(client_vectors)
    product_vectors = np.asarray(product_vectors)
    if client_vectors.ndim != 2 or client_vectors.shape[0] != len(clients):
        raise ValueError(f"client_vectors shape {client_vectors.shape} does not match {len(clients)} clients")
    if product_vectors.ndim != 2 or product_vectors.shape[0] != len(catalog):
        raise ValueError(f"product_vectors shape {product_vectors.shape} does not match {len(catalog)} products")
    if len(clients) and client_vectors.shape[1] != product_vectors.shape[1]:  # no client (no notes): no vector
        raise ValueError(f"vector dimensions differ: clients {client_vectors.shape[1]}, products {product_vectors.shape[1]}")
    for frame, column in ((clients, "client_id"), (catalog, "product_id")):
        duplicated = frame[column].astype(str).duplicated()
        if duplicated.any():
            raise ValueError(f"duplicate {column} values, e.g. {frame[column][duplicated].iloc[0]!r}")
    if len(clients) == 0 or len(catalog) == 0:
        return pd.DataFrame(columns=RECOMMENDATIONS_COLUMNS)

    products = _Products.of(catalog)
    tx = usable_transactions(transactions, as_of)
    buyers = sorted(set(tx["client_id"]))
    history = purchase_matrix(tx, buyers, products.ids)
    sim = item_similarity(history, method=similarity) if buyers else np.zeros((len(products.ids),) * 2)
    with_collaborative = bool((sim > 0).any())
    together = AffinityMatrix.build(affinity, products.ids, products.categories)
    w = weights.normalized(with_collaborative, together.any)
    popularity = np.asarray(history.sum(axis=0)).ravel()
    tie_break = _TIE_BREAK * popularity / max(popularity.max(), 1.0)

    client_ids = clients["client_id"].astype(str).tolist()
    bought = purchase_matrix(tx, client_ids, products.ids)
    index = ConceptIndex.build(clients, products.concepts)
    exclusions = _allergy_exclusions(clients)
    unit_clients, unit_products = _unit_rows(client_vectors), _unit_rows(product_vectors)
    budget_min, budget_max = _client_column(clients, "budget_min_eur"), _client_column(clients, "budget_max_eur")
    flexible = (
        clients["budget_flexible"].fillna(False).astype(bool).to_numpy()
        if "budget_flexible" in clients
        else np.zeros(len(clients), dtype=bool)
    )

    frames = []
    chunk = max(1, _CHUNK_CELLS // len(products.ids))
    for start in range(0, len(client_ids), chunk):
        rows = slice(start, min(start + chunk, len(client_ids)))
        cosine = (unit_clients[rows] @ unit_products.T).astype(np.float64)
        low, high = cosine.min(axis=1, keepdims=True), cosine.max(axis=1, keepdims=True)
        content = np.divide(cosine - low, high - low, out=np.zeros_like(cosine), where=(high - low) > 1e-12)
        signals = {
            "content": content,
            "concept": index.scores(rows),
            "budget": budget_scores(products.prices, budget_min[rows], budget_max[rows], flexible[rows]),
            "collaborative": collaborative_scores(bought[rows], sim) if with_collaborative else np.zeros_like(cosine),
            "affinity": collaborative_scores(bought[rows], together.strength) if together.any else np.zeros_like(cosine),
        }
        score = sum(getattr(w, name) * signals[name] for name in _SIGNALS)
        bought_rows = bought[rows].toarray()
        key = score + tie_break[None, :]
        key[(bought_rows > 0) | _exclusion_mask(exclusions[rows], products.categories)] = -np.inf
        top = top_k_indices(key, k)
        sources = strongest_sources(bought_rows, sim, np.maximum(top, 0)) if with_collaborative else np.full(top.shape, -1)
        signals.update(score=score, cosine=cosine)
        table = _chunk_table(top, signals, products, [client_ids[i] for i in range(rows.start, rows.stop)])
        phrases = together_phrases(
            top, strongest_sources(bought_rows, together.strength, np.maximum(top, 0)), signals["affinity"],
            confidence=together.confidence, product_level=together.product_level, names=products.names,
            categories=products.categories,
        ) if together.any else None
        table["reason"] = reasons_for_chunk(
            top, sources, signals, {name: getattr(w, name) for name in _SIGNALS},
            label_sets=products.label_sets, names=products.names, prices=products.prices,
            client_sets={facet: sets[rows] for facet, sets in index.client_sets.items()},
            budget_min=budget_min[rows], budget_max=budget_max[rows], together=phrases,
        )
        frames.append(table)
    return pd.concat(frames, ignore_index=True)[RECOMMENDATIONS_COLUMNS]


@dataclass(frozen=True)
class _Products:
    """Catalog columns as arrays, aligned with its rows."""

    ids: list[str]
    names: np.ndarray
    brands: np.ndarray
    categories: np.ndarray
    prices: np.ndarray
    concepts: pd.DataFrame  # product_concepts(catalog)
    label_sets: list[dict[str, tuple[str, ...]]]  # per product: facet -> concept labels

    @classmethod
    def of(cls, catalog: pd.DataFrame) -> _Products:
        brands = catalog["brand"] if "brand" in catalog else pd.Series([""] * len(catalog))
        concepts = product_concepts(catalog)
        facets = {"category": "category_concepts", "brand": "brand_concepts", "color": "colors", "material": "materials"}
        label_sets = [
            {facet: tuple(labels) for facet, labels in zip(facets, row)}
            for row in concepts[list(facets.values())].itertuples(index=False)
        ]
        return cls(
            ids=catalog["product_id"].astype(str).tolist(),
            names=catalog["name"].astype(str).to_numpy(),
            brands=brands.fillna("").astype(str).to_numpy(),
            categories=catalog["category"].astype(str).to_numpy(),
            prices=pd.to_numeric(catalog["price"], errors="coerce").to_numpy(dtype=np.float64),
            concepts=concepts,
            label_sets=label_sets,
        )


def _chunk_table(top: np.ndarray, signals: dict[str, np.ndarray], products: _Products, ids: list[str]) -> pd.DataFrame:
    local, rank = np.nonzero(top >= 0)
    product = top[local, rank]
    return pd.DataFrame(
        {
            "client_id": [ids[i] for i in local],
            "rank": (rank + 1).astype(np.int64),
            "product_id": [products.ids[j] for j in product],
            "product_name": products.names[product],
            "brand": products.brands[product],
            "category": products.categories[product],
            "price": products.prices[product],
            "score": signals["score"][local, product],
            "content_score": signals["content"][local, product],
            "concept_score": signals["concept"][local, product],
            "budget_score": signals["budget"][local, product],
            "collaborative_score": signals["collaborative"][local, product],
            "affinity_score": signals["affinity"][local, product],
        }
    )

