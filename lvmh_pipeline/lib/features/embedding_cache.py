"""Persistent store of text embeddings, keyed by model and text, in its own DuckDB file.

Separate from the warehouse because DuckDB allows one writer per file and the warehouse is
held by the IO manager during a run.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import datetime, timezone
from pathlib import Path

import duckdb
import numpy as np
import pyarrow as pa


def cache_key(model_name: str, text: str) -> str:
    """Cache key of one text under one model: ``sha256(model_name + NUL + text)``."""
    return hashlib.sha256(f"{model_name}\x00{text}".encode("utf-8")).hexdigest()


JOIN_BELOW = 20_000  # keys looked up by a join in DuckDB; more are matched in one scan
SCAN_BATCH_ROWS = 65_536


def _vectors_by_key(keys: list[str], vectors: pa.Array | pa.ChunkedArray, dimension: int) -> dict[str, np.ndarray]:
    if not keys:
        return {}
    if isinstance(vectors, pa.ChunkedArray):
        vectors = vectors.combine_chunks()
    flat = vectors.flatten().to_numpy(zero_copy_only=False)
    matrix = flat.astype(np.float32, copy=False).reshape(len(keys), dimension)
    return dict(zip(keys, matrix, strict=True))


class EmbeddingCache:
    """Vectors keyed by :func:`cache_key`, in a DuckDB file (``":memory:"`` for tests).

    Holds one connection (hence the file lock) until :meth:`close`; use it as a context manager.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self._con = duckdb.connect(self.path)
        self._con.execute(
            """
            CREATE TABLE IF NOT EXISTS embeddings (
                key VARCHAR PRIMARY KEY,
                model_name VARCHAR NOT NULL,
                dimension INTEGER NOT NULL,
                vector FLOAT[] NOT NULL,
                created_at TIMESTAMP NOT NULL
            )
            """
        )

    def __enter__(self) -> EmbeddingCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Release the connection and the file lock."""
        self._con.close()

    def count(self, model_name: str | None = None) -> int:
        """Number of cached vectors, for one model or all."""
        if model_name is None:
            row = self._con.execute("SELECT count(*) FROM embeddings").fetchone()
        else:
            row = self._con.execute("SELECT count(*) FROM embeddings WHERE model_name = ?", [model_name]).fetchone()
        return int(row[0]) if row else 0

    def get_many(self, keys: Sequence[str], dimension: int) -> dict[str, np.ndarray]:
        """Return the cached vectors among ``keys`` (missing keys are absent from the result).

        Up to ``JOIN_BELOW`` keys (a catalog, one upload) are joined in DuckDB. More (every note of
        a house) are matched while the table streams past in batches: at 313,000 keys DuckDB's
        join of the key list against the table took minutes and ~6 GB; the scan takes seconds and
        holds one batch besides the vectors found."""
        if not keys:
            return {}
        if len(keys) > JOIN_BELOW:
            return self._scan_for(set(keys), dimension)
        wanted = pa.table({"key": pa.array(list(keys), pa.string())})
        self._con.register("wanted_keys", wanted)
        try:
            found = self._con.sql(
                "SELECT e.key, e.vector FROM embeddings e JOIN wanted_keys w ON e.key = w.key "
                "WHERE e.dimension = ?",
                params=[dimension],
            ).to_arrow_table()
        finally:
            self._con.unregister("wanted_keys")
        return _vectors_by_key(found.column("key").to_pylist(), found.column("vector"), dimension)

    def _scan_for(self, wanted: set[str], dimension: int) -> dict[str, np.ndarray]:
        reader = self._con.execute("SELECT key, vector FROM embeddings WHERE dimension = ?",
                                   [dimension]).to_arrow_reader(SCAN_BATCH_ROWS)
        out: dict[str, np.ndarray] = {}
        for batch in reader:
            keys = batch.column(0).to_pylist()
            if any(key in wanted for key in keys):
                vectors = _vectors_by_key(keys, batch.column(1), dimension)
                out.update((key, vectors[key]) for key in keys if key in wanted)
        return out

    def put_many(self, keys: Sequence[str], vectors: np.ndarray, model_name: str) -> int:
        """Insert vectors in one bulk statement; existing keys are left unchanged. Returns rows given."""
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        if vectors.ndim != 2 or vectors.shape[0] != len(keys):
            raise ValueError(f"{len(keys)} keys but vectors of shape {vectors.shape}")
        if not keys:
            return 0
        n, dim = vectors.shape
        offsets = pa.array(np.arange(0, (n + 1) * dim, dim, dtype=np.int32))
        now = datetime.now(timezone.utc).replace(tzinfo=None)
        rows = pa.table(
            {
                "key": pa.array(list(keys), pa.string()),
                "model_name": pa.array([model_name] * n, pa.string()),
                "dimension": pa.array(np.full(n, dim, dtype=np.int32)),
                "vector": pa.ListArray.from_arrays(offsets, pa.array(vectors.reshape(-1))),
                "created_at": pa.array([now] * n, pa.timestamp("us")),
            }
        )
        self._con.register("new_embeddings", rows)
        try:
            self._con.execute(
                "INSERT INTO embeddings SELECT key, model_name, dimension, vector, created_at "
                "FROM new_embeddings ON CONFLICT (key) DO NOTHING"
            )
        finally:
            self._con.unregister("new_embeddings")
        return n
