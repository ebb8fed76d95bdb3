"""A small tracking layer over MLflow: one run and one registered version per trained model.

Every trained pipeline becomes a run ``<family>-<target>`` in the experiment
``lvmh_client_models`` (params, held-out metrics, ``fit_seconds``, tags, the feature list as a
JSON artifact, evaluation plots under ``plots/``, a description saying what was trained on what,
and a start time set to when training began, so the run's duration covers the fit) and a new
version of the registered model of its target, tagged with its family, label source and data
digest and described in words (:mod:`.model_card`), as is the registered model itself.
Backtests go to their own experiment, ``lvmh_client_models_backtests``, so they never mix
with the training runs. Models are stored with skops and read back only through
:func:`lvmh_pipeline.lib.registry.security.load_model`: MLflow's own sklearn loader trusts the
type list written inside the model's ``MLmodel`` file (a crafted model can widen it) and needs
``MLFLOW_ALLOW_PICKLE_DESERIALIZATION``, so :func:`~.versions.load_version` downloads the artifact and
applies the project's allowlist instead (:mod:`.versions`). Backtests are logged by
:mod:`.backtest_runs`. The store itself (:class:`~.tracking_store.TrackingConfig`, the client, the
experiments, the registered-model names) is :mod:`.tracking_store`.
"""

from __future__ import annotations

import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import mlflow
import mlflow.sklearn
import numpy as np
import pandas as pd
import skops
import sklearn
from mlflow.utils.mlflow_tags import MLFLOW_RUN_NOTE

from lvmh_pipeline.lib.common.threads import single_threaded
from lvmh_pipeline.lib.modeling.labeling.labels import Horizons
from lvmh_pipeline.lib.registry import model_card
from lvmh_pipeline.lib.registry.model_writing import compact_skops_schema, skip_serving_check
from lvmh_pipeline.lib.registry.security import TRUSTED_TYPES, import_skops_io
from lvmh_pipeline.lib.registry.tracking_store import FAMILIES, TrackingConfig, client, ensure_experiment, registered_name

MODEL_NAME = "model"
FEATURES_ARTIFACT = "features/feature_columns.json"

PIP_REQUIREMENTS: tuple[str, ...] = (
    f"mlflow=={mlflow.__version__}",
    f"scikit-learn=={sklearn.__version__}",
    f"skops=={skops.__version__}",
    f"numpy=={np.__version__}",
    f"pandas=={pd.__version__}",
)


@dataclass(frozen=True)
class LoggedModel:
    """What :func:`log_trained_model` recorded: the run, the model and its registered version.

    Not to be confused with MLflow's own ``mlflow.entities.LoggedModel``, whose id is
    ``model_id`` here.
    """

    target: str
    family: str
    run_id: str
    experiment_id: str
    model_id: str
    model_uri: str
    registered_model: str
    version: int

    @property
    def run_model_uri(self) -> str:
        """``runs:/<run_id>/model``, the run-relative URI of the logged model."""
        return f"runs:/{self.run_id}/{MODEL_NAME}"

    @property
    def version_uri(self) -> str:
        """``models:/<registered name>/<version>``."""
        return f"models:/{self.registered_model}/{self.version}"

    @property
    def run_page(self) -> str:
        """Path of the run's page in the MLflow UI, to append to the UI's base URL."""
        return f"#/experiments/{self.experiment_id}/runs/{self.run_id}"

    @property
    def version_page(self) -> str:
        """Path of the registered version's page in the MLflow UI."""
        return f"#/models/{self.registered_model}/versions/{self.version}"


TRAINING_EXPERIMENT_DESCRIPTION = (
    "Training runs of the client models: one run `<family>-<target>` (fast / elite / bgnbd / pnbd × purchase, "
    "churn, clv, purchases) per fit, with its held-out metrics, `fit_seconds`, evaluation plots under `plots/` "
    "and the model (skops), registered as lvmh_purchase / lvmh_churn / lvmh_clv / lvmh_purchases. The label "
    "window and the asked horizon are params and version tags (`label_days`, `horizon_days`). Champion decisions are in "
    "`selection/comparison.md` of the compared runs; out-of-time backtests are in the experiment `{backtests}`."
)


