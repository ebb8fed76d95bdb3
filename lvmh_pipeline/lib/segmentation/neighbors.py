"""Nearest clients by cosine similarity, block by block (no n×n matrix)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

_CHUNK_BYTES = 64 * 2**20


def unit_rows(X: np.ndarray) -> np.ndarray:
    """Rows scaled to unit length as float32 (zero rows stay zero)."""
    X = np.asarray(X, dtype=np.float32)
    norms = np.linalg.norm(X, axis=1, keepdims=True)
    return np.divide(X, norms, out=np.zeros_like(X), where=norms > 0)


def nearest_neighbors(X: np.ndarray, k: int = 5, chunk_size: int = 1024) -> tuple[np.ndarray, np.ndarray]:
    """Cosine top-``k`` other rows of each row: ``(indices, scores)``, both (n, min(k, n-1)).

    Rows are processed in blocks (smaller than ``chunk_size`` when needed to keep a block under
    64 MiB), so no n×n matrix is ever built. Sorted by score, then index.
    """
    Xu = unit_rows(X)
    n = Xu.shape[0]
    kk = max(0, min(k, n - 1))
    indices = np.zeros((n, kk), dtype=np.int64)
    scores = np.zeros((n, kk), dtype=np.float32)
    if kk == 0:
        return indices, scores
    step = max(1, min(chunk_size, _CHUNK_BYTES // (4 * n)))
    for start in range(0, n, step):
        stop = min(start + step, n)
        sims = Xu[start:stop] @ Xu.T
        local = np.arange(stop - start)
        sims[local, start + local] = -np.inf
        part = np.argpartition(-sims, kk - 1, axis=1)[:, :kk]
        part_scores = np.take_along_axis(sims, part, axis=1)
        order = np.lexsort((part, -part_scores), axis=1)
        indices[start:stop] = np.take_along_axis(part, order, axis=1)
        scores[start:stop] = np.take_along_axis(part_scores, order, axis=1)
    return indices, scores


def similar_clients(X: np.ndarray, client_ids: Sequence[str], k: int = 5, chunk_size: int = 1024) -> list[list[str]]:
    """The ``k`` most cosine-similar other clients of each client, most similar first."""
    indices, _ = nearest_neighbors(X, k, chunk_size)
    ids = np.asarray(client_ids, dtype=object)
    return [list(ids[row]) for row in indices]
