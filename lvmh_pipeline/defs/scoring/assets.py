"""Scoring: predictions from the champion models, and product recommendations per client."""

# No `from __future__ import annotations` here: Dagster 1.13 reads the config and context
# annotations of asset functions unevaluated and rejects them as strings.

from collections.abc import Iterator
from dataclasses import asdict
from datetime import datetime, timezone

import dagster as dg
import pandas as pd

from lvmh_pipeline.defs.inputs import concept_facts, note_keys_and_language, note_texts
from lvmh_pipeline.lib.scoring.predictions import PREDICTIONS_COLUMNS

from lvmh_pipeline.defs.resources import EmbeddingModel, LvmhPaths, MlflowTracking
from lvmh_pipeline.lib.recommendations.catalog import CatalogFileError, CatalogLoad, load_catalog, product_text
from lvmh_pipeline.lib.features.embeddings import EmbeddingCache, embed_with_cache
from lvmh_pipeline.lib.ingestion.notes import unique_note_concepts, unique_notes
from lvmh_pipeline.lib.modeling.labeling.label_files import TransactionsFileError
from lvmh_pipeline.lib.modeling.features import build_feature_frame
from lvmh_pipeline.lib.scoring.prediction_stats import prediction_summary, range_problems, segment_tables
from lvmh_pipeline.lib.scoring.report import write_prediction_outputs
from lvmh_pipeline.lib.analytics.affinity import AffinityThresholds
from lvmh_pipeline.lib.recommendations.engine import RecommendationWeights, recommend
from lvmh_pipeline.lib.recommendations.evaluation import OfflineEvaluation, align_clients, evaluate_at
from lvmh_pipeline.lib.common.metadata import markdown_preview, value_counts_markdown
from lvmh_pipeline.lib.scoring.predictions import score_clients
from lvmh_pipeline.lib.modeling.training_data import align_note_vectors, known_clients, read_optional_transactions

PREDICTIONS = dg.AssetKey("predictions")


class PredictionsConfig(dg.Config):
    """`scoring_date` (ISO): the date clients are scored at; notes and orders after it are not
    used (default: the last note or order date)."""

    scoring_date: str | None = None


class RecommendationConfig(dg.Config):
    """Top-k size, blend weights (normalized; collaborative is dropped without transactions) and
    the window after T the offline evaluation checks new purchases in."""

    k: int = 5
    content_weight: float = 0.30
    concept_weight: float = 0.30
    budget_weight: float = 0.20
    collaborative_weight: float = 0.20
    affinity_weight: float = 0.15
    evaluation_horizon_days: int = 90

    def weights(self) -> RecommendationWeights:
        return RecommendationWeights(self.content_weight, self.concept_weight, self.budget_weight,
                                     self.collaborative_weight, self.affinity_weight)


def _read_transactions(paths: LvmhPaths, as_of: str | None = None) -> pd.DataFrame | None:
    try:
        return read_optional_transactions(paths.root, as_of)
    except TransactionsFileError as error:
        raise dg.Failure(description=str(error)) from error