def log_trained_model(
    config: TrackingConfig,
    *,
    target: str,
    family: str,
    pipeline: Any,
    params: dict[str, Any],
    metrics: dict[str, float],
    feature_columns: list[str],
    data_digest: str,
    label_source: str,
    input_example: pd.DataFrame | None = None,
    as_of: date | str | None = None,
    horizons: Horizons | None = None,
    fit_seconds: float | None = None,
    started_at: float | None = None,
    artifacts: Mapping[str, bytes] | None = None,
    extra_tags: Mapping[str, str] | None = None,
) -> LoggedModel:
    """Log one fitted pipeline as run ``<family>-<target>`` and register it as a new version.

    Params, metrics (``None`` values skipped) and tags go to the run; the feature list to the
    artifact ``features/feature_columns.json``; the pipeline is stored with skops and the
    project's trusted types, registered under ``REGISTERED_MODELS[target]``, and the version
    is tagged ``family``, ``target``, ``label_source`` and ``data_digest``.

    The run, the version and the registered model get descriptions (:mod:`.model_card`: the
    target and its label window from ``horizons``, the label source and ``as_of``, the family,
    the feature groups, the held-out metrics). ``fit_seconds`` is logged as a run metric (not a
    model-quality metric, so not linked to the logged model); ``started_at`` (``time.time()``
    when training began) becomes the run's start time; ``artifacts`` (path → bytes, e.g. the
    PNG plots of :mod:`.plots`) are stored in the run.
    """
    name = registered_name(target)
    if family not in FAMILIES:
        raise ValueError(f"unknown model family {family!r}; expected one of {FAMILIES}")
    if not data_digest or not label_source:
        raise ValueError("data_digest and label_source must be non-empty")
    tags = {"family": family, "target": target, "label_source": label_source, "data_digest": data_digest,
            **{str(k): str(v) for k, v in (extra_tags or {}).items()}}
    clean_metrics = {key: float(value) for key, value in metrics.items() if value is not None}
    description = model_card.version_description(
        target=target, family=family, label_source=label_source, feature_columns=list(feature_columns),
        metrics=clean_metrics, params=params, as_of=as_of, horizons=horizons, fit_seconds=fit_seconds,
        data_digest=data_digest,
    )
    experiment_id = ensure_experiment(config, TRAINING_EXPERIMENT_DESCRIPTION.format(
        backtests=config.backtests.experiment))
    mlflow_client = client(config)
    run_name = f"{family}-{target}"
    run_tags = {**tags, "kind": "training", "n_features": str(len(feature_columns))}
    created = mlflow_client.create_run(
        experiment_id,
        start_time=int(started_at * 1000) if started_at is not None else None,
        tags=_resolved_tags({**run_tags, MLFLOW_RUN_NOTE: description, "mlflow.runName": run_name}),
        run_name=run_name,
    )
    with mlflow.start_run(run_id=created.info.run_id) as run:
        if params:
            mlflow.log_params(params)
        mlflow.log_dict({"feature_columns": list(feature_columns)}, FEATURES_ARTIFACT)
        if artifacts:
            _log_bytes(artifacts)
        # MLflow predicts the input example for the signature on one OpenMP / BLAS thread; skops.io
        # is imported without torch; the schema is written unindented and the model is not
        # reloaded a second time for MLflow's serving check (:mod:`.model_writing`)
        import_skops_io()
        with single_threaded(), compact_skops_schema(), skip_serving_check():
            info = mlflow.sklearn.log_model(
                pipeline,
                name=MODEL_NAME,
                serialization_format=mlflow.sklearn.SERIALIZATION_FORMAT_SKOPS,
                skops_trusted_types=list(TRUSTED_TYPES),
                pip_requirements=list(PIP_REQUIREMENTS),
                registered_model_name=name,
                input_example=input_example,
                tags=tags,
            )
        if clean_metrics:
            # linked to the logged model so the registry's version page shows them too
            mlflow.log_metrics(clean_metrics, model_id=info.model_id)
        if fit_seconds is not None:
            # through the client: the fluent call would link it to the logged model (a time, not a quality)
            mlflow_client.log_metric(run.info.run_id, "fit_seconds", float(fit_seconds))
    version = int(info.registered_model_version)
    for key, value in tags.items():
        mlflow_client.set_model_version_tag(name, str(version), key, value)
    mlflow_client.update_model_version(name, str(version), description=f"{description}\n\nTraining run: `{run_name}` "
                                       f"(`{run.info.run_id}`).")
    mlflow_client.update_registered_model(name, description=model_card.registered_model_description(
        target, name, horizons=horizons))
    return LoggedModel(
        target=target,
        family=family,
        run_id=run.info.run_id,
        experiment_id=experiment_id,
        model_id=info.model_id,
        model_uri=info.model_uri,
        registered_model=name,
        version=version,
    )


def _resolved_tags(tags: dict[str, str]) -> dict[str, str]:
    """``tags`` plus the context tags (user, source) that ``mlflow.start_run`` adds to a new run."""
    try:
        from mlflow.tracking.context import registry as context_registry
    except ImportError:  # pragma: no cover - internal module moved in some MLflow version
        return tags
    return context_registry.resolve_tags(tags)


def _log_bytes(artifacts: Mapping[str, bytes]) -> None:
    """Write each ``path → content`` under a temporary folder and log them in the active run."""
    with tempfile.TemporaryDirectory(prefix="lvmh_artifacts_") as tmp:
        root = Path(tmp)
        for relative, content in artifacts.items():
            path = (root / relative).resolve()
            if root.resolve() not in path.parents:
                raise ValueError(f"artifact path {relative!r} leaves the run's artifact folder")
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content)
        mlflow.log_artifacts(str(root))
