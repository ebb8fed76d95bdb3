import hashlib

import duckdb
import numpy as np
import pytest

from lvmh_pipeline.lib.features.embeddings import (
    MINILM_DIMENSION,
    EmbeddingCache,
    Embedder,
    SentenceTransformerEmbedder,
    cache_key,
    default_model_path,
    embed_with_cache,
    pool_windows,
    split_windows,
)


class FakeEmbedder:
    """Deterministic hash-seeded unit vectors; records every text it encodes."""

    def __init__(self, model_name: str = "fake-v1", dimension: int = 8) -> None:
        self.model_name = model_name
        self.dimension = dimension
        self.encoded: list[str] = []

    def encode(self, texts: list[str], batch_size: int = 64) -> np.ndarray:
        self.encoded.extend(texts)
        rows = []
        for text in texts:
            seed = int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "little")
            v = np.random.default_rng(seed).normal(size=self.dimension)
            rows.append(v / np.linalg.norm(v))
        return np.asarray(rows, dtype=np.float32).reshape(len(texts), self.dimension)


@pytest.fixture
def cache():
    with EmbeddingCache(":memory:") as c:
        yield c


def test_fake_embedder_satisfies_protocol():
    assert isinstance(FakeEmbedder(), Embedder)


def test_vectors_aligned_with_texts_and_duplicates_embedded_once(cache):
    emb = FakeEmbedder()
    texts = ["bonjour", "golf weekend", "bonjour", "", "golf weekend", "budget 5K"]
    result = embed_with_cache(texts, emb, cache)
    assert sorted(emb.encoded) == sorted(["bonjour", "golf weekend", "", "budget 5K"])
    assert result.vectors.shape == (6, 8) and result.vectors.dtype == np.float32
    expected = FakeEmbedder().encode(texts)
    np.testing.assert_allclose(result.vectors, expected, atol=1e-7)
    assert (result.n_texts, result.n_unique, result.n_cached, result.n_embedded) == (6, 4, 0, 4)


def test_second_call_embeds_nothing_and_returns_same_vectors(cache):
    emb = FakeEmbedder()
    texts = [f"note {i}" for i in range(50)]
    first = embed_with_cache(texts, emb, cache, batch_size=8, chunk_size=16)
    emb.encoded.clear()
    second = embed_with_cache(list(reversed(texts)), emb, cache)
    assert emb.encoded == []
    assert (second.n_embedded, second.n_cached) == (0, 50)
    assert second.notes_per_second == 0.0 and second.seconds_encoding == 0.0
    np.testing.assert_array_equal(second.vectors, first.vectors[::-1])
    assert cache.count("fake-v1") == 50


def test_only_new_texts_are_embedded(cache):
    emb = FakeEmbedder()
    embed_with_cache(["a", "b"], emb, cache)
    emb.encoded.clear()
    result = embed_with_cache(["b", "c", "a", "d", "c"], emb, cache)
    assert sorted(emb.encoded) == ["c", "d"]
    assert (result.n_cached, result.n_embedded) == (2, 2)


def test_model_name_is_part_of_the_key(cache):
    texts = ["same text"]
    embed_with_cache(texts, FakeEmbedder("model-a"), cache)
    other = FakeEmbedder("model-b")
    result = embed_with_cache(texts, other, cache)
    assert other.encoded == ["same text"] and result.n_embedded == 1
    assert cache_key("model-a", "x") != cache_key("model-b", "x")
    assert cache_key("m", "x") == hashlib.sha256(b"m\x00x").hexdigest()
    assert cache.count() == 2


def test_cache_persists_across_instances(tmp_path):
    path = tmp_path / "cache" / "embeddings.duckdb"
    texts = ["Budget 3-4K flexible", "Allergie nickel", "Presupuesto 6K"]
    with EmbeddingCache(path) as cache:
        first = embed_with_cache(texts, FakeEmbedder(), cache)
    emb = FakeEmbedder()
    with EmbeddingCache(path) as cache:
        again = embed_with_cache(texts, emb, cache)
    assert emb.encoded == [] and again.n_cached == 3
    np.testing.assert_array_equal(again.vectors, first.vectors)
    con = duckdb.connect(str(path), read_only=True)
    rows = con.execute("SELECT model_name, dimension, len(vector), created_at IS NOT NULL FROM embeddings").fetchall()
    con.close()
    assert rows == [("fake-v1", 8, 8, True)] * 3


