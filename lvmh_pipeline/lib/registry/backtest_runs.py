"""Out-of-time backtests in MLflow: one run ``backtest-<family>-<target>`` per materialization of
``model_backtest``, in an experiment of its own so backtests never mix with the training runs.
"""

from __future__ import annotations

from typing import Any

import mlflow
import numpy as np
import pandas as pd

from lvmh_pipeline.lib.registry import model_card
from lvmh_pipeline.lib.registry.tracking_store import TrackingConfig, client, ensure_experiment

BACKTEST_EXPERIMENT_DESCRIPTION = (
    "Out-of-time backtests (`model_backtest`): one run `backtest-<family>-<target>` per materialization, "
    "per-fold metric next to a naive baseline, the fold table in `backtest/folds.csv`. "
    "Training runs and registered models are in the experiment `{training}`."
)


def log_backtest(config: TrackingConfig, result: Any, *, label_source: str = "transactions") -> str | None:
    """Log a :class:`~.backtest.BacktestResult` as run ``backtest-<family>-<target>`` (tag
    ``kind=backtest``) in the backtest experiment (:attr:`TrackingConfig.backtests`, apart from
    the training runs): the fold dates as params, the per-fold metric and fit time (step = fold
    number), the summary and the total ``fit_seconds`` as metrics, the fold table as
    ``backtest/folds.csv`` and a description of every fold against the baseline. Returns the
    run's UI page (``#/experiments/<id>/runs/<run id>``), or None when no fold was evaluated
    (nothing to log)."""
    table = result.table()
    if table.empty:
        return None
    backtests = config.backtests
    experiment_id = ensure_experiment(backtests, BACKTEST_EXPERIMENT_DESCRIPTION.format(training=config.experiment))
    client(backtests)
    baseline = model_card.BACKTEST_BASELINES.get(result.target, "naive score")
    with mlflow.start_run(experiment_id=experiment_id, run_name=f"backtest-{result.family}-{result.target}",
                          description=model_card.backtest_description(result, baseline)) as run:
        mlflow.set_tags({"kind": "backtest", "family": result.family, "target": result.target,
                         "label_source": label_source})
        mlflow.log_params({f"fold_{k}": f"train {row.train_as_of} → eval {row.eval_as_of}"
                           for k, row in enumerate(table.itertuples())})
        for k, row in enumerate(table.itertuples()):
            values = {f"fold_{result.metric}": row.value, f"fold_baseline_{result.metric}": row.baseline,
                      "fold_fit_seconds": row.fit_seconds}
            mlflow.log_metrics({key: float(v) for key, v in values.items() if pd.notna(v)}, step=k)
        summary = {**result.summary(), "fit_seconds": float(table["fit_seconds"].astype(np.float64).sum())}
        mlflow.log_metrics({key: v for key, v in summary.items() if np.isfinite(v)})
        mlflow.log_text(table.to_csv(index=False), "backtest/folds.csv")
    return f"#/experiments/{experiment_id}/runs/{run.info.run_id}"
