"""The out-of-time backtest (lib/modeling/backtest.py): what it learns, what it reports, what it never sees."""

from dataclasses import dataclass, replace
from datetime import date, timedelta

import numpy as np
import pandas as pd
import pytest

from lvmh_pipeline.lib.modeling.backtesting.backtest import PREDICTIONS_COLUMNS, TABLE_COLUMNS, fold_data, run_backtest
from lvmh_pipeline.lib.modeling.backtesting.backtest_folds import BacktestFold, plan_folds
from lvmh_pipeline.lib.concepts.extraction import extract_note_concepts
from lvmh_pipeline.lib.ingestion.notes import ingest_partition, unique_notes
from lvmh_pipeline.lib.modeling.labeling.label_files import read_transactions
from lvmh_pipeline.lib.modeling.labeling.labels import default_as_of
from lvmh_pipeline.lib.synthetic import generate_dataset
from lvmh_pipeline.lib.ingestion.uploads import scan_uploads

START = date(2021, 1, 1)
END = date(2024, 12, 31)
TX_COLUMNS = ["client_id", "order_id", "date", "product_id", "quantity", "amount"]
FILLER = [("handbag", "product_type"), ("black", "color"), ("silk", "material"), ("golf", "hobby")]


@dataclass
class History:
    notes: pd.DataFrame
    concepts: pd.DataFrame
    transactions: pd.DataFrame
    keen: pd.Series  # client_id -> planted trait


def history_world(n_clients: int = 300, seed: int = 0) -> History:
    """Four years of clients: keen ones order every ~45 days, the others every ~400; a keen
    client's first note says ``ready_to_buy``, another's ``hesitant``. Notes start at
    acquisition, so every cutoff sees the concept."""
    rng = np.random.default_rng(seed)
    notes, concepts, orders = [], [], []
    keen = {}
    for i in range(n_clients):
        cid = f"C{i:04d}"
        keen[cid] = bool(rng.random() < 0.4)
        acquired = START + timedelta(days=int(rng.integers(0, 300)))
        note_days = [acquired] + [acquired + timedelta(days=int(d))
                                  for d in rng.integers(1, (END - acquired).days, rng.integers(0, 3))]
        for k, day in enumerate(sorted(note_days)):
            nid = f"{cid}-n{k}"
            notes.append((nid, cid, day.isoformat(), "EN", "note text " * (k + 1)))
            filler, category = FILLER[int(rng.integers(len(FILLER)))]
            concepts.append((nid, cid, day.isoformat(), filler, category, False, 0))
            if k == 0:
                concept = "ready_to_buy" if keen[cid] else "hesitant"
                concepts.append((nid, cid, day.isoformat(), concept, "intent", False, 10))
        gap = 45 if keen[cid] else 400
        life = (END - acquired).days
        for k, offset in enumerate(sorted(rng.integers(0, life + 1, rng.poisson(life / gap)))):
            amount = float(rng.lognormal(7.5 + 0.5 * keen[cid], 0.4))
            orders.append((cid, f"{cid}-o{k}", acquired + timedelta(days=int(offset)), "p1", 1.0, amount))
    orders.append(("C0000", "C0000-first", START, "p1", 1.0, 100.0))
    orders.append(("C0000", "C0000-last", END, "p1", 1.0, 100.0))
    transactions = pd.DataFrame(orders, columns=TX_COLUMNS).assign(date=lambda d: pd.to_datetime(d["date"]))
    return History(
        notes=pd.DataFrame(notes, columns=["note_id", "client_id", "note_date", "language", "text"]),
        concepts=pd.DataFrame(concepts, columns=["note_id", "client_id", "note_date", "concept", "category",
                                                 "negated", "span_start"]),
        transactions=transactions,
        keen=pd.Series(keen),
    )


def span_transactions(first: date, last: date) -> pd.DataFrame:
    return pd.DataFrame([("A", "o1", first, "p", 1.0, 10.0), ("B", "o2", last, "p", 1.0, 10.0)],
                        columns=TX_COLUMNS).assign(date=lambda d: pd.to_datetime(d["date"]))


@pytest.fixture(scope="module")
def world() -> History:
    return history_world()


@pytest.fixture(scope="module")
def folds(world: History) -> list[BacktestFold]:
    return plan_folds(world.transactions, n_folds=2)[0]


def run(world: History, folds, family: str = "fast", target: str = "purchase", **kwargs):
    return run_backtest(family, target, world.notes, world.concepts, world.transactions, folds, seed=3, **kwargs)


