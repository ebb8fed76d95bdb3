"""Offline evaluation of the recommender as it would have run at a past date T.

Everything the recommender reads is rebuilt from data dated ≤ T: client profiles and client
vectors from the notes up to T (a note written after T may describe the purchase itself), and
the purchase history up to T. The top-k is then checked against the products each client
bought for the first time in (T, T + horizon], next to :func:`~.recommend_eval.popularity_baseline`
on the same clients.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd

from lvmh_pipeline.lib.features.client_vectors import build_client_vectors, stack_embeddings
from lvmh_pipeline.lib.concepts.profiles import build_client_profiles
from lvmh_pipeline.lib.recommendations.engine import RecommendationWeights, recommend
from lvmh_pipeline.lib.recommendations.evaluation import evaluate_recommendations, popularity_baseline, split_transactions

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
) -> OfflineEvaluation | None:
    """Recommend as of T = :func:`evaluation_date` and score against first purchases after T.

    ``notes``, ``note_concepts`` and ``note_embeddings`` are the de-duplicated warehouse tables.
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
    recs = recommend(clients, client_matrix, catalog, product_vectors, split.train, k=k, weights=weights,
                     as_of=as_of)
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
