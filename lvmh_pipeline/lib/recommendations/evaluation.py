"""Offline evaluation of recommendations on a time split, and of the recommender as it
would have run at a past date T (:func:`evaluate_at`).

Recommend with transactions up to ``as_of`` only, then check the top-k against what each client
bought *for the first time* after ``as_of`` (a product already owned can never be recommended,
so it cannot count). :func:`popularity_baseline` is the bar any recommender has to clear.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd

from lvmh_pipeline.lib.analytics.affinity import AffinityThresholds, product_affinity
from lvmh_pipeline.lib.analytics.orders import order_lines
from lvmh_pipeline.lib.concepts.profiles import build_client_profiles
from lvmh_pipeline.lib.features.client_vectors import build_client_vectors, stack_embeddings
from lvmh_pipeline.lib.recommendations.engine import (
    RECOMMENDATIONS_COLUMNS,
    RecommendationWeights,
    recommend,
    usable_transactions,
)
from lvmh_pipeline.lib.recommendations.signals import purchase_matrix, top_k_indices

_CHUNK_CELLS = 2_000_000  # clients × products scored at once


@dataclass(frozen=True)
class TimeSplit:
    """Transactions before and after ``as_of``."""

    train: pd.DataFrame  # date <= as_of
    future: pd.DataFrame  # as_of < date (<= as_of + horizon when given)
    new_purchases: pd.DataFrame  # unique (client_id, product_id) of `future` not bought in `train`


def split_transactions(transactions: pd.DataFrame, as_of: object, horizon_days: int | None = None) -> TimeSplit:
    """Split at the ``as_of`` day (inclusive on the train side, like
    :func:`~lvmh_pipeline.lib.recommendations.engine.recommend` and :func:`~lvmh_pipeline.lib.modeling.bgnbd.rfm_summary`);
    rows with an unparsable date are dropped."""
    dates = pd.to_datetime(transactions["date"], errors="coerce").dt.normalize()
    cutoff = pd.Timestamp(as_of).normalize()
    after = dates > cutoff
    if horizon_days is not None:
        after &= dates <= cutoff + pd.Timedelta(days=horizon_days)
    train = transactions.loc[dates.notna() & (dates <= cutoff)].reset_index(drop=True)
    future = transactions.loc[dates.notna() & after].reset_index(drop=True)
    pairs = future[["client_id", "product_id"]].astype(str).drop_duplicates()
    owned = set(zip(train["client_id"].astype(str), train["product_id"].astype(str)))
    is_new = [pair not in owned for pair in zip(pairs["client_id"], pairs["product_id"])]
    return TimeSplit(train, future, pairs.loc[is_new].reset_index(drop=True))


def evaluate_recommendations(recs: pd.DataFrame, future_purchases: pd.DataFrame, k: int = 5) -> dict[str, float]:
    """Hit rate, NDCG, precision and recall at ``k`` (binary relevance).

    The population is the clients of ``future_purchases`` (pass ``TimeSplit.new_purchases``)
    who received recommendations; ``coverage`` is their share of all those future buyers.
    hit rate = share of clients with ≥1 relevant product in their top k; NDCG@k =
    Σ 1/log2(rank+1) over relevant ranks ≤ k, divided by its ideal for min(k, #relevant).
    """
    if k < 1:
        raise ValueError(f"k must be >= 1, got {k}")
    relevant = future_purchases[["client_id", "product_id"]].astype(str).drop_duplicates()
    buyers = relevant["client_id"].unique()
    top = recs.loc[recs["rank"] <= k, ["client_id", "product_id", "rank"]].astype({"client_id": str, "product_id": str})
    top = top.sort_values("rank").drop_duplicates(["client_id", "product_id"])
    population = np.intersect1d(buyers, top["client_id"].unique())
    result = {"k": float(k), "n_clients": float(len(population)), "n_future_buyers": float(len(buyers)),
              "coverage": len(population) / len(buyers) if len(buyers) else float("nan")}
    if len(population) == 0:
        return result | {"hit_rate_at_k": float("nan"), "ndcg_at_k": float("nan"),
                         "precision_at_k": float("nan"), "recall_at_k": float("nan")}
    hits = top.merge(relevant, on=["client_id", "product_id"], how="inner")
    hits = hits.loc[hits["client_id"].isin(population)]
    n_relevant = relevant.loc[relevant["client_id"].isin(population)].groupby("client_id").size()
    n_hits = hits.groupby("client_id").size().reindex(n_relevant.index, fill_value=0)
    dcg = (1.0 / np.log2(hits["rank"].to_numpy() + 1.0))
    dcg = pd.Series(dcg, index=hits["client_id"].to_numpy()).groupby(level=0).sum().reindex(n_relevant.index, fill_value=0.0)
    discounts = np.cumsum(1.0 / np.log2(np.arange(2, k + 2)))
    ideal = discounts[np.minimum(n_relevant.to_numpy(), k) - 1]
    return result | {
        "hit_rate_at_k": float((n_hits > 0).mean()),
        "ndcg_at_k": float(np.mean(dcg.to_numpy() / ideal)),
        "precision_at_k": float((n_hits / k).mean()),
        "recall_at_k": float((n_hits / n_relevant).mean()),
    }


def popularity_baseline(
    train_transactions: pd.DataFrame | None,
    catalog: pd.DataFrame,
    clients: pd.DataFrame | Sequence[str],
    k: int = 5,
) -> pd.DataFrame:
    """The ``k`` most bought catalog products (distinct buyers) each client has not bought yet.

    Same columns as :func:`~lvmh_pipeline.lib.recommendations.engine.recommend`; ``score`` is the product's
    buyer count over the top product's, the component scores are NaN. Ties and never-bought
    products follow catalog order.
    """
    if k < 1:
        raise ValueError(f"k must be >= 1, got {k}")
    ids = clients["client_id"] if isinstance(clients, pd.DataFrame) else pd.Series(list(clients))
    client_ids = ids.astype(str).drop_duplicates().tolist()
    product_ids = catalog["product_id"].astype(str).tolist()
    if not client_ids or not product_ids:
        return pd.DataFrame(columns=RECOMMENDATIONS_COLUMNS)
    tx = usable_transactions(train_transactions)
    buyers = sorted(set(tx["client_id"]))
    counts = np.asarray(purchase_matrix(tx, buyers, product_ids).sum(axis=0)).ravel()
    # Catalog order breaks ties: a strictly decreasing offset smaller than one buyer.
    key_row = counts - np.arange(len(product_ids)) / (len(product_ids) + 1.0)
    bought = purchase_matrix(tx, client_ids, product_ids)
    chunk = max(1, _CHUNK_CELLS // len(product_ids))
    top = np.vstack(
        [
            top_k_indices(np.where(bought[start : start + chunk].toarray() > 0, -np.inf, key_row[None, :]), k)
            for start in range(0, len(client_ids), chunk)
        ]
    )
    local, rank = np.nonzero(top >= 0)
    product = top[local, rank]
    names = catalog["name"].astype(str).to_numpy()
    top_count = max(counts.max(), 1.0)
    nan = np.full(len(product), np.nan)
    return pd.DataFrame(
        {
            "client_id": [client_ids[i] for i in local],
            "rank": (rank + 1).astype(np.int64),
            "product_id": [product_ids[j] for j in product],
            "product_name": names[product],
            "brand": catalog["brand"].fillna("").astype(str).to_numpy()[product] if "brand" in catalog else "",
            "category": catalog["category"].astype(str).to_numpy()[product],
            "price": pd.to_numeric(catalog["price"], errors="coerce").to_numpy(dtype=np.float64)[product],
            "score": counts[product] / top_count,
            "content_score": nan,
            "concept_score": nan,
            "budget_score": nan,
            "collaborative_score": nan,
            "affinity_score": nan,
            "reason": [
                f"popular: bought by {int(counts[j])} client{'s' if counts[j] > 1 else ''}"
                if counts[j] > 0
                else "catalog pick: not bought yet"
                for j in product
            ],
        }
    )[RECOMMENDATIONS_COLUMNS]


# --- the recommender replayed at a past date T ---------------------------------------------------
# Everything the recommender reads is rebuilt from data dated <= T: client profiles and client
# vectors from the notes up to T (a note written after T may describe the purchase itself), and
# the purchase history up to T. The top-k is then checked against the products each client bought
# for the first time in (T, T + horizon], next to popularity_baseline on the same clients.

DEFAULT_HORIZON_DAYS = 90


@dataclass(frozen=True)
class OfflineEvaluation:
    """Metrics of the recommender and of the popularity baseline at T (same clients, same k)."""

    as_of: date
    horizon_days: int
    k: int
    n_clients: int  # clients with a note up to T (who get recommendations)
    model: dict[str, float]
    popularity: dict[str, float]

    def table(self) -> pd.DataFrame:
        """One row per recommender: hit rate, NDCG, precision, recall at k, coverage."""
        keys = ["hit_rate_at_k", "ndcg_at_k", "precision_at_k", "recall_at_k", "n_clients", "coverage"]
        rows = [{"recommender": name, **{key: metrics.get(key) for key in keys}}
                for name, metrics in (("blend", self.model), ("popularity", self.popularity))]
        return pd.DataFrame(rows)

    def flat_metrics(self) -> dict[str, float]:
        """``<recommender>_<metric>`` → value, finite values only (for MLflow)."""
        out = {}
        for name, metrics in (("blend", self.model), ("popularity", self.popularity)):
            for key, value in metrics.items():
                if value is not None and np.isfinite(value):
                    out[f"{name}_{key}"] = float(value)
        return out


def evaluation_date(transactions: pd.DataFrame, horizon_days: int = DEFAULT_HORIZON_DAYS) -> date | None:
    """Last transaction day minus the horizon: the latest T whose whole window is observed."""
    days = pd.to_datetime(transactions["date"], errors="coerce").dropna()
    if days.empty:
        return None
    return (days.max().normalize() - pd.Timedelta(days=horizon_days)).date()


def _up_to(frame: pd.DataFrame, cutoff: pd.Timestamp) -> pd.DataFrame:
    dates = pd.to_datetime(frame["note_date"], errors="coerce")
    return frame.loc[dates.le(cutoff).to_numpy()].reset_index(drop=True)


def evaluate_at(
    notes: pd.DataFrame,
    note_concepts: pd.DataFrame,
    note_embeddings: pd.DataFrame,
    catalog: pd.DataFrame,
    product_vectors: np.ndarray,
    transactions: pd.DataFrame,
    *,
    k: int = 5,
    horizon_days: int = DEFAULT_HORIZON_DAYS,
    weights: RecommendationWeights = RecommendationWeights(),
    affinity: AffinityThresholds | None = None,
) -> OfflineEvaluation | None:
    """Recommend as of T = :func:`evaluation_date` and score against first purchases after T.

    ``notes``, ``note_concepts`` and ``note_embeddings`` are the de-duplicated warehouse tables.
    With ``affinity`` thresholds, the "bought together" rules are mined from the orders up to T
    (never from the later ones the evaluation checks).
    Returns ``None`` when there is no transaction or no client with a note up to T.
    """
    as_of = evaluation_date(transactions, horizon_days)
    if as_of is None:
        return None
    cutoff = pd.Timestamp(as_of)
    notes_t, concepts_t, embeddings_t = (_up_to(f, cutoff) for f in (notes, note_concepts, note_embeddings))
    if embeddings_t.empty:
        return None
    profiles = build_client_profiles(notes_t, concepts_t)
    vectors = build_client_vectors(embeddings_t, stack_embeddings(embeddings_t), concepts_t).table
    clients, client_matrix = align_clients(profiles, vectors)
    split = split_transactions(transactions, as_of, horizon_days)
    rules = None if affinity is None else product_affinity(order_lines(split.train), catalog, affinity)
    recs = recommend(clients, client_matrix, catalog, product_vectors, split.train, k=k, weights=weights,
                     as_of=as_of, affinity=rules)
    baseline = popularity_baseline(split.train, catalog, clients, k=k)
    return OfflineEvaluation(
        as_of=as_of,
        horizon_days=horizon_days,
        k=k,
        n_clients=len(clients),
        model=evaluate_recommendations(recs, split.new_purchases, k),
        popularity=evaluate_recommendations(baseline, split.new_purchases, k),
    )


def align_clients(profiles: pd.DataFrame, client_vectors: pd.DataFrame) -> tuple[pd.DataFrame, np.ndarray]:
    """Profiles in the row order of ``client_vectors`` (clients with a vector) and their embeddings."""
    vectors = client_vectors.assign(client_id=client_vectors["client_id"].astype(str)).reset_index(drop=True)
    clients = vectors[["client_id"]].merge(profiles.assign(client_id=profiles["client_id"].astype(str)),
                                           on="client_id", how="left", validate="one_to_one")
    return clients, stack_embeddings(vectors)
