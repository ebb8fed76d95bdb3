import numpy as np
import pandas as pd
import pytest

import lvmh_pipeline.lib.recommendations.engine as rec
from lvmh_pipeline.lib.recommendations.catalog import CATALOG_COLUMNS
from lvmh_pipeline.lib.recommendations.engine import RECOMMENDATIONS_COLUMNS, RecommendationWeights, recommend

CONTENT = RecommendationWeights(content=1, concept=0, budget=0, collaborative=0)
CONCEPT = RecommendationWeights(content=0, concept=1, budget=0, collaborative=0)
BUDGET = RecommendationWeights(content=0, concept=0, budget=1, collaborative=0)
COLLAB = RecommendationWeights(content=0, concept=0, budget=0, collaborative=1)

CATALOG = pd.DataFrame(
    [
        ("KEEP", "Keepall 55", "Weekend bag in brown canvas with cognac leather trim", "travel_bag", 2600.0, "Louis Vuitton"),
        ("LADY", "Lady Dior", "Bag in black lambskin", "handbag", 6500.0, "Dior"),
        ("WALL", "Zippy Wallet", "Wallet in brown canvas", "wallet", 1050.0, "Louis Vuitton"),
        ("SAUV", "Sauvage 100 ml", "Eau de parfum", "fragrance", 145.0, "Dior"),
        ("CARR", "Carrera", "Chronograph in stainless steel", "watch", 6600.0, "TAG Heuer"),
        ("SCRF", "Mitzah", "Scarf in navy silk twill", "scarf", 390.0, "Dior"),
    ],
    columns=CATALOG_COLUMNS,
)
# Hand-made 3-d "embeddings": KEEP and WALL point the same way, the rest elsewhere.
PRODUCT_VECTORS = np.array(
    [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.9, 0.1, 0.0], [0.0, 0.0, 1.0], [0.5, 0.5, 0.5], [0.0, 0.7, 0.7]],
    dtype=np.float32,
)


def _clients(rows):
    return pd.DataFrame(rows).reset_index(drop=True)


def _one_client(**profile):
    return _clients([{"client_id": "C1", **profile}])


def _tx(pairs, date="2025-01-15"):
    return pd.DataFrame(
        [(c, f"O{i}", date, p, 1, 100.0) for i, (c, p) in enumerate(pairs)],
        columns=["client_id", "order_id", "date", "product_id", "quantity", "amount"],
    )


def test_columns_ranks_and_k_rows_per_client():
    clients = _clients([{"client_id": "A"}, {"client_id": "B"}, {"client_id": 7}])
    vectors = np.array([[1, 0, 0], [0, 1, 0], [0, 0, 1]], dtype=np.float32)
    out = recommend(clients, vectors, CATALOG, PRODUCT_VECTORS, None, k=4)
    assert list(out.columns) == RECOMMENDATIONS_COLUMNS
    assert out.groupby("client_id")["rank"].apply(list).to_dict() == {c: [1, 2, 3, 4] for c in ("A", "B", "7")}
    assert out.groupby("client_id")["product_id"].nunique().eq(4).all()
    assert out["reason"].str.len().gt(0).all()
    assert out.groupby("client_id")["score"].apply(lambda s: s.is_monotonic_decreasing).all()


def test_content_similarity_orders_products():
    out = recommend(_one_client(), np.array([[1.0, 0.0, 0.0]]), CATALOG, PRODUCT_VECTORS, k=6, weights=CONTENT)
    assert out["product_id"].tolist()[:3] == ["KEEP", "WALL", "CARR"]
    assert out["content_score"].iloc[0] == pytest.approx(1.0) and out["content_score"].iloc[-1] == pytest.approx(0.0)
    assert "close to the client's notes" in out["reason"].iloc[0]


