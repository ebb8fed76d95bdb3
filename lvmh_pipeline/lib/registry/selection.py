"""Champion selection: which registered version serves predictions, and why.

:func:`choose_champion` is pure: it compares candidates (the latest fast and elite versions)
with the current champion, all scored by the caller on ONE shared validation set, and returns a
:class:`SelectionDecision` with the reason in words and a comparison table. A candidate
replaces the champion only if it beats it by at least ``margin``, so noise between two
evaluations does not flip the champion back and forth.

:func:`apply_decision` writes a decision to the registry (aliases ``champion`` and
``previous_champion``, plus a ``comparison`` tag on the champion version), and
:func:`rollback` swaps the two aliases back.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Literal

import pandas as pd
from mlflow.entities.model_registry import ModelVersion

from lvmh_pipeline.lib.modeling.models import PRIMARY_METRIC
from lvmh_pipeline.lib.registry.tracking import (
    CHAMPION_ALIAS,
    FAMILIES,
    PREVIOUS_CHAMPION_ALIAS,
    TrackingConfig,
    client,
    registered_name,
    version_by_alias,
)

DEFAULT_METRIC: dict[str, str] = PRIMARY_METRIC
HIGHER_IS_BETTER = frozenset({"auc", "roc_auc", "accuracy", "average_precision", "f1", "spearman", "r2"})
LOWER_IS_BETTER = frozenset({"log_loss", "brier", "calibration_error", "ece", "mae", "rmse", "mse"})
_METRIC_LABELS = {
    "auc": "AUC", "roc_auc": "AUC", "r2": "R²", "spearman": "Spearman", "mae": "MAE", "rmse": "RMSE",
}
_SPLIT_PREFIXES = ("val_", "valid_", "validation_", "test_", "holdout_")
# differences this small are floating-point noise, not an improvement
_TOLERANCE = 1e-9

Action = Literal["promote", "keep", "none"]


class SelectionError(RuntimeError):
    """The registry is not in the state a decision or a rollback expects."""


@dataclass(frozen=True)
class Candidate:
    """One registered version and its metrics on the shared validation set."""

    version: int
    family: str
    metrics: dict[str, float] = field(default_factory=dict)

    @classmethod
    def from_model_version(cls, model_version: ModelVersion, metrics: dict[str, float]) -> Candidate:
        """Candidate for a registry version; its family comes from the version's ``family`` tag."""
        return cls(int(model_version.version), model_version.tags.get("family", "unknown"), dict(metrics))

    @property
    def label(self) -> str:
        return f"{self.family} v{self.version}"

    def score(self, metric: str) -> float:
        """The metric's value, NaN when missing or not finite."""
        value = self.metrics.get(metric)
        return float(value) if value is not None and math.isfinite(float(value)) else math.nan


@dataclass(frozen=True)
class SelectionDecision:
    """Outcome of :func:`choose_champion`: the champion after the decision and the reason."""

    target: str
    metric: str
    higher_is_better: bool
    margin: float
    floor: float | None
    action: Action
    winner: Candidate | None
    champion: Candidate | None
    best: Candidate | None
    improvement: float | None
    passes_floor: bool | None
    reason: str
    table: pd.DataFrame

    @property
    def promote(self) -> bool:
        return self.action == "promote"


def metric_direction(metric: str) -> bool:
    """True when a larger value of ``metric`` is better (``val_auc`` → ``auc`` → True)."""
    base = metric.lower()
    for prefix in _SPLIT_PREFIXES:
        base = base.removeprefix(prefix)
    if base in HIGHER_IS_BETTER:
        return True
    if base in LOWER_IS_BETTER:
        return False
    raise ValueError(f"unknown direction for metric {metric!r}; pass higher_is_better explicitly")


def _fmt(value: float, margin: float | None = None) -> str:
    # show more digits when three would make an improvement look equal to the margin
    text = f"{value:.3f}"
    if margin is not None and text == f"{margin:.3f}" and abs(value - margin) > _TOLERANCE:
        text = f"{value:.5f}"
    return text


def _gain(value: float, reference: float, higher_is_better: bool) -> float:
    return value - reference if higher_is_better else reference - value


def _ranked(
    models: list[Candidate], metric: str, higher_is_better: bool, champion_version: int | None
) -> list[Candidate]:
    """Best first, unscored last; ties go to the champion, the simpler family, the newer version."""

    def key(candidate: Candidate) -> tuple[bool, float, bool, int, int]:
        value = candidate.score(metric)
        unscored = math.isnan(value)
        oriented = 0.0 if unscored else (-value if higher_is_better else value)
        family = FAMILIES.index(candidate.family) if candidate.family in FAMILIES else len(FAMILIES)
        return (unscored, oriented, candidate.version != champion_version, family, -candidate.version)

    return sorted(models, key=key)


def _comparison_table(
    ranked: list[Candidate],
    metric: str,
    higher_is_better: bool,
    champion: Candidate | None,
    winner: Candidate | None,
) -> pd.DataFrame:
    other_metrics = sorted({key for c in ranked for key in c.metrics} - {metric})
    reference = champion.score(metric) if champion else math.nan
    rows = [
        {
            "version": c.version,
            "family": c.family,
            "role": "champion" if champion is not None and c.version == champion.version else "candidate",
            metric: c.score(metric),
            "gain_vs_champion": _gain(c.score(metric), reference, higher_is_better),
            "selected": winner is not None and c.version == winner.version,
            **{key: c.score(key) for key in other_metrics},
        }
        for c in ranked
    ]
    columns = ["version", "family", "role", metric, "gain_vs_champion", "selected", *other_metrics]
    return pd.DataFrame(rows, columns=columns)


