import numpy as np
import pytest
from scipy import sparse

from lvmh_pipeline.lib.recommendations.signals import (
    BUDGET_UNKNOWN_SCORE,
    as_label_set,
    budget_scores,
    collaborative_scores,
    item_similarity,
    strongest_sources,
    top_k_indices,
)


@pytest.mark.parametrize(
    "value, expected",
    [(None, set()), (float("nan"), set()), (["travel_bag", "Louis Vuitton"], {"travel_bag", "louis_vuitton"}),
     (np.array(["cognac"]), {"cognac"}), ('["silk", "wool"]', {"silk", "wool"}), ("silk; wool", {"silk", "wool"}),
     ("['a', 'b']", {"a", "b"}), ([None, "x"], {"x"})],
)
def test_as_label_set(value, expected):
    assert as_label_set(value) == expected


def test_budget_scores_inside_outside_and_unknown():
    prices = np.array([500.0, 3500.0, 6000.0, 12000.0, np.nan])
    nan = np.nan
    scores = budget_scores(prices, np.array([3000.0, nan, 35000.0, nan]), np.array([4000.0, 4000.0, nan, nan]))
    inside = scores[0]
    assert inside[1] == 1.0 and inside[0] < 1 and inside[2] == pytest.approx(np.exp(-0.5))  # 1.5 × the ceiling
    assert inside[3] < inside[2] and inside[4] == BUDGET_UNKNOWN_SCORE
    assert scores[1][0] == 1.0 and scores[1][1] == 1.0  # "up to 4K": anything cheaper fits
    assert scores[2][3] < 1.0 and scores[2][2] < scores[2][3]  # "35K+": cheaper items fit less
    assert (scores[3] == BUDGET_UNKNOWN_SCORE).all()


def test_swapped_budget_bounds_read_as_a_range():
    assert budget_scores(np.array([3500.0]), np.array([4000.0]), np.array([3000.0]))[0, 0] == 1.0


def test_item_similarity_cosine_lift_and_shrinkage():
    # products 0 and 1 always together (3 clients); product 2 bought alone by 3 others.
    purchases = sparse.csr_matrix(np.array([[1, 1, 0]] * 3 + [[0, 0, 1]] * 3, dtype=float))
    sim = item_similarity(purchases, "cosine", shrinkage=0.0)
    assert sim[0, 1] == pytest.approx(1.0, abs=1e-6) and sim[0, 2] == 0.0 and sim[0, 0] == 0.0
    shrunk = item_similarity(purchases, "cosine", shrinkage=1.0)
    assert shrunk[0, 1] == pytest.approx(3 / 4)
    lift = item_similarity(purchases, "lift", shrinkage=0.0)
    assert lift[0, 1] == pytest.approx(1 - 1 / 2)  # lift = 3·6 / (3·3) = 2
    with pytest.raises(ValueError):
        item_similarity(purchases, "jaccard")


def test_collaborative_scores_noisy_or_and_sources():
    sim = np.array([[0, 0.5, 0.0], [0.5, 0, 0.5], [0.0, 0.5, 0]])
    bought = np.array([[1.0, 0, 1.0], [0, 0, 0]])
    scores = collaborative_scores(sparse.csr_matrix(bought), sim)
    assert scores[0, 1] == pytest.approx(1 - 0.5 * 0.5)
    assert (scores[1] == 0).all()
    sources = strongest_sources(bought, sim, np.array([[1, 0], [1, 0]]))
    assert sources[0, 0] in (0, 2) and sources[0, 1] == -1 and (sources[1] == -1).all()


def test_top_k_indices_orders_and_pads():
    key = np.array([[0.1, 0.9, -np.inf, 0.5], [-np.inf, -np.inf, 0.2, -np.inf]])
    assert top_k_indices(key, 3).tolist() == [[1, 3, 0], [2, -1, -1]]


def test_affinity_matrix_from_product_and_category_rules():
    import pandas as pd

    from lvmh_pipeline.lib.recommendations.signals import AffinityMatrix

    rules = pd.DataFrame({
        "level": ["product", "category", "category", "product"],
        "antecedent": ["A", "bag", "bag", "A"], "consequent": ["B", "wallet", "scarf", "UNKNOWN"],
        "confidence": [0.3, 0.8, 0.5, 0.9], "lift": [2.0, 1.5, 0.8, 3.0],
    })
    matrix = AffinityMatrix.build(rules, ["A", "B", "C"], ["bag", "bag", "wallet"])
    assert matrix.strength[0, 1] == pytest.approx(0.3) and matrix.product_level[0, 1]
    assert matrix.strength[0, 2] == pytest.approx(0.4) and not matrix.product_level[0, 2]  # 0.5 × 0.8
    assert matrix.confidence[0, 2] == pytest.approx(0.8)
    assert matrix.strength[0, 0] == 0 and matrix.strength[1, 0] == 0  # no self pair, no reverse rule given
    assert not AffinityMatrix.build(None, ["A"], ["bag"]).any
