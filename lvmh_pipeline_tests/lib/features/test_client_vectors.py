import numpy as np
import pandas as pd
import pytest

from lvmh_pipeline.lib.features.client_vectors import (
    CLIENT_VECTORS_COLUMNS,
    build_client_vectors,
    combined_matrix,
    concept_tfidf,
    recency_weights,
    stack_concept_features,
    stack_embeddings,
)


def _notes(rows):
    return pd.DataFrame(rows, columns=["note_id", "client_id", "note_date"])


def _concepts(rows):
    return pd.DataFrame(rows, columns=["note_id", "client_id", "concept", "negated"])


E1, E2, E3 = np.eye(3, dtype=np.float32)


def test_single_note_client_gets_its_note_vector():
    notes = _notes([("n1", "CA_001", "2026-01-08")])
    cv = build_client_vectors(notes, E1[None, :], _concepts([]))
    assert list(cv.table.columns) == CLIENT_VECTORS_COLUMNS
    row = cv.table.iloc[0]
    assert row.client_id == "CA_001" and row.n_notes == 1
    np.testing.assert_allclose(row.embedding, E1)
    assert row.vector_norm == pytest.approx(1.0)
    assert cv.vocabulary == [] and len(row.concept_features) == 0


def test_recency_weighting_favours_recent_notes_and_renormalizes():
    notes = _notes([("old", "A", "2024-01-01"), ("new", "A", "2025-01-01")])
    vectors = np.vstack([E1, E2])
    weighted = build_client_vectors(notes, vectors, _concepts([]), recency_half_life_days=366).table.iloc[0]
    uniform = build_client_vectors(notes, vectors, _concepts([]), recency_half_life_days=None).table.iloc[0]
    emb = np.asarray(weighted.embedding)
    assert emb[1] == pytest.approx(2 * emb[0], rel=1e-5)  # one half-life older → half the weight
    assert np.linalg.norm(emb) == pytest.approx(1.0, abs=1e-6)
    np.testing.assert_allclose(uniform.embedding, [2**-0.5, 2**-0.5, 0], atol=1e-6)
    assert uniform.vector_norm == pytest.approx(2**-0.5)


def test_recency_weights_missing_date_counts_as_oldest():
    dates = pd.Series(["2025-01-01", None, "2024-01-01", None])
    ids = pd.Series(["A", "A", "A", "B"])
    w = recency_weights(dates, ids, 366)
    assert w[0] == pytest.approx(1.0) and w[2] == pytest.approx(0.5) and w[1] == pytest.approx(0.5)
    assert w[3] == pytest.approx(1.0)
    with pytest.raises(ValueError):
        recency_weights(dates, ids, 0)


def test_clients_sorted_and_rows_aligned_with_notes():
    notes = _notes([("n1", "B", "2026-01-01"), ("n2", "A", "2026-01-01"), ("n3", "B", "2026-01-01")])
    cv = build_client_vectors(notes, np.vstack([E3, E1, E3]), _concepts([]))
    assert cv.table["client_id"].tolist() == ["A", "B"]
    assert cv.table["n_notes"].tolist() == [1, 2]
    np.testing.assert_allclose(stack_embeddings(cv.table), np.vstack([E1, E3]))


def test_concept_block_ignores_negated_and_weights_rare_concepts():
    notes = _notes([("n1", "A", "2026-01-01"), ("n2", "B", "2026-01-01"), ("n3", "C", "2026-01-01")])
    concepts = _concepts(
        [
            ("n1", "A", "golf", False),
            ("n1", "A", "cognac", False),
            ("n2", "B", "golf", False),
            ("n3", "C", "golf", False),
            ("n3", "C", "nickel", True),
        ]
    )
    cv = build_client_vectors(notes, np.vstack([E1, E2, E3]), concepts)
    assert cv.vocabulary == ["cognac", "golf"]
    feats = stack_concept_features(cv.table)
    assert feats.shape == (3, 2)
    np.testing.assert_allclose(np.linalg.norm(feats, axis=1), 1.0, atol=1e-6)
    assert feats[0, 0] > feats[0, 1]  # cognac (1 client) outweighs golf (3 clients) for A
    np.testing.assert_allclose(feats[2], [0.0, 1.0])  # the negated nickel does not count


def test_given_vocabulary_fixes_columns_and_binary_weighting():
    concepts = _concepts([("n1", "A", "golf", False), ("n1", "A", "golf", False), ("n1", "A", "spa", False)])
    m = concept_tfidf(concepts, ["A", "B"], ["golf", "tennis"], weighting="binary")
    np.testing.assert_allclose(m, [[1.0, 0.0], [0.0, 0.0]])
    with pytest.raises(ValueError):
        concept_tfidf(concepts, ["A"], ["golf"], weighting="bm25")  # type: ignore[arg-type]


def test_vector_count_mismatch_is_an_error():
    notes = _notes([("n1", "A", "2026-01-01"), ("n2", "A", "2026-01-02")])
    with pytest.raises(ValueError, match="does not match"):
        build_client_vectors(notes, E1[None, :], _concepts([]))


def test_combined_matrix_unit_rows_and_weight():
    table = pd.DataFrame(
        {
            "embedding": [[1.0, 0.0], [0.0, 1.0]],
            "concept_features": [[0.0, 2.0], [0.0, 0.0]],  # second client has no concept
        }
    )
    X = combined_matrix(table, concept_weight=0.5)
    assert X.shape == (2, 4)
    np.testing.assert_allclose(np.linalg.norm(X, axis=1), 1.0, atol=1e-6)
    np.testing.assert_allclose(X[0], np.array([1.0, 0.0, 0.0, 0.5]) / np.sqrt(1.25), atol=1e-6)
    np.testing.assert_allclose(X[1], [0.0, 1.0, 0.0, 0.0])
    np.testing.assert_allclose(combined_matrix(table, concept_weight=0.0), [[1, 0], [0, 1]])


def test_stack_accepts_arrays_as_read_back_from_duckdb():
    table = pd.DataFrame({"embedding": [np.array([0.6, 0.8]), np.array([1.0, 0.0])]})
    assert stack_embeddings(table).dtype == np.float32
    np.testing.assert_allclose(stack_embeddings(table), [[0.6, 0.8], [1.0, 0.0]], atol=1e-7)