def test_backtest_learns_the_planted_signal_and_reports_every_column(world, folds):
    assert len(folds) == 2
    result = run(world, folds)
    table = result.table()
    assert list(table.columns) == TABLE_COLUMNS and len(table) == 2 and not result.skipped
    assert table["train_as_of"].tolist() == [f.train_as_of for f in folds]
    assert table["eval_as_of"].tolist() == [f.eval_as_of for f in folds]
    assert (table["value"] > 0.75).all(), table
    assert (table["metric"] == "auc").all() and table[["log_loss", "brier"]].notna().all().all()
    assert table[["r2", "mae"]].isna().all().all()
    assert (table["n_eval"] > 200).all() and (table["train_positives"] >= 4).all()
    assert (table["fit_seconds"] > 0).all()
    predictions = result.predictions()
    assert list(predictions.columns) == PREDICTIONS_COLUMNS and len(predictions) == table["n_eval"].sum()
    assert predictions["predicted"].between(0, 1).all()
    summary = result.summary()
    assert summary["backtest_folds"] == 2 and summary["backtest_skipped_folds"] == 0
    assert summary["backtest_auc"] == pytest.approx(table["value"].mean())
    assert summary["backtest_baseline_auc"] == pytest.approx(table["baseline"].mean())
    assert summary["backtest_baseline_auc"] > 0.6  # recency carries signal too: the baseline is real


@pytest.mark.parametrize(("target", "metric", "floor"), [("churn", "auc", 0.7), ("clv", "spearman", 0.3)])
def test_churn_and_clv_backtests(world, folds, target, metric, floor):
    result = run(world, folds, family="fast", target=target)
    table = result.table()
    assert len(table) == 2 and (table["metric"] == metric).all()
    assert (table["value"] > floor).all(), table
    summary = result.summary()
    assert set(summary) == {"backtest_folds", "backtest_skipped_folds", f"backtest_{metric}",
                            f"backtest_baseline_{metric}"}
    if target == "clv":
        assert table[["r2", "mae"]].notna().all().all() and table[["log_loss", "brier"]].isna().all().all()
        assert (result.predictions()["predicted"] >= 0).all()


def test_elite_backtest_runs_on_the_same_folds(world, folds):
    table = run(world, folds[-1:], family="elite").table()
    assert len(table) == 1 and table["value"].iloc[0] > 0.75


def test_a_fold_with_too_few_positives_is_skipped_with_its_reason(world, folds):
    old = folds[0]
    t = pd.Timestamp(old.train_as_of)
    dates = world.transactions["date"]
    in_window = dates.gt(t) & dates.le(t + pd.Timedelta(days=90))
    buyers = world.transactions.loc[in_window & world.transactions["amount"].gt(0), "client_id"].unique()[:3]
    keep = ~in_window | world.transactions["client_id"].isin(buyers)
    thin = replace(world, transactions=world.transactions[keep].reset_index(drop=True))
    result = run(thin, folds)
    assert len(result.table()) == 1 and result.table()["train_as_of"].iloc[0] == folds[1].train_as_of
    [(fold, reason)] = result.skipped
    assert fold == old and reason.startswith(f"training labels at {old.train_as_of}: ")
    assert "need at least 4 labelled clients of each class" in reason and reason.endswith("and 3 positives")
    assert result.summary()["backtest_skipped_folds"] == 1

    dates = thin.transactions["date"]
    no_spend = replace(thin, transactions=thin.transactions[~(dates.gt(t) & dates.le(
        t + pd.Timedelta(days=365)))].reset_index(drop=True))
    clv = run(no_spend, folds[:1], target="clv")
    assert clv.table().empty and "positive lifetime value" in clv.skipped[0][1]
    assert clv.summary() == {"backtest_folds": 0.0, "backtest_skipped_folds": 1.0}


def _scale_orders(world: History, after: date, factor: float = 3.0, drop_every: int = 3) -> History:
    """Orders after ``after`` changed: amounts multiplied, every ``drop_every``-th one removed."""
    tx = world.transactions
    later = tx["date"].gt(pd.Timestamp(after))
    changed = tx.assign(amount=tx["amount"].where(~later, tx["amount"] * factor))
    drop = later & (np.arange(len(tx)) % drop_every == 0)
    return replace(world, transactions=changed[~drop].reset_index(drop=True))


def _alter_notes(world: History, after: date) -> History:
    """Every concept dated after ``after`` becomes ``ready_to_buy``."""
    later = pd.to_datetime(world.concepts["note_date"]).gt(pd.Timestamp(after))
    assert later.any()
    return replace(world, concepts=world.concepts.assign(
        concept=world.concepts["concept"].where(~later, "ready_to_buy"),
        category=world.concepts["category"].where(~later, "intent")))


def _without_timing(table: pd.DataFrame) -> pd.DataFrame:
    return table.drop(columns="fit_seconds")


