"""The warehouse IO manager writes empty outputs: an empty partition is a real partition."""

# No `from __future__ import annotations`: Dagster reads the context and config annotations unevaluated.

import dagster as dg
import duckdb
import pandas as pd

from lvmh_pipeline.defs.resources import WarehouseIOManager

PARTS = dg.DynamicPartitionsDefinition(name="test_days")


@dg.asset(partitions_def=PARTS, metadata={"partition_expr": "day"})
def rows(context: dg.AssetExecutionContext) -> pd.DataFrame:
    n = 0 if context.partition_key == "empty" else 2
    return pd.DataFrame({
        "name": pd.Series(["a"] * n, dtype=object),
        "count": pd.Series(range(n), dtype="int64"),
        "share": pd.Series([0.5] * n, dtype="float64"),
        "flag": pd.Series([True] * n, dtype=bool),
        "day": pd.Series([context.partition_key] * n, dtype=object),
    })


@dg.asset(partitions_def=PARTS, metadata={"partition_expr": "day"})
def doubled(rows: pd.DataFrame) -> pd.DataFrame:
    return rows.assign(count=rows["count"] * 2)


class TagsConfig(dg.Config):
    empty: bool = False


@dg.asset
def tags(config: TagsConfig) -> pd.DataFrame:
    n = 0 if config.empty else 1
    return pd.DataFrame({"client": pd.Series(["c"] * n, dtype=object), "tags": pd.Series([["x", "y"]] * n, dtype=object)})


def _types(db: duckdb.DuckDBPyConnection, table: str) -> dict[str, str]:
    return dict(db.execute("select column_name, data_type from information_schema.columns "
                           "where table_schema = 'lvmh' and table_name = ?", [table]).fetchall())


def test_an_empty_first_partition_creates_typed_tables_and_downstream_runs(tmp_path):
    database = str(tmp_path / "warehouse.duckdb")
    resources = {"io_manager": WarehouseIOManager(database=database, schema="lvmh")}
    with dg.DagsterInstance.ephemeral() as instance:
        instance.add_dynamic_partitions(PARTS.name, ["empty", "full"])
        for key in ("empty", "full", "empty"):
            result = dg.materialize([rows, doubled], partition_key=key, instance=instance, resources=resources)
            assert result.success
    with duckdb.connect(database, read_only=True) as db:
        assert _types(db, "rows") == {"name": "VARCHAR", "count": "BIGINT", "share": "DOUBLE", "flag": "BOOLEAN",
                                      "day": "VARCHAR"}
        assert db.sql("select day, count(*) from lvmh.doubled group by 1").fetchall() == [("full", 2)]


def test_a_table_first_written_empty_gets_its_real_types_later(tmp_path):
    database = str(tmp_path / "warehouse.duckdb")
    resources = {"io_manager": WarehouseIOManager(database=database, schema="lvmh")}
    for empty in (True, False):
        config = dg.RunConfig({"tags": TagsConfig(empty=empty)})
        assert dg.materialize([tags], resources=resources, run_config=config).success
    with duckdb.connect(database, read_only=True) as db:
        assert _types(db, "tags")["tags"] == "VARCHAR[]"
        assert db.sql("select tags from lvmh.tags").fetchall() == [(["x", "y"],)]
