"""Champion selection: which registered version serves predictions, and why.

:func:`choose_champion` is pure: it compares candidates (the latest fast and elite versions)
with the current champion, all scored by the caller on ONE shared validation set, and returns a
:class:`SelectionDecision` with the reason in words and a comparison table. A candidate
replaces the champion only if it beats it by at least ``margin``, so noise between two
evaluations does not flip the champion back and forth.

The decision is put in words by :mod:`.decision_report` and written to the registry (aliases,
tags, the comparison on every compared run; rollback) by :mod:`.aliases`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Literal

import pandas as pd
from mlflow.entities.model_registry import ModelVersion

from lvmh_pipeline.lib.modeling.evaluation import PRIMARY_METRIC
from lvmh_pipeline.lib.registry.tracking_store import FAMILIES, registered_name

DEFAULT_METRIC: dict[str, str] = PRIMARY_METRIC
HIGHER_IS_BETTER = frozenset({"auc", "roc_auc", "accuracy", "average_precision", "f1", "spearman", "r2",
                              "composite", "mae_skill", "total_score"})
LOWER_IS_BETTER = frozenset({"log_loss", "brier", "calibration_error", "ece", "mae", "rmse", "mse", "implausible"})
_METRIC_LABELS = {
    "auc": "AUC", "roc_auc": "AUC", "r2": "R²", "spearman": "Spearman", "mae": "MAE", "rmse": "RMSE",
    "composite": "size-aware score",
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
    floor_metric: str = ""
    blocked: dict[int, str] = field(default_factory=dict)

    @property
    def promote(self) -> bool:
        return self.action == "promote"

    @property
    def winner_blocked(self) -> str | None:
        """Why the resulting champion should not serve (e.g. implausible sizes), or None."""
        if self.winner is None:
            return None
        return self.blocked.get(self.winner.version)


def metric_label(metric: str) -> str:
    """How a metric is written for people (``auc`` → ``AUC``)."""
    return _METRIC_LABELS.get(metric.lower(), metric)


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
    blocked: dict[int, str] | None = None,
) -> pd.DataFrame:
    other_metrics = sorted({key for c in ranked for key in c.metrics} - {metric})
    reference = champion.score(metric) if champion else math.nan
    blocked = blocked or {}
    rows = [
        {
            "version": c.version,
            "family": c.family,
            "role": "champion" if champion is not None and c.version == champion.version else "candidate",
            metric: c.score(metric),
            "gain_vs_champion": _gain(c.score(metric), reference, higher_is_better),
            "selected": winner is not None and c.version == winner.version,
            **{key: c.score(key) for key in other_metrics},
            **({"blocked": blocked.get(c.version, "")} if blocked else {}),
        }
        for c in ranked
    ]
    columns = ["version", "family", "role", metric, "gain_vs_champion", "selected", *other_metrics]
    if blocked:
        columns.append("blocked")
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
    label = metric_label(metric)
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
    floor_metric: str | None = None,
    blocked: dict[int, str] | None = None,
) -> SelectionDecision:
    """Decide which version should be ``target``'s champion.

    All metrics must come from the same validation set. The best scored model wins; it
    replaces ``current`` only if there is no champion, the champion has no score, or it beats
    the champion by at least ``margin`` (a tie never replaces the champion). ``metric``
    defaults to AUC for purchase/churn and the size-aware composite for CLV and purchases.
    ``floor`` is only reported, on ``floor_metric`` (default ``metric``): ``passes_floor`` says
    whether the resulting champion reaches it.

    ``blocked`` maps versions that must not serve to the reason (implausible sizes): they are
    compared and shown but never win, and a blocked champion is replaced by the best eligible
    model whatever the margin. A blocked champion with no eligible replacement is kept (and
    ``winner_blocked`` says why it should not serve).
    """
    registered_name(target)
    metric = metric or DEFAULT_METRIC[target]
    higher = metric_direction(metric) if higher_is_better is None else higher_is_better
    floor_metric = floor_metric or metric
    blocked = dict(blocked or {})
    if margin < 0:
        raise ValueError(f"margin must be >= 0, got {margin}")
    # the champion may also be the latest of its family; compare it once
    models = {c.version: c for c in candidates}
    if current is not None:
        models.setdefault(current.version, current)
    champion = models[current.version] if current is not None else None
    ranked = _ranked(list(models.values()), metric, higher, champion.version if champion else None)
    eligible = [c for c in ranked if c.version not in blocked]
    n_scored = sum(not math.isnan(c.score(metric)) for c in eligible)
    best = eligible[0] if n_scored else None
    if champion is not None and champion.version in blocked and best is not None:
        action, winner, improvement = "promote", best, None
        reason = (f"{best.label} {metric_label(metric)} {_fmt(best.score(metric))} replaces "
                  f"champion {champion.label}, which is blocked ({blocked[champion.version]})")
    else:
        action, winner, improvement, reason = _decide(best, champion, n_scored, metric, higher, margin)
    for version, why in blocked.items():
        if version in models and (winner is None or version != winner.version):
            reason += f"; {models[version].label} not eligible: {why}"
    if winner is not None and winner.version in blocked:
        reason += f"; champion {winner.label} kept although blocked ({blocked[winner.version]}): no eligible model"

    passes_floor: bool | None = None
    if floor is not None and winner is not None:
        value = winner.score(floor_metric)
        floor_higher = metric_direction(floor_metric) if higher_is_better is None else higher_is_better
        passes_floor = not math.isnan(value) and _gain(value, floor, floor_higher) >= -_TOLERANCE
        label = metric_label(floor_metric)
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
        table=_comparison_table(ranked, metric, higher, champion, winner, blocked),
        floor_metric=floor_metric,
        blocked=blocked,
    )


