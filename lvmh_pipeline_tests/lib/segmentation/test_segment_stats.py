import json

import numpy as np
import pandas as pd
import pytest

from lvmh_pipeline.lib.segmentation.segment_rules import SegmentDefinition, SegmentProblem
from lvmh_pipeline.lib.segmentation.segment_stats import SEGMENT_STATS_COLUMNS, bands, segment_stats, sizes_of, stats_markdown

FEATURES = pd.DataFrame({
    "client_id": ["A", "B", "C", "D"],
    "churn_risk": [0.7, 0.4, 0.1, np.nan], "purchase_probability": [0.2, 0.65, 0.9, np.nan],
    "predicted_clv": [1000.0, 3000.0, 5000.0, np.nan], "has_prediction": [True, True, True, False],
    "total_spend_eur": [100.0, 200.0, 300.0, 0.0],
    "rfm_segment": ["Champions", "Champions", "Lost", "No purchase"],
    "recommended_products": [["P1", "P2"], ["P1"], ["P3"], []],
    "recommended_categories": [["bag"], ["bag"], ["watch"], []],
    "top_recommendation": ["Bag", "Bag", "Watch", None],
    "top_concepts": [["golf", "wine"], ["golf"], ["golf", "opera"], ["opera"]],
})
MEMBERS = pd.DataFrame({"client_id": ["A", "B", "C", "D"], "segment": ["all", "all", "all", "all"],
                        "segment_name": "All"})
DEFINITIONS = [SegmentDefinition("all", "All", "everyone", rule=True), SegmentDefinition("none", "None", "", rule=False)]


def test_stats_by_hand_with_previous_size_and_error_rows():
    problems = [SegmentProblem("broken", 'unknown variable "x"'), SegmentProblem("all", "odd", "warning")]
    table = segment_stats(FEATURES, MEMBERS, DEFINITIONS, problems, previous_sizes={"all": 6})
    assert list(table.columns) == SEGMENT_STATS_COLUMNS
    row = table.set_index("segment").loc["all"]
    assert row['size'] == 4 and row.share == 1.0 and row.previous_size == 6 and row.size_change == -2 and row.n_scored == 3
    assert (row.churn_high_share, row.churn_medium_share, row.churn_low_share) == pytest.approx((1 / 3, 1 / 3, 1 / 3))
    assert row.mean_churn_risk == pytest.approx(0.4) and row.purchase_high_share == pytest.approx(2 / 3)
    assert row.clv_total == 9000.0 and row.clv_mean == 3000.0
    assert json.loads(row.rfm_distribution)[0] == {"rfm_segment": "Champions", "clients": 2, "share": 0.5}
    assert json.loads(row.offer_products)[0] == {"product_id": "P1", "clients": 2, "share": 0.5, "product_name": "Bag"}
    assert json.loads(row.offer_categories)[0]["category"] == "bag"
    assert json.loads(row.top_member_concepts)[0]["concept"] == "golf"
    empty = table.set_index("segment").loc["none"]
    assert empty["size"] == 0 and pd.isna(empty.mean_churn_risk)
    broken = table.set_index("segment").loc["broken"]
    assert broken.status == "error" and 'unknown variable "x"' in broken.error and pd.isna(broken['size'])
    assert sizes_of(table) == {"all": 4, "none": 0}
    assert "| All" in stats_markdown(table) and "error" in stats_markdown(table)


def test_bands_ignore_nulls():
    assert bands(pd.Series([np.nan])) == {"high": None, "medium": None, "low": None}
    assert bands(pd.Series([0.6, 0.3, 0.29, np.nan])) == pytest.approx({"high": 1 / 3, "medium": 1 / 3, "low": 1 / 3})
