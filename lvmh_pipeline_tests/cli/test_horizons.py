"""`run --horizon-days N --as-of DATE`: the options, their run config, and the one-line refusals
and warnings about a purchase history, printed before any Dagster run starts."""

from __future__ import annotations

from pathlib import Path

import pytest

from lvmh_pipeline.cli import build_parser
from lvmh_pipeline.runner import ModelSettings
from lvmh_pipeline_tests.cli.conftest import assert_refusal, call

HEADER = "client_id,order_id,date,product_id,quantity,amount\n"


def _transactions(data_dir: Path, rows: list[str]) -> Path:
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / "transactions.csv"
    path.write_text(HEADER + "".join(f"{row}\n" for row in rows), encoding="utf-8")
    return path


def test_the_options_parse_for_run_and_demo():
    args = build_parser().parse_args(["run", "--horizon-days", "273", "--as-of", "1998-06-30"])
    assert (args.horizon_days, args.as_of) == (273, "1998-06-30")
    demo = build_parser().parse_args(["demo", "--horizon-days", "30"])
    assert (demo.horizon_days, demo.as_of) == (30, None)


@pytest.mark.parametrize(("argv", "fragment"), [
    (("run", "--horizon-days", "0"), "must be at least 1, got 0"),
    (("run", "--horizon-days", "a year"), "'a year' is not a whole number"),
    (("run", "--as-of", "30/06/1998"), "'30/06/1998' is not a date written YYYY-MM-DD"),
])
def test_bad_option_values_are_one_line_refusals(capfd, data_dir, argv, fragment):
    assert_refusal(call(capfd, *argv), fragment)


def test_settings_become_the_run_config_of_the_assets_that_take_them():
    assert ModelSettings().run_config("weekly_retrain_job") == {}
    settings = ModelSettings(273, "1998-06-30")
    retrain = settings.run_config("weekly_retrain_job")["ops"]
    assert retrain["training_labels"] == retrain["model_backtest"] == {
        "config": {"horizon_days": 273, "scoring_date": "1998-06-30"}}
    assert retrain["predictions"] == {"config": {"scoring_date": "1998-06-30"}}
    assert ModelSettings(273).run_config("refresh_outputs_job") == {}
    assert ModelSettings(None, "1998-06-30").run_config("refresh_outputs_job") == {
        "ops": {"predictions": {"config": {"scoring_date": "1998-06-30"}}}}
    horizons = settings.requested()
    assert (horizons.purchase_days, horizons.churn_days, horizons.clv_days) == (273, 180, 273)


def test_a_data_dir_with_neither_uploads_nor_transactions_is_refused(capfd, data_dir):
    assert_refusal(call(capfd, "run"), "no upload found", "or a transactions.csv")


@pytest.mark.parametrize(("rows", "fragments"), [
    ([], ("nothing to run on", "transactions.csv: no usable order line")),
    (["A,1,2025-01-01,p,1,-10", "B,2,2025-02-01,p,1,-5"], ("no order with a positive amount (2 line(s)",)),
    ([f"A,{m},2025-0{m}-01,p,1,10" for m in range(1, 8)], ("1 client(s) with an order up to 2025-07-01 (A)",)),
    ([f"C{i},{i},2025-03-01,p,1,10" for i in range(12)],
     ("orders from 2025-03-01 to 2025-03-01 (0 day(s)) are too short", "need at least 56 days")),
])
def test_a_transactions_only_dir_that_cannot_be_trained_on_is_refused_with_its_dates(capfd, data_dir, rows,
                                                                                      fragments):
    _transactions(data_dir, rows)
    result = call(capfd, "run", "--horizon-days", "273")
    assert_refusal(result, "transactions.csv", *fragments)
    assert not (data_dir / "warehouse.duckdb").exists()


def test_an_as_of_before_the_data_is_refused_naming_the_dates(capfd, data_dir):
    _transactions(data_dir, [f"C{i},{i},2025-0{1 + i % 6}-1{i % 9},p,1,{100 + i}" for i in range(30)])
    result = call(capfd, "run", "--as-of", "2024-12-31")
    assert_refusal(result, "as-of date 2024-12-31 is before the first order (2025-01-10) in transactions.csv",
                   "choose a date between 2025-01-10 and")
    assert not (data_dir / "warehouse.duckdb").exists()


def test_a_future_order_is_set_aside_with_a_warning_naming_the_line_and_date(capfd, data_dir):
    rows = [f"C{i},{i},2025-0{1 + i % 6}-1{i % 9},p,1,{100 + i}" for i in range(30)] + ["C1,late,2099-01-01,p,1,5"]
    _transactions(data_dir, rows)
    # the same run refused for its scoring date still printed the line set aside, first
    result = call(capfd, "run", "--as-of", "2024-01-01")
    assert result.code == 2
    assert "warning: transactions.csv line 32: order dated after today" in result.out + result.err
    assert "2099-01-01, set aside" in result.out + result.err
