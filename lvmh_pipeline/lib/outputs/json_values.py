"""JSON-native values: numpy / pandas scalars, arrays and missing values as plain JSON types."""

from __future__ import annotations

import datetime as dt
import decimal
import math
from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

FLOAT_DECIMALS = 6


def json_safe(value: Any) -> Any:
    """Recursively convert numpy / pandas values to JSON types; NaN, inf, NA and NaT become None,
    floats are rounded to :data:`FLOAT_DECIMALS` decimals."""
    kind = type(value)  # the plain Python types first, by exact type (ABC checks are slow)
    if kind is str or kind is bool or value is None:
        return value
    if kind is float:
        return round(value, FLOAT_DECIMALS) if math.isfinite(value) else None
    if kind is int:
        return value
    if kind is dict:
        return {k if type(k) is str else str(k): json_safe(v) for k, v in value.items()}
    if kind is list:
        return [json_safe(v) for v in value]
    return _json_safe_other(value)


def _json_safe_other(value: Any) -> Any:
    if isinstance(value, (bool, str)):
        return value
    if isinstance(value, (np.bool_,)):
        return bool(value)
    if isinstance(value, (int, np.integer)):
        return int(value)
    if isinstance(value, (float, np.floating, decimal.Decimal)):
        number = float(value)
        # 6 decimals: ample for scores, money and coordinates, and no 15-digit run that reads
        # like a phone number (or bloats the page data)
        return round(number, FLOAT_DECIMALS) if math.isfinite(number) else None
    if isinstance(value, Mapping):
        return {str(k): json_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, np.ndarray, pd.Series)):
        return [json_safe(v) for v in value]
    if isinstance(value, (set, frozenset)):
        return [json_safe(v) for v in sorted(value, key=str)]
    if value is pd.NaT or value is pd.NA:
        return None
    if isinstance(value, np.datetime64):
        return None if np.isnat(value) else pd.Timestamp(value).isoformat()
    if isinstance(value, (pd.Timestamp, dt.datetime, dt.date)):
        return value.isoformat()
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return str(value)
