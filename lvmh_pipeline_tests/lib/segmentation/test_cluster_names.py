import pandas as pd

from lvmh_pipeline.lib.segmentation.cluster_names import GENERIC_CONCEPTS, humanize, label_clusters


def _concepts(rows):
    return pd.DataFrame(rows, columns=["client_id", "concept", "category", "negated"])


def test_names_skip_filler_and_read_as_words():
    labels = pd.Series([0] * 5 + [1] * 5, index=[f"c{i}" for i in range(10)])
    rows = []
    for i in range(5):  # cluster 0: golfers with travel bags, and filler everywhere in it
        rows += [(f"c{i}", "golf", "hobby", False), (f"c{i}", "travel_bag", "product_type", False),
                 (f"c{i}", "next_week", "timing", False), (f"c{i}", "follow_up_call", "next_action", False),
                 (f"c{i}", "ready_to_buy", "intent", False), (f"c{i}", "budget", "budget", False),
                 (f"c{i}", "tree_nuts", "allergy", False), (f"c{i}", "accessories", "product_type", False)]
    for i in range(5, 10):
        rows += [(f"c{i}", "louis_vuitton", "house", False), (f"c{i}", "opera", "hobby", False),
                 (f"c{i}", "golf", "hobby", True)]
    names = label_clusters(labels, _concepts(rows))
    assert names[0].name == "Golf · Travel bag"
    assert names[1].name in ("Louis Vuitton · Opera", "Opera · Louis Vuitton")
    assert names[0].description.startswith("5 clients; golf 100% (2.0× overall)")
    assert "Louis Vuitton" in names[1].description


def test_at_most_two_concepts_of_one_category_and_fallback_name():
    labels = pd.Series([0] * 4 + [1] * 4 + [2] * 2, index=[f"c{i}" for i in range(10)])
    rows = [(f"c{i}", city, "travel", False) for i in range(4) for city in ("paris", "london", "new_york")]
    rows += [(f"c{i}", "silk", "material", False) for i in range(4)]
    rows += [(f"c{i}", "tennis", "hobby", False) for i in range(4, 8)]
    names = label_clusters(labels, _concepts(rows))
    parts = names[0].name.split(" · ")
    assert len(parts) == 3 and "Silk" in parts and sum(p in ("Paris", "London", "New york", "New York") for p in parts) == 2
    assert names[2].name == "No distinctive interest (cluster 2)"


def test_humanize_and_generic_list():
    assert humanize("travel_bag", "product_type") == "Travel bag"
    assert humanize("louis_vuitton", "house") == "Louis Vuitton" and humanize("new_york", "travel") == "New York"
    assert humanize("uk_scotland", "travel") == "UK Scotland" and humanize("usa", "travel") == "USA"
    assert humanize("vip_client", "intent") == "VIP client" and humanize("tag_heuer", "house") == "TAG Heuer"
    assert "accessories" in GENERIC_CONCEPTS
