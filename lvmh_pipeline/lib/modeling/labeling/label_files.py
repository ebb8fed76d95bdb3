"""The files labels come from, read and validated row by row: ``transactions.csv`` and ``labels.csv``.

- :func:`read_transactions`: transaction lines → :class:`TransactionsLoad` (valid lines typed,
  unusable ones in ``rejected`` with their line and reason; an order dated after today is set
  aside); the labels are then computed from them (:func:`.labels.labels_from_transactions`);
- :func:`labels_from_file`: a ``labels.csv`` of ready-made outcomes → :class:`~.labels.LabelSet`.

Identifiers are pseudonymized as they are read and a cell quoted in a reason is cut short and
pseudonymized (:func:`~lvmh_pipeline.lib.ingestion.echo.safe_echo`). A file that cannot be used at
all raises :class:`TransactionsFileError` or :class:`LabelsFileError`, naming the file.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd

from lvmh_pipeline.lib.privacy.identifiers import client_ids_for
from lvmh_pipeline.lib.ingestion.columns import shown_header
from lvmh_pipeline.lib.ingestion.csv_reader import EmptyFileError, NotesFileError, RawTable, read_raw_table
from lvmh_pipeline.lib.ingestion.echo import safe_echo
from lvmh_pipeline.lib.modeling.labeling.labels import LABELS_COLUMNS, REJECTED_LABELS_COLUMNS, LabelSet


TRANSACTIONS_COLUMNS: list[str] = ["client_id", "order_id", "date", "product_id", "quantity", "amount"]
REQUIRED_TRANSACTION_COLUMNS: tuple[str, ...] = ("client_id", "order_id", "date", "amount")
REJECTED_TRANSACTIONS_COLUMNS: list[str] = ["source_line", "client_id", "order_id", "reason"]
# labels.csv must hold these; ``purchases`` is optional there (unknown when absent).
LABELS_FILE_COLUMNS: list[str] = LABELS_COLUMNS[:4]

_TRUE = {"1", "1.0", "true", "yes", "y", "t"}
_FALSE = {"0", "0.0", "false", "no", "n", "f"}


class TransactionsFileError(ValueError):
    """A transactions file that cannot be used at all; the message names the file."""


class LabelsFileError(ValueError):
    """A labels file that cannot be used at all; the message names the file."""


@dataclass(frozen=True)
class TransactionsLoad:
    """Validated transaction lines and the rows that were set aside, with line and reason."""

    transactions: pd.DataFrame  # TRANSACTIONS_COLUMNS; date as datetime64 (day), amount float
    rejected: pd.DataFrame  # REJECTED_TRANSACTIONS_COLUMNS
    source: str


def _read_table(path: Path, error: type[ValueError]) -> RawTable:
    try:
        return read_raw_table(Path(path))
    except NotesFileError as exc:
        raise error(str(exc)) from exc


_ID_COLUMNS = ("client_id", "order_id", "product_id")


def _records_frame(table: RawTable, path: Path, required: Sequence[str], expected: Sequence[str],
                   error: type[ValueError]) -> tuple[pd.DataFrame, pd.Series]:
    """Records as a frame of stripped strings under lower-cased header names, and each row's field count."""
    header = [h.strip().lower() for h in table.header]
    missing = [c for c in required if c not in header]
    if missing:
        shown = shown_header(table.header, data_like=not set(header) & set(expected))
        raise error(f"{Path(path).name}: missing required column(s) {missing}; header is {shown}, "
                    f"expected {','.join(expected)}")
    width = len(header)
    padded = [(fields + [""] * width)[:width] for _, fields in table.records]
    frame = pd.DataFrame(padded, columns=header, dtype=object).fillna("").astype(str)
    frame = frame.apply(lambda col: col.str.strip())
    ids = client_ids_for(Path(path).parent)  # e-mails, phones, names used as ids never go further
    for column in _ID_COLUMNS:
        if column in frame:
            frame[column] = ids.apply(frame[column].tolist())
    frame.insert(0, "source_line", np.asarray([line for line, _ in table.records], dtype=np.int64))
    return frame, pd.Series([len(fields) for _, fields in table.records], index=frame.index, dtype=np.int64)


