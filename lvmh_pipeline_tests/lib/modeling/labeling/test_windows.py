"""Dates and windows a purchase history supports, said with the dates; rescaling to the horizon;
the one-line checks a run prints before it starts."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from lvmh_pipeline.lib.modeling.purchase_features import btyd_summary
from lvmh_pipeline.lib.modeling.labeling.labels import Horizons
from lvmh_pipeline.lib.modeling.labeling.label_table import label_set_from_table, labels_table
from lvmh_pipeline.lib.modeling.training_data import history_check, prepare_outcomes
from lvmh_pipeline.lib.modeling.labeling.windows import (
    AsOfError,
    HistoryError,
    carrier_from_tag,
    carrier_scales,
    carrier_tag,
    fit_carrier,
    fit_priors,
    plan_windows,
    prior_from_tag,
    prior_tags,
    rate_model_blocks,
    rescale,
    truncate,
)
from lvmh_pipeline.lib.synthetic.purchase_log import PurchaseLogConfig, simulate_purchase_log

TX_COLUMNS = ["client_id", "order_id", "date", "product_id", "quantity", "amount"]


def _tx(rows: list[tuple[str, str, float]]) -> pd.DataFrame:
    frame = pd.DataFrame([(c, f"o{i}", d, "p", 1.0, a) for i, (c, d, a) in enumerate(rows)], columns=TX_COLUMNS)
    return frame.assign(date=pd.to_datetime(frame["date"]))


def _log(weeks: int = 39, n: int = 200, seed: int = 1) -> pd.DataFrame:
    """A CDNOW-like log from 1997-01-01, with an order on its first and its last day."""
    config = PurchaseLogConfig(n_clients=n, weeks=weeks, seed=seed)
    log = simulate_purchase_log(config)
    ends = pd.DataFrame([("EDGE", "e1", config.start.isoformat(), "p", 1, 10.0),
                         ("EDGE", "e2", config.end.isoformat(), "p", 1, 10.0)], columns=TX_COLUMNS)
    log = pd.concat([log, ends], ignore_index=True)
    return log.assign(date=pd.to_datetime(log["date"]))


def test_a_long_history_keeps_the_asked_windows():
    log = _log(weeks=104)
    plan = plan_windows(log)
    last = log["date"].max().date()
    assert plan.method == "observed" and plan.labels == plan.requested == Horizons()
    assert plan.train_as_of == last - timedelta(days=365) and plan.score_as_of == last
    assert plan.scale("clv") == 1.0 and plan.notes == []


def test_a_short_history_learns_on_the_longest_window_that_fits_and_says_so():
    log = _log(weeks=39)  # 1997-01-01 .. 1997-09-30, the calibration period
    plan = plan_windows(log, Horizons(purchase_days=273, clv_days=273))
    assert plan.method == "shortened" and plan.labels.purchase_days == plan.labels.clv_days == 136
    assert plan.train_as_of == date(1997, 5, 17) and plan.scale("purchase") == pytest.approx(273 / 136)
    assert "1997-01-01 to 1997-09-30" in plan.notes[0] and "136-day windows at T = 1997-05-17" in plan.notes[0]
    # the default horizons: the 90-day purchase window fits, churn and CLV are shortened
    default = plan_windows(log)
    assert (default.labels.purchase_days, default.labels.churn_days, default.labels.clv_days) == (90, 136, 136)
    assert default.metadata()["horizon_method"] == "shortened" and default.metadata()["horizon_clv_days"] == 365


def test_the_scoring_date_cuts_the_history():
    log = _log(weeks=104)
    plan = plan_windows(log, score_as_of=date(1997, 9, 30))
    assert plan.score_as_of == date(1997, 9, 30) and plan.method == "shortened"
    assert truncate(log, date(1997, 9, 30))["date"].max() <= pd.Timestamp("1997-09-30")
    later = plan_windows(log, score_as_of=date(1999, 1, 1))
    assert "after the last order" in later.notes[0]


@pytest.mark.parametrize(("rows", "fragment"), [
    ([], "no usable order line"),
    ([("A", "2025-01-01", -10.0), ("B", "2025-02-01", -5.0)], "no order with a positive amount (2 line(s)"),
    ([("A", f"2025-0{m}-01", 10.0) for m in range(1, 8)], "1 client(s) with an order up to 2025-07-01 (A)"),
    ([(f"C{i}", "2025-03-01", 10.0) for i in range(20)], "orders from 2025-03-01 to 2025-03-01 (0 day(s))"),
])
def test_histories_that_cannot_be_trained_on_are_named_with_their_dates(rows, fragment):
    with pytest.raises(HistoryError) as error:
        plan_windows(_tx(rows) if rows else _tx([]).iloc[:0], source="transactions.csv")
    assert fragment in str(error.value) and "transactions.csv" in str(error.value)
    assert not isinstance(error.value, AsOfError)


def test_dates_the_history_contradicts_are_refusals():
    log = _log()
    with pytest.raises(AsOfError, match=r"as-of date 1996-12-01 is before the first order \(1997-01-01\)"):
        plan_windows(log, score_as_of=date(1996, 12, 1))
    with pytest.raises(AsOfError, match=r"as_of 1997-06-01 \+ the 365-day window ends 1998-06-01, after the last "
                                        r"order \(1997-09-30\).*choose as_of <= 1996-09-30"):
        plan_windows(log, train_as_of=date(1997, 6, 1))
    given = plan_windows(log, Horizons(30, 30, 30), train_as_of=date(1997, 6, 1))
    assert given.method == "given" and given.train_as_of == date(1997, 6, 1)


def test_rescaling_is_a_constant_rate_without_a_carrier_and_per_client_with_one():
    p = np.array([0.0, 0.2, 0.5])
    np.testing.assert_allclose(rescale("purchase", p, 2.0), 1 - (1 - p) ** 2)
    np.testing.assert_allclose(rescale("churn", p, 2.0), p**2)
    np.testing.assert_allclose(rescale("clv", p, 2.0), 2 * p)
    assert rescale("clv", p, 1.0) is not None
    log = _log(weeks=39, n=400)
    summary = btyd_summary(log, date(1997, 9, 30)).reset_index()
    carrier = fit_carrier(log, date(1997, 9, 30))
    assert carrier_from_tag(carrier_tag(carrier))["kind"] == carrier["kind"]
    scale = carrier_scales("purchases", summary, 136, 273, carrier)
    # a client who has probably left gains less from a longer horizon than a regular one
    assert ((scale >= 1.0) & (scale <= 273 / 136 + 1e-9)).all() and scale.min() < scale.max()
    assert (carrier_scales("clv", summary.assign(has_history=0.0).iloc[:0], 136, 273, carrier) == []).all()
    np.testing.assert_allclose(carrier_scales("clv", summary, 136, 273, None), 273 / 136)


def test_scoring_date_priors_round_trip_through_version_tags():
    priors = fit_priors(_log(weeks=39, n=300), date(1997, 9, 30))
    assert {"bgnbd", "pnbd", "gamma_gamma"} <= set(priors)
    tags = prior_tags(priors)
    assert prior_from_tag(tags["prior_pnbd"]) == tuple(priors["pnbd"][:4])
    assert prior_from_tag(tags["prior_gamma_gamma"]) == tuple(priors["gamma_gamma"])
    assert all("\n" not in v and len(v) <= 250 for v in tags.values())


def test_amounts_are_carried_by_rate_models_only_when_the_window_was_shortened():
    families = {1: "fast", 2: "elite", 3: "bgnbd", 4: "pnbd"}
    blocked = rate_model_blocks("clv", "shortened", 136, 273, families, {1, 2, 3, 4})
    assert set(blocked) == {1, 2} and "136-day windows for a 273-day horizon" in blocked[1]
    assert rate_model_blocks("purchase", "shortened", 136, 273, families, {1, 2, 3, 4}) == {}
    assert rate_model_blocks("clv", "observed", 365, 365, families, {1, 2, 3, 4}) == {}
    assert rate_model_blocks("clv", "shortened", 136, 273, families, {1, 2}) == {}  # no rate model to carry it


def _write(folder: Path, rows: list[tuple[str, str, float]], extra: str = "") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    lines = ["client_id,order_id,date,product_id,quantity,amount"]
    lines += [f"{c},o{i},{d},p,1,{a}" for i, (c, d, a) in enumerate(rows)]
    (folder / "transactions.csv").write_text("\n".join(lines) + "\n" + extra, encoding="utf-8")
    return folder


def test_history_check_names_the_file_the_lines_and_the_dates(tmp_path):
    rows = [(f"C{i}", f"2025-0{1 + i % 6}-{10 + i % 9}", 100.0 + i) for i in range(40)]
    folder = _write(tmp_path / "ok", rows, "C1,late,2099-01-01,p,1,50\n")
    warnings = history_check(folder)
    assert warnings[0].startswith("transactions.csv line 42: order dated after today") and "2099-01-01" in warnings[0]
    assert any("too short for the 365-day windows" in w for w in warnings)
    with pytest.raises(AsOfError, match="before the first order"):
        history_check(folder, scoring_date="2020-01-01")
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "transactions.csv").write_text("", encoding="utf-8")
    assert history_check(empty) == ["models skipped: transactions.csv: no usable order line: nothing to learn "
                                     "purchases from"]
    with pytest.raises(HistoryError, match="nothing to run on: no upload of notes, and transactions.csv"):
        history_check(empty, has_notes=False)
    assert history_check(tmp_path / "missing") == []


def test_prepared_outcomes_record_the_plan_priors_and_carrier_through_the_labels_table(tmp_path):
    log = _log(weeks=39, n=150, seed=4)
    log.assign(date=log["date"].dt.strftime("%Y-%m-%d")).to_csv(tmp_path / "transactions.csv", index=False)
    clients = pd.DataFrame({"client_id": pd.Series(dtype=object), "note_date": pd.Series(dtype=object)})
    outcomes = prepare_outcomes(tmp_path, clients, requested=Horizons(purchase_days=273, clv_days=273))
    labels = outcomes.labels
    assert labels.as_of == date(1997, 5, 17) and labels.horizons.clv_days == 136 and labels.asked.clv_days == 273
    assert labels.plan["horizon_method"] == "shortened" and labels.plan["horizon_carrier"]
    assert "purchases" in labels.frame and (labels.frame["purchases"] >= labels.frame["purchased"]).all()
    back = label_set_from_table(labels_table(labels))
    assert back.horizons == labels.horizons and back.requested == labels.requested
    assert back.plan["priors"] == labels.plan["priors"]
    assert prepare_outcomes(tmp_path / "nothing", clients) is None