def _decide(
    best: Candidate | None,
    champion: Candidate | None,
    n_scored: int,
    metric: str,
    higher_is_better: bool,
    margin: float,
) -> tuple[Action, Candidate | None, float | None, str]:
    """(action, winner, improvement, reason) for the best scored model against the champion."""
    label = _METRIC_LABELS.get(metric.lower(), metric)
    if best is None:
        if champion is None:
            return "none", None, None, f"no champion and no candidate with a {label}: nothing to promote"
        reason = f"kept champion {champion.label}: no model has a {label} on this validation set"
        return "keep", champion, None, reason
    best_text = f"{best.label} {label} {_fmt(best.score(metric))}"
    if champion is None:
        return "promote", best, None, f"no champion yet: {best_text} is the best of {n_scored} candidate(s)"
    if best.version == champion.version:
        return "keep", champion, None, f"kept champion: {best_text} is the best of {n_scored} model(s) compared"
    if math.isnan(champion.score(metric)):
        reason = f"{best_text} replaces champion {champion.label}, which has no {label} on this validation set"
        return "promote", best, None, reason
    improvement = _gain(best.score(metric), champion.score(metric), higher_is_better)
    comparison = f"{best_text} beats champion {champion.label} {_fmt(champion.score(metric))} by"
    if improvement > _TOLERANCE and improvement >= margin - _TOLERANCE:
        return "promote", best, improvement, f"{comparison} {_fmt(improvement, margin)} ≥ margin {margin:g}"
    reason = f"kept champion: {comparison} only {_fmt(improvement, margin)} < margin {margin:g}"
    return "keep", champion, improvement, reason


def choose_champion(
    target: str,
    candidates: list[Candidate],
    current: Candidate | None,
    *,
    metric: str | None = None,
    margin: float = 0.005,
    floor: float | None = None,
    higher_is_better: bool | None = None,
) -> SelectionDecision:
    """Decide which version should be ``target``'s champion.

    All metrics must come from the same validation set. The best scored model wins; it
    replaces ``current`` only if there is no champion, the champion has no score, or it beats
    the champion by at least ``margin`` (a tie never replaces the champion). ``metric``
    defaults to AUC for purchase/churn and Spearman for CLV. ``floor`` is only reported:
    ``passes_floor`` says whether the resulting champion reaches it.
    """
    registered_name(target)
    metric = metric or DEFAULT_METRIC[target]
    higher = metric_direction(metric) if higher_is_better is None else higher_is_better
    if margin < 0:
        raise ValueError(f"margin must be >= 0, got {margin}")
    # the champion may also be the latest of its family; compare it once
    models = {c.version: c for c in candidates}
    if current is not None:
        models.setdefault(current.version, current)
    champion = models[current.version] if current is not None else None
    ranked = _ranked(list(models.values()), metric, higher, champion.version if champion else None)
    n_scored = sum(not math.isnan(c.score(metric)) for c in ranked)
    best = ranked[0] if n_scored else None
    action, winner, improvement, reason = _decide(best, champion, n_scored, metric, higher, margin)

    passes_floor: bool | None = None
    if floor is not None and winner is not None:
        value = winner.score(metric)
        passes_floor = not math.isnan(value) and _gain(value, floor, higher) >= -_TOLERANCE
        label = _METRIC_LABELS.get(metric.lower(), metric)
        reason += f"; {winner.label} {'passes' if passes_floor else 'is below'} floor {label} {floor:g}"
    return SelectionDecision(
        target=target,
        metric=metric,
        higher_is_better=higher,
        margin=margin,
        floor=floor,
        action=action,
        winner=winner,
        champion=champion,
        best=best,
        improvement=improvement,
        passes_floor=passes_floor,
        reason=reason,
        table=_comparison_table(ranked, metric, higher, champion, winner),
    )


def _comparison_json(decision: SelectionDecision) -> str:
    rows = json.loads(decision.table.to_json(orient="records"))
    payload = {
        "target": decision.target,
        "metric": decision.metric,
        "higher_is_better": decision.higher_is_better,
        "margin": decision.margin,
        "floor": decision.floor,
        "action": decision.action,
        "passes_floor": decision.passes_floor,
        "reason": decision.reason,
        "decided_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "rows": rows,
    }
    return json.dumps(payload, ensure_ascii=False, default=str)


def apply_decision(config: TrackingConfig, target: str, decision: SelectionDecision) -> ModelVersion | None:
    """Write ``decision`` to the registry and return the champion version (``None`` if none).

    On promotion the old champion moves to ``previous_champion`` and the winner gets
    ``champion``. The comparison is stored as JSON in the champion version's ``comparison``
    tag. Raises :class:`SelectionError` when the registry's champion changed since the
    decision was made.
    """
    if decision.target != target:
        raise ValueError(f"decision is for {decision.target!r}, not {target!r}")
    if decision.winner is None:
        return None
    name = registered_name(target)
    mlflow_client = client(config)
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
    mlflow_client.set_model_version_tag(name, winner, "comparison", _comparison_json(decision))
    return mlflow_client.get_model_version(name, winner)


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
