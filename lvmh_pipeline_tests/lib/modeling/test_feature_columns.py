"""The feature frame's columns and the inputs of each model family (lib/modeling/feature_columns.py)."""

from lvmh_pipeline.lib.modeling.feature_columns import (
    LIFECYCLE_COLUMNS,
    PROFILE_COLUMNS,
    RFM_COLUMNS,
    elite_feature_columns,
    fast_feature_columns,
)
from lvmh_pipeline.lib.modeling.features import build_feature_frame
from lvmh_pipeline_tests.lib.modeling.test_features import AS_OF, CLIENTS, CONCEPTS, NOTES, TX, VECTORS


def test_family_column_lists():
    frame = build_feature_frame(NOTES, CONCEPTS, TX, CLIENTS, AS_OF, VECTORS).set_index("client_id")
    fast = fast_feature_columns(frame)
    elite = elite_feature_columns(frame)
    assert fast == ["concept_text", *PROFILE_COLUMNS, *RFM_COLUMNS]
    assert elite[: len(fast)] == fast and set(LIFECYCLE_COLUMNS) <= set(elite) and "emb_002" in elite
    assert elite_feature_columns(list(frame.columns)) == elite