@dg.asset(
    group_name="scoring",
    kinds={"duckdb", "sklearn"},
    deps=["best_model"],
    ins={"notes": note_texts, "note_concepts": concept_facts},
    check_specs=[
        dg.AssetCheckSpec(
            "predictions_in_range",
            asset=PREDICTIONS,
            description="Probabilities in [0, 1], predicted CLV and expected purchases finite and ≥ 0, "
            "segments among the known labels (Unknown only where a target has no champion, No history only "
            "for clients without an order, who carry no churn risk), one row per client.",
        )
    ],
)
def predictions(
    context: dg.AssetExecutionContext,
    config: PredictionsConfig,
    client_profiles: pd.DataFrame,
    notes: pd.DataFrame,
    note_concepts: pd.DataFrame,
    note_embeddings: pd.DataFrame,
    paths: LvmhPaths,
    mlflow: MlflowTracking,
) -> Iterator[dg.Output | dg.AssetCheckResult]:
    """Per known client (notes or orders), from each target's current champion loaded from MLflow
    (no retraining: the refresh after an upload scores new clients the same day; skipped with a
    warning and an empty table before the first champion exists) and features as of the scoring
    date (config; default: the last note or order): for the champions' horizon, purchase
    probability, expected purchases, predicted CLV, churn risk, P(alive) where a model gives it,
    the order-history flag (none / short / ok: notes-only clients get no churn risk and the
    segment No history), value and risk segments, model versions and top drivers. Also writes
    `outputs/client_profiles_with_predictions.csv` and `outputs/ml_predictions_report.md`."""
    from lvmh_pipeline.lib.registry.champions import (
        NoChampionError,
        horizons_of,
        needs_embeddings,
        require_champions,
        versions_of,
    )

    try:
        champions = require_champions(mlflow.config())
    except NoChampionError as error:  # before the first retrain: nothing to score with yet
        context.log.warning(f"no predictions yet: {error}")
        yield dg.Output(pd.DataFrame(columns=PREDICTIONS_COLUMNS),
                        metadata={"dagster/row_count": 0, "skipped": f"no champion model yet: {error}"})
        yield dg.AssetCheckResult(check_name="predictions_in_range", passed=True,
                                  metadata={"skipped": "no champion model yet: nothing was scored"})
        return
    # the loaded inputs are deduplicated and released in place: no table is held twice
    notes, transactions = unique_notes(notes, in_place=True), _read_transactions(paths, config.scoring_date)
    if config.scoring_date:
        notes = notes[pd.to_datetime(notes["note_date"], errors="coerce").le(pd.Timestamp(config.scoring_date))]
    vectors = align_note_vectors(notes, note_embeddings, release=True) if needs_embeddings(champions) else None
    features = build_feature_frame(notes, unique_note_concepts(note_concepts, in_place=True), transactions,
                                   known_clients(notes, transactions), as_of=config.scoring_date, note_vectors=vectors)
    serving = horizons_of(champions)
    scored = score_clients({t: c.pipeline for t, c in champions.items()}, features, versions_of(champions),
                           horizons=serving)
    generated_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
    csv_path, report_path = write_prediction_outputs(
        paths.outputs_dir, client_profiles, scored, [c.summary() for c in champions.values()],
        generated_at=generated_at)
    context.log.info(f"{len(scored)} clients scored with {versions_of(champions)}")
    problems = range_problems(scored)
    yield dg.Output(scored, metadata={
        "dagster/row_count": len(scored),
        "model_versions": dg.MetadataValue.json(versions_of(champions)),
        "scoring_date": config.scoring_date or "last note or order",
        "horizons": dg.MetadataValue.json({t: {"label_days": v.label_days, "horizon_days": v.horizon_days,
                                               "carrier": v.carrier, "refit_priors": sorted(v.priors)}
                                           for t, v in serving.items()}),
        **{key: value for key, value in prediction_summary(scored).items() if value is not None},
        **{f"{name}_segments": dg.MetadataValue.md(table.to_markdown(index=False, floatfmt=".3f"))
           for name, table in segment_tables(scored).items()},
        "csv": dg.MetadataValue.path(str(csv_path)),
        "report": dg.MetadataValue.path(str(report_path)),
        "preview": dg.MetadataValue.md(markdown_preview(scored.drop(columns=["model_versions"]))),
    })
    yield dg.AssetCheckResult(check_name="predictions_in_range", passed=not any(problems.values()),
                              severity=dg.AssetCheckSeverity.WARN, metadata=problems)


@dg.asset(group_name="scoring", kinds={"duckdb", "mlflow"},
          ins={"notes": note_keys_and_language, "note_concepts": concept_facts})