def _quoted(failed: pd.Series, message: str, values: pd.Series) -> tuple[pd.Series, pd.Series]:
    """A check for :func:`_first_reason` whose message quotes the failing cell, pseudonymized
    and cut short (:func:`~lvmh_pipeline.lib.ingestion.echo.safe_echo`: a phone number typed in
    the amount column must not reach the labels' metadata); only failing cells are echoed."""
    failed = failed.fillna(False).astype(bool)
    text = pd.Series("", index=values.index, dtype=object)
    text[failed] = [f"{message} '{safe_echo(v)}'" for v in values[failed]]
    return failed, text


def _first_reason(index: pd.Index, checks: list[tuple[pd.Series, pd.Series | str]]) -> pd.Series:
    """Per row, the message of the first failing check (mask True), else ""."""
    out = pd.Series("", index=index, dtype=object)
    for failed, message in reversed(checks):
        out = out.mask(failed.to_numpy(dtype=bool), message)
    return out


def _width_check(frame: pd.DataFrame, counts: pd.Series) -> tuple[pd.Series, pd.Series]:
    width = len(frame.columns) - 1
    return counts.ne(width), f"expected {width} fields, got " + counts.astype(str)


FUTURE_ORDER = "dated after today"


def empty_transactions() -> pd.DataFrame:
    """A transactions frame without rows, typed like :func:`read_transactions`' output."""
    return pd.DataFrame({"client_id": pd.Series(dtype=object), "order_id": pd.Series(dtype=object),
                         "date": pd.Series(dtype="datetime64[ns]"), "product_id": pd.Series(dtype=object),
                         "quantity": pd.Series(dtype=np.float64), "amount": pd.Series(dtype=np.float64)})


def read_transactions(path: Path | str, *, today: date | None = None) -> TransactionsLoad:
    """Read ``transactions.csv`` (read-only); unusable rows go to ``rejected`` with line and reason.

    Required columns: client_id, order_id, date, amount (``product_id`` and ``quantity`` are
    optional, quantity defaults to 1). Rejected: wrong field count, missing client or order id,
    unparseable date, an order dated after ``today`` (default: the current date; a typo such as
    2099 would otherwise move the as-of date T decades ahead and turn every order into history),
    non-numeric amount or quantity, exact duplicate of an earlier line. Cells quoted in a reason
    are pseudonymized (:func:`~lvmh_pipeline.lib.ingestion.echo.safe_echo`).
    Raises :class:`TransactionsFileError` naming the file when it cannot be read or its header
    lacks a required column. An empty file (0 bytes, blank lines) reads as no transaction.
    """
    path = Path(path)
    today = today or date.today()
    try:
        table = read_raw_table(path)
    except EmptyFileError:  # an empty file is a valid "no order yet"
        return TransactionsLoad(empty_transactions(), pd.DataFrame(columns=REJECTED_TRANSACTIONS_COLUMNS), str(path))
    except NotesFileError as exc:
        raise TransactionsFileError(str(exc)) from exc
    frame, counts = _records_frame(table, path, REQUIRED_TRANSACTION_COLUMNS, TRANSACTIONS_COLUMNS,
                                   TransactionsFileError)
    width_check = _width_check(frame, counts)
    for column in ("product_id", "quantity"):
        if column not in frame:
            frame[column] = ""
    # The calendar day as written (a timestamp's time and offset are ignored, not converted).
    day = frame["date"].str.split(r"[T ]", n=1, regex=True).str[0]
    dates = pd.to_datetime(day, errors="coerce", format="%Y-%m-%d")
    amounts = pd.to_numeric(frame["amount"].str.replace(" ", "", regex=False), errors="coerce")
    quantities = pd.to_numeric(frame["quantity"].replace("", "1"), errors="coerce")
    first_line = frame.groupby(TRANSACTIONS_COLUMNS, sort=False)["source_line"].transform("first")
    reason = _first_reason(frame.index, [
        width_check,
        (frame["client_id"].eq(""), "missing client_id"),
        (frame["order_id"].eq(""), "missing order_id"),
        _quoted(dates.isna(), "unparseable date", frame["date"]),
        (dates.gt(pd.Timestamp(today)), f"order {FUTURE_ORDER} ({today.isoformat()}): " + day + ", set aside"),
        _quoted(~np.isfinite(amounts.fillna(np.inf)), "non-numeric amount", frame["amount"]),
        _quoted(~np.isfinite(quantities.fillna(np.inf)), "non-numeric quantity", frame["quantity"]),
        (frame.duplicated(subset=TRANSACTIONS_COLUMNS), "duplicate of line " + first_line.astype(str)),
    ])
    bad = reason.ne("")
    rejected = frame.loc[bad, ["source_line", "client_id", "order_id"]].assign(reason=reason[bad])
    transactions = frame.loc[~bad, TRANSACTIONS_COLUMNS].assign(
        date=dates[~bad].dt.normalize(), quantity=quantities[~bad].astype(np.float64),
        amount=amounts[~bad].astype(np.float64),
    )
    if transactions.empty:
        transactions = empty_transactions()
    return TransactionsLoad(transactions.reset_index(drop=True),
                            rejected[REJECTED_TRANSACTIONS_COLUMNS].reset_index(drop=True), str(path))


