import numpy as np
import pandas as pd

from lvmh_pipeline.lib.segmentation.client_features import COLUMN_KINDS
from lvmh_pipeline.lib.segmentation.rule_engine import SEGMENTS_COLUMNS, evaluate_segments, json_value
from lvmh_pipeline.lib.segmentation.segment_rules import SegmentDefinition, parse_segments

FEATURES = pd.DataFrame({
    "client_id": ["A", "B", "C", "D"],
    "churn_risk": [0.7, np.nan, 0.2, 0.55],
    "value_segment": ["VIP", None, "Low", pd.NA],
    "allergies": [["tree_nuts"], [], np.array(["gluten"]), None],
    "days_to_next_occasion": [10.0, np.nan, 75.0, 0.0],
    "n_orders": [5, 0, 1, 2],
})


def _segments(*rules):
    text = '{"segments": [' + ",".join(f'{{"id": "s{i}", "rule": {r}}}' for i, r in enumerate(rules)) + "]}"
    parsed = parse_segments(text, "t.json", COLUMN_KINDS)
    assert parsed.problems == []
    return parsed.definitions


def _members(result, segment):
    return sorted(result.members.loc[result.members["segment"] == segment, "client_id"])


def test_members_follow_jsonlogic_and_nulls_never_match_a_comparison():
    result = evaluate_segments(FEATURES, _segments(
        '{">=": [{"var": "churn_risk"}, 0.5]}',
        '{"<": [{"var": "churn_risk"}, 0.5]}',  # B (null) is not "below 0.5"
        '{"in": ["tree_nuts", {"var": "allergies"}]}',
        '{"!!": [{"var": "allergies"}]}',
        '{"<=": [0, {"var": "days_to_next_occasion"}, 60]}',
        '{"==": [{"var": "value_segment"}, null]}',
        '{"some": [{"var": "allergies"}, {"in": [{"var": ""}, ["gluten", "lactose"]]}]}',
        '{"and": [{"in": [{"var": "value_segment"}, ["VIP", "High"]]}, {">": [{"var": "n_orders"}, 2]}]}',
    ))
    assert list(result.members.columns) == SEGMENTS_COLUMNS and result.problems == []
    assert _members(result, "s0") == ["A", "D"]
    assert _members(result, "s1") == ["C"]
    assert _members(result, "s2") == ["A"]
    assert _members(result, "s3") == ["A", "C"]
    assert _members(result, "s4") == ["A", "D"]
    assert _members(result, "s5") == ["B", "D"]
    assert _members(result, "s6") == ["C"]
    assert _members(result, "s7") == ["A"]


def test_a_rule_failing_at_run_time_is_an_error_of_its_segment_only():
    definitions = _segments('{">": [{"var": "n_orders"}, 0]}', '{"in": [{"var": "value_segment"}, "VIP"]}')
    broken = SegmentDefinition("broken", "Broken", "", rule={"+": ["x", 1]}, reads=())
    result = evaluate_segments(FEATURES, [broken, *definitions])
    assert [d.id for d in result.evaluated] == ["s0", "s1"]
    assert [(p.segment, p.severity) for p in result.problems] == [("broken", "error")]
    assert "fails on every client" in result.problems[0].problem
    assert _members(result, "s0") == ["A", "C", "D"]


def test_no_segment_or_no_client():
    assert evaluate_segments(FEATURES, []).members.empty
    empty = evaluate_segments(FEATURES.iloc[:0], _segments('{">": [{"var": "n_orders"}, 0]}'))
    assert empty.members.empty and [d.id for d in empty.evaluated] == ["s0"]


def test_json_value_converts_cells():
    assert json_value(np.float64("nan")) is None and json_value(pd.NA) is None and json_value(np.int64(3)) == 3
    assert json_value(np.array(["a", "b"])) == ["a", "b"] and json_value(np.bool_(True)) is True
    assert json_value(pd.Timestamp("2026-01-02")) == "2026-01-02"