def recommendations(
    context: dg.AssetExecutionContext,
    config: RecommendationConfig,
    client_profiles: pd.DataFrame,
    client_vectors: pd.DataFrame,
    notes: pd.DataFrame,
    note_concepts: pd.DataFrame,
    note_embeddings: pd.DataFrame,
    product_affinity: pd.DataFrame,
    paths: LvmhPaths,
    embedding_model: EmbeddingModel,
    mlflow: MlflowTracking,
) -> dg.Output[pd.DataFrame]:
    """Top-k products per client from `catalog.csv` (or the demo catalog): a blend of note /
    product embedding similarity, concept match, budget fit, co-purchases and "bought together"
    in one order (`product_affinity`; both when `transactions.csv` exists), with a reason; never a product the client already bought, nor
    a fragrance to a fragrance-allergic client. Evaluated offline as of a past date T (hit rate
    and NDCG on first purchases after T, next to the popularity baseline) and logged to MLflow
    (experiment `lvmh_recommendations`). Needs no labels."""
    from lvmh_pipeline.lib.recommendations.tracking import log_recommendation_run

    try:
        catalog = load_catalog(paths.root / "catalog.csv")
    except CatalogFileError as error:
        raise dg.Failure(description=str(error)) from error
    embedder = embedding_model.get_embedder()
    with EmbeddingCache(paths.cache_dir / "embeddings.duckdb") as cache:
        products = embed_with_cache(product_text(catalog.catalog), embedder, cache, batch_size=embedding_model.batch_size)
    transactions = _read_transactions(paths)
    clients, client_matrix = align_clients(client_profiles, client_vectors)
    recs = recommend(clients, client_matrix, catalog.catalog, products.vectors, transactions, k=config.k,
                     weights=config.weights(), affinity=product_affinity)
    evaluation = None if transactions is None else evaluate_at(  # inputs deduplicated in place: not held twice
        unique_notes(notes, in_place=True), unique_note_concepts(note_concepts, in_place=True), note_embeddings,
        catalog.catalog, products.vectors,
        transactions, k=config.k, horizon_days=config.evaluation_horizon_days, weights=config.weights(),
        affinity=AffinityThresholds())
    if evaluation is None:
        context.log.warning("no transactions.csv: content-only recommendations, offline evaluation skipped")
    run = log_recommendation_run(
        mlflow.config(),
        params=_recommendation_params(config, catalog, len(clients), transactions is not None, evaluation),
        metrics={"n_recommendations": float(len(recs)), **(evaluation.flat_metrics() if evaluation else {})},
        tags={"evaluated": str(evaluation is not None).lower()},
    )
    return dg.Output(recs, metadata={
        "dagster/row_count": len(recs),
        "clients": int(recs["client_id"].nunique()) if len(recs) else 0,
        "catalog": "demo catalog" if catalog.is_demo else catalog.source,
        "products": len(catalog.catalog),
        "rejected_products": len(catalog.rejected),
        "collaborative_signal": transactions is not None,
        "product_embeddings_cached": products.n_cached,
        **_evaluation_metadata(evaluation),
        "mlflow_run": mlflow.page_url(run.run_page),
        "categories": dg.MetadataValue.md(value_counts_markdown(recs["category"], name="category")),
        "preview": dg.MetadataValue.md(markdown_preview(recs[["client_id", "rank", "product_name", "score", "reason"]])),
    })


def _recommendation_params(config: RecommendationConfig, catalog: CatalogLoad, n_clients: int,
                           with_transactions: bool, evaluation: OfflineEvaluation | None) -> dict[str, object]:
    weights = asdict(config.weights().normalized(with_transactions, with_transactions))
    return {
        "k": config.k,
        **{f"weight_{name}": round(value, 4) for name, value in weights.items()},
        "catalog": "demo" if catalog.is_demo else catalog.source,
        "n_products": len(catalog.catalog),
        "n_clients": n_clients,
        "with_transactions": with_transactions,
        "evaluation_as_of": evaluation.as_of.isoformat() if evaluation else "none",
        "evaluation_horizon_days": config.evaluation_horizon_days,
    }


def _evaluation_metadata(evaluation: OfflineEvaluation | None) -> dict[str, object]:
    if evaluation is None:
        return {"offline_evaluation": "skipped: no transactions.csv"}
    return {
        "evaluation_as_of": evaluation.as_of.isoformat(),
        "evaluated_clients": int(evaluation.model.get("n_clients", 0)),
        "hit_rate_at_k": evaluation.model.get("hit_rate_at_k"),
        "ndcg_at_k": evaluation.model.get("ndcg_at_k"),
        "popularity_hit_rate_at_k": evaluation.popularity.get("hit_rate_at_k"),
        "popularity_ndcg_at_k": evaluation.popularity.get("ndcg_at_k"),
        "offline_evaluation": dg.MetadataValue.md(evaluation.table().to_markdown(index=False, floatfmt=".4f")),
    }