def _binary(values: pd.Series) -> tuple[pd.Series, pd.Series]:
    """0/1/true/false as 1.0 / 0.0 (empty = unknown, NaN), and the mask of invalid cells."""
    lowered = values.str.lower()
    parsed = pd.Series(np.nan, index=values.index, dtype=np.float64)
    parsed[lowered.isin(_TRUE)] = 1.0
    parsed[lowered.isin(_FALSE)] = 0.0
    return parsed, values.ne("") & parsed.isna()


def labels_from_file(path: Path | str) -> LabelSet:
    """Read ``labels.csv`` (``client_id,purchased,churned,lifetime_value``, optionally
    ``purchases``: the number of purchases in the house's purchase window), validated.

    ``purchased`` / ``churned`` accept 0/1/true/false, ``lifetime_value`` a number ≥ 0; an empty
    cell means unknown (NaN, left out of that target's training). Rows with a missing client id,
    an invalid value or a repeated client id go to ``rejected``. Raises :class:`LabelsFileError`
    naming the file on a wrong header or when no usable row is left.
    """
    path = Path(path)
    table = _read_table(path, LabelsFileError)
    frame, counts = _records_frame(table, path, LABELS_FILE_COLUMNS, LABELS_COLUMNS, LabelsFileError)
    width_check = _width_check(frame, counts)
    if "purchases" not in frame:
        frame["purchases"] = ""
    purchased, purchased_bad = _binary(frame["purchased"])
    churned, churned_bad = _binary(frame["churned"])
    value = pd.to_numeric(frame["lifetime_value"], errors="coerce")
    value_bad = frame["lifetime_value"].ne("") & ~(value.ge(0) & np.isfinite(value.fillna(np.inf)))
    count = pd.to_numeric(frame["purchases"], errors="coerce")
    count_bad = frame["purchases"].ne("") & ~(count.ge(0) & np.isfinite(count.fillna(np.inf)))
    first_line = frame.groupby("client_id", sort=False)["source_line"].transform("first")
    reason = _first_reason(frame.index, [
        width_check,
        (frame["client_id"].eq(""), "missing client_id"),
        _quoted(purchased_bad, "purchased must be 0/1, got", frame["purchased"]),
        _quoted(churned_bad, "churned must be 0/1, got", frame["churned"]),
        _quoted(value_bad, "lifetime_value must be a number >= 0, got", frame["lifetime_value"]),
        _quoted(count_bad, "purchases must be a number >= 0, got", frame["purchases"]),
        (frame.duplicated(subset=["client_id"]), "duplicate client_id (first at line " + first_line.astype(str) + ")"),
    ])
    bad = reason.ne("")
    if bad.all():
        raise LabelsFileError(f"{path.name}: no usable label row ({int(bad.sum())} rejected)")
    rejected = frame.loc[bad, ["source_line", "client_id"]].assign(reason=reason[bad])
    out = pd.DataFrame({"client_id": frame["client_id"], "purchased": purchased, "churned": churned,
                        "lifetime_value": value.astype(np.float64), "purchases": count.astype(np.float64)})[~bad]
    out = out.sort_values("client_id").reset_index(drop=True)
    label_counts = {
        "n_clients": len(out),
        "n_purchased": int(out["purchased"].fillna(0).sum()),
        "n_churn_eligible": int(out["churned"].notna().sum()),
        "n_churned": int(out["churned"].fillna(0).sum()),
        "n_with_value": int(out["lifetime_value"].gt(0).sum()),
        "n_rejected": int(bad.sum()),
    }
    return LabelSet(frame=out, source="labels.csv", counts=label_counts,
                    rejected=rejected[REJECTED_LABELS_COLUMNS].reset_index(drop=True))
