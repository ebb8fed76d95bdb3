"""Modeling inputs: the outcome labels per client (never computed from features) and the
leakage-free training frame the fast and elite models learn from."""

# No `from __future__ import annotations` here: Dagster 1.13 reads the config and context
# annotations of asset functions unevaluated and rejects them as strings.

from collections.abc import Iterator

import dagster as dg
import pandas as pd

from lvmh_pipeline.defs.inputs import concept_facts, note_keys, note_texts
from lvmh_pipeline.defs.resources import LvmhPaths
from lvmh_pipeline.lib.common.metadata import markdown_preview, value_counts_markdown
from lvmh_pipeline.lib.ingestion.notes import unique_note_concepts, unique_notes
from lvmh_pipeline.lib.ingestion.uploads import folder_signature
from lvmh_pipeline.lib.modeling.feature_columns import elite_feature_columns, fast_feature_columns
from lvmh_pipeline.lib.modeling.features import build_feature_frame
from lvmh_pipeline.lib.modeling.labeling.label_files import FUTURE_ORDER, LabelsFileError, TransactionsFileError
from lvmh_pipeline.lib.modeling.labeling.labels import Horizons
from lvmh_pipeline.lib.modeling.labeling.label_table import label_set_from_table, labels_table, positive_rates
from lvmh_pipeline.lib.modeling.training_data import (
    MISSING_OUTCOMES_MESSAGE,
    OutcomeLoad,
    align_note_vectors,
    prepare_outcomes,
    read_optional_transactions,
)
from lvmh_pipeline.lib.modeling.labeling.windows import AsOfError, HistoryError


class LabelsConfig(dg.Config):
    """The horizon the predictions are for and the scoring date. `horizon_days` sets the purchase
    and CLV windows together (default: purchase 90, CLV 365; churn stays `churn_days`, 180);
    `scoring_date` (ISO) is the date clients are scored at and the last day of data used
    (default: the last order). When the history is too short for these windows, labels are
    learnt on the longest that fit and outputs rescaled (recorded in metadata and MLflow). Expert:
    `as_of` pins T itself (checked: T + the longest window must end by the scoring date); with
    labels.csv it is the date the outcomes were measured from."""

    as_of: str | None = None
    horizon_days: int | None = None
    scoring_date: str | None = None
    purchase_days: int = 90
    churn_days: int = 180
    clv_days: int = 365
    active_lookback_days: int = 365

    def horizons(self) -> Horizons:
        purchase = self.horizon_days or self.purchase_days
        clv = self.horizon_days or self.clv_days
        return Horizons(purchase, self.churn_days, clv, self.active_lookback_days)


class BacktestConfig(LabelsConfig):
    """Out-of-time backtest: `n_folds` folds `step_days` apart, the latest evaluating at
    `as_of` (default: the last transaction day minus the longest window); each fold trains one
    longest window before it evaluates, so training outcomes never overlap evaluation ones."""

    n_folds: int = 2
    step_days: int = 180



@dg.asset(group_name="modeling", kinds={"duckdb", "pandas"}, output_required=False, ins={"notes": note_keys})
def training_labels(
    context: dg.AssetExecutionContext, config: LabelsConfig, notes: pd.DataFrame, paths: LvmhPaths
) -> Iterator[dg.Output[pd.DataFrame]]:
    """Outcomes per client, never computed from features: from `labels.csv` when present,
    else from `transactions.csv` around an as-of date T chosen from the history (purchased = an
    order in (T, T+90 d], purchases = days with an order then, churned = an active client with no
    order in (T, T+180 d], lifetime_value = spend in (T, T+365 d], or the `horizon_days` asked;
    the longest windows that fit when the history is shorter, the outputs then rescaled). With
    neither file, or a history too short to learn from, no output: the model assets are skipped
    (a warning names the file and the dates) and everything else still runs."""
    notes = unique_notes(notes)
    try:
        outcomes = prepare_outcomes(paths.root, notes[["client_id", "note_date"]], requested=config.horizons(),
                                    scoring_date=config.scoring_date, train_as_of=config.as_of)
    except AsOfError as error:
        raise dg.Failure(description=str(error)) from error
    except HistoryError as error:
        yield from _skipped(context, f"models skipped: {error}")
        return
    except (LabelsFileError, TransactionsFileError, ValueError) as error:
        raise dg.Failure(description=str(error)) from error
    if outcomes is None:
        yield from _skipped(context, MISSING_OUTCOMES_MESSAGE.format(data_dir=paths.root))
        return
    for warning in _future_order_warnings(outcomes) + list(outcomes.labels.plan.get("notes", [])):
        context.log.warning(warning)
    table = labels_table(outcomes.labels)
    context.log.info(f"{len(table)} labelled clients from {outcomes.path.name} (as of {outcomes.labels.as_of})")
    yield dg.Output(table, metadata=_labels_metadata(outcomes, table, config))


