"""Order lines of ``transactions.csv`` in the shape the analytics need, and the reference date.

Every analytics table is computed from the valid lines the transactions reader returns
(``client_id, order_id, date, product_id, quantity, amount``); an order is an ``order_id``
(its date is its first line's day), a basket is the set of distinct products of an order.
"""

from __future__ import annotations

from datetime import date

import pandas as pd

ORDER_LINE_COLUMNS: list[str] = ["client_id", "order_id", "date", "product_id", "quantity", "amount"]


def order_lines(transactions: pd.DataFrame | None, as_of: date | str | None = None) -> pd.DataFrame:
    """Lines with string ids, a normalized ``date`` (day), numeric ``amount`` (NaN → 0) and only
    the lines dated on or before ``as_of`` (all when None). Empty (with the columns) when there
    is no transaction."""
    if transactions is None or transactions.empty:
        return pd.DataFrame({
            "client_id": pd.Series(dtype=object), "order_id": pd.Series(dtype=object),
            "date": pd.Series(dtype="datetime64[ns]"), "product_id": pd.Series(dtype=object),
            "quantity": pd.Series(dtype=float), "amount": pd.Series(dtype=float),
        })
    frame = transactions.copy()
    for column in ORDER_LINE_COLUMNS:
        if column not in frame:
            frame[column] = "" if column in ("order_id", "product_id") else None
    dates = frame["date"]
    if not pd.api.types.is_datetime64_any_dtype(dates):
        dates = pd.to_datetime(dates, errors="coerce", format="mixed")
    frame["date"] = dates.dt.normalize()
    frame = frame.loc[frame["date"].notna() & frame["client_id"].notna()]
    if as_of is not None:
        frame = frame.loc[frame["date"] <= pd.Timestamp(as_of).normalize()]
    frame = frame.assign(
        client_id=frame["client_id"].astype(str),
        order_id=frame["order_id"].fillna("").astype(str),
        product_id=frame["product_id"].fillna("").astype(str),
        quantity=pd.to_numeric(frame["quantity"], errors="coerce").fillna(1.0),
        amount=pd.to_numeric(frame["amount"], errors="coerce").fillna(0.0),
    )
    # A line without an order id is its own order (client + day).
    missing = frame["order_id"].eq("")
    frame.loc[missing, "order_id"] = frame.loc[missing, "client_id"] + "@" + frame.loc[missing, "date"].dt.strftime("%Y-%m-%d")
    return frame[ORDER_LINE_COLUMNS].reset_index(drop=True)


def orders(lines: pd.DataFrame) -> pd.DataFrame:
    """One row per order: ``client_id, order_id, date`` (first day of the order), ``amount`` (sum)."""
    if lines.empty:
        return pd.DataFrame({"client_id": pd.Series(dtype=object), "order_id": pd.Series(dtype=object),
                             "date": pd.Series(dtype="datetime64[ns]"), "amount": pd.Series(dtype=float)})
    return (lines.groupby(["client_id", "order_id"], sort=False)
            .agg(date=("date", "min"), amount=("amount", "sum"))
            .reset_index()
            .sort_values(["client_id", "date", "order_id"], kind="stable")
            .reset_index(drop=True))


def reference_date(as_of: date | str | None = None) -> pd.Timestamp:
    """The day recency and "days until" are measured from: ``as_of`` when given, else today."""
    return pd.Timestamp(as_of if as_of is not None else date.today()).normalize()
