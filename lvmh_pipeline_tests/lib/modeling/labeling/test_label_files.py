"""Reading and validating transactions.csv and labels.csv (lib/modeling/label_files.py)."""

from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from lvmh_pipeline.lib.modeling.labeling.label_files import (
    TRANSACTIONS_COLUMNS,
    LabelsFileError,
    TransactionsFileError,
    labels_from_file,
    read_transactions,
)
from lvmh_pipeline.lib.modeling.labeling.labels import default_as_of


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_read_transactions_rejects_bad_rows_with_line_and_reason(tmp_path):
    path = _write(tmp_path, "transactions.csv", (
        "client_id,order_id,date,product_id,quantity,amount\n"
        "A,o1,2025-01-02,p1,1,100.5\n"
        "A,o1,2025-01-02,p1,1,100.5\n"
        ",o2,2025-01-02,p1,1,5\n"
        "B,,2025-01-02,p1,1,5\n"
        "B,o3,2025-02-30,p1,1,5\n"
        "\n"
        "B,o4,2025-02-01,p1,1,12 EUR\n"
        "B,o5,2025-02-01,p1,1\n"
        "C,o6,2025-03-04T18:30:00+01:00,p2,,7.5\n"
    ))
    load = read_transactions(path)
    assert load.rejected[["source_line", "reason"]].values.tolist() == [
        [3, "duplicate of line 2"],
        [4, "missing client_id"],
        [5, "missing order_id"],
        [6, "unparseable date '2025-02-30'"],
        [8, "non-numeric amount '12 EUR'"],
        [9, "expected 6 fields, got 5"],
    ]
    tx = load.transactions
    assert tx["order_id"].tolist() == ["o1", "o6"]
    assert tx["date"].tolist() == [pd.Timestamp("2025-01-02"), pd.Timestamp("2025-03-04")]
    assert tx["amount"].tolist() == [100.5, 7.5] and tx["quantity"].tolist() == [1.0, 1.0]


def test_read_transactions_semicolon_and_optional_columns(tmp_path):
    path = _write(tmp_path, "tx.csv", "Client_ID;Order_ID;Date;Amount\nA;1;2025-01-01;10\n")
    load = read_transactions(path)
    assert load.transactions.iloc[0].to_dict() | {"date": None} == {
        "client_id": "A", "order_id": "1", "date": None, "product_id": "", "quantity": 1.0, "amount": 10.0}
    assert load.rejected.empty


def test_read_transactions_wrong_header_names_the_file(tmp_path):
    path = _write(tmp_path, "transactions.csv", "customer,order_id,date,amount\nA,1,2025-01-01,3\n")
    with pytest.raises(TransactionsFileError, match=r"transactions\.csv.*\['client_id'\]"):
        read_transactions(path)
    # an empty or header-only file is "no order yet", not an error (the windows planner then says so)
    for name, text in (("empty.csv", ""), ("header.csv", "client_id,order_id,date,product_id,quantity,amount\n")):
        load = read_transactions(_write(tmp_path, name, text))
        assert load.transactions.empty and list(load.transactions.columns) == TRANSACTIONS_COLUMNS


def test_labels_file_is_validated(tmp_path):
    path = _write(tmp_path, "labels.csv", (
        "client_id,purchased,churned,lifetime_value\n"
        "B,1,0,100\n"
        "A,true,,\n"
        "B,0,0,1\n"
        "C,2,0,1\n"
        "D,1,1,-5\n"
        ",1,1,1\n"
        "E,0,yes,3.5\n"
    ))
    labels = labels_from_file(path)
    assert labels.source == "labels.csv" and labels.as_of is None
    frame = labels.frame.set_index("client_id")
    assert frame.index.tolist() == ["A", "B", "E"]
    assert frame.loc["A", "purchased"] == 1.0 and np.isnan(frame.loc["A", "churned"])
    assert np.isnan(frame.loc["A", "lifetime_value"]) and frame.loc["E", "churned"] == 1.0
    assert labels.rejected[["source_line", "reason"]].values.tolist() == [
        [4, "duplicate client_id (first at line 2)"],
        [5, "purchased must be 0/1, got '2'"],
        [6, "lifetime_value must be a number >= 0, got '-5'"],
        [7, "missing client_id"],
    ]
    assert labels.counts["n_rejected"] == 4 and labels.counts["n_clients"] == 3


def test_labels_file_header_and_empty_errors_name_the_file(tmp_path):
    with pytest.raises(LabelsFileError, match=r"labels\.csv.*lifetime_value"):
        labels_from_file(_write(tmp_path, "labels.csv", "client_id,purchased,churned\nA,1,0\n"))
    with pytest.raises(LabelsFileError, match="no usable"):
        labels_from_file(_write(tmp_path, "labels2.csv", "client_id,purchased,churned,lifetime_value\n,1,0,1\n"))


def test_orders_dated_after_today_are_set_aside_with_line_and_date(tmp_path):
    path = _write(tmp_path, "transactions.csv", (
        "client_id,order_id,date,product_id,quantity,amount\n"
        "A,o1,2025-01-02,p1,1,100\n"
        "A,o2,2099-01-15,p1,1,100\n"
        "B,o3,2025-06-30,p1,1,50\n"
    ))
    load = read_transactions(path, today=date(2025, 7, 1))
    assert load.transactions["order_id"].tolist() == ["o1", "o3"]
    assert load.rejected[["source_line", "reason"]].values.tolist() == [
        [3, "order dated after today (2025-07-01): 2099-01-15, set aside"]]
    assert default_as_of(load.transactions) == date(2024, 6, 30)


def test_rejection_reasons_never_quote_personal_data(tmp_path):
    path = _write(tmp_path, "transactions.csv", (
        "client_id,order_id,date,product_id,quantity,amount\n"
        "A,o1,anna.keller@example.com,p1,1,100\n"
        "A,o2,2025-01-02,p1,1,tel +33 6 12 34 56 78\n"
    ))
    reasons = " ".join(read_transactions(path).rejected["reason"])
    assert "unparseable date '[ID]'" in reasons and "non-numeric amount '[ID]'" in reasons
    assert "keller" not in reasons and "56 78" not in reasons
    headerless = _write(tmp_path, "tx.csv", "anna.keller@example.com,o1,2025-01-02,p1,1,100\n")
    with pytest.raises(TransactionsFileError) as error:
        read_transactions(headerless)
    assert "keller" not in str(error.value) and "[ID]" in str(error.value)