def _skipped(context: dg.AssetExecutionContext, message: str) -> Iterator:
    """No labels: a warning and an observation that say why (the runner prints it)."""
    context.log.warning(message)
    context.log_event(dg.AssetObservation(asset_key=context.asset_key,
                                          metadata={"status": "skipped", "message": message}))
    return iter(())


MAX_ROW_WARNINGS = 20


def _future_order_warnings(outcomes: OutcomeLoad) -> list[str]:
    """One warning per order dated after today (file, line, date): set aside, not used for labels,
    features, backtests or recommendations (they all read the same validated transactions)."""
    rejected = outcomes.rejected
    if rejected.empty or "reason" not in rejected:
        return []
    future = rejected[rejected["reason"].astype(str).str.contains(FUTURE_ORDER, regex=False)]
    warnings = [f"{outcomes.path.name} line {line}: {reason} (not used for labels, features or backtests)"
                for line, reason in zip(future["source_line"], future["reason"])][:MAX_ROW_WARNINGS]
    if len(future) > MAX_ROW_WARNINGS:
        warnings.append(f"{outcomes.path.name}: {len(future) - MAX_ROW_WARNINGS} more orders dated after today set aside")
    return warnings


def _labels_metadata(outcomes: OutcomeLoad, table: pd.DataFrame, config: LabelsConfig) -> dict[str, object]:
    labels, rejected = outcomes.labels, outcomes.rejected
    horizons = labels.horizons
    plan = {key: value for key, value in labels.plan.items() if key != "notes"}
    return {
        "settings": dg.MetadataValue.json({"horizon_days": config.horizon_days, "scoring_date": config.scoring_date,
                                           "as_of": config.as_of}),
        "horizon_method": str(labels.plan.get("horizon_method", "observed" if horizons else "labels file")),
        "windows": dg.MetadataValue.json(plan),
        "dagster/row_count": len(table),
        "label_source": labels.source,
        "source_file": dg.MetadataValue.path(str(outcomes.path)),
        "source_signature": folder_signature([outcomes.path]),
        "as_of": labels.as_of.isoformat() if labels.as_of else None,
        "horizons_days": dg.MetadataValue.json(
            {"purchase": horizons.purchase_days, "churn": horizons.churn_days, "clv": horizons.clv_days,
             "active_lookback": horizons.active_lookback_days} if horizons else {}
        ),
        **{key: int(value) for key, value in labels.counts.items()},
        **positive_rates(labels),
        "rejected_rows": len(rejected),
        "rejected_reasons": dg.MetadataValue.md(
            value_counts_markdown(rejected["reason"].str.replace(r"'.*'", "'…'", regex=True), name="reason")
        ),
        "rejected_preview": dg.MetadataValue.md(markdown_preview(rejected)),
    }


@dg.asset(group_name="modeling", kinds={"duckdb", "pandas"},
          ins={"notes": note_texts, "note_concepts": concept_facts})
def training_features(
    training_labels: pd.DataFrame,
    notes: pd.DataFrame,
    note_concepts: pd.DataFrame,
    note_embeddings: pd.DataFrame,
    paths: LvmhPaths,
) -> dg.Output[pd.DataFrame]:
    """Model inputs of the labelled clients as of T, from notes and orders dated ≤ T only:
    concept text (TF-IDF), profile statistics, RFM, lifecycle, concept co-occurrence and the mean
    note embedding. The same feature code builds the scoring frame, so models are never refitted."""
    labels = label_set_from_table(training_labels)
    notes = unique_notes(notes, in_place=True)  # the loaded inputs: deduplicated and released in place
    frame = build_feature_frame(
        notes, unique_note_concepts(note_concepts, in_place=True),
        read_optional_transactions(paths.root, labels.plan.get("score_as_of")),
        labels.frame["client_id"], labels.as_of, note_vectors=align_note_vectors(notes, note_embeddings, release=True),
    )
    return dg.Output(
        frame,
        metadata={
            "dagster/row_count": len(frame),
            "as_of": labels.as_of.isoformat() if labels.as_of else "all data (labels.csv without as_of)",
            "columns": len(frame.columns),
            "fast_inputs": len(fast_feature_columns(frame)),
            "elite_inputs": len(elite_feature_columns(frame)),
            "share_with_notes": round(float(frame["has_notes"].mean()), 4) if len(frame) else 0.0,
            "share_with_history": round(float(frame["has_history"].mean()), 4) if len(frame) else 0.0,
            "preview": dg.MetadataValue.md(markdown_preview(
                frame[["client_id", "n_notes", "days_since_last_note", "frequency", "recency_days", "concept_text"]]
            )),
        },
    )
