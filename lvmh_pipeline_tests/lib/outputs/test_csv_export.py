"""CSV exports: spreadsheet formulas neutralized, numbers untouched, atomic writes."""

from __future__ import annotations

import csv

import pandas as pd
import pytest

from lvmh_pipeline.lib.outputs.csv_export import neutralize_formulas, write_csv


@pytest.mark.parametrize(
    "cell",
    ['=HYPERLINK("http://evil","x")', "@SUM(1+1)*cmd|' /C calc'!A0", "+cmd|' /C calc'!A0", "-2+3+cmd|x",
     "\t=1+1", "\r=1+1", "=1+1"],
)
def test_formula_cells_are_written_as_text(tmp_path, cell):
    path = write_csv(pd.DataFrame({"client_id": [cell], "note": ["ok"]}), tmp_path / "out.csv")
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[1][0] == "'" + cell
    assert rows[1][1] == "ok"


def test_numbers_and_ordinary_text_are_unchanged():
    frame = pd.DataFrame({"amount": [-3.5, 2.0], "text": ["Budget 3K", "a-b"], "n": [-1, 4]})
    out = neutralize_formulas(frame)
    assert out["amount"].tolist() == [-3.5, 2.0] and out["n"].tolist() == [-1, 4]
    assert out["text"].tolist() == ["Budget 3K", "a-b"]


def test_header_cells_are_neutralized_too():
    assert list(neutralize_formulas(pd.DataFrame({"=cmd": [1]})).columns) == ["'=cmd"]


def test_write_is_atomic_and_leaves_no_temporary_file(tmp_path):
    target = tmp_path / "sub" / "out.csv"
    write_csv(pd.DataFrame({"a": [1]}), target)
    write_csv(pd.DataFrame({"a": [2]}), target)
    assert pd.read_csv(target)["a"].tolist() == [2]
    assert [p.name for p in target.parent.iterdir()] == ["out.csv"]
