"""Features: one vector per client from its notes' embeddings and its concepts."""

from __future__ import annotations

from collections.abc import Iterator

import dagster as dg
import numpy as np
import pandas as pd

from lvmh_pipeline.defs.resources import EmbeddingModel, LvmhPaths
from lvmh_pipeline.lib.client_vectors import build_client_vectors, stack_embeddings
from lvmh_pipeline.lib.embeddings import EmbeddingCache, embed_with_cache
from lvmh_pipeline.lib.reporting import markdown_preview


@dg.asset(
    group_name="features",
    kinds={"duckdb", "pandas", "pytorch"},
    check_specs=[
        dg.AssetCheckSpec(
            "client_vectors_finite_and_sized",
            asset="client_vectors",
            description="Every client embedding is finite, unit-norm and of the model's "
            "dimension. Blocking: clusters and models never see broken vectors.",
            blocking=True,
        )
    ],
)
def client_vectors(
    context: dg.AssetExecutionContext,
    notes: pd.DataFrame,
    note_concepts: pd.DataFrame,
    paths: LvmhPaths,
    embedding_model: EmbeddingModel,
) -> Iterator[dg.Output | dg.AssetCheckResult]:
    """Per client: recency-weighted mean of its pseudonymized notes' sentence embeddings
    (all-MiniLM-L6-v2 by default) plus TF-IDF concept features. Note embeddings are cached
    by text hash + model name, so an unchanged note is never embedded twice."""
    embedder = embedding_model.get_embedder()
    notes = notes.sort_values(["client_id", "note_date", "note_id"], ignore_index=True)

    def progress(done: int, total: int) -> None:
        context.log.info(f"embedded {done}/{total} new notes")

    paths.cache_dir.mkdir(parents=True, exist_ok=True)
    with EmbeddingCache(paths.cache_dir / "embeddings.duckdb") as cache:
        embedded = embed_with_cache(
            notes["text"].tolist(), embedder, cache, batch_size=embedding_model.batch_size, progress=progress
        )
    vectors = build_client_vectors(notes, embedded.vectors, note_concepts)
    table = vectors.table
    matrix = stack_embeddings(table)
    finite = bool(np.isfinite(matrix).all())
    unit_norm = bool(np.allclose(np.linalg.norm(matrix, axis=1), 1.0, atol=1e-3)) if finite else False
    yield dg.Output(
        table,
        metadata={
            "dagster/row_count": len(table),
            "model": embedder.model_name,
            "embedding_dim": vectors.embedding_dim,
            "concept_features": len(vectors.vocabulary),
            "notes": embedded.n_texts,
            "notes_embedded": embedded.n_embedded,
            "cache_hits": embedded.n_cached,
            "embedding_notes_per_second": round(embedded.notes_per_second, 1),
            "preview": dg.MetadataValue.md(markdown_preview(table[["client_id", "n_notes", "vector_norm"]])),
        },
    )
    yield dg.AssetCheckResult(
        check_name="client_vectors_finite_and_sized",
        passed=finite and unit_norm and matrix.shape[1] == embedder.dimension,
        metadata={
            "dimension": int(matrix.shape[1]),
            "expected_dimension": embedder.dimension,
            "finite": finite,
            "unit_norm": unit_norm,
        },
    )
