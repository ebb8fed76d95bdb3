"""MLflow record of the recommender: one run per materialization in the experiment
``lvmh_recommendations`` with its settings and its offline metrics next to the popularity
baseline's. Imports MLflow: import it inside functions only.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import mlflow

from lvmh_pipeline.lib.registry.tracking_store import TrackingConfig, ensure_experiment

RECOMMENDATIONS_EXPERIMENT = "lvmh_recommendations"


@dataclass(frozen=True)
class RecommendationRun:
    run_id: str
    experiment_id: str

    @property
    def run_page(self) -> str:
        """Path of the run's page in the MLflow UI, to append to the UI's base URL."""
        return f"#/experiments/{self.experiment_id}/runs/{self.run_id}"


def log_recommendation_run(
    config: TrackingConfig,
    *,
    params: dict[str, object],
    metrics: dict[str, float],
    tags: dict[str, str],
) -> RecommendationRun:
    """Log one recommender run (params, finite metrics, tags) in ``lvmh_recommendations``."""
    experiment_config = replace(config, experiment=RECOMMENDATIONS_EXPERIMENT)
    experiment_id = ensure_experiment(experiment_config)
    with mlflow.start_run(experiment_id=experiment_id, run_name="recommendations") as run:
        mlflow.set_tags(tags)
        if params:
            mlflow.log_params({key: str(value) for key, value in params.items()})
        if metrics:
            mlflow.log_metrics(metrics)
    return RecommendationRun(run.info.run_id, experiment_id)
