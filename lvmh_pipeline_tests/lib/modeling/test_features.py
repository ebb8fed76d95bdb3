import numpy as np
import pandas as pd
import pytest

from lvmh_pipeline.lib.modeling.feature_columns import (
    BTYD_COLUMNS,
    COOCCURRENCE_COLUMNS,
    ELITE_BTYD_INPUTS,
    LIFECYCLE_COLUMNS,
    PROFILE_COLUMNS,
    RFM_COLUMNS,
    elite_feature_columns,
    fast_feature_columns,
)
from lvmh_pipeline.lib.modeling.features import RECENCY_CAP_DAYS, build_feature_frame

AS_OF = "2025-06-30"
CONCEPT_COLUMNS = ["note_id", "client_id", "note_date", "concept", "category", "negated", "span_start",
                   "value_min", "value_max"]


def _notes(rows):
    return pd.DataFrame(rows, columns=["note_id", "client_id", "note_date", "language", "text"])


def _concepts(rows):
    return pd.DataFrame(rows, columns=CONCEPT_COLUMNS)


def _tx(rows):
    frame = pd.DataFrame(rows, columns=["client_id", "order_id", "date", "amount"])
    return frame.assign(date=pd.to_datetime(frame["date"]), product_id="p", quantity=1.0)


NAN = np.nan
NOTES = _notes([
    ("a1", "A", "2025-01-10", "FR", "premier rendez-vous"),
    ("a2", "A", "2025-06-20", "EN", "back for the bag"),
    ("b1", "B", "2025-03-01", "IT", "cliente nuova"),
])
CONCEPTS = _concepts([
    ("a1", "A", "2025-01-10", "handbag", "product_type", False, 0, NAN, NAN),
    ("a1", "A", "2025-01-10", "budget", "budget", False, 5, 3000.0, 4000.0),
    ("a1", "A", "2025-01-10", "hesitant", "intent", False, 9, NAN, NAN),
    ("a2", "A", "2025-06-20", "handbag", "product_type", False, 0, NAN, NAN),
    ("a2", "A", "2025-06-20", "ready_to_buy", "intent", False, 4, NAN, NAN),
    ("a2", "A", "2025-06-20", "vip_client", "intent", False, 8, NAN, NAN),
    ("a2", "A", "2025-06-20", "budget", "budget", False, 12, 35000.0, NAN),
    ("a2", "A", "2025-06-20", "budget_flexible", "budget", False, 14, NAN, NAN),
    ("a2", "A", "2025-06-20", "nickel", "allergy", False, 20, NAN, NAN),
    ("b1", "B", "2025-03-01", "shellfish", "allergy", True, 0, NAN, NAN),
    ("b1", "B", "2025-03-01", "birthday", "occasion", False, 3, NAN, NAN),
])
TX = _tx([
    ("A", "o1", "2024-12-01", 1000.0),
    ("A", "o2", "2025-03-01", 500.0),
    ("A", "o3", "2025-06-01", 1500.0),
    ("C", "o4", "2025-05-01", 200.0),
])
VECTORS = np.array([[1, 0, 0], [0, 1, 0], [0, 0, 1]], dtype=np.float32)
CLIENTS = ["A", "B", "C", "D"]


@pytest.fixture()
def frame() -> pd.DataFrame:
    return build_feature_frame(NOTES, CONCEPTS, TX, CLIENTS, AS_OF, VECTORS).set_index("client_id")


def test_one_row_per_client_in_order_with_stable_columns(frame):
    assert frame.index.tolist() == CLIENTS
    expected = ["concept_text", *PROFILE_COLUMNS, *RFM_COLUMNS, *LIFECYCLE_COLUMNS, *COOCCURRENCE_COLUMNS,
                *BTYD_COLUMNS, "emb_000", "emb_001", "emb_002"]
    assert frame.columns.tolist() == expected
    empty = build_feature_frame(NOTES.iloc[:0], CONCEPTS.iloc[:0], None, ["Z"], AS_OF, np.zeros((0, 3)))
    assert empty.columns.tolist() == ["client_id", *expected]
    assert not frame.drop(columns="concept_text").isna().any().any()


def test_concept_text_repeats_mentions_in_date_order_without_negated_concepts(frame):
    assert frame.loc["A", "concept_text"].split() == [
        "handbag", "budget", "hesitant", "handbag", "ready_to_buy", "vip_client", "budget", "budget_flexible",
        "nickel"]
    assert frame.loc["B", "concept_text"] == "birthday"
    assert frame.loc["C", "concept_text"] == "" and frame.loc["D", "concept_text"] == ""


