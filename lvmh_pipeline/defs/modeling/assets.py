"""Modeling: fast, elite, BG/NBD and Pareto/NBD models tracked in MLflow, the selector that promotes
each target's champion, and the out-of-time backtest (the labels and the training frame they learn
from: :mod:`.training_data`)."""

# No `from __future__ import annotations` here: Dagster 1.13 reads the config and context
# annotations of asset functions unevaluated and rejects them as strings.

from datetime import date

import dagster as dg
import pandas as pd

from lvmh_pipeline.defs.inputs import concept_facts, note_texts
from lvmh_pipeline.defs.modeling.checks import (
    champion_check_result,
    champion_check_spec,
    plausibility_check_result,
    plausibility_check_spec,
)
from lvmh_pipeline.defs.modeling.training_data import BacktestConfig
from lvmh_pipeline.defs.resources import LvmhPaths, MlflowTracking
from lvmh_pipeline.lib.ingestion.notes import unique_note_concepts, unique_notes
from lvmh_pipeline.lib.modeling.evaluation import TARGETS
from lvmh_pipeline.lib.modeling.labeling.label_table import label_set_from_table
from lvmh_pipeline.lib.modeling.training_data import align_note_vectors, read_optional_transactions


class TrainingConfig(dg.Config):
    """Share of the labelled clients held out (stratified) for the metrics, and the seed."""

    seed: int = 42
    test_size: float = 0.25


class SelectionConfig(dg.Config):
    """A candidate replaces the champion only if it beats it by `margin` (AUC for purchase and
    churn, the size-aware composite for CLV and expected purchases); the floors (AUC, Spearman)
    are what the blocking champion check enforces."""

    margin: float = 0.005
    purchase_floor_auc: float = 0.6
    churn_floor_auc: float = 0.6
    clv_floor_spearman: float = 0.2
    purchases_floor_spearman: float = 0.2

    def floor(self, target: str) -> float:
        return {"purchase": self.purchase_floor_auc, "churn": self.churn_floor_auc,
                "clv": self.clv_floor_spearman, "purchases": self.purchases_floor_spearman}[target]


def _markdown(frame: pd.DataFrame) -> dg.MetadataValue:
    """A table for the UI: 4 decimals, a dash where a metric does not apply."""
    cells = frame.astype(object).where(frame.notna(), None)
    return dg.MetadataValue.md(cells.to_markdown(index=False, floatfmt=".4f", missingval="—"))


def _model_asset(family: str, description: str) -> dg.AssetsDefinition:
    @dg.asset(name=f"{family}_model", group_name="modeling", kinds={"mlflow", "sklearn"}, description=description)
    def model_asset(
        context: dg.AssetExecutionContext,
        config: TrainingConfig,
        training_features: pd.DataFrame,
        training_labels: pd.DataFrame,
        mlflow: MlflowTracking,
    ) -> dg.MaterializeResult:
        from lvmh_pipeline.lib.modeling.training import train_family, training_table

        labels = label_set_from_table(training_labels)
        results = train_family(mlflow.config(), family, training_features, labels, seed=config.seed,
                               test_size=config.test_size)
        metadata: dict[str, object] = {"label_source": labels.source,
                                       "as_of": labels.as_of.isoformat() if labels.as_of else None}
        for r in results:
            if r.logged is None:
                context.log.warning(f"{family} {r.target} not trained: {r.error}")
                metadata[f"{r.target}_status"] = f"not trained: {r.error}"
                continue
            context.log.info(f"{family} {r.target}: v{r.logged.version}, held-out "
                             f"{r.primary_metric} {r.metrics.get(r.primary_metric, float('nan')):.3f}")
            metadata[f"{r.target}_version"] = r.logged.version
            metadata[f"{r.target}_run_id"] = r.logged.run_id
            metadata[f"{r.target}_run"] = mlflow.page_url(r.logged.run_page)
            metadata[f"{r.target}_model"] = mlflow.page_url(r.logged.version_page)
            metadata[f"{r.target}_data_digest"] = r.data_digest
            for warning in r.warnings:
                context.log.warning(warning)
        metadata["metrics"] = _markdown(training_table(results))
        return dg.MaterializeResult(metadata=metadata)

    return model_asset


