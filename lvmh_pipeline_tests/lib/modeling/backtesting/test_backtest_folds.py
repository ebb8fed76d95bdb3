"""The folds of the out-of-time backtest (lib/modeling/backtest_folds.py)."""

from datetime import date, timedelta

import pytest

from lvmh_pipeline.lib.modeling.backtesting.backtest_folds import BacktestFold, plan_folds
from lvmh_pipeline.lib.modeling.labeling.labels import Horizons, default_as_of
from lvmh_pipeline_tests.lib.modeling.backtesting.test_backtest import END, START, span_transactions


def test_cutoffs_are_an_expanding_window_with_non_overlapping_label_windows():
    transactions = span_transactions(START, END)
    folds = plan_folds(transactions, n_folds=3)[0]
    latest = default_as_of(transactions)
    assert latest == END - timedelta(days=365)
    # The third fold would train on 2021-01-01 + 0 days of history: dropped.
    assert folds == [BacktestFold(latest - timedelta(days=730), latest - timedelta(days=365)),
                     BacktestFold(latest - timedelta(days=365), latest)]
    for fold in folds:
        assert fold.train_as_of + timedelta(days=Horizons().longest_days) <= fold.eval_as_of
        assert fold.eval_as_of + timedelta(days=Horizons().longest_days) <= END


def test_a_shorter_step_keeps_the_train_to_eval_gap_at_the_longest_window():
    folds = plan_folds(span_transactions(START, END), n_folds=4, step_days=180)[0]
    latest = default_as_of(span_transactions(START, END))
    assert [f.eval_as_of for f in folds] == [latest - timedelta(days=180 * k) for k in (3, 2, 1, 0)]
    assert all((f.eval_as_of - f.train_as_of).days == 365 for f in folds)
    short = Horizons(purchase_days=30, churn_days=60, clv_days=90)
    folds = plan_folds(span_transactions(START, END), short, n_folds=2)[0]
    assert [(f.eval_as_of - f.train_as_of).days for f in folds] == [90, 90]
    assert folds[1].eval_as_of == END - timedelta(days=90)
    assert folds[0].eval_as_of == folds[1].train_as_of


def test_folds_without_enough_history_are_dropped():
    first = date(2023, 1, 1)
    assert plan_folds(span_transactions(first, first + timedelta(days=500)))[0] == []
    transactions = span_transactions(first, first + timedelta(days=365 + 365 + 60))
    assert plan_folds(transactions, n_folds=2)[0] == []  # trains 60 days after the first order
    kept = plan_folds(transactions, n_folds=2, min_history_days=30)[0]
    assert kept == [BacktestFold(first + timedelta(days=60), first + timedelta(days=425))]
    assert plan_folds(transactions.iloc[:0])[0] == []
    with pytest.raises(ValueError):
        plan_folds(transactions, n_folds=0)[0]
