"""Empty outputs create typed tables; the first real write re-creates an empty table."""

import dagster as dg
import duckdb
import pandas as pd

from lvmh_pipeline.defs.resources import WarehouseIOManager


def test_empty_then_real_output(tmp_path):
    database = str(tmp_path / "w.duckdb")
    frames = iter([pd.DataFrame({"client_id": pd.Series([], dtype=object), "score": pd.Series([], dtype=float)}),
                   pd.DataFrame({"client_id": ["A"], "score": [0.5]})])

    @dg.asset
    def scores() -> pd.DataFrame:
        return next(frames)

    for _ in range(2):
        result = dg.materialize([scores], resources={"io_manager": WarehouseIOManager(database=database, schema="lvmh")})
        assert result.success
        with duckdb.connect(database, read_only=True) as db:
            types = dict(db.execute("select column_name, data_type from information_schema.columns "
                                    "where table_name = 'scores'").fetchall())
            assert types == {"client_id": "VARCHAR", "score": "DOUBLE"}
    with duckdb.connect(database, read_only=True) as db:
        assert db.execute("select * from lvmh.scores").fetchall() == [("A", 0.5)]
    schema = result.asset_materializations_for_node("scores")[0].metadata["dagster/column_schema"].schema
    assert [c.description for c in schema.columns][0].startswith("Client identifier")
