"""Features: note embeddings (cached) and one vector per client."""

from collections.abc import Iterator

import dagster as dg
import numpy as np
import pandas as pd

from lvmh_pipeline.defs.inputs import concept_facts, note_texts
from lvmh_pipeline.defs.resources import EmbeddingModel, LvmhPaths
from lvmh_pipeline.lib.features.client_vectors import build_client_vectors, stack_embeddings
from lvmh_pipeline.lib.features.embeddings import EmbeddingCache, embed_with_cache
from lvmh_pipeline.lib.ingestion.notes import unique_notes
from lvmh_pipeline.lib.common.metadata import markdown_preview

NOTE_EMBEDDINGS_COLUMNS = ["note_id", "client_id", "note_date", "embedding"]


@dg.asset(
    group_name="features",
    kinds={"duckdb", "pytorch"},
    ins={"notes": note_texts},
    check_specs=[
        dg.AssetCheckSpec(
            "note_embeddings_finite_and_sized",
            asset="note_embeddings",
            description="Every note embedding is finite, unit-norm and of the embedding model's "
            "dimension. Blocking: client vectors, clusters and models never see broken vectors.",
            blocking=True,
        )
    ],
)
def note_embeddings(
    context: dg.AssetExecutionContext,
    notes: pd.DataFrame,
    paths: LvmhPaths,
    embedding_model: EmbeddingModel,
) -> Iterator[dg.Output | dg.AssetCheckResult]:
    """Sentence embedding (all-MiniLM-L6-v2 by default, 384-d, unit norm) of every
    pseudonymized note. Cached in `cache/embeddings.duckdb` by text hash + model name:
    an unchanged note is never embedded twice."""
    embedder = embedding_model.get_embedder()
    notes = unique_notes(notes)

    def progress(done: int, total: int) -> None:
        context.log.info(f"embedded {done}/{total} new notes")

    paths.cache_dir.mkdir(parents=True, exist_ok=True)
    with EmbeddingCache(paths.cache_dir / "embeddings.duckdb") as cache:
        result = embed_with_cache(
            notes["text"].tolist(), embedder, cache, batch_size=embedding_model.batch_size, progress=progress
        )
    table = notes[["note_id", "client_id", "note_date"]].assign(embedding=list(result.vectors))
    yield dg.Output(
        table[NOTE_EMBEDDINGS_COLUMNS],
        metadata={
            "dagster/row_count": len(table),
            "model": embedder.model_name,
            "dimension": embedder.dimension,
            "notes_embedded": result.n_embedded,
            "cache_hits": result.n_cached,
            "encoding_seconds": round(result.seconds_encoding, 2),
            "embedding_notes_per_second": round(result.notes_per_second, 1),
        },
    )
    yield vector_check("note_embeddings_finite_and_sized", result.vectors, embedder.dimension)


def vector_check(check_name: str, matrix: np.ndarray, dimension: int) -> dg.AssetCheckResult:
    """Passes when `matrix` is (n, dimension), finite and has unit-norm rows."""
    finite = bool(np.isfinite(matrix).all())
    unit_norm = finite and bool(np.allclose(np.linalg.norm(matrix, axis=1), 1.0, atol=1e-3))
    sized = matrix.ndim == 2 and matrix.shape[1] == dimension
    return dg.AssetCheckResult(
        check_name=check_name,
        passed=finite and unit_norm and sized,
        metadata={"dimension": int(matrix.shape[1]) if matrix.ndim == 2 else 0, "expected_dimension": dimension,
                  "finite": finite, "unit_norm": unit_norm},
    )


@dg.asset(
    group_name="features",
    kinds={"duckdb", "pandas"},
    ins={"note_concepts": concept_facts},
    check_specs=[
        dg.AssetCheckSpec(
            "client_vectors_finite_and_sized",
            asset="client_vectors",
            description="Every client embedding is finite, unit-norm and of the note "
            "embeddings' dimension. Blocking: clusters never see broken vectors.",
            blocking=True,
        )
    ],
)
def client_vectors(
    note_embeddings: pd.DataFrame, note_concepts: pd.DataFrame
) -> Iterator[dg.Output | dg.AssetCheckResult]:
    """Per client: recency-weighted mean of its note embeddings (re-normalized) plus
    TF-IDF features of its non-negated concepts."""
    note_matrix = stack_embeddings(note_embeddings)
    vectors = build_client_vectors(note_embeddings, note_matrix, note_concepts)
    table = vectors.table
    yield dg.Output(
        table,
        metadata={
            "dagster/row_count": len(table),
            "embedding_dim": vectors.embedding_dim,
            "concept_features": len(vectors.vocabulary),
            "notes": len(note_embeddings),
            "preview": dg.MetadataValue.md(markdown_preview(table[["client_id", "n_notes", "vector_norm"]])),
        },
    )
    yield vector_check("client_vectors_finite_and_sized", stack_embeddings(table), note_matrix.shape[1])
