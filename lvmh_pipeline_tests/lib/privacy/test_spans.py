from lvmh_pipeline.lib.privacy.spans import PiiSpan, add_free, non_overlapping


def test_non_overlapping_keeps_the_first_of_overlapping_spans():
    spans = [PiiSpan(5, 9, "NAME"), PiiSpan(0, 6, "HEALTH"), PiiSpan(9, 12, "NAME")]
    assert non_overlapping(spans) == [PiiSpan(0, 6, "HEALTH"), PiiSpan(9, 12, "NAME")]


def test_add_free_adds_only_new_spans_that_touch_nothing_kept():
    kept = [PiiSpan(10, 20, "HEALTH")]
    new = [PiiSpan(15, 25, "RELIGION"), PiiSpan(0, 5, "RELIGION"), PiiSpan(3, 8, "RELIGION"), PiiSpan(20, 22, "UNION")]
    assert add_free(kept, new) == [PiiSpan(0, 5, "RELIGION"), PiiSpan(10, 20, "HEALTH"), PiiSpan(20, 22, "UNION")]
    assert add_free(kept, []) == kept
