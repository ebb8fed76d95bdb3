import pandas as pd

from lvmh_pipeline.lib.common.metadata import markdown_preview, value_counts_markdown


def test_preview_shortens_long_cells_and_joins_lists():
    df = pd.DataFrame({"text": ["x" * 200], "tags": [["a", "b"]]})
    md = markdown_preview(df, max_chars=10)
    assert "xxxxxxxxx…" in md
    assert "a, b" in md
    assert "x" * 11 not in md


def test_preview_of_empty_frame():
    assert markdown_preview(pd.DataFrame()) == "_(no rows)_"


def test_value_counts_orders_by_frequency():
    md = value_counts_markdown(pd.Series(["FR", "EN", "FR"]), name="language")
    lines = md.splitlines()
    assert "language" in lines[0]
    assert "FR" in lines[2] and "2" in lines[2]