def test_never_recommends_what_the_client_bought():
    clients = _clients([{"client_id": "C1"}, {"client_id": "C2"}])
    vectors = np.array([[1.0, 0.0, 0.0], [1.0, 0.0, 0.0]])
    tx = _tx([("C1", "KEEP"), ("C1", "WALL"), ("C2", "LADY")])
    out = recommend(clients, vectors, CATALOG, PRODUCT_VECTORS, tx, k=6)
    c1 = set(out.loc[out["client_id"] == "C1", "product_id"])
    assert c1 == {"LADY", "SAUV", "CARR", "SCRF"}  # fewer than k rows: only 4 are eligible
    assert "LADY" not in set(out.loc[out["client_id"] == "C2", "product_id"])


def test_as_of_hides_later_purchases():
    tx = pd.concat([_tx([("C1", "KEEP")], "2025-01-01"), _tx([("C1", "WALL")], "2025-06-01")])
    out = recommend(_one_client(), np.array([[1.0, 0, 0]]), CATALOG, PRODUCT_VECTORS, tx, k=2, weights=CONTENT,
                    as_of="2025-03-01")
    assert out["product_id"].tolist() == ["WALL", "CARR"]
    same_day = _tx([("C1", "KEEP")], "2025-03-01 17:45")  # bought on the as-of day: already owned
    out = recommend(_one_client(), np.array([[1.0, 0, 0]]), CATALOG, PRODUCT_VECTORS, same_day, k=1, weights=CONTENT,
                    as_of="2025-03-01")
    assert out["product_id"].tolist() == ["WALL"]


def test_budget_is_respected_in_ranking():
    catalog = pd.DataFrame(
        [("CHEAP", "Card Holder", "Card holder", "small_leather_goods", 400.0, "Dior"),
         ("FIT", "Saddle", "Bag", "handbag", 3500.0, "Dior"),
         ("OVER", "Lady Dior", "Bag", "handbag", 9000.0, "Dior"),
         ("WAYOVER", "Serpenti", "Bracelet", "jewelry", 40000.0, "Bulgari")],
        columns=CATALOG_COLUMNS,
    )
    same = np.ones((4, 3), dtype=np.float32)  # content cannot separate them
    profile = _one_client(budget_min_eur=3000.0, budget_max_eur=4000.0)
    out = recommend(profile, np.ones((1, 3)), catalog, same, k=4)
    assert out["product_id"].tolist() == ["FIT", "CHEAP", "OVER", "WAYOVER"]
    assert out.set_index("product_id")["budget_score"]["FIT"] == pytest.approx(1.0)
    assert "within budget 3–4K" in out["reason"].iloc[0]
    assert "above budget 3–4K" in out["reason"].iloc[2]
    unknown = recommend(_one_client(), np.ones((1, 3)), catalog, same, k=4, weights=BUDGET)
    assert np.allclose(unknown["budget_score"], 0.5)


def test_flexible_budget_decays_slower_above():
    profile = _clients([
        {"client_id": "strict", "budget_min_eur": 1000.0, "budget_max_eur": 2000.0, "budget_flexible": False},
        {"client_id": "flex", "budget_min_eur": 1000.0, "budget_max_eur": 2000.0, "budget_flexible": True},
    ])
    out = recommend(profile, np.ones((2, 3)), CATALOG, PRODUCT_VECTORS, k=6, weights=BUDGET)
    keep = out.loc[out["product_id"] == "KEEP"].set_index("client_id")["budget_score"]
    assert 0 < keep["strict"] < keep["flex"] < 1


def test_concepts_match_category_house_colour_material():
    profile = _one_client(product_interests=np.array(["travel_bag"]), brands=["louis_vuitton"], colors=["cognac"],
                          materials="['canvas']")
    out = recommend(profile, np.zeros((1, 3)), CATALOG, PRODUCT_VECTORS, k=3, weights=CONCEPT)
    assert out["product_id"].tolist()[:2] == ["KEEP", "WALL"]
    assert out["concept_score"].iloc[0] == pytest.approx(1.0)
    assert out["reason"].iloc[0].startswith("matches travel_bag · louis_vuitton · cognac · canvas")


