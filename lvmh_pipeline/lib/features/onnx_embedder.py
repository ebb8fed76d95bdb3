"""all-MiniLM-L6-v2 on ONNX Runtime: same vectors as the torch backend, a fraction of the cost.

:class:`OnnxEmbedder` has the :class:`~lvmh_pipeline.lib.features.embeddings.Embedder`
contract and the behaviour of
:class:`~lvmh_pipeline.lib.features.embeddings.SentenceTransformerEmbedder` (same
tokenizer, ``max_seq_length``, long-text windows and pooling), but tokenizes with
``tokenizers`` and runs the graph exported once by
:mod:`~lvmh_pipeline.lib.features.onnx_export`. Importing this module (or using an
already-exported graph) never imports torch, transformers or sentence-transformers.

``precision="int8"`` (``LVMH_EMBEDDING_BACKEND=onnx-int8``, the pipeline's default) runs a
dynamically quantized graph: mean cosine 0.996 to fp32 on 1,000 realistic notes, 0.997 (min
0.991) on the real CA sample notes (the variants measured are listed in
:mod:`~lvmh_pipeline.lib.features.onnx_export`), about 1.3-1.5x faster. ``precision="fp32"``
(``LVMH_EMBEDDING_BACKEND=onnx``) gives the torch vectors exactly.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal

import numpy as np
import onnxruntime as ort
from tokenizers import Tokenizer

from lvmh_pipeline.lib.common.threads import available_cores
from lvmh_pipeline.lib.features import onnx_export
from lvmh_pipeline.lib.features.embeddings import (
    DEFAULT_MODEL_NAME,
    default_model_path,
    pool_windows,
    split_windows,
)
from lvmh_pipeline.lib.features.onnx_export import Precision

__all__ = ["OnnxEmbedder", "read_max_seq_length"]

log = logging.getLogger(__name__)


def read_max_seq_length(model_dir: str | Path) -> int:
    """``max_seq_length`` as sentence-transformers sets it: ``sentence_bert_config.json``,
    else the tokenizer's ``model_max_length``, capped by ``max_position_embeddings``."""
    folder = Path(model_dir)

    def read(name: str) -> dict[str, Any]:
        path = folder / name
        return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}

    length = read("sentence_bert_config.json").get("max_seq_length") or read("tokenizer_config.json").get(
        "model_max_length") or 512
    limit = read("config.json").get("max_position_embeddings")
    return int(min(length, limit)) if limit else int(length)


class _WindowTokenizer:
    """The slice of the ``transformers`` fast-tokenizer call that :func:`split_windows` uses,
    over a plain ``tokenizers.Tokenizer`` (the same Rust tokenizer, same windows)."""

    def __init__(self, tokenizer: Tokenizer) -> None:
        self._tokenizer = tokenizer

    def __call__(self, texts: list[str], *, max_length: int, stride: int, **_: Any) -> dict[str, list]:
        self._tokenizer.enable_truncation(max_length, stride=stride)
        owners: list[int] = []
        offsets: list[list[tuple[int, int]]] = []
        for i, encoding in enumerate(self._tokenizer.encode_batch(texts)):
            for part in (encoding, *encoding.overflowing):
                owners.append(i)
                offsets.append(part.offsets)
        return {"overflow_to_sample_mapping": owners, "offset_mapping": offsets}


def _load_tokenizer(model_dir: Path, max_length: int) -> Tokenizer:
    tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
    tokenizer.no_padding()  # tokenizer.json pads to 128 and truncates at 128: sentence-transformers does neither
    tokenizer.enable_truncation(max_length)
    return tokenizer


