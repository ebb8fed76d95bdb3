"""The next occasion of a client from the occasion months of the profile (``birthday:03``).

An occasion month has no day: an occasion in the reference date's month counts as due on the
reference date itself (0 days), a later month as due on its 1st, an earlier month as due on the
1st of that month next year. Occasions without a month have no date and are ignored.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from lvmh_pipeline.lib.common.cells import as_list


def occasion_month(label: object) -> tuple[str, int | None]:
    """``"birthday:03"`` → ``("birthday", 3)``; ``"wedding"`` → ``("wedding", None)``."""
    text = str(label)
    name, _, month = text.partition(":")
    if month.isdigit() and 1 <= int(month) <= 12:
        return name, int(month)
    return text, None


def next_date_of_month(month: int, reference: pd.Timestamp) -> pd.Timestamp:
    """The next time ``month`` comes, on or after ``reference`` (see the module docstring)."""
    if month == reference.month:
        return reference
    year = reference.year if month > reference.month else reference.year + 1
    return pd.Timestamp(year=year, month=month, day=1)


def next_occasion(occasions: Iterable[object], reference: pd.Timestamp) -> tuple[str | None, pd.Timestamp | None]:
    """The soonest dated occasion of a list (ties: alphabetical), or ``(None, None)``."""
    best: tuple[pd.Timestamp, str] | None = None
    for label in occasions:
        name, month = occasion_month(label)
        if month is None:
            continue
        candidate = (next_date_of_month(month, reference), name)
        if best is None or candidate < best:
            best = candidate
    return (best[1], best[0]) if best else (None, None)


def next_occasions(occasion_cells: pd.Series, reference: pd.Timestamp) -> pd.DataFrame:
    """Per row of ``occasion_cells`` (profile ``occasions`` lists): ``next_occasion``,
    ``next_occasion_date`` (ISO) and ``days_to_next_occasion`` (float, NaN when none)."""
    found = [next_occasion(as_list(cell), reference) for cell in occasion_cells]
    dates = [when for _, when in found]
    return pd.DataFrame({
        "next_occasion": [name for name, _ in found],
        "next_occasion_date": [when.strftime("%Y-%m-%d") if when is not None else None for when in dates],
        "days_to_next_occasion": [float((when - reference).days) if when is not None else float("nan") for when in dates],
    }, index=occasion_cells.index)
