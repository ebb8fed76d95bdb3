"""Intent bands, segment counts and range checks of a predictions table (lib/scoring/prediction_stats.py)."""

import numpy as np
import pandas as pd
import pytest

from lvmh_pipeline.lib.scoring.prediction_stats import intent_band, range_problems, segment_tables
from lvmh_pipeline_tests.lib.scoring.test_report import _predictions


def test_intent_bands_include_their_lower_bound_and_mark_missing_scores():
    bands = intent_band(np.array([0.75, 0.7499, 0.5, 0.25, 0.2499, 0.0, np.nan]))
    assert list(bands) == ["Very high", "High", "High", "Medium", "Low", "Low", "Unknown"]


def test_segment_tables_count_clients_and_sum_clv_per_value_segment():
    tables = segment_tables(_predictions())
    intent = tables["intent"].set_index("segment")["clients"].to_dict()
    assert intent == {"Very high": 1, "High": 1, "Medium": 1, "Low": 1}
    value = tables["value"].set_index("segment")
    assert value.loc["VIP", "total predicted CLV (EUR)"] == 60_000.0
    assert value["clients"].sum() == 4 and "Unknown" not in value.index
    assert tables["risk"]["share"].sum() == pytest.approx(1.0)


def test_range_problems_are_zero_for_valid_predictions_and_name_each_violation():
    assert not any(range_problems(_predictions()).values())
    broken = _predictions()
    broken.loc[0, "purchase_probability"] = 1.2
    broken.loc[1, "churn_risk"] = -0.1
    broken.loc[2, "predicted_clv"] = -5.0
    broken.loc[3, "risk_segment"] = "Doomed"
    broken.loc[0, "value_segment"] = "Unknown"  # Unknown with a finite CLV is inconsistent
    problems = range_problems(pd.concat([broken, broken.iloc[[0]]], ignore_index=True))
    assert problems["purchase_probability_outside_0_1"] == 2
    assert problems["churn_risk_outside_0_1"] == 1
    assert problems["predicted_clv_negative"] == 1
    assert problems["risk_segment_invalid"] == 1
    assert problems["value_segment_invalid"] == 2
    assert problems["duplicate_client_ids"] == 1


def test_missing_target_is_valid_when_marked_unknown():
    frame = _predictions().assign(predicted_clv=np.nan, value_segment="Unknown")
    assert not any(range_problems(frame).values())
    assert "Unknown" in segment_tables(frame)["value"]["segment"].tolist()
