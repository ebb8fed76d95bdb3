"""The models that serve predictions: the ``champion`` version of each target, loaded safely.

Imports MLflow (through :mod:`.tracking`), so import this module inside functions, never at
the top of a Dagster definitions module or of the CLI.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from lvmh_pipeline.lib.modeling.evaluation import TARGETS
from lvmh_pipeline.lib.scoring.report import ModelSummary
from lvmh_pipeline.lib.registry.tracking_store import TrackingConfig, client, registered_name
from lvmh_pipeline.lib.registry.versions import champion_version, load_version


class NoChampionError(RuntimeError):
    """No target has a ``champion`` version: nothing can be scored yet."""


@dataclass(frozen=True)
class ChampionModel:
    """One target's champion: the fitted pipeline and where it comes from."""

    target: str
    version: int
    family: str
    pipeline: Any
    run_id: str
    label_source: str
    data_digest: str
    metrics: dict[str, float] = field(default_factory=dict)  # held-out metrics logged at training
    tags: dict[str, str] = field(default_factory=dict)  # the version's tags (label_days, horizon_days…)

    @property
    def label_days(self) -> int | None:
        """The window of the labels it learnt on (None for labels from a file or an old version)."""
        return _int(self.tags.get("label_days"))

    @property
    def horizon_days(self) -> int | None:
        """The horizon its outputs are for (None when unknown: then they are taken as they are)."""
        return _int(self.tags.get("horizon_days"))

    @property
    def feature_columns(self) -> list[str]:
        return [str(c) for c in getattr(self.pipeline, "feature_names_in_", [])]

    @property
    def registered_model(self) -> str:
        return registered_name(self.target)

    def summary(self) -> ModelSummary:
        """What the predictions report shows of this champion."""
        return ModelSummary(self.target, self.registered_model, self.version, self.family, self.label_source,
                            self.metrics, self.horizon_days, self.label_days)


def _int(value: object) -> int | None:
    try:
        return int(str(value))
    except (TypeError, ValueError):
        return None


def run_metrics(config: TrackingConfig, run_id: str) -> dict[str, float]:
    """Metrics of an MLflow run (the held-out metrics of a training run)."""
    return dict(client(config).get_run(run_id).data.metrics)


def run_params(config: TrackingConfig, run_id: str) -> dict[str, str]:
    """Params of an MLflow run."""
    return dict(client(config).get_run(run_id).data.params)


def load_champions(config: TrackingConfig, targets: tuple[str, ...] = TARGETS) -> dict[str, ChampionModel]:
    """The champion of each target that has one (targets without a champion are left out)."""
    champions: dict[str, ChampionModel] = {}
    for target in targets:
        version = champion_version(config, target)
        if version is None:
            continue
        champions[target] = ChampionModel(
            target=target,
            version=int(version.version),
            family=version.tags.get("family", "unknown"),
            pipeline=load_version(config, target, version.version),
            run_id=version.run_id or "",
            label_source=version.tags.get("label_source", ""),
            data_digest=version.tags.get("data_digest", ""),
            metrics=run_metrics(config, version.run_id) if version.run_id else {},
            tags=dict(version.tags),
        )
    return champions


def require_champions(config: TrackingConfig) -> dict[str, ChampionModel]:
    """:func:`load_champions`, raising :class:`NoChampionError` with the fix when there is none."""
    champions = load_champions(config)
    if not champions:
        raise NoChampionError(
            f"no champion model in the MLflow registry at {config.tracking_uri}: train first "
            "(put transactions.csv or labels.csv in the data dir, then `lvmh-pipeline run` or "
            "materialize the modeling group)"
        )
    return champions


def needs_embeddings(champions: dict[str, ChampionModel]) -> bool:
    """True when some champion reads note-embedding columns (``emb_*``)."""
    return any(column.startswith("emb_") for model in champions.values() for column in model.feature_columns)


def horizons_of(champions: dict[str, ChampionModel]) -> dict[str, object]:
    """target → :class:`..scoring.predictions.Serving` from the champion's version tags (label
    window, horizon, carrier, scoring-date priors) for ``score_clients``; a version that records
    none is scored as it is."""
    from lvmh_pipeline.lib.modeling.labeling.windows import prior_from_tag
    from lvmh_pipeline.lib.scoring.predictions import Serving

    out = {}
    for target, model in champions.items():
        priors = {kind: prior for kind in ("bgnbd", "pnbd", "gamma_gamma")
                  if (prior := prior_from_tag(model.tags.get(f"prior_{kind}"))) is not None}
        if model.label_days and model.horizon_days or priors:
            out[target] = Serving(float(model.label_days) if model.label_days else None,
                                  float(model.horizon_days) if model.horizon_days else None,
                                  model.tags.get("horizon_carrier", ""), priors)
    return out


def versions_of(champions: dict[str, ChampionModel]) -> dict[str, str]:
    """target → ``"<version>"``, what :func:`.scoring.score_clients` records per row."""
    return {target: str(model.version) for target, model in champions.items()}
