import json

import pytest

from lvmh_pipeline.lib.segmentation.client_features import COLUMN_KINDS
from lvmh_pipeline.lib.segmentation.segment_rules import (
    ALLOWED_OPERATORS,
    MAX_NODES,
    SegmentsFileError,
    check_rule,
    parse_segments,
    read_segments_file,
)
from lvmh_pipeline.lib.segmentation.segments_source import SEGMENTS_FILE, load_rules, rules_source


def _doc(*segments):
    return json.dumps({"segments": list(segments)})


def _problem(rule):
    return check_rule(rule, COLUMN_KINDS)[0]


@pytest.mark.parametrize("rule, expected", [
    ({">": [{"var": "churnrisk"}, 0.5]}, 'unknown variable "churnrisk": not a column of client_features (did you mean "churn_risk"?)'),
    ({"method": ["x", "upper"]}, 'unknown operator "method"'),
    ({"substr": [{"var": "rfm_segment"}, 0, 2]}, 'unknown operator "substr"'),
    ({">": [{"var": "allergies"}, 1]}, 'wrong type for ">": {"var": "allergies"} is list, expected number or text'),
    ({"==": [{"var": "value_segment"}, 3]}, 'wrong types for "==": compares {"var": "value_segment"} (text) with 3 (number)'),
    ({"==": [{"var": "allergies"}, "nuts"]}, 'is a list; use "in" or "some"'),
    ({"+": [{"var": "rfm_segment"}, 1]}, 'wrong type for "+"'),
    ({"some": [{"var": "n_orders"}, {"==": [{"var": ""}, "x"]}]}, 'wrong type for "some"'),
    ({"some": [{"var": "allergies"}, {"==": [{"var": "n_orders"}, 1]}]}, 'only {"var": ""} (the list element)'),
    ({"var": ""}, "only makes sense inside some / all / none"),
    ({"and": [True], "or": [False]}, "exactly one operator"),
    ({"/": [1]}, '"/" takes 2 arguments, got 1'),
])
def test_bad_rules_are_named_precisely(rule, expected):
    assert expected in _problem(rule)


@pytest.mark.parametrize("rule", [
    {"and": [{">=": [{"var": "churn_risk"}, 0.5]}, {"in": [{"var": "value_segment"}, ["VIP", "High"]]}]},
    {"<=": [0, {"var": "days_to_next_occasion"}, 60]},
    {"some": [{"var": "intents"}, {"in": [{"var": ""}, ["ready_to_buy"]]}]},
    {"!!": {"var": "allergies"}},
    {"==": [{"var": "churn_risk"}, None]},
    {">": [{"/": [{"var": "total_spend_eur"}, {"max": [{"var": "n_orders"}, 1]}]}, 1000]},
    {"if": [{"var": "has_history"}, {">": [{"var": "m_score"}, 3]}, False]},
    {"<": [{"var": "last_order_date"}, "2026-01-01"]},
])
def test_good_rules_pass_and_report_what_they_read(rule):
    problem, reads = check_rule(rule, COLUMN_KINDS)
    assert problem is None and reads <= set(COLUMN_KINDS)


def test_allowlist_is_the_jsonlogic_core_subset():
    assert {"var", "and", "or", "!", "in", "some", "all", "if", "+", "<="} <= ALLOWED_OPERATORS
    assert not {"method", "log", "cat", "substr", "merge", "map", "reduce", "missing"} & ALLOWED_OPERATORS


def test_size_limits():
    deep = True
    for _ in range(40):
        deep = {"!": [deep]}
    assert "nested deeper" in _problem(deep)
    wide = {"or": [{"==": [{"var": "n_orders"}, i]} for i in range(MAX_NODES)]}
    assert "nodes" in _problem(wide)


def test_one_bad_segment_does_not_stop_the_others():
    text = _doc(
        {"id": "good", "name": "Good", "rule": {">": [{"var": "n_orders"}, 0]}},
        {"id": "typo", "rule": {">": [{"var": "n_order"}, 0]}},
        {"id": "good", "rule": True},
        {"name": "no id", "rule": True},
        {"id": "norule"},
        {"id": "off", "rule": True, "enabled": False},
        {"id": "extra", "rule": True, "colour": "red"},
    )
    parsed = parse_segments(text, "segments.json", COLUMN_KINDS)
    assert [d.id for d in parsed.definitions] == ["good", "extra"]
    assert parsed.definitions[0].reads == ("n_orders",)
    messages = {p.segment: (p.severity, p.problem) for p in parsed.problems}
    assert messages["typo"][0] == "error" and 'unknown variable "n_order"' in messages["typo"][1]
    assert "used by an earlier segment" in messages["good"][1]
    assert messages["#4"][0] == "error" and 'has no "rule"' in messages["norule"][1]
    assert messages["extra"] == ("warning", 'unknown field "colour" ignored')
    assert str(parsed.problems[0]).startswith('segment "typo": ')


@pytest.mark.parametrize("text, expected", [
    ('{"segments": [\n  {"id": "a",,\n]}', "bad.json: invalid JSON at line 2, column 14"),
    ("[]", 'bad.json: expected an object with a "segments" list'),
    ('{"segments": {}}', 'expected an object with a "segments" list'),
])
def test_malformed_file_is_one_error_naming_file_and_line(text, expected):
    with pytest.raises(SegmentsFileError) as raised:
        parse_segments(text, "bad.json", COLUMN_KINDS)
    assert str(raised.value).startswith("bad.json: ") and expected in str(raised.value)


def test_file_reading_errors(tmp_path):
    binary = tmp_path / "s.json"
    binary.write_bytes(b"\xff\xfe\x00junk")
    with pytest.raises(SegmentsFileError, match="not UTF-8"):
        read_segments_file(binary, COLUMN_KINDS)
    with pytest.raises(SegmentsFileError, match="cannot be read"):
        read_segments_file(tmp_path / "missing.json", COLUMN_KINDS)


def test_data_dir_file_overrides_the_shipped_defaults_and_is_hashed(tmp_path):
    default, parsed = load_rules(tmp_path)
    assert default.is_default and default.sha256.startswith("default-")
    assert {d.id for d in parsed.definitions} >= {"vip_at_risk", "gift_shoppers_next_60_days", "lapsed_high_spenders",
                                                  "event_guests_with_allergies", "new_clients_to_nurture", "loyal_champions"}
    assert parsed.problems == []
    (tmp_path / SEGMENTS_FILE).write_text(_doc({"id": "mine", "rule": True}), encoding="utf-8")
    source, parsed = load_rules(tmp_path)
    assert not source.is_default and [d.id for d in parsed.definitions] == ["mine"]
    (tmp_path / SEGMENTS_FILE).write_text(_doc({"id": "mine", "rule": False}), encoding="utf-8")
    assert rules_source(tmp_path).sha256 != source.sha256
