"""One vector per client: recency-weighted mean of note embeddings plus a concept block.

The embedding block says what the client's notes are about in free text; the concept block
(TF-IDF of the client's non-negated concepts) pins down the facts the taxonomy extracted.
:func:`combined_matrix` joins both for clustering.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np
import pandas as pd

CLIENT_VECTORS_COLUMNS: list[str] = [
    "client_id",
    "n_notes",
    "embedding",  # list[float], unit norm, length = embedding dimension (384 for MiniLM)
    "concept_features",  # list[float], unit norm (all zeros when no concept), one per vocabulary entry
    "vector_norm",  # norm of the weighted mean before re-normalization: 1.0 = notes agree
]


@dataclass(frozen=True)
class ClientVectors:
    """Per-client vectors (``table`` follows :data:`CLIENT_VECTORS_COLUMNS`) and the concept vocabulary."""

    table: pd.DataFrame
    vocabulary: list[str]
    embedding_dim: int


def _l2_normalize(matrix: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return np.divide(matrix, norms, out=np.zeros_like(matrix), where=norms > 0)


def recency_weights(note_dates: pd.Series, client_ids: pd.Series, half_life_days: float | None) -> np.ndarray:
    """Weight ``0.5 ** (age / half_life)`` per note, age counted from the client's latest note.

    Only relative weights within a client matter (the mean is re-normalized). Notes without a
    date are treated as the client's oldest dated note (weight 1 when none is dated).
    ``half_life_days=None`` gives uniform weights.
    """
    n = len(note_dates)
    if half_life_days is None:
        return np.ones(n, dtype=np.float64)
    if half_life_days <= 0:
        raise ValueError(f"recency_half_life_days must be > 0, got {half_life_days}")
    dates = pd.to_datetime(note_dates.reset_index(drop=True), errors="coerce")
    ids = client_ids.reset_index(drop=True)
    latest = dates.groupby(ids).transform("max")
    age = (latest - dates).dt.days.astype("float64")
    oldest = age.groupby(ids).transform("max")
    age = age.fillna(oldest).fillna(0.0)
    return np.power(0.5, age.to_numpy() / half_life_days)


def concept_tfidf(
    note_concepts: pd.DataFrame,
    client_ids: list[str],
    vocabulary: list[str],
    weighting: Literal["tfidf", "binary"] = "tfidf",
) -> np.ndarray:
    """Client × vocabulary matrix of non-negated concepts, rows L2-normalized.

    ``tfidf``: log-scaled mention count times smooth IDF over clients; ``binary``: presence.
    Concepts outside ``vocabulary`` and clients outside ``client_ids`` are ignored.
    """
    matrix = np.zeros((len(client_ids), len(vocabulary)), dtype=np.float64)
    if note_concepts.empty or not vocabulary:
        return matrix
    rows = note_concepts.loc[~note_concepts["negated"].fillna(False).astype(bool), ["client_id", "concept"]]
    col_of = {c: j for j, c in enumerate(vocabulary)}
    row_of = {c: i for i, c in enumerate(client_ids)}
    counts = rows.groupby(["client_id", "concept"]).size()
    for (client, concept), count in counts.items():
        i, j = row_of.get(client), col_of.get(concept)
        if i is not None and j is not None:
            matrix[i, j] = 1.0 + np.log(count) if weighting == "tfidf" else 1.0
    if weighting == "tfidf":
        doc_freq = (matrix > 0).sum(axis=0)
        matrix *= np.log((1 + len(client_ids)) / (1 + doc_freq)) + 1.0
    elif weighting != "binary":
        raise ValueError(f"unknown weighting {weighting!r}")
    return _l2_normalize(matrix)


_ROWS_PER_BLOCK = 32_768


def build_client_vectors(
    notes: pd.DataFrame,
    note_vectors: np.ndarray,
    note_concepts: pd.DataFrame,
    *,
    concept_vocabulary: list[str] | None = None,
    recency_half_life_days: float | None = 365,
    concept_weighting: Literal["tfidf", "binary"] = "tfidf",
) -> ClientVectors:
    """Aggregate note embeddings and concepts into one row per client, sorted by ``client_id``.

    ``note_vectors`` is aligned with the rows of ``notes`` (columns ``client_id``, ``note_date``).
    ``note_concepts`` needs ``client_id``, ``concept``, ``negated``. The vocabulary defaults to
    the sorted non-negated concepts present.
    """
    vectors = np.asarray(note_vectors)
    if vectors.ndim != 2 or vectors.shape[0] != len(notes):
        raise ValueError(f"note_vectors shape {vectors.shape} does not match {len(notes)} notes")
    if not np.isfinite(vectors).all():
        raise ValueError("note_vectors contain non-finite values")
    ids = notes["client_id"].astype(str).reset_index(drop=True)
    weights = recency_weights(notes["note_date"], ids, recency_half_life_days)

    codes, client_ids = pd.factorize(ids, sort=True)
    client_list = [str(c) for c in client_ids]
    weighted_sum = np.zeros((len(client_list), vectors.shape[1]), dtype=np.float64)
    # in float64, block by block (the same sums in the same order: a float64 copy of 300,000 notes'
    # vectors and its weighted copy were 1.7 GB at 100,000 clients)
    for lo in range(0, len(vectors), _ROWS_PER_BLOCK):
        block = slice(lo, lo + _ROWS_PER_BLOCK)
        np.add.at(weighted_sum, codes[block], vectors[block].astype(np.float64) * weights[block, None])
    weight_total = np.bincount(codes, weights=weights, minlength=len(client_list))
    mean = weighted_sum / np.maximum(weight_total, 1e-300)[:, None]
    norms = np.linalg.norm(mean, axis=1)
    embedding = _l2_normalize(mean).astype(np.float32)

    # the three columns read below, not a copy of the whole table (7.6 million rows at 100,000 clients)
    concepts = note_concepts[["client_id", "concept", "negated"]]
    concepts = concepts.assign(client_id=concepts["client_id"].astype(str))
    if concept_vocabulary is None:
        present = concepts.loc[~concepts["negated"].fillna(False).astype(bool), "concept"]
        concept_vocabulary = sorted(set(present.dropna().astype(str)))
    concept_matrix = concept_tfidf(concepts, client_list, list(concept_vocabulary), concept_weighting)

    table = pd.DataFrame(
        {
            "client_id": pd.Series(client_list, dtype=object),
            "n_notes": np.bincount(codes, minlength=len(client_list)).astype(np.int64),
            # rows of the float32 matrices (views: no Python float per value; stored as FLOAT[])
            "embedding": pd.Series(list(embedding), dtype=object),
            "concept_features": pd.Series(list(concept_matrix.astype(np.float32)), dtype=object),
            "vector_norm": norms.astype(np.float64),
        }
    )
    return ClientVectors(
        table=table[CLIENT_VECTORS_COLUMNS], vocabulary=list(concept_vocabulary), embedding_dim=vectors.shape[1]
    )


def _stack(values: pd.Series) -> np.ndarray:
    if len(values) == 0:
        return np.zeros((0, 0), dtype=np.float32)
    return np.vstack([np.asarray(v, dtype=np.float32) for v in values])


def stack_embeddings(df: pd.DataFrame) -> np.ndarray:
    """``embedding`` column (lists or arrays, as read back from DuckDB) as an (n, d) float32 matrix."""
    return _stack(df["embedding"])


def stack_concept_features(df: pd.DataFrame) -> np.ndarray:
    """``concept_features`` column as an (n, v) float32 matrix."""
    return _stack(df["concept_features"])


def combined_matrix(df: pd.DataFrame, concept_weight: float = 0.5) -> np.ndarray:
    """Embedding block ⊕ ``concept_weight`` × unit concept block, rows re-normalized.

    With unit rows, Euclidean k-means and cosine similarity agree; ``concept_weight=0``
    clusters on text embeddings alone.
    """
    if concept_weight < 0:
        raise ValueError("concept_weight must be >= 0")
    emb = _l2_normalize(stack_embeddings(df).astype(np.float64))
    concepts = stack_concept_features(df).astype(np.float64)
    if concepts.shape[1] == 0 or concept_weight == 0:
        return emb.astype(np.float32)
    block = _l2_normalize(concepts) * concept_weight
    return _l2_normalize(np.hstack([emb, block])).astype(np.float32)
