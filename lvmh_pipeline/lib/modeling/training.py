"""Train one model family for every target and record each fitted pipeline in MLflow.

Each run gets the held-out metrics, the training time (``fit_seconds``, the run's start time
set to when training began), a description of what was trained on what, and evaluation plots
drawn on the same held-out clients as the metrics (:mod:`..registry.plots`; a plot that fails
is reported in ``warnings`` and never fails the training). A target that cannot be trained (too
few labelled clients of a class, no positive value) is reported with the reason and the other
targets go on. Imports MLflow: import it inside functions only.
"""

from __future__ import annotations

import logging
import math
import time
import warnings
from dataclasses import dataclass, field

import pandas as pd

from lvmh_pipeline.lib.modeling.labeling.labels import LabelSet
from lvmh_pipeline.lib.modeling.evaluation import PRIMARY_METRIC, TARGETS, is_classification
from lvmh_pipeline.lib.modeling.fitting import TrainedModel, labelled_frame, train_and_evaluate
from lvmh_pipeline.lib.modeling.models import window_days
from lvmh_pipeline.lib.registry.tracking import LoggedModel, log_trained_model
from lvmh_pipeline.lib.registry.tracking_store import TrackingConfig

logger = logging.getLogger(__name__)

TABLE_METRICS: tuple[str, ...] = ("auc", "log_loss", "brier", "calibration_error", "composite", "spearman", "r2",
                                  "mae", "sum_ratio")
INPUT_EXAMPLE_ROWS = 3


@dataclass(frozen=True)
class TargetTraining:
    """What happened to one target: the logged model and its held-out metrics, or why not."""

    target: str
    family: str
    logged: LoggedModel | None = None
    metrics: dict[str, float] = field(default_factory=dict)
    params: dict[str, object] = field(default_factory=dict)
    data_digest: str = ""
    seconds: float = 0.0
    error: str | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def primary_metric(self) -> str:
        return PRIMARY_METRIC[self.target]


def train_family(
    config: TrackingConfig,
    family: str,
    features: pd.DataFrame,
    labels: LabelSet,
    *,
    seed: int = 42,
    test_size: float = 0.25,
    targets: tuple[str, ...] = TARGETS,
) -> list[TargetTraining]:
    """Fit ``family`` for each target on the training split, measure it on the held-out split,
    log it (run ``<family>-<target>``, new registered version); one result per target."""
    results = []
    for target in targets:
        started_at = time.time()
        started = time.perf_counter()
        try:
            trained = train_and_evaluate(family, target, features, labels, seed=seed, test_size=test_size)
        except ValueError as error:
            results.append(TargetTraining(target, family, error=str(error)))
            continue
        fit_seconds = time.perf_counter() - started
        problems: list[str] = []
        artifacts = _evaluation_artifacts(trained, features, labels, seed, problems)
        with warnings.catch_warnings():
            # MLflow's hint about the classifiers' integer *output* (0/1 labels) in the signature
            warnings.filterwarnings("ignore", message="Hint: Inferred schema contains integer", category=UserWarning)
            logged = log_trained_model(
                config, target=target, family=family, pipeline=trained.pipeline, params=trained.params,
                metrics=trained.metrics, feature_columns=trained.feature_columns,
                data_digest=trained.data_digest, label_source=labels.source,
                input_example=_input_example(features, trained.feature_columns),
                as_of=labels.as_of, horizons=labels.horizons, fit_seconds=fit_seconds, started_at=started_at,
                artifacts=artifacts, extra_tags=horizon_tags(target, labels),
            )
        results.append(TargetTraining(target, family, logged, trained.metrics, trained.params,
                                      trained.data_digest, fit_seconds, warnings=problems))
    return results


def horizon_tags(target: str, labels: LabelSet) -> dict[str, str]:
    """Version tags saying which window the labels had and which horizon the outputs are for
    (``label_days``, ``horizon_days``, ``horizon_method`` and, when the window was shortened, the
    ``horizon_carrier`` rate model that rescales outputs to the horizon); none for labels from a file."""
    if labels.horizons is None:
        return {}
    tags = {
        "label_days": str(window_days(target, labels.horizons)),
        "horizon_days": str(window_days(target, labels.asked)),
        "horizon_method": str(labels.plan.get("horizon_method", "observed")),
    }
    if labels.plan.get("horizon_carrier"):
        tags["horizon_carrier"] = str(labels.plan["horizon_carrier"])
    if target == "clv" or labels.plan.get("priors"):
        from lvmh_pipeline.lib.modeling.labeling.windows import prior_tags

        priors = dict(labels.plan.get("priors") or {})
        if target != "clv":
            priors.pop("gamma_gamma", None)
        tags.update(prior_tags(priors))
    return tags


def _evaluation_artifacts(trained: TrainedModel, features: pd.DataFrame, labels: LabelSet, seed: int,
                          problems: list[str]) -> dict[str, bytes]:
    """The plots of :func:`..registry.plots.evaluation_artifacts` on the held-out clients the
    metrics were measured on, from the scores the metrics were computed from (no second
    prediction); empty (and the reason in ``problems``) if they cannot be drawn."""
    try:
        from lvmh_pipeline.lib.registry.plots import evaluation_artifacts

        from lvmh_pipeline.lib.modeling.evaluation import purchase_frequency

        frame, y = labelled_frame(features, labels, trained.target)
        held_out = frame["client_id"].astype(str).isin(set(map(str, trained.validation_client_ids))).to_numpy()
        predicted = None
        if trained.validation_predictions is not None:  # the metrics' scores, in this frame's row order
            by_client = pd.Series(trained.validation_predictions, index=list(map(str, trained.validation_client_ids)))
            predicted = by_client.reindex(frame.loc[held_out, "client_id"].astype(str)).to_numpy(dtype=float)
        return evaluation_artifacts(trained.pipeline, trained.target, trained.family,
                                    frame.loc[held_out, trained.feature_columns], y[held_out], seed=seed,
                                    frequency=purchase_frequency(frame.loc[held_out]), predicted=predicted)
    except Exception as error:  # plots are a reading aid: never fail a training run for them
        message = f"{trained.family} {trained.target}: evaluation plots not drawn: {type(error).__name__}: {error}"
        logger.warning(message)
        problems.append(message)
        return {}


def _input_example(features: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    """First rows of the model's inputs, numbers as float64 (the logged signature then accepts
    missing values, which an integer column could not)."""
    example = features[columns].head(INPUT_EXAMPLE_ROWS).copy()
    numeric = example.select_dtypes("number").columns
    example[numeric] = example[numeric].astype("float64")
    return example


def training_table(results: list[TargetTraining]) -> pd.DataFrame:
    """One row per target: version, held-out metrics, sizes, fit time, status."""
    rows = []
    for r in results:
        row: dict[str, object] = {"target": r.target, "version": r.logged.version if r.logged else None}
        relevant = [m for m in TABLE_METRICS
                    if (m in ("composite", "spearman", "r2", "mae", "sum_ratio")) != is_classification(r.target)]
        for metric in TABLE_METRICS:
            value = r.metrics.get(metric) if metric in relevant else None
            row[metric] = round(value, 4) if value is not None and math.isfinite(value) else None
        row["n_train"] = r.params.get("n_train")
        row["n_validation"] = r.params.get("n_validation")
        row["fit_seconds"] = round(r.seconds, 1) if r.logged else None
        row["status"] = "trained" if r.logged else f"not trained: {r.error}"
        rows.append(row)
    return pd.DataFrame(rows)
