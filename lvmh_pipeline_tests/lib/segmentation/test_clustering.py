import numpy as np
import pandas as pd
import pytest

from lvmh_pipeline.lib.segmentation.cluster_lift import cluster_concept_lift, name_clusters
from lvmh_pipeline.lib.segmentation.clustering import (
    CLUSTERS_COLUMNS,
    adjusted_rand,
    build_clusters_table,
    choose_k_and_cluster,
    cosine_distances,
    per_sample_silhouette,
    silhouette_from_distances,
)
from lvmh_pipeline.lib.segmentation.neighbors import nearest_neighbors, similar_clients


def planted_blobs(n_per: int = 40, k: int = 6, dim: int = 32, noise: float = 0.15, seed: int = 0):
    rng = np.random.default_rng(seed)
    centers = rng.normal(size=(k, dim))
    centers /= np.linalg.norm(centers, axis=1, keepdims=True)
    truth = np.repeat(np.arange(k), n_per)
    X = centers[truth] + noise * rng.normal(size=(k * n_per, dim)) / np.sqrt(dim)
    X /= np.linalg.norm(X, axis=1, keepdims=True)
    return X.astype(np.float32), truth


def test_recovers_planted_blobs_and_reports_every_k():
    X, truth = planted_blobs()
    result = choose_k_and_cluster(X, k_range=range(4, 10), seed=42)
    assert result.k == 6
    assert sorted(result.silhouette_by_k) == [4, 5, 6, 7, 8, 9]
    assert result.silhouette == max(result.silhouette_by_k.values())
    assert adjusted_rand(result.labels, truth) > 0.9
    assert result.algorithm == "kmeans"


def test_sampled_silhouette_and_minibatch_path_still_recover_blobs():
    X, truth = planted_blobs(n_per=60, k=5)
    result = choose_k_and_cluster(X, k_range=[3, 5, 7], sample_size=120, minibatch_threshold=100)
    assert result.algorithm == "minibatch_kmeans" and result.sample_size == 120
    assert result.k == 5 and adjusted_rand(result.labels, truth) > 0.9


def test_k_scanned_on_a_sample_then_fitted_on_every_row():
    X, truth = planted_blobs(n_per=120, k=5)
    scanned = choose_k_and_cluster(X, k_range=[3, 5, 7], sample_size=100, scan_size=150)
    assert scanned.k == 5 and len(scanned.labels) == len(X)
    assert adjusted_rand(scanned.labels, truth) > 0.9
    assert set(scanned.silhouette_by_k) == {3, 5, 7}


def test_k_means_on_principal_components_scores_silhouettes_on_the_full_vectors():
    from sklearn.metrics import silhouette_score

    X, truth = planted_blobs(n_per=50, k=6, dim=300)
    reduced = choose_k_and_cluster(X, k_range=range(4, 9), fit_dimensions=16)
    full = choose_k_and_cluster(X, k_range=range(4, 9), fit_dimensions=None)
    assert reduced.k == full.k == 6 and adjusted_rand(reduced.labels, truth) > 0.9
    # the score is the silhouette of the labels on X itself, not on the projection
    assert reduced.silhouette == pytest.approx(silhouette_score(X, reduced.labels, metric="cosine"), abs=1e-5)


def test_clustering_is_deterministic_and_labels_ordered_by_size():
    X, _ = planted_blobs(n_per=30, k=4)
    X = np.vstack([X, planted_blobs(n_per=30, k=4, seed=1)[0][:30]])  # one bigger group of clients
    a = choose_k_and_cluster(X, k_range=range(3, 7))
    b = choose_k_and_cluster(X, k_range=range(3, 7))
    np.testing.assert_array_equal(a.labels, b.labels)
    sizes = np.bincount(a.labels)
    assert list(sizes) == sorted(sizes, reverse=True)


def test_too_few_points_fall_back_to_one_cluster():
    X = np.eye(3, dtype=np.float32)
    result = choose_k_and_cluster(X, k_range=range(4, 13))
    assert result.k == 1 and result.silhouette is None and set(result.labels) == {0}
    assert choose_k_and_cluster(np.repeat(X[:1], 10, axis=0)).k == 1  # identical rows


def test_names_use_lift_not_raw_frequency():
    labels = pd.Series([0] * 4 + [1] * 4, index=[f"c{i}" for i in range(8)])
    rows = [(f"c{i}", "handbag") for i in range(8)]  # everyone: most frequent, lift 1
    rows += [("c0", "golf"), ("c1", "golf"), ("c2", "golf"), ("c0", "cognac"), ("c1", "cognac")]
    rows += [("c4", "tennis"), ("c5", "tennis"), ("c6", "spa"), ("c7", "spa"), ("c4", "golf")]
    concepts = pd.DataFrame(rows, columns=["client_id", "concept"])
    names = name_clusters(labels, concepts, top_n=2)
    assert names[0] == "cognac · golf"  # cognac lift 2.0 > golf lift 1.5; handbag never
    assert names[1] == "spa · tennis"
    lift = cluster_concept_lift(labels, concepts)
    golf0 = lift[(lift.cluster_id == 0) & (lift.concept == "golf")].iloc[0]
    assert golf0.n_clients == 3 and golf0.share == 0.75 and golf0.lift == pytest.approx(1.5)


