"""frame_from_arrow gives the frames DuckDB's fetchdf() gives, dtype for dtype and value for value."""

import duckdb
import pandas as pd
import pytest

from lvmh_pipeline.lib.common.frames import frame_from_arrow

ROWS = """(1, 2::bigint, 3::integer, 1.5::double, 'a', true, false, TIMESTAMP '2025-01-02 03:04:05',
           DATE '2025-01-02', [1.0, 2.0]::float[], TIMESTAMPTZ '2025-01-02 03:04:05+00', ['x', 'y'], 1.5::float,
           7::utinyint),
          (2, NULL, NULL, NULL, NULL, NULL, true, NULL, NULL, NULL, NULL, NULL, NULL, NULL)"""
COLUMNS = "i, big, small, d, s, b, b_full, ts, dt, floats, tz, strings, f, tiny"


@pytest.fixture(scope="module")
def connection():
    with duckdb.connect() as con:
        con.execute(f"create table t as select * from (values {ROWS}) v({COLUMNS})")
        yield con


@pytest.mark.parametrize("where", ["true", "i = 1", "false"], ids=["with_nulls", "no_nulls", "empty"])
def test_same_frame_as_fetchdf(connection, where):
    query = f"select * from t where {where}"
    expected = connection.execute(query).fetchdf()
    got = frame_from_arrow(connection.execute(query).to_arrow_table())
    assert got.dtypes.to_dict() == expected.dtypes.to_dict()
    for column in expected.columns:
        for want, have in zip(expected[column], got[column], strict=True):
            if isinstance(want, type(pd.NA)) or want is None:
                assert have is want
            elif hasattr(want, "__len__") and not isinstance(want, str):
                assert list(have) == list(want)
            else:
                assert have == want or (pd.isna(want) and pd.isna(have))


def test_repeated_strings_share_one_object(connection):
    connection.execute("create table repeated as select 'C' || (i % 3)::varchar as client_id from range(1000) r(i)")
    frame = frame_from_arrow(connection.execute("select * from repeated").to_arrow_table())
    assert len({id(value) for value in frame["client_id"]}) == 3
