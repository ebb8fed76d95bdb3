"""Evaluating segment rules over the client feature view with ``datalogic-py``.

``datalogic-py`` is a maintained JSONLogic engine (a Rust core with Python bindings: it parses
and interprets the rule itself and never runs Python code from it). It is used here

- with the JSONLogic core operators only (``families=[]``), behind the allowlist and the type
  checks of :mod:`.segment_rules`, and ``compile_checked`` for what those do not cover;
- with ``missing_var = error`` and no null → 0 coercion, so a comparison with a null value
  (a client without a prediction, an order, an occasion) is false rather than "0 < 0.3";
- with an operations budget per evaluation;
- compiled once per rule, and evaluated over one pre-converted data handle per client in one
  batch call per rule (per-client failures come back as values, not exceptions).

A rule that fails for every client is an error of that segment; one that fails for some clients
only leaves them out and is reported as a warning.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from lvmh_pipeline.lib.segmentation.segment_rules import SegmentDefinition, SegmentProblem

SEGMENTS_COLUMNS: list[str] = ["client_id", "segment", "segment_name"]
ENGINE_CONFIG: dict[str, Any] = {
    "missing_var": "error",
    "numeric_coercion": {"null_to_zero": False},
    "ops_budget": 100_000,
    "max_recursion_depth": 64,
}


@dataclass
class SegmentEvaluation:
    """Members per segment (:data:`SEGMENTS_COLUMNS`), the segments that ran, and the problems."""

    members: pd.DataFrame
    evaluated: list[SegmentDefinition] = field(default_factory=list)
    problems: list[SegmentProblem] = field(default_factory=list)


def _engine():  # noqa: ANN202 (datalogic types)
    from datalogic_py import Engine

    return Engine(config=ENGINE_CONFIG, families=[])


def json_value(value: Any) -> Any:
    """A cell as a JSON-native value: lists of text, None for NaN / NA / NaT, Python scalars."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, (list, tuple, np.ndarray, pd.Series)):
        return [json_value(v) for v in value]
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, (int, np.integer)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        return None if math.isnan(value) or math.isinf(value) else float(value)
    if isinstance(value, (pd.Timestamp,)):
        return value.strftime("%Y-%m-%d")
    return str(value)


def data_handles(features: pd.DataFrame, columns: Sequence[str]) -> list[Any]:
    """One datalogic ``DataHandle`` per client holding only ``columns``."""
    from datalogic_py import DataHandle

    values = {column: [json_value(v) for v in features[column].tolist()] for column in columns}
    return [DataHandle({column: values[column][i] for column in columns}) for i in range(len(features))]


def evaluate_segments(features: pd.DataFrame, definitions: Sequence[SegmentDefinition]) -> SegmentEvaluation:
    """Members of every segment whose rule compiles and runs (see the module docstring)."""
    from datalogic_py import BatchItemError, CompileError, DataLogicError

    engine = _engine()
    result = SegmentEvaluation(pd.DataFrame({c: pd.Series(dtype=object) for c in SEGMENTS_COLUMNS}))
    compiled = []
    for definition in definitions:
        try:
            compiled.append((definition, engine.compile_checked({"!!": [definition.rule]})))
        except CompileError as error:
            messages = "; ".join(d.get("message", "") for d in error.diagnostics if d.get("severity") == "error")
            result.problems.append(SegmentProblem(definition.id, f"rejected by the JSONLogic engine: {messages or error}"))
        except DataLogicError as error:
            result.problems.append(SegmentProblem(definition.id, f"rejected by the JSONLogic engine: {error}"))
    columns = sorted({column for definition, _ in compiled for column in definition.reads})
    handles = data_handles(features, columns) if compiled else []
    ids = features["client_id"].astype(str).to_numpy()
    frames = []
    with engine.session() as session:
        for definition, rule in compiled:
            outcomes = session.evaluate_batch(rule, handles) if handles else []
            failed = [o for o in outcomes if isinstance(o, BatchItemError)]
            if handles and len(failed) == len(handles):
                result.problems.append(SegmentProblem(definition.id, f"fails on every client: {failed[0].message}"))
                continue
            if failed:
                result.problems.append(SegmentProblem(
                    definition.id, f"could not be evaluated for {len(failed)} of {len(handles)} clients, left out "
                    f"(first: {failed[0].message})", "warning"))
            hit = np.array([not isinstance(o, BatchItemError) and json.loads(o) is True for o in outcomes], dtype=bool)
            result.evaluated.append(definition)
            frames.append(pd.DataFrame({"client_id": ids[hit] if len(ids) else ids, "segment": definition.id,
                                        "segment_name": definition.name}))
    if frames:
        result.members = pd.concat([result.members, *frames], ignore_index=True)[SEGMENTS_COLUMNS]
    return result