fast_model = _model_asset(
    "fast",
    "Fast family, one per target (purchase, churn, CLV): TF-IDF of the client's common concepts + "
    "profile statistics + RFM (when there is order history) → random forest. Each fitted pipeline is an MLflow run in lvmh_client_models with "
    "its held-out metrics, and a new version of lvmh_purchase / lvmh_churn / lvmh_clv tagged "
    "family, label source and data digest (stored with skops).",
)
elite_model = _model_asset(
    "elite",
    "Elite family, one per target: fast inputs + lifecycle (first/last contact, shrunk yearly "
    "rates), concept co-occurrence, BG/NBD features (P(alive), P(purchase), expected purchases) and "
    "BG/NBD + Gamma-Gamma features over the label window (pipeline steps fitted on the training "
    "histories) and PCA-reduced note embeddings → stacking of random forest, gradient boosting "
    "(early-stopped on a validation split of the training clients) and a linear model under a "
    "logistic meta-model fitted on out-of-fold probabilities (calibrated); for CLV and expected "
    "purchases a voting regressor with Poisson members, the GLM on inputs clipped to their training "
    "range and the output capped. Logged and registered like the fast family.",
)
bgnbd_model = _model_asset(
    "bgnbd",
    "BG/NBD candidate, one per target: the rate model of Fader, Hardie & Lee (2005) on each client's "
    "purchase history (repeat purchase days, recency, age), fitted by maximum likelihood on the "
    "training clients, with Gamma-Gamma spend per purchase for CLV (own code, checked against the "
    "published CDNOW estimates). Carries any horizon; logged and registered like the fast family.",
)
pnbd_model = _model_asset(
    "pnbd",
    "Pareto/NBD candidate, one per target: the rate model of Schmittlein, Morrison & Colombo (1987) "
    "with continuous-time dropout, on each client's purchase history, with Gamma-Gamma spend per "
    "purchase for CLV (own code, checked against the published CDNOW estimates). Carries any "
    "horizon; logged and registered like the fast family.",
)


@dg.asset(
    group_name="modeling",
    kinds={"mlflow"},
    deps=[fast_model, elite_model, bgnbd_model, pnbd_model],
    check_specs=[champion_check_spec(), plausibility_check_spec()],
)
def best_model(
    context: dg.AssetExecutionContext,
    config: SelectionConfig,
    training_features: pd.DataFrame,
    training_labels: pd.DataFrame,
    mlflow: MlflowTracking,
) -> dg.MaterializeResult:
    """Per target, scores the latest fast, elite, BG/NBD and Pareto/NBD versions and the current
    champion on the same held-out clients (the split the candidates were trained around),
    promotes the best (AUC; for CLV and expected purchases a size-aware composite of Spearman,
    R², MAE and Σpredicted/Σactual) to alias `champion` only if it beats the champion by the
    margin, keeps the replaced one as `previous_champion`. A version with implausible sizes
    (above 20 × a client's best observed year) is blocked, and so are the ML families for the
    amounts when the label window had to be shortened (a rate model carries the horizon). The
    decision is tagged on the champion version in one line, and written in full with the
    comparison table to `selection/comparison.md` of every compared version's MLflow run; here
    each target's decision, the champion's calibration by past purchases and its lift."""
    from lvmh_pipeline.lib.registry.promotion import select_champion

    labels = label_set_from_table(training_labels)
    selections = []
    metadata: dict[str, object] = {}
    for target in TARGETS:
        selection = select_champion(mlflow.config(), target, training_features, labels, margin=config.margin,
                                    floor=config.floor(target))
        for warning in selection.warnings:
            context.log.warning(warning)
        context.log.info(f"{target}: {selection.reason}")
        metadata[f"{target}_decision"] = dg.MetadataValue.md(selection.markdown())
        if not selection.comparison.empty:
            metadata[f"{target}_comparison"] = _markdown(selection.comparison)
        if selection.champion is not None:
            metadata[f"{target}_champion"] = mlflow.page_url(selection.champion_page)
        if not selection.calibration.empty:
            metadata[f"{target}_calibration_by_past_purchases"] = _markdown(selection.calibration)
        selections.append(selection)
    versions = {s.target: s.champion.version for s in selections if s.champion is not None}
    metadata["champion_versions"] = dg.MetadataValue.json(versions)
    metadata["champion_families"] = dg.MetadataValue.json(
        {s.target: s.champion.family for s in selections if s.champion is not None})
    metadata["champion_top_decile_lift"] = dg.MetadataValue.json(
        {s.target: round(s.lift, 3) for s in selections if s.lift is not None})
    metadata["horizon_method"] = str(labels.plan.get("horizon_method", "observed" if labels.horizons else "labels file"))
    metadata["n_validation"] = dg.MetadataValue.json({s.target: s.n_validation for s in selections})
    return dg.MaterializeResult(metadata=metadata, check_results=[champion_check_result(selections),
                                                                  plausibility_check_result(selections)])


