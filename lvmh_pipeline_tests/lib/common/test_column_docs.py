"""Every column of every table contract is described; logical types are readable."""

import numpy as np
import pandas as pd
import pytest

from lvmh_pipeline.lib.common import schemas
from lvmh_pipeline.lib.common.column_docs import describe_column, logical_type
from lvmh_pipeline.lib.features.client_vectors import CLIENT_VECTORS_COLUMNS
from lvmh_pipeline.lib.modeling.feature_columns import BTYD_COLUMNS, LIFECYCLE_COLUMNS, PROFILE_COLUMNS, RFM_COLUMNS
from lvmh_pipeline.lib.modeling.labeling.label_table import LABELS_TABLE_COLUMNS
from lvmh_pipeline.lib.recommendations.engine import RECOMMENDATIONS_COLUMNS
from lvmh_pipeline.lib.scoring.predictions import PREDICTIONS_COLUMNS
from lvmh_pipeline.lib.segmentation.clustering import CLUSTERS_COLUMNS
from lvmh_pipeline.lib.segmentation.projection import PROJECTION_COLUMNS
from lvmh_pipeline.lib.analytics.affinity import PRODUCT_AFFINITY_COLUMNS
from lvmh_pipeline.lib.analytics.journey import CUSTOMER_JOURNEY_COLUMNS
from lvmh_pipeline.lib.analytics.rfm import RFM_SEGMENTS_COLUMNS
from lvmh_pipeline.lib.segmentation.client_features import CLIENT_FEATURES_COLUMNS
from lvmh_pipeline.lib.segmentation.rule_engine import SEGMENTS_COLUMNS
from lvmh_pipeline.lib.segmentation.segment_stats import SEGMENT_STATS_COLUMNS

CONTRACTS = {
    "notes": schemas.NOTES_COLUMNS, "rejected_notes": schemas.REJECTED_NOTES_COLUMNS,
    "note_concepts": schemas.NOTE_CONCEPTS_COLUMNS, "client_profiles": schemas.CLIENT_PROFILES_COLUMNS,
    "client_vectors": CLIENT_VECTORS_COLUMNS, "clusters": CLUSTERS_COLUMNS, "projection_3d": PROJECTION_COLUMNS,
    "training_labels": LABELS_TABLE_COLUMNS, "predictions": PREDICTIONS_COLUMNS,
    "recommendations": RECOMMENDATIONS_COLUMNS, "training_features": PROFILE_COLUMNS + RFM_COLUMNS + LIFECYCLE_COLUMNS + BTYD_COLUMNS,
    "client_features": CLIENT_FEATURES_COLUMNS, "segments": SEGMENTS_COLUMNS, "segment_stats": SEGMENT_STATS_COLUMNS,
    "rfm_segments": RFM_SEGMENTS_COLUMNS, "product_affinity": PRODUCT_AFFINITY_COLUMNS,
    "customer_journey": CUSTOMER_JOURNEY_COLUMNS,
}


@pytest.mark.parametrize("table", sorted(CONTRACTS))
def test_every_contract_column_is_described(table):
    missing = [c for c in CONTRACTS[table] if not describe_column(c)]
    assert missing == [], f"{table}: add descriptions to lib/common/column_docs.py for {missing}"


def test_logical_types():
    assert logical_type("note_date", pd.Series(["2026-01-01"])) == "date (ISO text)"
    assert logical_type("allergies", pd.Series([["nickel"]], dtype=object)) == "list<text>"
    assert logical_type("embedding", pd.Series([np.array([0.1, 0.2])], dtype=object)) == "list<float>"
    assert logical_type("negated", pd.Series([True])) == "bool"
    assert logical_type("text", pd.Series(["x"], dtype=object)) == "text"
    assert logical_type("n_notes", pd.Series([3])) == "int"