def test_names_ignore_negated_and_single_client_quirks():
    labels = pd.Series([0] * 10 + [1] * 10, index=[f"c{i:02d}" for i in range(20)])
    rows = [(f"c{i:02d}", "watch", False) for i in range(6)]
    rows += [("c00", "falconry", False)]  # one client only: huge lift but no support
    rows += [(f"c{i:02d}", "nickel", True) for i in range(10)]  # negated everywhere
    rows += [(f"c{i:02d}", "sneakers", False) for i in range(10, 20)]
    concepts = pd.DataFrame(rows, columns=["client_id", "concept", "negated"])
    names = name_clusters(labels, concepts, top_n=2)
    assert names == {0: "watch", 1: "sneakers"}


def test_duplicate_and_empty_names_are_disambiguated():
    labels = {"a": 0, "b": 1, "c": 2}
    concepts = pd.DataFrame([("a", "golf"), ("b", "golf")], columns=["client_id", "concept"])
    names = name_clusters(labels, concepts)
    assert names[2] == "cluster 2"
    assert names[0] != names[1] and names[0].startswith("golf")


def brute_force(X, k):
    Xu = X / np.linalg.norm(X, axis=1, keepdims=True)
    S = Xu @ Xu.T
    np.fill_diagonal(S, -np.inf)
    idx = np.argsort(-S, axis=1, kind="stable")[:, :k]
    return idx, np.take_along_axis(S, idx, axis=1)


def test_nearest_neighbors_chunked_equals_brute_force():
    X = np.random.default_rng(3).normal(size=(57, 16)).astype(np.float32)
    idx, scores = nearest_neighbors(X, k=5, chunk_size=7)
    bidx, bscores = brute_force(X, 5)
    np.testing.assert_array_equal(idx, bidx)
    np.testing.assert_allclose(scores, bscores, atol=1e-5)
    assert (np.diff(scores, axis=1) <= 1e-7).all()
    assert not (idx == np.arange(57)[:, None]).any()


def test_similar_clients_exclude_self_even_with_duplicates_and_cap_k():
    X = np.array([[1, 0], [1, 0], [0, 1]], dtype=np.float32)
    sims = similar_clients(X, ["a", "b", "c"], k=5)
    assert sims[0] == ["b", "c"] and sims[1] == ["a", "c"]
    assert all(client not in row for client, row in zip("abc", sims))
    assert similar_clients(X[:1], ["a"], k=5) == [[]]


def test_per_sample_silhouette_centroid_approximation_tracks_exact():
    X, truth = planted_blobs(n_per=30, k=4)
    exact = per_sample_silhouette(X, truth)
    approx = per_sample_silhouette(X, truth, exact_max=10)
    assert exact.shape == approx.shape == (120,)
    assert np.corrcoef(exact, approx)[0, 1] > 0.8 and (approx > 0).all()
    assert (per_sample_silhouette(X, np.zeros(120, dtype=int)) == 0).all()


def test_build_clusters_table_columns_and_content():
    X, truth = planted_blobs(n_per=10, k=4)
    ids = [f"CA_{i:03d}" for i in range(40)]
    result = choose_k_and_cluster(X, k_range=range(3, 6))
    names = {c: f"segment {c}" for c in range(result.k)}
    table = build_clusters_table(ids, X, result, names, k_similar=3)
    assert list(table.columns) == CLUSTERS_COLUMNS and len(table) == 40
    first = table.iloc[0]
    assert first.cluster_name == f"segment {first.cluster_id}"
    assert first.cluster_size == (table.cluster_id == first.cluster_id).sum()
    assert len(first.similar_clients) == 3 and first.client_id not in first.similar_clients
    assert first.similar_scores == sorted(first.similar_scores, reverse=True)
    # nearest neighbours of a planted blob member are in its own blob
    same = [truth[ids.index(c)] == truth[0] for c in first.similar_clients]
    assert all(same)
    with pytest.raises(ValueError):
        build_clusters_table(ids[:-1], X, result, names)


def test_adjusted_rand_is_label_permutation_invariant():
    assert adjusted_rand([0, 0, 1, 1], ["golfer", "golfer", "traveller", "traveller"]) == 1.0
    assert adjusted_rand([1, 1, 0, 0], [0, 0, 1, 1]) == 1.0
    assert adjusted_rand([0, 1, 0, 1], [0, 0, 1, 1]) < 0.1


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_silhouette_from_one_distance_matrix_is_scikit_learns_cosine_silhouette(seed):
    from sklearn.metrics import silhouette_score

    rng = np.random.default_rng(seed)
    X = rng.normal(size=(150, 12)).astype(np.float32)
    X[:60] += 1.5
    X[7] = 0.0  # a zero row: distance 1 to everything, as scikit-learn counts it
    labels = rng.integers(0, 5, 150)
    labels[3] = 9  # alone in its cluster: scores 0
    distances = cosine_distances(X)
    assert distances.shape == (150, 150) and (np.diag(distances) == 0).all()
    assert silhouette_from_distances(distances, labels) == pytest.approx(
        silhouette_score(X, labels, metric="cosine"), abs=1e-6)