def test_fragrance_concept_label_and_allergy():
    wants = recommend(_one_client(product_interests=["fragrance_product"]), np.zeros((1, 3)), CATALOG,
                      PRODUCT_VECTORS, k=1, weights=CONCEPT)
    assert wants["product_id"].tolist() == ["SAUV"]
    allergic = recommend(_one_client(product_interests=["fragrance_product"], allergies=["fragrance"]),
                         np.zeros((1, 3)), CATALOG, PRODUCT_VECTORS, k=6, weights=CONCEPT)
    assert "SAUV" not in set(allergic["product_id"]) and len(allergic) == 5


def test_collaborative_signal_on_planted_co_purchases():
    # 20 clients bought the Keepall and the Scarf together; 20 others only the Carrera.
    pairs = [(f"K{i}", p) for i in range(20) for p in ("KEEP", "SCRF")] + [(f"W{i}", "CARR") for i in range(20)]
    clients = _clients([{"client_id": "NEW"}])
    out = recommend(clients, np.zeros((1, 3)), CATALOG, PRODUCT_VECTORS, _tx(pairs + [("NEW", "KEEP")]), k=5,
                    weights=COLLAB)
    first = out.iloc[0]
    assert first["product_id"] == "SCRF" and first["collaborative_score"] > 0.8
    assert "clients who bought Keepall 55 also bought it" in first["reason"]
    assert out.set_index("product_id")["collaborative_score"]["CARR"] == 0.0
    lift = recommend(clients, np.zeros((1, 3)), CATALOG, PRODUCT_VECTORS, _tx(pairs + [("NEW", "KEEP")]), k=1,
                     weights=COLLAB, similarity="lift")
    assert lift["product_id"].tolist() == ["SCRF"]


def test_score_is_the_normalized_weighted_sum_and_falls_back_without_transactions():
    weights = RecommendationWeights(content=2, concept=1, budget=1, collaborative=4)
    profile = _one_client(product_interests=["wallet"], budget_min_eur=500.0, budget_max_eur=1500.0)
    out = recommend(profile, np.array([[1.0, 0.2, 0.0]]), CATALOG, PRODUCT_VECTORS, None, k=6, weights=weights)
    assert (out["collaborative_score"] == 0).all()
    blend = (2 * out["content_score"] + out["concept_score"] + out["budget_score"]) / 4  # collaborative dropped
    np.testing.assert_allclose(out["score"], blend)
    assert out["product_id"].iloc[0] == "WALL"
    pairs = [(f"X{i}", p) for i in range(5) for p in ("WALL", "SCRF")]
    with_tx = recommend(profile, np.array([[1.0, 0.2, 0.0]]), CATALOG, PRODUCT_VECTORS, _tx(pairs), k=6, weights=weights)
    expected = (2 * with_tx["content_score"] + with_tx["concept_score"] + with_tx["budget_score"]
                + 4 * with_tx["collaborative_score"]) / 8
    np.testing.assert_allclose(with_tx["score"], expected)


def test_client_without_any_signal_still_gets_reasoned_picks():
    out = recommend(_one_client(), np.zeros((1, 3)), CATALOG, PRODUCT_VECTORS, None, k=2)
    assert len(out) == 2 and out["reason"].str.contains("no profile signal").all()


def test_chunked_scoring_matches_single_pass(monkeypatch):
    rng = np.random.default_rng(3)
    clients = _clients([{"client_id": f"C{i}", "product_interests": ["watch"] if i % 2 else [],
                         "budget_max_eur": 3000.0 if i % 3 else np.nan} for i in range(25)])
    vectors = rng.normal(size=(25, 3))
    tx = _tx([(f"C{i}", CATALOG["product_id"][i % 6]) for i in range(25)] + [(f"C{i}", "SCRF") for i in range(0, 25, 2)])
    whole = recommend(clients, vectors, CATALOG, PRODUCT_VECTORS, tx, k=3)
    monkeypatch.setattr(rec, "_CHUNK_CELLS", 13)  # two clients per chunk
    chunked = recommend(clients, vectors, CATALOG, PRODUCT_VECTORS, tx, k=3)
    pd.testing.assert_frame_equal(whole, chunked)


