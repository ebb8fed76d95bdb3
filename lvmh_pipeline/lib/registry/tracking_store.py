"""The MLflow store the registry works in: where runs, registered models and artifacts live.

:class:`TrackingConfig` names the store (an absolute sqlite URI and artifact location) and the
experiment; :func:`client` opens it (a new sqlite store is seeded from a template,
:mod:`.store`); :func:`ensure_experiment` creates or restores the experiment. The registered
model of each target (:func:`registered_name`), the model families and the champion aliases
are named here for every module of the registry. Logging a trained model is :mod:`.tracking`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from pathlib import Path

import mlflow
from mlflow import MlflowClient
from mlflow.exceptions import MlflowException
from mlflow.utils.mlflow_tags import MLFLOW_RUN_NOTE
from mlflow.protos.databricks_pb2 import RESOURCE_ALREADY_EXISTS, ErrorCode

from lvmh_pipeline.lib.registry.store import seed_sqlite_store


logger = logging.getLogger(__name__)

DEFAULT_EXPERIMENT = "lvmh_client_models"
BACKTEST_SUFFIX = "_backtests"
REGISTERED_MODELS: dict[str, str] = {"purchase": "lvmh_purchase", "churn": "lvmh_churn", "clv": "lvmh_clv",
                                     "purchases": "lvmh_purchases"}
FAMILIES: tuple[str, ...] = ("fast", "elite", "bgnbd", "pnbd")
CHAMPION_ALIAS = "champion"
PREVIOUS_CHAMPION_ALIAS = "previous_champion"


@dataclass(frozen=True)
class TrackingConfig:
    """Where runs, registered models and model artifacts live.

    ``tracking_uri`` is used for both tracking and the model registry; a sqlite URI must be
    absolute (``sqlite:////abs/path/mlflow.db``) and ``artifact_location`` an absolute URI
    (``file:///abs/path/artifacts``), so nothing depends on the working directory.
    """

    tracking_uri: str
    artifact_location: str
    experiment: str = DEFAULT_EXPERIMENT

    def __post_init__(self) -> None:
        if self.tracking_uri.startswith("sqlite:") and not self.tracking_uri.startswith("sqlite:////"):
            raise ValueError(
                f"sqlite tracking URI must be absolute (sqlite:////abs/path.db): {self.tracking_uri!r}"
            )
        scheme, separator, rest = self.artifact_location.partition("://")
        if not separator or not scheme or (scheme == "file" and not rest.startswith("/")):
            raise ValueError(
                f"artifact_location must be an absolute URI such as file:///abs/path: {self.artifact_location!r}"
            )
        if not self.experiment:
            raise ValueError("experiment name must not be empty")

    @classmethod
    def from_paths(
        cls, db_path: Path | str, artifact_dir: Path | str, experiment: str = DEFAULT_EXPERIMENT
    ) -> TrackingConfig:
        """Config for a local sqlite DB file and artifact folder (paths made absolute)."""
        db = Path(db_path).expanduser().resolve()
        return cls(f"sqlite:///{db}", Path(artifact_dir).expanduser().resolve().as_uri(), experiment)

    @property
    def backtests(self) -> TrackingConfig:
        """The same store with the backtest experiment ``<experiment>_backtests``, whose
        artifacts live in the ``backtests`` folder of the artifact location."""
        return replace(self, experiment=f"{self.experiment}{BACKTEST_SUFFIX}",
                       artifact_location=f"{self.artifact_location.rstrip('/')}/backtests")

    @property
    def sqlite_path(self) -> Path | None:
        """The database file of a sqlite tracking URI, else ``None``."""
        if not self.tracking_uri.startswith("sqlite:///"):
            return None
        return Path(self.tracking_uri[len("sqlite:///"):])


def registered_name(target: str) -> str:
    """Registered model name of a target; raises ``ValueError`` for an unknown target."""
    try:
        return REGISTERED_MODELS[target]
    except KeyError:
        raise ValueError(f"unknown target {target!r}; expected one of {sorted(REGISTERED_MODELS)}") from None


def client(config: TrackingConfig) -> MlflowClient:
    """An MLflow client on the config's store, also made the process-wide default.

    The fluent API (``start_run``, ``log_model``) reads the global URIs, hence the side effect.
    """
    db = config.sqlite_path
    if db is not None:
        db.parent.mkdir(parents=True, exist_ok=True)
        seed_sqlite_store(db)
    mlflow.set_tracking_uri(config.tracking_uri)
    mlflow.set_registry_uri(config.tracking_uri)
    return MlflowClient(tracking_uri=config.tracking_uri, registry_uri=config.tracking_uri)


def ensure_experiment(config: TrackingConfig, description: str | None = None) -> str:
    """Id of the config's experiment, created (or restored if deleted) when needed; with
    ``description``, also the experiment's description in the UI (set when it differs)."""
    experiment_id = _ensure_experiment(config)
    if description:
        mlflow_client = client(config)
        current = mlflow_client.get_experiment(experiment_id).tags.get(MLFLOW_RUN_NOTE)
        if current != description:
            mlflow_client.set_experiment_tag(experiment_id, MLFLOW_RUN_NOTE, description)
    return experiment_id


def _ensure_experiment(config: TrackingConfig) -> str:
    mlflow_client = client(config)
    experiment = mlflow_client.get_experiment_by_name(config.experiment)
    if experiment is None:
        try:
            return mlflow_client.create_experiment(
                config.experiment, artifact_location=config.artifact_location
            )
        except MlflowException as error:
            if error.error_code != ErrorCode.Name(RESOURCE_ALREADY_EXISTS):
                raise
            experiment = mlflow_client.get_experiment_by_name(config.experiment)
            assert experiment is not None
    if experiment.lifecycle_stage == "deleted":
        mlflow_client.restore_experiment(experiment.experiment_id)
    if experiment.artifact_location.rstrip("/") != config.artifact_location.rstrip("/"):
        logger.warning(
            "experiment %s keeps its artifacts in %s, not in the configured %s",
            config.experiment,
            experiment.artifact_location,
            config.artifact_location,
        )
    return experiment.experiment_id
