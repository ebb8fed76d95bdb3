"""Champion selection against the registry: score the latest fast, the latest elite and the
current champion of a target on ONE held-out set, decide with :func:`.selection.choose_champion`,
write the decision with :func:`.aliases.apply_decision`.

The held-out set is this run's :func:`.training_data.validation_split`, made with the seed and
test size the candidates were trained with (read back from their MLflow runs), so the fresh
candidates never saw it. A version whose ``data_digest`` tag equals the split's training digest
provably did not; an older champion trained on other data may have seen some of these clients,
and the comparison table says so (``held_out`` column).

One rule is added to the margin rule: a model below the floor never becomes a target's *first*
champion (nothing is better than a bad model). When a champion exists, a candidate that beats
it by the margin replaces it even below the floor; the floor check then fails and blocks
scoring downstream.

Every family competes (fast, elite, BG/NBD, Pareto/NBD). For the amounts (CLV, expected
purchases) a version whose validation predictions are implausible (above 20 × a client's best
observed year, :mod:`..modeling.plausibility`) is blocked: it is shown in the comparison but can
neither win nor stay champion. The winner's calibration by past purchases and its top-decile lift
on the same clients are returned for the ``best_model`` metadata.

Imports MLflow: import it inside functions only.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace

import pandas as pd
from mlflow.entities.model_registry import ModelVersion

from lvmh_pipeline.lib.registry.champions import run_params
from lvmh_pipeline.lib.modeling.evaluation import calibration_by_frequency, purchase_frequency, top_decile_lift
from lvmh_pipeline.lib.modeling.labeling.labels import LabelSet
from lvmh_pipeline.lib.modeling.evaluation import RANK_METRIC, target_metrics
from lvmh_pipeline.lib.modeling.models import predict_target, window_days
from lvmh_pipeline.lib.modeling.plausibility import PLAUSIBILITY_MULTIPLE, implausible
from lvmh_pipeline.lib.modeling.labeling.windows import rate_model_blocks
from lvmh_pipeline.lib.registry.aliases import apply_decision
from lvmh_pipeline.lib.registry.decision_report import decision_markdown
from lvmh_pipeline.lib.registry.selection import (
    DEFAULT_METRIC,
    Candidate,
    SelectionDecision,
    choose_champion,
    metric_direction,
)
from lvmh_pipeline.lib.registry.tracking_store import FAMILIES, TrackingConfig, registered_name
from lvmh_pipeline.lib.registry.versions import champion_version, latest_version, load_version
from lvmh_pipeline.lib.modeling.training_data import validation_split

DEFAULT_SEED = 42
DEFAULT_TEST_SIZE = 0.25


@dataclass(frozen=True)
class TargetSelection:
    """What the selector did for one target."""

    target: str
    metric: str
    floor: float | None
    decision: SelectionDecision | None
    champion: Candidate | None  # after the decision
    comparison: pd.DataFrame  # one row per compared version, best first
    reason: str
    n_validation: int = 0
    warnings: list[str] = field(default_factory=list)
    floor_metric: str = ""
    calibration: pd.DataFrame = field(default_factory=pd.DataFrame)  # the champion's, by past purchases
    lift: float | None = None  # the champion's top-decile lift on the validation clients

    @property
    def champion_blocked(self) -> str | None:
        """Why the champion must not serve (implausible predictions), or None."""
        return self.decision.winner_blocked if self.decision is not None else None

    @property
    def champion_score(self) -> float | None:
        if self.champion is None:
            return None
        value = self.champion.score(self.metric)
        return None if math.isnan(value) else value

    @property
    def champion_page(self) -> str | None:
        """Path of the champion version's page in the MLflow UI."""
        if self.champion is None:
            return None
        return f"#/models/{registered_name(self.target)}/versions/{self.champion.version}"

    def markdown(self, *, with_table: bool = False) -> str:
        """The decision in full as Markdown (what ``best_model`` shows): action, reason, aliases,
        rule, held-out size and warnings; the comparison table too with ``with_table``."""
        if self.decision is None:
            lines = [f"**{registered_name(self.target)}: no decision**", "", f"> {self.reason}", ""]
            lines += [f"- **Warning**: {warning}" for warning in self.warnings]
            return "\n".join(lines)
        return decision_markdown(self.decision, n_validation=self.n_validation, with_table=with_table,
                                 warnings=self.warnings)

    @property
    def passes_floor(self) -> bool | None:
        """Whether the champion reaches the floor; ``None`` without champion or floor."""
        if self.champion is None or self.floor is None:
            return None
        return reaches_floor(self.champion, self.floor_metric or self.metric, self.floor)


def reaches_floor(candidate: Candidate, metric: str, floor: float) -> bool:
    """True when the candidate's metric is at least the floor (at most, for a loss)."""
    value = candidate.score(metric)
    if math.isnan(value):
        return False
    return value >= floor - 1e-9 if metric_direction(metric) else value <= floor + 1e-9


def gate_first_champion(decision: SelectionDecision) -> SelectionDecision:
    """Cancel the promotion of a below-floor model when there is no champion to replace."""
    if not decision.promote or decision.champion is not None or decision.passes_floor is not False:
        return decision
    reason = f"{decision.reason}; not promoted: a first champion must reach the floor"
    table = decision.table.assign(selected=False)
    return replace(decision, action="none", winner=None, improvement=None, passes_floor=None,
                   reason=reason, table=table)