def test_input_validation():
    with pytest.raises(ValueError, match="client_vectors shape"):
        recommend(_one_client(), np.zeros((2, 3)), CATALOG, PRODUCT_VECTORS)
    with pytest.raises(ValueError, match="dimensions differ"):
        recommend(_one_client(), np.zeros((1, 4)), CATALOG, PRODUCT_VECTORS)
    with pytest.raises(ValueError, match="duplicate client_id"):
        recommend(_clients([{"client_id": "A"}, {"client_id": "A"}]), np.zeros((2, 3)), CATALOG, PRODUCT_VECTORS)
    with pytest.raises(ValueError, match="k must be"):
        recommend(_one_client(), np.zeros((1, 3)), CATALOG, PRODUCT_VECTORS, k=0)
    with pytest.raises(ValueError, match="weights"):
        RecommendationWeights(content=-1).normalized()
    empty = recommend(_clients([]).assign(client_id=pd.Series(dtype=str)), np.zeros((0, 3)), CATALOG, PRODUCT_VECTORS)
    assert empty.empty and list(empty.columns) == RECOMMENDATIONS_COLUMNS


AFFINITY = RecommendationWeights(content=0, concept=0, budget=0, collaborative=0, affinity=1)


def _affinity(rows):
    return pd.DataFrame(rows, columns=["level", "antecedent", "consequent", "antecedent_name", "consequent_name",
                                       "orders_together", "antecedent_orders", "consequent_orders", "support",
                                       "confidence", "lift"])


def test_bought_together_signal_ranks_the_basket_partner_with_its_own_reason():
    # Orders that hold the Keepall also hold the Scarf (product rule); travel bags and wallets
    # share orders (category rule, half strength); a rule with lift <= 1 is ignored.
    rules = _affinity([
        ("product", "KEEP", "SCRF", "Keepall 55", "Mitzah", 8, 20, 10, 0.08, 0.40, 4.0),
        ("category", "travel_bag", "wallet", "travel_bag", "wallet", 5, 20, 25, 0.05, 0.25, 1.6),
        ("product", "KEEP", "CARR", "Keepall 55", "Carrera", 2, 20, 60, 0.02, 0.10, 0.9),
    ])
    tx = _tx([("C1", "KEEP")])
    out = recommend(_one_client(), np.zeros((1, 3)), CATALOG, PRODUCT_VECTORS, tx, k=5, weights=AFFINITY, affinity=rules)
    by_product = out.set_index("product_id")
    assert out["product_id"].iloc[0] == "SCRF" and by_product.loc["SCRF", "affinity_score"] == pytest.approx(0.40)
    assert by_product.loc["WALL", "affinity_score"] == pytest.approx(0.125)  # category rule at half strength
    assert by_product.loc["CARR", "affinity_score"] == 0.0
    assert "often bought together with Keepall 55 (in 40% of its orders)" in by_product.loc["SCRF", "reason"]
    assert "completes the client's Keepall 55: 25% of travel bag orders add a wallet" in by_product.loc["WALL", "reason"]
    # without rules the signal is 0 and its weight is dropped, as before
    plain = recommend(_one_client(), np.zeros((1, 3)), CATALOG, PRODUCT_VECTORS, tx, k=5)
    assert (plain["affinity_score"] == 0).all() and not plain["reason"].str.contains("bought together").any()


def test_affinity_weight_joins_the_normalized_blend():
    weights = RecommendationWeights(content=1, concept=0, budget=0, collaborative=0, affinity=1)
    rules = _affinity([("product", "KEEP", "SCRF", "Keepall 55", "Mitzah", 8, 20, 10, 0.08, 0.5, 4.0)])
    out = recommend(_one_client(), np.array([[1.0, 0.0, 0.0]]), CATALOG, PRODUCT_VECTORS, _tx([("C1", "KEEP")]),
                    k=5, weights=weights, affinity=rules)
    np.testing.assert_allclose(out["score"], (out["content_score"] + out["affinity_score"]) / 2)
    assert weights.normalized(True, False).affinity == 0.0 and weights.normalized(True, True).affinity == 0.5