def test_progress_reports_chunks(cache):
    calls = []
    embed_with_cache([f"t{i}" for i in range(25)], FakeEmbedder(), cache, chunk_size=10,
                     progress=lambda done, total: calls.append((done, total)))
    assert calls == [(10, 25), (20, 25), (25, 25)]


def test_bad_embedder_output_is_rejected_and_nothing_cached(cache):
    class Broken(FakeEmbedder):
        def encode(self, texts, batch_size=64):
            return np.full((len(texts), self.dimension), np.nan, dtype=np.float32)

    with pytest.raises(ValueError, match="non-finite"):
        embed_with_cache(["x"], Broken(), cache)
    assert cache.count() == 0


def test_non_string_text_is_refused(cache):
    with pytest.raises(TypeError):
        embed_with_cache(["ok", None], FakeEmbedder(), cache)  # type: ignore[list-item]


def test_put_many_keeps_first_vector_for_existing_key(cache):
    cache.put_many(["k"], np.ones((1, 4), dtype=np.float32), "m")
    cache.put_many(["k"], np.zeros((1, 4), dtype=np.float32), "m")
    np.testing.assert_array_equal(cache.get_many(["k", "missing"], 4)["k"], np.ones(4, dtype=np.float32))
    assert cache.get_many(["k"], 8) == {}


def test_default_model_path_points_to_model_folder():
    from pathlib import Path

    folder = Path(default_model_path())
    assert (folder / "config.json").is_file() and (folder / "modules.json").is_file()


def test_pool_windows_token_weighted_unit_mean():
    vectors = np.array([[1.0, 0.0], [0.0, 1.0], [0.6, 0.8]], dtype=np.float32)
    pooled = pool_windows(vectors, np.array([0, 0, 1]), np.array([3.0, 1.0, 1.0]), 2)
    np.testing.assert_allclose(pooled, [[3 / 10**0.5, 1 / 10**0.5], [0.6, 0.8]], atol=1e-6)


def test_real_model_dimension_similarity_and_long_note_windows(cache):
    emb = SentenceTransformerEmbedder()
    texts = [
        "Client loves golf and plays every weekend.",
        "He is passionate about golf and plays on weekends.",
        "Allergic to shellfish, no seafood.",
    ]
    result = embed_with_cache(texts, emb, cache, batch_size=3)
    v = result.vectors
    assert emb.dimension == MINILM_DIMENSION and v.shape == (3, MINILM_DIMENSION)
    np.testing.assert_allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)
    assert v[0] @ v[1] > v[0] @ v[2] + 0.2
    assert embed_with_cache(texts, emb, cache).n_embedded == 0
    assert emb.model_name.startswith("sentence-transformers/all-MiniLM-L6-v2+windows")

    # past 256 tokens the model truncates; windows keep the end of the note in the vector
    long = "He plays golf every weekend at his club. " * 30 + "Severe shellfish allergy: no seafood at the dinner. " * 6
    pieces, owner, weight = split_windows([long, texts[0]], emb.model.tokenizer, emb.max_length, emb.window_stride)
    assert owner.tolist() == [0, 0, 1] and pieces[2] == texts[0] and weight[2] == 1.0
    assert all(p in long for p in pieces[:2]) and pieces[1].endswith("dinner.")
    windowed = emb.encode([long])[0]
    truncated = emb.model.encode([long], normalize_embeddings=True)[0]
    assert windowed @ v[2] > truncated @ v[2] + 0.1


def test_get_many_by_scan_equals_the_join(cache, monkeypatch):
    from lvmh_pipeline.lib.features import embedding_cache

    rng = np.random.default_rng(3)
    keys = [f"k{i}" for i in range(50)]
    vectors = rng.random((50, 4), dtype=np.float32)
    cache.put_many(keys, vectors, "m")
    cache.put_many(["other-dim"], np.ones((1, 8), dtype=np.float32), "m")
    asked = keys[::3] + ["missing", "other-dim", keys[0]]
    joined = cache.get_many(asked, 4)
    monkeypatch.setattr(embedding_cache, "JOIN_BELOW", 0)  # every lookup scans
    monkeypatch.setattr(embedding_cache, "SCAN_BATCH_ROWS", 7)  # several batches
    scanned = cache.get_many(asked, 4)
    assert sorted(scanned) == sorted(joined) == sorted(set(keys[::3]))
    for key in joined:
        np.testing.assert_array_equal(scanned[key], joined[key])
        np.testing.assert_array_equal(scanned[key], vectors[int(key[1:])])
    assert cache.get_many(["k1"], 8) == {}