def split_settings(config: TrackingConfig, versions: list[ModelVersion]) -> tuple[int, float]:
    """(seed, test_size) the newest of ``versions`` was trained with (defaults if not logged)."""
    for version in sorted(versions, key=lambda v: int(v.version), reverse=True):
        if not version.run_id:
            continue
        params = run_params(config, version.run_id)
        if "seed" in params and "test_size" in params:
            return int(params["seed"]), float(params["test_size"])
    return DEFAULT_SEED, DEFAULT_TEST_SIZE


def _score_versions(config: TrackingConfig, target: str, versions: dict[int, ModelVersion],
                    features: pd.DataFrame, y: object, horizon_days: float,
                    warnings: list[str]) -> tuple[dict[int, dict[str, float]], dict[int, object]]:
    """Metrics (with ``implausible``, the count of implausible predictions) and predictions of
    every version on the validation clients."""
    scores: dict[int, dict[str, float]] = {}
    predictions: dict[int, object] = {}
    for number in sorted(versions):
        try:
            pipeline = load_version(config, target, number)
            predicted = predict_target(pipeline, target, features)
            scores[number] = target_metrics(target, y, predicted)
            scores[number]["implausible"] = float(implausible(target, predicted, features, horizon_days).sum())
            predictions[number] = predicted
        except Exception as error:  # an old version that cannot score today's frame is left unscored
            warnings.append(f"{registered_name(target)} v{number} not scored: {type(error).__name__}: {error}")
            scores[number] = {}
    return scores, predictions


def _blocked(scores: dict[int, dict[str, float]], n: int) -> dict[int, str]:
    return {number: (f"{int(metrics['implausible'])} of {n} validation clients predicted above "
                     f"{PLAUSIBILITY_MULTIPLE:g}x their best observed year")
            for number, metrics in scores.items() if metrics.get("implausible", 0) > 0}


def select_champion(
    config: TrackingConfig,
    target: str,
    features: pd.DataFrame,
    labels: LabelSet | pd.DataFrame,
    *,
    margin: float,
    floor: float | None,
) -> TargetSelection:
    """Compare the latest fast, latest elite and current champion of ``target`` on this run's
    held-out clients, apply the decision to the registry and return it."""
    metric, floor_metric = DEFAULT_METRIC[target], RANK_METRIC[target]
    latest = [v for family in FAMILIES if (v := latest_version(config, target, family)) is not None]
    current = champion_version(config, target)
    if not latest and current is None:
        reason = f"no registered version of {registered_name(target)}: nothing to compare"
        return TargetSelection(target, metric, floor, None, None, pd.DataFrame(), reason)
    seed, test_size = split_settings(config, latest or [current])
    try:
        split = validation_split(features, labels, target, seed=seed, test_size=test_size)
    except ValueError as error:
        reason = f"no held-out set for {target} in this run's labels ({error}): champion left as it is"
        kept = Candidate.from_model_version(current, {}) if current is not None else None
        return TargetSelection(target, metric, floor, None, kept, pd.DataFrame(), reason)
    versions = {int(v.version): v for v in [*latest, current] if v is not None}
    warnings: list[str] = []
    valid = split.validation_features
    horizon = window_days(target, labels.horizons if isinstance(labels, LabelSet) else None)
    scores, predictions = _score_versions(config, target, versions, valid, split.y[split.valid_idx], horizon,
                                          warnings)
    candidates = [Candidate.from_model_version(v, scores[int(v.version)]) for v in latest]
    incumbent = Candidate.from_model_version(current, scores[int(current.version)]) if current else None
    blocked = _blocked(scores, len(split.valid_idx))
    if isinstance(labels, LabelSet) and labels.horizons is not None:
        families = {number: v.tags.get("family", "") for number, v in versions.items()}
        eligible = {number for number, metrics in scores.items() if metrics and number not in blocked}
        blocked.update(rate_model_blocks(target, str(labels.plan.get("horizon_method", "")),
                                         window_days(target, labels.horizons), window_days(target, labels.asked),
                                         families, eligible))
    decision = gate_first_champion(
        choose_champion(target, candidates, incumbent, metric=metric, margin=margin, floor=floor,
                        floor_metric=floor_metric, blocked=blocked)
    )
    held_out = {number: v.tags.get("data_digest") == split.train_digest for number, v in versions.items()}
    decision = replace(decision, table=decision.table.assign(held_out=decision.table["version"].map(held_out)))
    apply_decision(config, target, decision)  # the table, held_out included, goes to selection/comparison.md
    calibration, lift = pd.DataFrame(), None
    if decision.winner is not None and decision.winner.version in predictions:
        predicted, actual = predictions[decision.winner.version], split.y[split.valid_idx]
        calibration = calibration_by_frequency(purchase_frequency(valid), actual, predicted)
        lift = top_decile_lift(actual, predicted)
    return TargetSelection(target, metric, floor, decision, decision.winner, decision.table, decision.reason,
                           len(split.valid_idx), warnings, floor_metric, calibration, lift)
