"""The analytics blocks added to the dashboard document validate against the schema, and a
document without them still does (the additions are optional)."""

import json

import pandas as pd

from lvmh_pipeline.lib.analytics.affinity import product_affinity
from lvmh_pipeline.lib.analytics.journey import customer_journey
from lvmh_pipeline.lib.analytics.orders import order_lines
from lvmh_pipeline.lib.analytics.rfm import rfm_table
from lvmh_pipeline.lib.outputs.analytics_blocks import add_analytics, client_extras, clients_in_segments, document_blocks
from lvmh_pipeline.lib.outputs.dashboard import validate_dashboard
from lvmh_pipeline.lib.segmentation.client_features import build_client_features
from lvmh_pipeline.lib.segmentation.segment_rules import SegmentDefinition, SegmentProblem
from lvmh_pipeline.lib.segmentation.segment_stats import segment_stats
from lvmh_pipeline_tests.lib.outputs.test_dashboard import _clusters, _concepts, _doc, _profiles

TX = pd.DataFrame([
    ("CA_001", "o1", "2026-01-10", "BAG", 1, 3000.0), ("CA_001", "o1", "2026-01-10", "WAL", 1, 800.0),
    ("CA_001", "o2", "2026-03-01", "BAG", 1, 3000.0), ("CA_002", "o3", "2026-02-01", "BAG", 1, 2500.0),
    ("CA_002", "o4", "2026-02-20", "WAL", 1, 700.0), ("CA_009", "o5", "2026-02-02", "BAG", 1, 2000.0),
    ("CA_009", "o5", "2026-02-02", "WAL", 1, 500.0),
], columns=["client_id", "order_id", "date", "product_id", "quantity", "amount"])
CATALOG = pd.DataFrame({"product_id": ["BAG", "WAL"], "name": ["Bag", "Wallet"], "category": ["handbag", "wallet"]})


def _analytics():
    rfm = rfm_table(TX, as_of="2026-04-01")
    features = build_client_features(_profiles(), _concepts().assign(bucket="intent"), rfm, pd.DataFrame(), _clusters(),
                                     pd.DataFrame(), reference=pd.Timestamp("2026-04-01"))
    members = pd.DataFrame({"client_id": ["CA_001", "CA_009"], "segment": "buyers", "segment_name": "Buyers"})
    stats = segment_stats(features, members, [SegmentDefinition("buyers", "Buyers", "with orders", rule=True)],
                          [SegmentProblem("broken", 'unknown variable "x"')])
    lines = order_lines(TX)
    blocks = document_blocks(stats, rfm, product_affinity(lines, CATALOG), customer_journey(lines, CATALOG))
    return features, members, blocks


def test_blocks_cards_and_cluster_descriptions_validate():
    features, members, blocks = _analytics()
    clusters = _clusters()
    doc = add_analytics(_doc(), blocks, client_extras(features, members), clusters)
    validate_dashboard(doc)
    json.dumps(doc, allow_nan=False)
    assert {s["segment"]: s["status"] for s in doc["segment_stats"]} == {"buyers": "ok", "broken": "error"}
    assert isinstance(doc["segment_stats"][0]["rfm_distribution"], list)
    assert {r["level"] for r in doc["product_affinity"]} == {"product", "category"}
    assert {r["measure"] for r in doc["customer_journey"]} >= {"clients_by_type", "cohort_retention"}
    assert sum(r["clients"] for r in doc["rfm_segments"]) == 3
    card = next(c for c in doc["clients"] if c["client_id"] == "CA_001")
    assert card["segments"] == ["Buyers"] and card["rfm"]["n_orders"] == 2 and isinstance(card["rfm"]["r_score"], int)
    assert card["next_occasion"] == {"occasion": "birthday", "date": "2027-03-01", "days_until": 334.0}
    no_orders = next(c for c in doc["clients"] if c["client_id"] == "CA_003")
    assert no_orders["rfm"] is None and no_orders["rfm_segment"] == "No purchase" and no_orders["next_occasion"] is None
    assert doc["clusters"][0]["description"].startswith("1 clients")
    assert clients_in_segments(client_extras(features, members)) == 2


def test_empty_tables_give_empty_blocks_and_a_valid_document():
    features, _, _ = _analytics()
    empty = document_blocks(pd.DataFrame(columns=["segment"]), rfm_table(None), product_affinity(order_lines(None)),
                            customer_journey(order_lines(None)))
    assert empty == {"segment_stats": [], "rfm_segments": [], "product_affinity": [], "customer_journey": []}
    doc = add_analytics(_doc(), empty, client_extras(features, pd.DataFrame(columns=["client_id", "segment_name"])))
    validate_dashboard(doc)
    validate_dashboard(_doc())  # a document without any of the additions stays valid
    assert len(doc["clients"]) == 3
