"""Offline evaluation of recommendations on a time split.

Recommend with transactions up to ``as_of`` only, then check the top-k against what each client
bought *for the first time* after ``as_of`` (a product already owned can never be recommended,
so it cannot count). :func:`popularity_baseline` is the bar any recommender has to clear.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from lvmh_pipeline.lib.recommendations.engine import RECOMMENDATIONS_COLUMNS, usable_transactions
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
            "reason": [
                f"popular: bought by {int(counts[j])} client{'s' if counts[j] > 1 else ''}"
                if counts[j] > 0
                else "catalog pick: not bought yet"
                for j in product
            ],
        }
    )[RECOMMENDATIONS_COLUMNS]
