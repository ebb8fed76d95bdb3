"""A champion decision written to the MLflow registry, read back, and rolled back.

:func:`apply_decision` sets the aliases ``champion`` and ``previous_champion``, short tags on the
champion version (``decision`` in one line, ``decision_action``, ``decided_at``), and on the run of
every compared version the comparison table with the decision in words
(``selection/comparison.md``) and as data (``selection/comparison.json``, read back by
:func:`read_comparison`). :func:`rollback` swaps the two aliases back.
"""

from __future__ import annotations

import json
import logging
import tempfile
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pandas as pd
from mlflow.entities.model_registry import ModelVersion
from mlflow.exceptions import MlflowException

from lvmh_pipeline.lib.registry.decision_report import _now, comparison_record, decision_line, decision_markdown
from lvmh_pipeline.lib.registry.selection import SelectionDecision, SelectionError
from lvmh_pipeline.lib.registry.tracking_store import (
    CHAMPION_ALIAS,
    PREVIOUS_CHAMPION_ALIAS,
    TrackingConfig,
    client,
    registered_name,
)
from lvmh_pipeline.lib.registry.versions import version_by_alias

COMPARISON_MARKDOWN = "selection/comparison.md"
COMPARISON_JSON = "selection/comparison.json"
# the JSON tag earlier releases wrote on the champion version; removed when a new decision lands
LEGACY_COMPARISON_TAG = "comparison"

logger = logging.getLogger(__name__)


def _run_markdown(decision: SelectionDecision, version: int, decided_at: str) -> str:
    row = decision.table[decision.table["version"] == version]
    role = "selected" if bool(row["selected"].any()) else "not selected"
    family = str(row["family"].iloc[0]) if len(row) else "?"
    return "\n".join([
        f"# Champion selection for {registered_name(decision.target)}",
        "",
        f"This run's model is {family} v{version}: **{role}** in the comparison below.",
        "",
        decision_markdown(decision, decided_at=decided_at),
        "",
    ])


def _log_comparison(mlflow_client: Any, decision: SelectionDecision, decided_at: str) -> None:
    """Write the comparison (Markdown and JSON) to the run of every compared version."""
    name = registered_name(decision.target)
    record = json.dumps(comparison_record(decision, decided_at), ensure_ascii=False, indent=2, default=str)
    for version in (int(v) for v in decision.table.get("version", pd.Series(dtype=int))):
        try:
            model_version = mlflow_client.get_model_version(name, str(version))
            if LEGACY_COMPARISON_TAG in model_version.tags:
                mlflow_client.delete_model_version_tag(name, str(version), LEGACY_COMPARISON_TAG)
            if not model_version.run_id:
                continue
            mlflow_client.log_text(model_version.run_id, _run_markdown(decision, version, decided_at),
                                   COMPARISON_MARKDOWN)
            mlflow_client.log_text(model_version.run_id, record, COMPARISON_JSON)
        except MlflowException as error:  # a deleted run or version: the decision itself stands
            logger.warning("%s v%s: comparison not recorded on its run: %s", name, version, error)


def apply_decision(config: TrackingConfig, target: str, decision: SelectionDecision) -> ModelVersion | None:
    """Write ``decision`` to the registry and return the champion version (``None`` if none).

    On promotion the old champion moves to ``previous_champion`` and the winner gets
    ``champion``. The champion version gets the short tags ``decision`` (one line),
    ``decision_action`` and ``decided_at``; the run of every compared version gets
    ``selection/comparison.md`` and ``selection/comparison.json`` (also when nothing qualifies,
    so a candidate's run says why it was not promoted). Raises :class:`SelectionError` when the
    registry's champion changed since the decision was made.
    """
    if decision.target != target:
        raise ValueError(f"decision is for {decision.target!r}, not {target!r}")
    name = registered_name(target)
    mlflow_client = client(config)
    decided_at = _now()
    if decision.winner is None:
        _log_comparison(mlflow_client, decision, decided_at)
        return None
    live = version_by_alias(config, target, CHAMPION_ALIAS)
    live_version = int(live.version) if live is not None else None
    expected = decision.champion.version if decision.champion is not None else None
    if live_version != expected:
        raise SelectionError(
            f"{name}: champion is now {live_version}, but the decision was made against {expected}; "
            "re-run the selection"
        )
    winner = str(decision.winner.version)
    if decision.promote:
        if live_version is not None and live_version != decision.winner.version:
            mlflow_client.set_registered_model_alias(name, PREVIOUS_CHAMPION_ALIAS, str(live_version))
        mlflow_client.set_registered_model_alias(name, CHAMPION_ALIAS, winner)
    for key, value in (("decision", decision_line(decision)), ("decision_action", decision.action),
                       ("decided_at", decided_at)):
        mlflow_client.set_model_version_tag(name, winner, key, value)
    _log_comparison(mlflow_client, decision, decided_at)
    return mlflow_client.get_model_version(name, winner)


def read_comparison(config: TrackingConfig, target: str, version: int | str) -> dict[str, Any] | None:
    """The last comparison recorded on the run of ``target``'s ``version`` (``selection/comparison.json``),
    or None when it has none."""
    name = registered_name(target)
    mlflow_client = client(config)
    run_id = mlflow_client.get_model_version(name, str(version)).run_id
    if not run_id:
        return None
    with tempfile.TemporaryDirectory(prefix="lvmh_comparison_") as tmp:
        try:
            path = mlflow_client.download_artifacts(run_id, COMPARISON_JSON, tmp)
        except (MlflowException, OSError):
            return None
        return json.loads(Path(path).read_text(encoding="utf-8"))


def rollback(config: TrackingConfig, target: str) -> ModelVersion:
    """Swap ``champion`` and ``previous_champion`` of ``target``; return the new champion.

    Rolling back twice restores the original champion. Raises :class:`SelectionError`
    when there is no ``previous_champion``.
    """
    name = registered_name(target)
    previous = version_by_alias(config, target, PREVIOUS_CHAMPION_ALIAS)
    if previous is None:
        raise SelectionError(f"{name} has no {PREVIOUS_CHAMPION_ALIAS}: nothing to roll back to")
    mlflow_client = client(config)
    current = version_by_alias(config, target, CHAMPION_ALIAS)
    mlflow_client.set_registered_model_alias(name, CHAMPION_ALIAS, previous.version)
    if current is None:
        mlflow_client.delete_registered_model_alias(name, PREVIOUS_CHAMPION_ALIAS)
    else:
        mlflow_client.set_registered_model_alias(name, PREVIOUS_CHAMPION_ALIAS, current.version)
    note = {
        "from_version": int(current.version) if current else None,
        "at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }
    mlflow_client.set_model_version_tag(name, str(previous.version), "rollback", json.dumps(note))
    return mlflow_client.get_model_version(name, str(previous.version))
