"""Client segments: k-means with k chosen by cosine silhouette, and the clusters table.

Lift-based names are in :mod:`~lvmh_pipeline.lib.segmentation.cluster_lift`, nearest clients in
:mod:`~lvmh_pipeline.lib.segmentation.neighbors`.

Inputs are client vectors with unit rows (see ``client_vectors.combined_matrix``), on which
Euclidean k-means and cosine similarity agree.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from sklearn.cluster import KMeans, MiniBatchKMeans
from sklearn.decomposition import PCA
from sklearn.metrics import adjusted_rand_score, silhouette_samples

from lvmh_pipeline.lib.common.threads import single_threaded
from lvmh_pipeline.lib.segmentation.neighbors import nearest_neighbors, unit_rows

CLUSTERS_COLUMNS: list[str] = [
    "client_id",
    "cluster_id",  # 0 = largest cluster
    "cluster_name",  # top lift concepts joined by " · " (readable: lib/segmentation/cluster_names.py)
    "cluster_size",
    "silhouette",  # per-client cosine silhouette
    "similar_clients",  # list[str], most similar first, never the client itself
    "similar_scores",  # list[float], cosine similarity, aligned with similar_clients
    "cluster_description",  # one line: size and what sets the cluster apart
]

MINIBATCH_THRESHOLD = 20_000
SCAN_SIZE = 5_000  # rows the k scan fits on (see choose_k_and_cluster)
EXACT_SILHOUETTE_MAX = 10_000
FIT_DIMENSIONS = 64  # k-means runs on this many principal components (see choose_k_and_cluster)


@dataclass(frozen=True)
class ClusteringResult:
    """Labels (0..k-1, by decreasing cluster size) and how k was chosen."""

    labels: np.ndarray
    k: int
    silhouette: float | None  # cosine silhouette of the chosen k on the evaluation sample
    silhouette_by_k: dict[int, float] = field(default_factory=dict)  # every k tried
    algorithm: str = "kmeans"  # kmeans | minibatch_kmeans | single
    sample_size: int = 0  # clients the silhouettes were computed on


def _relabel_by_size(labels: np.ndarray) -> np.ndarray:
    """Renumber clusters so 0 is the largest (ties: the one whose first member comes first)."""
    uniq, first, counts = np.unique(labels, return_index=True, return_counts=True)
    order = sorted(range(len(uniq)), key=lambda i: (-counts[i], first[i]))
    mapping = {int(uniq[i]): new for new, i in enumerate(order)}
    return np.array([mapping[int(v)] for v in labels], dtype=np.int64)


def cosine_distances(X: np.ndarray) -> np.ndarray:
    """``1 - cos`` between every pair of rows (products in float32 like scikit-learn's, returned as
    float64 in [0, 2] with a zero diagonal)."""
    Xu = unit_rows(X)
    distances = np.clip(1.0 - (Xu @ Xu.T).astype(np.float64), 0.0, 2.0)
    np.fill_diagonal(distances, 0.0)
    return distances


def silhouette_from_distances(distances: np.ndarray, labels: np.ndarray) -> float:
    """Mean silhouette from a precomputed distance matrix, as ``sklearn.metrics.silhouette_score``
    computes it (a row alone in its cluster scores 0), with one matrix product instead of a loop
    over rows: the k scan reuses one distance matrix for every k."""
    _, codes, sizes = np.unique(labels, return_inverse=True, return_counts=True)
    n = len(codes)
    members = np.zeros((n, len(sizes)))
    members[np.arange(n), codes] = 1.0
    sums = distances @ members  # (n, k): each row's total distance to each cluster
    own = sizes[codes]
    a = sums[np.arange(n), codes] / np.maximum(own - 1, 1)
    means = sums / sizes
    means[np.arange(n), codes] = np.inf
    b = means.min(axis=1)
    scores = np.divide(b - a, np.maximum(a, b), out=np.zeros(n), where=np.maximum(a, b) > 0)
    return float(np.where(own > 1, scores, 0.0).mean())


def _fit(X: np.ndarray, k: int, seed: int, minibatch: bool) -> np.ndarray:
    if minibatch:
        model = MiniBatchKMeans(n_clusters=k, n_init=3, batch_size=2048, random_state=seed)
    else:
        model = KMeans(n_clusters=k, n_init=10, random_state=seed)
    with single_threaded():
        return model.fit_predict(X)


def _reducer(X: np.ndarray, dimensions: int | None, seed: int):
    """``X ↦ X`` or the projection on the top ``dimensions`` principal components of ``X``."""
    if dimensions is None or dimensions >= min(X.shape):
        return lambda rows: rows
    with single_threaded():
        pca = PCA(n_components=dimensions, svd_solver="covariance_eigh" if X.shape[0] >= X.shape[1] else "full",
                  random_state=seed).fit(X)
    return lambda rows: pca.transform(rows).astype(np.float32)


def choose_k_and_cluster(
    X: np.ndarray,
    k_range: Iterable[int] = range(4, 13),
    seed: int = 42,
    sample_size: int = 2000,
    minibatch_threshold: int = MINIBATCH_THRESHOLD,
    scan_size: int = SCAN_SIZE,
    fit_dimensions: int | None = FIT_DIMENSIONS,
) -> ClusteringResult:
    """Cluster the rows of ``X`` for every k in ``k_range`` and keep the best cosine silhouette.

    Silhouettes are computed on a deterministic random sample of ``sample_size`` rows (all rows
    when fewer); ties go to the smaller k. Beyond ``scan_size`` rows the k scan fits on a
    deterministic sample of ``scan_size`` rows and only the chosen k is fitted on every row, so
    the step grows like one k-means, not one per k. k values the data cannot support
    (k >= number of distinct rows) are skipped; with none left every row goes to cluster 0.

    k-means runs on the first ``fit_dimensions`` principal components of the scanned rows
    (``None``: on ``X`` itself); silhouettes are always measured on ``X``. On 2,000 client vectors
    of 621 dimensions this is 4x faster than fitting on ``X`` and scores the same or better
    silhouettes (the discarded components are mostly noise around the clusters).
    """
    X = np.asarray(X, dtype=np.float32)
    n = X.shape[0]
    n_distinct = len(np.unique(X, axis=0)) if n else 0
    ks = sorted({int(k) for k in k_range if 2 <= int(k) < max(n_distinct, 1)})
    if not ks:
        return ClusteringResult(labels=np.zeros(n, dtype=np.int64), k=1 if n else 0, silhouette=None,
                                algorithm="single")
    rng = np.random.default_rng(seed)
    scanned = np.sort(rng.choice(n, size=scan_size, replace=False)) if n > scan_size else np.arange(n)
    Xs = X[scanned]
    sample = np.sort(rng.choice(len(scanned), size=sample_size, replace=False)) if len(scanned) > sample_size \
        else np.arange(len(scanned))
    minibatch = n > minibatch_threshold
    reduce = _reducer(Xs, fit_dimensions, seed)
    Zs = reduce(Xs)
    distances = cosine_distances(Xs[sample])

    scores: dict[int, float] = {}
    best_k, best_labels = None, None
    for k in ks:
        labels = _fit(Zs, k, seed, len(scanned) > minibatch_threshold)
        n_labels = len(np.unique(labels[sample]))
        if not 2 <= n_labels < len(sample):
            continue
        scores[k] = silhouette_from_distances(distances, labels[sample])
        if best_k is None or scores[k] > scores[best_k] + 1e-9:
            best_k, best_labels = k, labels
    if best_k is None or best_labels is None:
        return ClusteringResult(labels=np.zeros(n, dtype=np.int64), k=1, silhouette=None, algorithm="single")
    if len(scanned) < n:  # the chosen k on every row
        best_labels = _fit(reduce(X), best_k, seed, minibatch)
    return ClusteringResult(
        labels=_relabel_by_size(best_labels),
        k=best_k,
        silhouette=scores[best_k],
        silhouette_by_k=scores,
        algorithm="minibatch_kmeans" if minibatch else "kmeans",
        sample_size=len(sample),
    )


def per_sample_silhouette(X: np.ndarray, labels: np.ndarray, exact_max: int = EXACT_SILHOUETTE_MAX) -> np.ndarray:
    """Cosine silhouette of each row; exact up to ``exact_max`` rows, centroid-based beyond.

    The centroid ("simplified") silhouette compares the distance to the own centroid with the
    distance to the nearest other centroid: O(n·k) instead of O(n²). 0 when k < 2.
    """
    labels = np.asarray(labels)
    n, n_labels = len(labels), len(np.unique(labels))
    if not 2 <= n_labels < n:
        return np.zeros(n, dtype=np.float64)
    if n <= exact_max:
        return silhouette_samples(X, labels, metric="cosine")
    Xu = unit_rows(X)
    uniq = np.unique(labels)
    centroids = unit_rows(np.vstack([Xu[labels == c].mean(axis=0) for c in uniq]))
    dist = 1.0 - Xu @ centroids.T
    own = np.searchsorted(uniq, labels)
    a = dist[np.arange(n), own]
    dist[np.arange(n), own] = np.inf
    b = dist.min(axis=1)
    return np.divide(b - a, np.maximum(a, b), out=np.zeros(n), where=np.maximum(a, b) > 0)


def build_clusters_table(
    client_ids: Sequence[str],
    X: np.ndarray,
    result: ClusteringResult,
    names: Mapping[int, str],
    *,
    k_similar: int = 5,
    descriptions: Mapping[int, str] | None = None,
) -> pd.DataFrame:
    """One row per client following :data:`CLUSTERS_COLUMNS` (an empty description when
    ``descriptions`` has none for the cluster)."""
    labels = np.asarray(result.labels, dtype=np.int64)
    if len(client_ids) != len(labels) or len(labels) != len(X):
        raise ValueError(f"{len(client_ids)} ids, {len(labels)} labels, {len(X)} vectors")
    indices, scores = nearest_neighbors(X, k_similar)
    ids = np.asarray(client_ids, dtype=object)
    sizes = np.bincount(labels) if len(labels) else np.zeros(0, dtype=np.int64)
    table = pd.DataFrame(
        {
            "client_id": pd.Series([str(c) for c in client_ids], dtype=object),
            "cluster_id": labels,
            "cluster_name": [names.get(int(c), f"cluster {c}") for c in labels],
            "cluster_size": sizes[labels].astype(np.int64),
            "silhouette": per_sample_silhouette(X, labels).astype(np.float64),
            "similar_clients": [[str(c) for c in ids[row]] for row in indices],
            "similar_scores": [[float(s) for s in row] for row in scores],
            "cluster_description": [(descriptions or {}).get(int(c), "") for c in labels],
        }
    )
    return table[CLUSTERS_COLUMNS]


def adjusted_rand(labels: Sequence[int] | np.ndarray, truth_labels: Sequence[object] | np.ndarray) -> float:
    """Adjusted Rand index of ``labels`` against known groups (e.g. generator personas)."""
    return float(adjusted_rand_score(np.asarray(truth_labels), np.asarray(labels)))
