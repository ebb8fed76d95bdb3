"""Registered versions of the client models, found and loaded back: the newest of a family,
the one behind an alias (``champion``, ``previous_champion``), and the pipeline of a version,
downloaded and read only with the project's skops allowlist
(:func:`~lvmh_pipeline.lib.registry.security.load_model`).
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import mlflow
import mlflow.sklearn
from mlflow.entities.model_registry import ModelVersion
from mlflow.exceptions import MlflowException
from mlflow.models import Model
from mlflow.protos.databricks_pb2 import INVALID_PARAMETER_VALUE, RESOURCE_DOES_NOT_EXIST, ErrorCode

from lvmh_pipeline.lib.registry.security import ModelFormatError, load_model
from lvmh_pipeline.lib.registry.tracking_store import CHAMPION_ALIAS, TrackingConfig, client, registered_name

_MISSING = (ErrorCode.Name(RESOURCE_DOES_NOT_EXIST), ErrorCode.Name(INVALID_PARAMETER_VALUE))


def latest_version(config: TrackingConfig, target: str, family: str) -> ModelVersion | None:
    """Newest registered version of ``target`` tagged with ``family``, or ``None``."""
    name = registered_name(target)
    versions = client(config).search_model_versions(f"name='{name}' and tags.family='{family}'")
    return max(versions, key=lambda version: int(version.version), default=None)


def version_by_alias(config: TrackingConfig, target: str, alias: str) -> ModelVersion | None:
    """The version of ``target`` that ``alias`` points to, or ``None`` if unset (also when
    the sqlite store does not exist yet: it is not created just to find it empty)."""
    if config.sqlite_path is not None and not config.sqlite_path.exists():
        return None
    try:
        return client(config).get_model_version_by_alias(registered_name(target), alias)
    except MlflowException as error:
        if error.error_code in _MISSING:
            return None
        raise


def champion_version(config: TrackingConfig, target: str) -> ModelVersion | None:
    """The version of ``target`` behind alias ``champion``, or ``None``."""
    return version_by_alias(config, target, CHAMPION_ALIAS)


def load_version(config: TrackingConfig, target: str, version: int | str) -> Any:
    """Download registered version ``version`` of ``target`` and load its pipeline safely.

    Only skops-serialized models are accepted, and they are loaded with the project's
    allowlist (:func:`~lvmh_pipeline.lib.registry.security.load_model`), never with the type
    list stored in the model's own metadata.
    """
    name = registered_name(target)
    client(config)
    with tempfile.TemporaryDirectory(prefix="lvmh_model_") as tmp:
        local = Path(
            mlflow.artifacts.download_artifacts(
                artifact_uri=f"models:/{name}/{version}",
                dst_path=tmp,
                tracking_uri=config.tracking_uri,
                registry_uri=config.tracking_uri,
            )
        ).resolve()
        flavor = Model.load(str(local / "MLmodel")).flavors.get("sklearn")
        if flavor is None or flavor.get("serialization_format") != mlflow.sklearn.SERIALIZATION_FORMAT_SKOPS:
            raise ModelFormatError(
                f"{name} v{version} is not a skops-serialized sklearn model; refusing to load it"
            )
        model_file = (local / flavor["pickled_model"]).resolve()
        if local not in model_file.parents:
            raise ModelFormatError(
                f"{name} v{version}: model file {flavor['pickled_model']!r} lies outside the model folder"
            )
        return load_model(model_file)
