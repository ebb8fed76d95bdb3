"""Champion selection: which registered version serves predictions, and why.

:func:`choose_champion` is pure: it compares candidates (the latest fast and elite versions)
with the current champion, all scored by the caller on ONE shared validation set, and returns a
:class:`SelectionDecision` with the reason in words and a comparison table. A candidate
replaces the champion only if it beats it by at least ``margin``, so noise between two
evaluations does not flip the champion back and forth.

:func:`apply_decision` writes a decision to the registry: aliases ``champion`` and
``previous_champion``, short tags on the champion version (``decision`` in one line,
``decision_action``, ``decided_at``), and on the run of every compared version the comparison
table with the decision in words (``selection/comparison.md``) and as data
(``selection/comparison.json``, read back by :func:`read_comparison`). :func:`rollback` swaps
the two aliases back.
"""

from __future__ import annotations

import json
import logging
import math
import tempfile
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Literal

import pandas as pd
from mlflow.entities.model_registry import ModelVersion
from mlflow.exceptions import MlflowException

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
COMPARISON_MARKDOWN = "selection/comparison.md"
COMPARISON_JSON = "selection/comparison.json"
DECISION_TAG_MAX_CHARS = 250
# the JSON tag earlier releases wrote on the champion version; removed when a new decision lands
LEGACY_COMPARISON_TAG = "comparison"

logger = logging.getLogger(__name__)


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
        reason = (f"{best.label} {_METRIC_LABELS.get(metric.lower(), metric)} {_fmt(best.score(metric))} replaces "
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
        label = _METRIC_LABELS.get(floor_metric.lower(), floor_metric)
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


def comparison_record(decision: SelectionDecision, decided_at: str | None = None) -> dict[str, Any]:
    """The decision and its comparison rows as plain data (what ``selection/comparison.json`` holds)."""
    return {
        "target": decision.target,
        "registered_model": registered_name(decision.target),
        "metric": decision.metric,
        "higher_is_better": decision.higher_is_better,
        "margin": decision.margin,
        "floor": decision.floor,
        "action": decision.action,
        "winner": decision.winner.version if decision.winner is not None else None,
        "champion_before": decision.champion.version if decision.champion is not None else None,
        "passes_floor": decision.passes_floor,
        "reason": decision.reason,
        "decided_at": decided_at or _now(),
        "rows": json.loads(decision.table.to_json(orient="records")),
    }


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def decision_line(decision: SelectionDecision, max_chars: int = DECISION_TAG_MAX_CHARS) -> str:
    """``promote: <reason>`` on one line, cut to ``max_chars`` (the full text is in the artifact)."""
    text = " ".join(f"{decision.action}: {decision.reason}".split())
    return text if len(text) <= max_chars else text[: max_chars - 1].rstrip() + "…"


def _metric_label(metric: str) -> str:
    return _METRIC_LABELS.get(metric.lower(), metric)


def _aliases_sentence(decision: SelectionDecision) -> str:
    winner, champion = decision.winner, decision.champion
    if decision.action == "promote" and winner is not None:
        if champion is not None and champion.version != winner.version:
            return (f"`champion` → {winner.label}; `previous_champion` → {champion.label} "
                    "(the version it replaced, the rollback target)")
        return f"`champion` → {winner.label} (first champion)"
    if decision.action == "keep" and winner is not None:
        return f"`champion` stays on {winner.label}"
    return "no alias set: nothing qualifies as champion"


def markdown_table(frame: pd.DataFrame) -> str:
    """A comparison table as Markdown: 4 decimals, a dash where a value is missing."""
    if frame.empty:
        return "_no version compared_"
    cells = frame.astype(object).where(frame.notna(), None)
    return cells.to_markdown(index=False, floatfmt=".4f", missingval="—")


def decision_markdown(
    decision: SelectionDecision,
    *,
    decided_at: str | None = None,
    n_validation: int | None = None,
    with_table: bool = True,
    warnings: list[str] | tuple[str, ...] = (),
) -> str:
    """The decision in full, as a Markdown block: action, reason, aliases, rule, and the table."""
    name = registered_name(decision.target)
    label = _metric_label(decision.metric)
    headline = {"promote": "promoted", "keep": "kept", "none": "no champion"}[decision.action]
    subject = f" {decision.winner.label}" if decision.winner is not None else ""
    direction = "higher" if decision.higher_is_better else "lower"
    rule = f"{label} on the shared held-out clients ({direction} is better), margin {decision.margin:g}"
    if decision.floor is not None:
        verdict = {True: "passes", False: "below", None: "not checked"}[decision.passes_floor]
        floor_label = _metric_label(decision.floor_metric or decision.metric)
        rule += f", floor {floor_label} {decision.floor:g} ({verdict})"
    lines = [
        f"**{name}: {headline}{subject}**",
        "",
        f"> {decision.reason}",
        "",
        f"- **Aliases**: {_aliases_sentence(decision)}",
        f"- **Rule**: {rule}; a candidate replaces the champion only if it beats it by the margin",
    ]
    if n_validation is not None:
        lines.append(f"- **Held-out clients**: {n_validation:,}")
    if decided_at:
        lines.append(f"- **Decided at**: {decided_at}")
    lines.extend(f"- **Warning**: {warning}" for warning in warnings)
    if with_table:
        lines += ["", markdown_table(decision.table)]
    return "\n".join(lines)


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