def test_profile_statistics(frame):
    a = frame.loc["A"]
    assert a.n_notes == 2 and a.has_notes == 1 and a.n_languages == 2
    assert a.days_since_last_note == 10 and a.days_since_first_note == 171
    assert a.notes_last_90d == 1 and a.notes_last_365d == 2
    assert a.intent_ready_to_buy == 1 and a.intent_hesitant == 1 and a.intent_vip_client == 1
    assert a.n_allergies == 1 and a.n_product_types == 1 and a.budget_flexible == 1
    # The latest budget statement wins; open-ended "35K+" has max = min.
    assert a.has_budget == 1 and a.budget_open_ended == 1
    assert a.budget_min_log == pytest.approx(np.log1p(35000)) == a.budget_max_log
    b = frame.loc["B"]
    assert b.n_allergies == 0 and b.n_negated == 1 and b.n_occasions == 1 and b.has_budget == 0


def test_cooccurrence_and_last_note_intents(frame):
    a = frame.loc["A"]
    assert a.co_ready_to_buy__vip_client == 1 and a.co_ready_to_buy__hesitant == 1
    assert a.co_vip_client__budget_flexible == 1 and a.co_complaint__vip_client == 0
    assert a.co_last_ready_to_buy == 1 and a.co_last_hesitant == 0  # hesitant was in the older note
    assert frame.loc["B", COOCCURRENCE_COLUMNS].sum() == 0


def test_rfm_features(frame):
    a = frame.loc["A"]
    assert a.has_history == 1 and a.frequency == 3 and a.recency_days == 29 and a.tenure_days == 211
    assert a.orders_90d == 1 and a.orders_180d == 2 and a.orders_365d == 3
    assert a.monetary_total_log == pytest.approx(np.log1p(3000))
    assert a.monetary_mean_log == pytest.approx(np.log1p(1000))
    assert a.ipi_mean_days == pytest.approx((90 + 92) / 2) and a.ipi_std_days == pytest.approx(1.0)
    assert a.overdue_ratio == pytest.approx(29 / 91)
    assert frame.loc["C", "frequency"] == 1 and frame.loc["C", "ipi_mean_days"] == RECENCY_CAP_DAYS
    assert a.purchase_days == 3 and frame.loc["D", "purchase_days"] == 0


def test_btyd_summary_counts_purchase_days_uncapped_with_repeat_spend_and_best_year(frame):
    a = frame.loc["A"]  # purchase days 2024-12-01, 2025-03-01, 2025-06-01; T = 2025-06-30
    assert (a.btyd_frequency, a.btyd_recency, a.btyd_T) == (2, 182, 211)
    assert a.btyd_monetary == pytest.approx((500 + 1500) / 2)  # repeat days only (Gamma-Gamma)
    assert a.best_year_spend == 3000  # the three days lie within 365 days
    c = frame.loc["C"]
    assert (c.btyd_frequency, c.btyd_recency, c.btyd_T, c.btyd_monetary, c.best_year_spend) == (0, 0, 60, 0, 200)
    assert (frame.loc[["B", "D"], BTYD_COLUMNS] == 0).all().all()
    assert not set(BTYD_COLUMNS) & set(fast_feature_columns(frame))
    # the elite family turns the summary into BG/NBD + Gamma-Gamma features; best_year_spend only bounds sizes
    assert set(BTYD_COLUMNS) & set(elite_feature_columns(frame)) == set(ELITE_BTYD_INPUTS)
    # two orders on one day are one purchase day; a return is not a purchase; a far-away year is its own window
    tx = _tx([("E", "e1", "2022-01-01", 9000.0), ("E", "e2", "2024-01-01", 100.0), ("E", "e3", "2024-01-01", 50.0),
              ("E", "e4", "2024-06-01", -80.0), ("E", "e5", "2024-09-01", 400.0)])
    e = build_feature_frame(NOTES.iloc[:0], CONCEPTS.iloc[:0], tx, ["E"], AS_OF).set_index("client_id").loc["E"]
    assert e.btyd_frequency == 2 and e.btyd_monetary == pytest.approx((150 + 400) / 2)
    assert e.best_year_spend == 9000 and e.btyd_T == (pd.Timestamp(AS_OF) - pd.Timestamp("2022-01-01")).days


def test_lifecycle_features_combine_notes_and_orders(frame):
    a = frame.loc["A"]  # first order 211 days before T, first note 171; last note 10, last order 29
    assert a.first_seen_days == 211 and a.last_contact_days == 10
    years = (211 + 180) / 365.25  # exposure plus the shrinkage prior
    assert a.order_rate_per_year == pytest.approx((3 + 0.5) / years)
    assert a.contact_rate_per_year == pytest.approx((3 + 2 + 0.5) / years)
    b = frame.loc["B"]  # one note 121 days ago, no order
    assert b.first_seen_days == 121 and b.last_contact_days == 121
    assert b.order_rate_per_year == pytest.approx(0.5 / ((121 + 180) / 365.25))