def test_data_after_a_folds_evaluation_windows_never_changes_that_fold(world, folds):
    old, new = folds
    assert old.eval_as_of == new.train_as_of
    base = run(world, folds, target="clv")
    after_old = old.eval_as_of + timedelta(days=365)
    changed = _alter_notes(_scale_orders(world, after_old), after_old)
    result = run(changed, folds, target="clv")
    pd.testing.assert_frame_equal(_without_timing(base.table()).iloc[:1], _without_timing(result.table()).iloc[:1])
    preds, base_preds = result.predictions(), base.predictions()
    pd.testing.assert_frame_equal(preds[preds["eval_as_of"] == old.eval_as_of],
                                  base_preds[base_preds["eval_as_of"] == old.eval_as_of])
    # The newer fold's outcomes are those orders: its metrics move, so the change was seen at all.
    assert not np.isclose(base.table()["mae"].iloc[1], result.table()["mae"].iloc[1])


def test_outcomes_after_the_evaluation_date_change_only_the_measured_side(world, folds):
    new = folds[-1]
    base = run(world, [new], target="clv")
    changed = _scale_orders(world, new.eval_as_of)
    result = run(changed, [new], target="clv")
    before, after = base.predictions(), result.predictions()
    np.testing.assert_array_equal(before["client_id"], after["client_id"])
    np.testing.assert_allclose(before["predicted"], after["predicted"])  # same model, same eval features
    np.testing.assert_allclose(before["baseline_score"], after["baseline_score"])
    assert not np.allclose(before["actual"], after["actual"])
    assert base.table()["value"].iloc[0] != result.table()["value"].iloc[0]


def test_training_side_uses_only_data_dated_up_to_its_cutoffs(world, folds):
    fold = folds[-1]
    base = fold_data(world.notes, world.concepts, world.transactions, fold)
    changed = _alter_notes(_scale_orders(world, fold.eval_as_of), fold.train_as_of)
    data = fold_data(changed.notes, changed.concepts, changed.transactions, fold)
    pd.testing.assert_frame_equal(base.train_features, data.train_features)
    pd.testing.assert_frame_equal(base.train_labels.frame, data.train_labels.frame)
    assert not base.eval_features.equals(data.eval_features)  # the notes changed were seen at evaluation
    assert not base.eval_labels.frame.equals(data.eval_labels.frame)
    moved = _scale_orders(world, fold.train_as_of)  # orders in the training label windows
    moved_data = fold_data(moved.notes, moved.concepts, moved.transactions, fold)
    pd.testing.assert_frame_equal(base.train_features, moved_data.train_features)
    assert not base.train_labels.frame.equals(moved_data.train_labels.frame)
    assert data.train_labels.as_of == fold.train_as_of and data.eval_labels.as_of == fold.eval_as_of


def test_prepared_fold_data_gives_the_same_result(world, folds):
    prepared = [fold_data(world.notes, world.concepts, world.transactions, f) for f in folds]
    a = run(world, folds, target="churn")
    b = run_backtest("fast", "churn", world.notes.iloc[:0], world.concepts.iloc[:0], world.transactions.iloc[:0],
                     folds, seed=3, prepared=prepared)
    pd.testing.assert_frame_equal(_without_timing(a.table()), _without_timing(b.table()))


def test_unknown_family_or_target_is_an_error(world, folds):
    with pytest.raises(ValueError, match="family"):
        run(world, folds, family="turbo")
    with pytest.raises(ValueError, match="target"):
        run(world, folds, target="upsell")


def test_backtest_on_the_generated_demo_data(tmp_path):
    generate_dataset(tmp_path, n_clients=150, seed=1)
    uploads = tmp_path / "uploads"
    notes = unique_notes(pd.concat([ingest_partition(uploads / day, data_dir=tmp_path, upload_date=day).notes
                                    for day in scan_uploads(uploads).dates], ignore_index=True))
    concepts = extract_note_concepts(notes)
    transactions = read_transactions(tmp_path / "transactions.csv").transactions
    folds = plan_folds(transactions, n_folds=2, step_days=180)[0]
    assert len(folds) == 2 and folds[-1].eval_as_of == default_as_of(transactions)
    prepared = [fold_data(notes, concepts, transactions, fold) for fold in folds]
    fast = run_backtest("fast", "purchase", notes, concepts, transactions, folds, prepared=prepared)
    assert not fast.skipped and len(fast.table()) == 2  # RFM: trainable before the first note
    elite = run_backtest("elite", "clv", notes, concepts, transactions, folds, prepared=prepared).table()
    assert len(elite) == 2 and (elite["n_eval"] > elite["n_train"]).all()
    assert (elite["value"] > 0.3).all() and (elite["baseline"] > 0.3).all(), elite