@dg.asset(group_name="modeling", kinds={"mlflow", "sklearn"},
          ins={"notes": note_texts, "note_concepts": concept_facts})
def model_backtest(
    context: dg.AssetExecutionContext,
    config: BacktestConfig,
    training_labels: pd.DataFrame,
    notes: pd.DataFrame,
    note_concepts: pd.DataFrame,
    note_embeddings: pd.DataFrame,
    paths: LvmhPaths,
    mlflow: MlflowTracking,
) -> dg.MaterializeResult:
    """Out-of-time check of both families for every target: fit at an earlier as-of date on every
    labelled client, score the clients at a later one with the data a scoring run would have
    then, and measure against what they did next; next to a naive baseline (recency for purchase
    and churn, past-year spend for CLV). One MLflow run per family and target (kind=backtest)."""
    from lvmh_pipeline.lib.modeling.backtesting.backtest import results_table, run_backtests
    from lvmh_pipeline.lib.modeling.backtesting.backtest_folds import plan_folds
    from lvmh_pipeline.lib.registry.backtest_runs import log_backtest

    labels = label_set_from_table(training_labels)
    transactions = read_optional_transactions(paths.root, labels.plan.get("score_as_of"))
    if transactions is None or transactions.empty:
        message = "no transactions.csv: an out-of-time backtest needs order history to make past labels"
        context.log.warning(message)
        return dg.MaterializeResult(metadata={"status": "skipped", "message": message})
    # the training run's windows and T (the latest evaluation date), unless pinned in the config
    horizons = labels.horizons or config.horizons()
    as_of = date.fromisoformat(config.as_of) if config.as_of else labels.as_of
    folds, reasons = plan_folds(transactions, horizons, config.n_folds, config.step_days, latest_eval=as_of)
    for reason in reasons:
        context.log.warning(f"backtest: {reason}")
    notes = unique_notes(notes, in_place=True)  # the loaded inputs: deduplicated and released in place
    results = run_backtests(notes, unique_note_concepts(note_concepts, in_place=True), transactions, folds,
                            note_vectors=align_note_vectors(notes, note_embeddings, release=True), horizons=horizons,
                            on_progress=context.log.info)
    metadata: dict[str, object] = {
        "folds": dg.MetadataValue.json([{"train_as_of": f.train_as_of.isoformat(),
                                         "eval_as_of": f.eval_as_of.isoformat()} for f in folds]),
        "folds_not_built": dg.MetadataValue.md("\n".join(f"- {r}" for r in reasons) or "_(none)_"),
        "table": _markdown(results_table(results)),
    }
    for result in results:
        key = f"{result.family}_{result.target}"
        metadata.update({f"{key}_{name}": round(value, 4) for name, value in result.summary().items()})
        for fold, reason in result.skipped:
            context.log.warning(f"backtest {key} fold {fold.train_as_of}→{fold.eval_as_of} skipped: {reason}")
        page = log_backtest(mlflow.config(), result)
        if page is not None:
            metadata[f"{key}_run"] = mlflow.page_url(page)
    return dg.MaterializeResult(metadata=metadata)