def test_clients_without_notes_or_history_get_neutral_values(frame):
    d = frame.loc["D"]
    assert d.has_notes == 0 and d.has_history == 0 and d.n_notes == 0 and d.frequency == 0
    assert d.days_since_last_note == RECENCY_CAP_DAYS and d.recency_days == RECENCY_CAP_DAYS
    assert d.monetary_total_log == 0 and d.overdue_ratio == 1.0
    assert frame.loc[["C", "D"], ["emb_000", "emb_001", "emb_002"]].to_numpy().sum() == 0
    assert frame.loc["B", "has_history"] == 0 and frame.loc["C", "has_notes"] == 0


def test_embedding_is_the_normalized_mean_of_the_clients_notes(frame):
    np.testing.assert_allclose(frame.loc["A", ["emb_000", "emb_001", "emb_002"]].astype(float),
                               [2 ** -0.5, 2 ** -0.5, 0.0], rtol=1e-6)
    no_vectors = build_feature_frame(NOTES, CONCEPTS, TX, CLIENTS, AS_OF, None)
    assert not any(c.startswith("emb_") for c in no_vectors.columns)
    with pytest.raises(ValueError, match="does not match"):
        build_feature_frame(NOTES, CONCEPTS, TX, CLIENTS, AS_OF, VECTORS[:2])


def test_no_leakage_data_after_as_of_changes_nothing(frame):
    late = _notes([("a3", "A", "2025-07-01", "DE", "kommt zurück"), ("d1", "D", "2025-08-01", "FR", "nouveau")])
    notes = pd.concat([late, NOTES], ignore_index=True)  # late rows first: vectors must follow their rows
    concepts = pd.concat([CONCEPTS, _concepts([
        ("a3", "A", "2025-07-01", "complaint", "intent", False, 0, NAN, NAN),
        ("a3", "A", "2025-07-01", "budget", "budget", False, 3, 90000.0, NAN),
        ("d1", "D", "2025-08-01", "ready_to_buy", "intent", False, 0, NAN, NAN),
    ])], ignore_index=True)
    tx = pd.concat([TX, _tx([("A", "o9", "2025-07-01", 9999.0), ("D", "o10", "2025-09-01", 50.0)])],
                   ignore_index=True)
    vectors = np.vstack([[[0.6, 0.8, 0.0], [0.0, 0.6, 0.8]], VECTORS]).astype(np.float32)
    later = build_feature_frame(notes, concepts, tx, CLIENTS, AS_OF, vectors).set_index("client_id")
    pd.testing.assert_frame_equal(later, frame)
    # ... while scoring today (as_of None) does see them.
    today = build_feature_frame(notes, concepts, tx, CLIENTS, None, vectors).set_index("client_id")
    assert today.loc["A", "intent_complaint"] == 1 and today.loc["D", "has_history"] == 1


def test_scoring_today_counts_back_from_the_latest_date_in_the_data():
    today = build_feature_frame(NOTES, CONCEPTS, TX, CLIENTS, None, None).set_index("client_id")
    assert today.loc["A", "days_since_last_note"] == 0  # 2025-06-20 is the latest date seen
    assert today.loc["A", "recency_days"] == 19


def test_undated_notes_only_count_when_using_everything():
    notes = _notes([("x1", "X", "", "FR", "sans date")])
    with_cutoff = build_feature_frame(notes, CONCEPTS.iloc[:0], None, ["X"], AS_OF, None)
    without = build_feature_frame(notes, CONCEPTS.iloc[:0], None, ["X"], None, None)
    assert with_cutoff.loc[0, "n_notes"] == 0 and without.loc[0, "n_notes"] == 1


def test_mention_counts_are_the_crosstab_of_client_and_concept_with_zeros_for_silent_clients():
    from lvmh_pipeline.lib.modeling.features import _mention_counts

    index = pd.Index(["C1", "C2", "C3"], name="client_id")
    concepts = pd.DataFrame({"client_id": ["C2", "C1", "C2", "C2", "C1"],
                             "concept": ["vip_client", "hesitant", "vip_client", "complaint", "vip_client"]})
    counts = _mention_counts(index, concepts)
    expected = pd.crosstab(concepts["client_id"], concepts["concept"]).reindex(index=index).fillna(0.0)
    pd.testing.assert_frame_equal(counts, expected, check_dtype=False, check_names=False)
    assert counts.loc["C2", "vip_client"] == 2 and counts.loc["C3"].sum() == 0
    empty = _mention_counts(index, concepts.iloc[:0])
    assert list(empty.index) == list(index) and empty.columns.empty
