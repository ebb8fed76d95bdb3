import numpy as np
import pandas as pd
import pytest

from lvmh_pipeline.lib.segmentation.client_features import CLIENT_FEATURES_COLUMNS, COLUMN_KINDS, build_client_features
from lvmh_pipeline.lib.segmentation.occasions import next_date_of_month, next_occasion, occasion_month

REF = pd.Timestamp("2026-12-03")
PROFILES = pd.DataFrame({
    "client_id": ["A", "B"], "n_notes": [3, 1], "first_note_date": ["2025-01-01", "2026-11-01"],
    "last_note_date": ["2026-11-23", "2026-11-01"], "languages": [["FR"], ["EN"]],
    "budget_min_eur": [3000.0, np.nan], "budget_max_eur": [4000.0, np.nan], "budget_flexible": [True, None],
    "allergies": [["tree_nuts"], []], "diets": [[], ["vegan"]], "occasions": [["birthday:01", "wedding"], []],
    "interests": [["golf"], []], "product_interests": [["handbag"], []], "colors": [[], []], "materials": [[], []],
    "brands": [["dior"], []], "top_concepts": [["golf", "handbag"], ["vegan"]],
})
CONCEPTS = pd.DataFrame({
    "client_id": ["A", "A", "B"], "concept": ["ready_to_buy", "hesitant", "invite_vip_event"],
    "bucket": ["intent", "intent", "next_actions"], "negated": [False, True, False],
})
RFM = pd.DataFrame({"client_id": ["A", "X"], "n_orders": [4, 1], "total_spend_eur": [9000.0, 200.0],
                    "first_order_date": ["2024-01-01", "2026-01-01"], "last_order_date": ["2026-10-01", "2026-01-01"],
                    "days_since_last_order": [63, 336], "r_score": [5, 1], "f_score": [5, 1], "m_score": [5, 1],
                    "rfm_code": ["555", "111"], "rfm_segment": ["Champions", "Lost"]})
CLUSTERS = pd.DataFrame({"client_id": ["A", "B"], "cluster_id": [0, 1], "cluster_name": ["Golf", "Vegan"]})
RECS = pd.DataFrame({"client_id": ["A", "A", "B"], "rank": [2, 1, 1], "product_id": ["P2", "P1", "P3"],
                     "product_name": ["Wallet", "Bag", "Scarf"], "category": ["wallet", "handbag", "scarf"]})


def test_one_row_per_client_of_notes_orders_or_predictions_with_every_column():
    table = build_client_features(PROFILES, CONCEPTS, RFM, pd.DataFrame(), CLUSTERS, RECS, reference=REF)
    assert list(table.columns) == CLIENT_FEATURES_COLUMNS == list(COLUMN_KINDS)
    assert table["client_id"].tolist() == ["A", "B", "X"]
    a, b, x = (table.iloc[i] for i in range(3))
    assert a.intents == ["ready_to_buy"] and b.next_actions == ["invite_vip_event"]  # negated intent dropped
    assert a.next_occasion == "birthday" and a.next_occasion_date == "2027-01-01" and a.days_to_next_occasion == 29
    assert np.isnan(b.days_to_next_occasion) and b.next_occasion is None
    assert a.days_since_last_note == 10 and a.rfm_segment == "Champions" and a.has_history
    assert b.n_orders == 0 and b.rfm_segment == "No purchase" and not b.has_history and np.isnan(b.r_score)
    assert x.n_notes == 0 and x.allergies == [] and x.cluster_name is None
    assert a.recommended_products == ["P1", "P2"] and a.recommended_categories == ["handbag", "wallet"]
    assert a.top_recommendation == "Bag" and x.recommended_products == []
    assert bool(a.budget_flexible) and not bool(b.budget_flexible)
    # no champion yet: the prediction columns are there, null
    assert not table["has_prediction"].any() and table["churn_risk"].isna().all() and table["value_segment"].isna().all()
    assert set(table["reference_date"]) == {"2026-12-03"}


def test_predictions_are_joined_and_newer_columns_taken_when_present():
    predictions = pd.DataFrame({"client_id": ["A"], "purchase_probability": [0.8], "churn_risk": [0.1],
                                "predicted_clv": [12000.0], "value_segment": ["High"], "risk_segment": ["Safe"],
                                "p_alive": [0.95], "history": ["ok"]})
    table = build_client_features(PROFILES, CONCEPTS, RFM, predictions, CLUSTERS, RECS, reference=REF)
    a = table.set_index("client_id").loc["A"]
    assert a.has_prediction and a.churn_risk == pytest.approx(0.1) and a.value_segment == "High"
    assert a.p_alive == pytest.approx(0.95) and np.isnan(a.expected_purchases) and a.history == "ok"


@pytest.mark.parametrize("label, expected", [("birthday:03", ("birthday", 3)), ("wedding", ("wedding", None)),
                                             ("odd:13", ("odd:13", None))])
def test_occasion_month(label, expected):
    assert occasion_month(label) == expected


def test_next_occasion_dates():
    assert next_date_of_month(12, REF) == REF  # this month: due now
    assert next_date_of_month(2, REF) == pd.Timestamp("2027-02-01")
    ref = pd.Timestamp("2026-03-15")
    assert next_date_of_month(5, ref) == pd.Timestamp("2026-05-01")
    assert next_occasion(["christmas:12", "birthday:05", "wedding"], ref) == ("birthday", pd.Timestamp("2026-05-01"))
    assert next_occasion(["wedding"], ref) == (None, None)


def test_note_dates_parsed_in_one_call_read_like_one_by_one():
    import datetime as dt

    from lvmh_pipeline.lib.segmentation.client_features import _iso_day, _iso_days

    cells = pd.Series(["2024-12-29", None, float("nan"), pd.NaT, dt.date(2025, 1, 2), pd.Timestamp("2025-03-04 10:00"),
                       "garbage", "2025-02-18T23:30:00+02:00", pd.Timestamp("2025-05-05", tz="Europe/Paris"),
                       "2025-13-01", "2025/01/03"], dtype=object)
    assert _iso_days(cells).tolist() == cells.map(_iso_day).tolist()
    assert _iso_days(cells).tolist()[:2] == ["2024-12-29", None]
    assert _iso_days(pd.Series([], dtype=object)).tolist() == []
