"""Small helpers that turn frames into readable materialization metadata."""

from __future__ import annotations

import pandas as pd


def markdown_preview(df: pd.DataFrame, n: int = 5, max_chars: int = 80) -> str:
    """First ``n`` rows as a markdown table, long cells shortened to ``max_chars``."""
    if df.empty:
        return "_(no rows)_"
    head = df.head(n).copy()
    for column in head.columns:
        head[column] = head[column].map(lambda v: _short(v, max_chars))
    return head.to_markdown(index=False)


def value_counts_markdown(series: pd.Series, n: int = 12, name: str = "value") -> str:
    """Most frequent values of ``series`` as a two-column markdown table."""
    if series.empty:
        return "_(no rows)_"
    counts = series.value_counts().head(n).rename_axis(name).reset_index(name="count")
    return counts.to_markdown(index=False)


def _short(value: object, max_chars: int) -> str:
    text = ", ".join(map(str, value)) if isinstance(value, (list, tuple)) else str(value)
    return text if len(text) <= max_chars else text[: max_chars - 1] + "…"
