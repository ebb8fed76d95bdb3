"""The ``training_labels`` table: a :class:`~.labels.LabelSet` as warehouse rows and back.

:func:`labels_table` writes the labels with their as-of date, source and windows (the label
windows, the asked horizon and how they were chosen, as JSON); :func:`label_set_from_table`
reads them back for training, selection and scoring. :func:`positive_rates` summarizes them.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date

import numpy as np
import pandas as pd

from lvmh_pipeline.lib.modeling.evaluation import LABEL_COLUMNS
from lvmh_pipeline.lib.modeling.labeling.labels import LABELS_COLUMNS, REJECTED_LABELS_COLUMNS, Horizons, LabelSet


LABELS_TABLE_COLUMNS: list[str] = [*LABELS_COLUMNS, "as_of", "label_source", "windows"]


def windows_json(labels: LabelSet) -> str:
    """The label windows, the asked horizon and how they were chosen, as one JSON text (the
    ``windows`` column of the labels table, the same on every row)."""
    return json.dumps({
        "labels": asdict(labels.horizons) if labels.horizons else None,
        "requested": asdict(labels.requested) if labels.requested else None,
        "plan": labels.plan,
    }, sort_keys=True, default=str)


def labels_table(labels: LabelSet) -> pd.DataFrame:
    """The ``training_labels`` table: :data:`LABELS_TABLE_COLUMNS`, ``as_of`` as ISO text or None,
    ``windows`` as :func:`windows_json`."""
    as_of = labels.as_of.isoformat() if labels.as_of is not None else None
    source = labels.frame if "purchases" in labels.frame else labels.frame.assign(purchases=np.nan)
    frame = source[LABELS_COLUMNS].assign(
        client_id=source["client_id"].astype(str),
        purchased=source["purchased"].astype(np.float64),
        churned=source["churned"].astype(np.float64),
        lifetime_value=source["lifetime_value"].astype(np.float64),
        purchases=source["purchases"].astype(np.float64),
    )
    frame["as_of"] = pd.Series([as_of] * len(frame), index=frame.index, dtype=object)
    frame["label_source"] = labels.source
    frame["windows"] = windows_json(labels)
    return frame[LABELS_TABLE_COLUMNS].reset_index(drop=True)


def _windows(table: pd.DataFrame) -> tuple[Horizons | None, Horizons | None, dict[str, object]]:
    values = table["windows"].dropna().astype(str).unique() if "windows" in table else []
    if not len(values):
        return None, None, {}
    parsed = json.loads(values[0])
    labels, requested = parsed.get("labels"), parsed.get("requested")
    return (Horizons(**labels) if labels else None, Horizons(**requested) if requested else None,
            dict(parsed.get("plan") or {}))


def table_as_of(table: pd.DataFrame) -> date | None:
    """The as-of date T recorded in a labels table (``None`` for labels from a file)."""
    values = table["as_of"].dropna().astype(str).unique() if "as_of" in table else []
    if len(values) > 1:
        raise ValueError(f"labels table mixes as-of dates {sorted(values)}")
    return date.fromisoformat(values[0]) if len(values) else None


def label_set_from_table(table: pd.DataFrame) -> LabelSet:
    """A :class:`~.labels.LabelSet` back from the ``training_labels`` table."""
    sources = table["label_source"].dropna().astype(str).unique()
    if len(sources) != 1:
        raise ValueError(f"labels table needs exactly one label_source, got {sorted(sources)}")
    columns = [c for c in LABELS_COLUMNS if c in table]
    frame = table[columns].assign(client_id=table["client_id"].astype(str)).reset_index(drop=True)
    horizons, requested, plan = _windows(table)
    return LabelSet(frame=frame, source=str(sources[0]), as_of=table_as_of(table), horizons=horizons,
                    rejected=pd.DataFrame(columns=REJECTED_LABELS_COLUMNS), requested=requested, plan=plan)


def positive_rates(labels: LabelSet) -> dict[str, float | None]:
    """Share of positives among the clients with a known label, per target."""
    rates: dict[str, float | None] = {}
    for target, column in LABEL_COLUMNS.items():
        known = labels.frame[column].dropna().astype(np.float64)
        share = (known > 0).mean() if len(known) else None
        rates[f"{target}_positive_rate"] = round(float(share), 4) if share is not None else None
    return rates
