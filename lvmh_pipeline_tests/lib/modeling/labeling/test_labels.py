"""Labels as outcomes around an as-of date (lib/modeling/labels.py)."""

from datetime import date, timedelta

import numpy as np
import pandas as pd
import pytest

from lvmh_pipeline.lib.modeling.labeling.labels import (
    LABELS_COLUMNS,
    Horizons,
    default_as_of,
    labels_from_transactions,
    order_table,
)

T = date(2025, 6, 30)


def _day(offset: int) -> pd.Timestamp:
    return pd.Timestamp(T + timedelta(days=offset))


def _tx(rows: list[tuple[str, str, int, float]]) -> pd.DataFrame:
    """(client, order, day offset from T, amount) → a transactions frame."""
    return pd.DataFrame(
        [(c, o, _day(d), "p", 1.0, a) for c, o, d, a in rows],
        columns=["client_id", "order_id", "date", "product_id", "quantity", "amount"],
    )


def _notes(rows: list[tuple[str, int]]) -> pd.DataFrame:
    return pd.DataFrame([(c, _day(d).date().isoformat()) for c, d in rows], columns=["client_id", "note_date"])


def _label(labels, client: str) -> pd.Series:
    return labels.frame.set_index("client_id").loc[client]


def test_order_exactly_at_t_is_history_and_window_edges_are_inclusive_on_the_right():
    tx = _tx([("at_t", "o1", 0, 100.0), ("d90", "o2", -10, 50.0), ("d90", "o3", 90, 80.0),
              ("d91", "o4", -10, 50.0), ("d91", "o5", 91, 70.0)])
    labels = labels_from_transactions(tx, _notes([]), as_of=T)
    assert _label(labels, "at_t").purchased == 0 and _label(labels, "at_t").lifetime_value == 0.0
    assert _label(labels, "d90").purchased == 1
    assert _label(labels, "d91").purchased == 0
    assert _label(labels, "d91").lifetime_value == 70.0  # still inside the 365-day CLV window
    assert list(labels.frame.columns) == LABELS_COLUMNS


def test_churn_needs_activity_in_the_lookback_and_uses_the_180_day_window():
    tx = _tx([
        ("stays", "a1", -30, 100.0), ("stays", "a2", 180, 100.0),
        ("leaves", "b1", -365, 100.0), ("leaves", "b2", 181, 100.0),
        ("dormant", "c1", -366, 100.0), ("dormant", "c2", 10, 100.0),
    ])
    labels = labels_from_transactions(tx, _notes([("notes_only", -5)]), as_of=T)
    assert _label(labels, "stays").churned == 0.0
    assert _label(labels, "leaves").churned == 1.0  # active on the lookback's first day, back too late
    assert np.isnan(_label(labels, "dormant").churned)  # not active at T: cannot churn
    assert np.isnan(_label(labels, "notes_only").churned)
    assert labels.counts["n_churn_eligible"] == 2 and labels.counts["n_churned"] == 1


def test_lifetime_value_sums_net_spend_in_window_and_floors_at_zero():
    tx = _tx([
        ("a", "o1", -5, 999.0), ("a", "o2", 1, 100.0), ("a", "o3", 200, 250.5), ("a", "o4", 365, 10.0),
        ("a", "o5", 366, 5000.0),
        ("refund", "r0", -5, 300.0), ("refund", "r1", 20, -300.0),
    ])
    tx = pd.concat([tx, _tx([("a", "o2", 1, 40.0)]).assign(product_id="q")])  # second line of order o2
    labels = labels_from_transactions(tx, _notes([]), as_of=T)
    assert _label(labels, "a").lifetime_value == pytest.approx(400.5)
    assert _label(labels, "refund").lifetime_value == 0.0
    assert _label(labels, "refund").purchased == 0  # a refund is not a purchase
    assert _label(labels, "refund").churned == 1.0


def test_population_is_union_of_noted_and_buying_clients_known_at_t():
    tx = _tx([("history_only", "h1", -40, 10.0), ("future_only", "f1", 5, 10.0), ("both", "b1", -3, 10.0)])
    notes = _notes([("notes_only", -100), ("both", -1), ("late_note", 1), ("at_t_note", 0)])
    labels = labels_from_transactions(tx, notes, as_of=T)
    assert labels.frame["client_id"].tolist() == ["at_t_note", "both", "history_only", "notes_only"]
    row = _label(labels, "notes_only")
    assert row.purchased == 0 and np.isnan(row.churned) and row.lifetime_value == 0.0
    assert labels.counts["n_clients"] == 4 and labels.counts["n_with_history"] == 2


def test_profiles_with_first_note_date_define_known_clients_too():
    profiles = pd.DataFrame({"client_id": ["p1", "p2"], "first_note_date": ["2025-01-01", "2025-08-01"]})
    labels = labels_from_transactions(_tx([("x", "o", -1, 5.0)]), profiles, as_of=T)
    assert labels.frame["client_id"].tolist() == ["p1", "x"]
    with pytest.raises(ValueError, match="note_date"):
        labels_from_transactions(_tx([("x", "o", -1, 5.0)]), pd.DataFrame({"client_id": ["a"]}), as_of=T)


def test_default_as_of_is_last_date_minus_longest_horizon_and_is_used_when_none():
    tx = _tx([("a", "o1", -10, 5.0), ("a", "o2", 400, 5.0)])
    horizons = Horizons(purchase_days=30, churn_days=60, clv_days=200)
    expected = (_day(400) - pd.Timedelta(days=200)).date()
    assert default_as_of(tx, horizons) == expected
    labels = labels_from_transactions(tx, _notes([]), horizons=horizons)
    assert labels.as_of == expected and labels.horizons == horizons and labels.source == "transactions"
    with pytest.raises(ValueError):
        default_as_of(tx.iloc[:0])


def test_horizons_validation_and_longest():
    assert Horizons().longest_days == 365
    with pytest.raises(ValueError, match="churn_days"):
        Horizons(churn_days=0)


def test_order_table_merges_lines_and_dates_by_first_line():
    tx = _tx([("a", "o1", 3, 10.0), ("a", "o1", 1, 5.0), ("b", "o1", 2, 7.0)])
    orders = order_table(tx).set_index(["client_id", "order_id"])
    assert orders.loc[("a", "o1"), "amount"] == 15.0 and orders.loc[("a", "o1"), "date"] == _day(1)
    assert len(orders) == 2  # the same order id under two clients is two orders
