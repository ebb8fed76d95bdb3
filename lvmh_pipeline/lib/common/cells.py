"""Reading list cells as they come back from DuckDB / pandas."""

import math
from typing import Any

import numpy as np
import pandas as pd


def as_list(value: Any) -> list[Any]:
    """A list cell (list, tuple, ndarray, Series, None or NaN) as a plain list."""
    if value is None:
        return []
    if isinstance(value, (list, tuple, np.ndarray, pd.Series)):
        return list(value)
    if isinstance(value, float) and math.isnan(value):
        return []
    return [value]