class OnnxEmbedder:
    """:class:`Embedder` running the local MiniLM model with ONNX Runtime on CPU.

    ``cache_dir`` holds the exported graph (exported on first use, offline). ``threads``
    defaults to the available cores. ``long_texts`` / ``window_stride`` as in
    ``SentenceTransformerEmbedder``; ``model_name`` adds ``@onnx-<precision>`` to the base
    name, so cached vectors of different backends never mix. A run holds at most
    ``batch_size`` texts and ``max_batch_tokens`` padded tokens: on CPU, 16 x 256-token
    windows run faster and in half the memory of 64 (eager attention is quadratic).
    """

    def __init__(self, path: str | None = None, *, cache_dir: str | Path, model_name: str | None = None,
                 precision: Precision = "fp32", threads: int | None = None,
                 long_texts: Literal["windows", "truncate"] = "windows", window_stride: int = 32,
                 max_batch_tokens: int = 4096) -> None:
        if long_texts not in ("windows", "truncate"):
            raise ValueError(f"long_texts must be 'windows' or 'truncate', got {long_texts!r}")
        self.path = path or default_model_path()
        model_dir = Path(self.path)
        if not (model_dir / "tokenizer.json").is_file():
            raise FileNotFoundError(f"no tokenizer.json in model folder {model_dir}")
        base = model_name or (DEFAULT_MODEL_NAME if path is None else str(model_dir.resolve()))
        self.precision = precision
        self.long_texts = long_texts
        self.window_stride = window_stride
        self.threads = int(threads) if threads else available_cores()
        self.max_batch_tokens = max(1, int(max_batch_tokens))
        self.max_length = read_max_seq_length(model_dir)
        self.tokenizer = _load_tokenizer(model_dir, self.max_length)
        self._window_tokenizer = _WindowTokenizer(_load_tokenizer(model_dir, self.max_length))
        self.graph_path, self.session = self._open_session(model_dir, Path(cache_dir))
        self._inputs = [i.name for i in self.session.get_inputs()]
        self.dimension = int(self.session.get_outputs()[0].shape[-1])
        backend_name = f"{base}@onnx-{precision}"
        self.model_name = (backend_name if long_texts == "truncate"
                           else f"{backend_name}+windows{self.max_length}/{window_stride}")

    def _session_options(self) -> ort.SessionOptions:
        options = ort.SessionOptions()
        options.intra_op_num_threads = self.threads
        options.inter_op_num_threads = 1
        options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.log_severity_level = 3
        # no busy-waiting between ops: on shared cores (Dagster runs several steps) spinning
        # threads steal the CPU the other thread needs
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        return options

    def _open_session(self, model_dir: Path, cache_dir: Path) -> tuple[Path, ort.InferenceSession]:
        """Load the cached graph; a file that does not load (corrupt, truncated) is rebuilt once."""
        graph = onnx_export.ensure_graph(model_dir, cache_dir, self.precision)
        try:
            return graph, self._check(ort.InferenceSession(str(graph), self._session_options(),
                                                           providers=["CPUExecutionProvider"]))
        except Exception as exc:  # noqa: BLE001 - onnxruntime raises several unrelated types
            log.warning("cached ONNX graph %s is unusable (%s); exporting it again", graph, exc)
        graph = onnx_export.ensure_graph(model_dir, cache_dir, self.precision, rebuild=True)
        return graph, self._check(ort.InferenceSession(str(graph), self._session_options(),
                                                       providers=["CPUExecutionProvider"]))

    @staticmethod
    def _check(session: ort.InferenceSession) -> ort.InferenceSession:
        names = {i.name for i in session.get_inputs()}
        if not {"input_ids", "attention_mask"} <= names or len(session.get_outputs()) != 1:
            raise ValueError(f"unexpected graph inputs {sorted(names)}")
        return session

    def encode(self, texts: list[str], batch_size: int = 64) -> np.ndarray:
        """Encode ``texts`` into unit-norm float32 rows."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        pieces = list(texts)
        if self.long_texts == "windows":
            pieces, owner, weight = split_windows(texts, self._window_tokenizer, self.max_length, self.window_stride)
        vectors = self._encode_pieces(pieces, batch_size)
        if len(pieces) == len(texts):
            return vectors
        return pool_windows(vectors, owner, weight, len(texts))

    def _encode_pieces(self, pieces: Sequence[str], batch_size: int) -> np.ndarray:
        """Tokenize, batch by token length (little padding), run, L2-normalize."""
        encodings = self.tokenizer.encode_batch(list(pieces))
        lengths = np.fromiter((len(e.ids) for e in encodings), dtype=np.int64, count=len(encodings))
        order = np.argsort(lengths, kind="stable")
        out = np.empty((len(pieces), self.dimension), dtype=np.float32)
        for rows in self._batches(lengths[order], order, max(1, int(batch_size))):
            width = int(lengths[rows].max())
            ids = np.zeros((len(rows), width), dtype=np.int64)
            mask = np.zeros((len(rows), width), dtype=np.int64)
            for r, i in enumerate(rows):
                n = int(lengths[i])
                ids[r, :n] = encodings[i].ids
                mask[r, :n] = 1
            feed = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
            out[rows] = self.session.run(None, {name: feed[name] for name in self._inputs})[0]
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return (out / np.maximum(norms, 1e-12)).astype(np.float32, copy=False)

    def _batches(self, sorted_lengths: np.ndarray, order: np.ndarray, batch_size: int) -> list[np.ndarray]:
        """Consecutive runs of ``order`` (sorted by length) within both batch limits."""
        batches, start = [], 0
        while start < len(order):
            stop = start + 1
            while (stop < len(order) and stop - start < batch_size
                   and (stop - start + 1) * int(sorted_lengths[stop]) <= self.max_batch_tokens):
                stop += 1
            batches.append(order[start:stop])
            start = stop
        return batches
