"""Reading warehouse tables into pandas through Arrow, with DuckDB's own pandas dtypes.

DuckDB's ``fetchdf()`` creates one Python string object per cell: loading the 7.7 million
concept rows of 100,000 clients took 44 s and 6 GB. Through Arrow, ``to_pandas`` shares one
object per distinct string (client ids, dates, labels repeat on every row): 7 s and 1.1 GB for
the same table. The frames are the ones ``fetchdf()`` gives, dtype for dtype, so no code
downstream sees a difference:

- integer columns holding NULLs are pandas nullable integers (``Int64`` …), not float64;
- boolean columns holding NULLs are ``boolean``, not object;
- DATE columns are ``datetime64[us]``, not ``datetime.date`` objects;
- a NULL list is ``pd.NA``, not ``None``.
"""

from __future__ import annotations

import pandas as pd
import pyarrow as pa

__all__ = ["frame_from_arrow"]


def frame_from_arrow(table: pa.Table) -> pd.DataFrame:
    """``table`` as the pandas frame DuckDB's ``fetchdf()`` would give (see module doc)."""
    frame = table.to_pandas(deduplicate_objects=True)
    for field, column in zip(table.schema, table.columns, strict=True):
        kind = field.type
        if pa.types.is_date(kind):
            frame[field.name] = frame[field.name].astype("datetime64[us]")
        elif column.null_count == 0:
            continue
        elif pa.types.is_integer(kind):
            nullable = f"{'U' if pa.types.is_unsigned_integer(kind) else ''}Int{kind.bit_width}"
            frame[field.name] = column.to_pandas(types_mapper={kind: pd.api.types.pandas_dtype(nullable)}.get)
        elif pa.types.is_boolean(kind):
            frame[field.name] = frame[field.name].astype("boolean")
        elif pa.types.is_list(kind) or pa.types.is_large_list(kind):
            frame[field.name] = frame[field.name].where(frame[field.name].notna(), pd.NA)
    return frame
