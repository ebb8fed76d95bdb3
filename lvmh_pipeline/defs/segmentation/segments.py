"""Rule segments: the client feature view, the segment rules file as an observable source, the
members of each segment and their statistics."""

# No `from __future__ import annotations` here: Dagster 1.13 reads the config and context
# annotations of asset functions unevaluated and rejects them as strings.

import json
from dataclasses import asdict
from typing import Optional

import dagster as dg
import pandas as pd

from lvmh_pipeline.defs.inputs import concept_facts
from lvmh_pipeline.defs.resources import LvmhPaths
from lvmh_pipeline.lib.analytics.orders import reference_date
from lvmh_pipeline.lib.common.metadata import markdown_preview, value_counts_markdown
from lvmh_pipeline.lib.segmentation.client_features import build_client_features
from lvmh_pipeline.lib.segmentation.rule_engine import evaluate_segments
from lvmh_pipeline.lib.segmentation.segment_rules import SegmentDefinition, SegmentProblem, SegmentsFileError
from lvmh_pipeline.lib.segmentation.segment_stats import segment_stats as stats_table, sizes_of, stats_markdown
from lvmh_pipeline.lib.segmentation.segments_source import load_rules, rules_source

SEGMENTS_FILE_KEY = dg.AssetKey("segments_file")
SIZES_KEY = "segment_sizes"
DEFINITIONS_KEY = "segment_definitions"
PROBLEMS_KEY = "segment_problems"
RULES_HASH_KEY = "rules_sha256"


class ClientFeaturesConfig(dg.Config):
    """The date days-since / days-until are measured from (default: today)."""

    as_of: Optional[str] = None


@dg.observable_source_asset(
    key=SEGMENTS_FILE_KEY, group_name="segmentation", required_resource_keys={"paths"},
    tags={"dagster/kind/json": ""},
    description="The segment rules: `<data dir>/segments.json` (read-only), or the default set shipped "
    "in `lvmh_pipeline/lib/segmentation/default_segments.json` when there is none. Its data version is "
    "the SHA-256 of the rules, so editing the file makes `segments` and what follows stale.",
)
def segments_file(context) -> dg.DataVersion:  # noqa: ANN001 (Dagster's observation context)
    source = rules_source(context.resources.paths.root)
    return dg.DataVersion(source.sha256)


@dg.asset(group_name="segmentation", kinds={"duckdb", "pandas"},
          ins={"predictions": dg.AssetIn(input_manager_key="optional_table_loader"),
               "note_concepts": concept_facts})
def client_features(
    config: ClientFeaturesConfig,
    client_profiles: pd.DataFrame,
    note_concepts: pd.DataFrame,
    rfm_segments: pd.DataFrame,
    clusters: pd.DataFrame,
    recommendations: pd.DataFrame,
    predictions: pd.DataFrame,
) -> dg.Output[pd.DataFrame]:
    """**The client feature view**: one row per client (notes, orders or predictions) with the
    profile facts (budget, allergies, diets, occasions, interests …), intents and next actions,
    the **next dated occasion** and the days until it, RFM (orders, spend, recency, R/F/M scores,
    segment), the champion models' predictions (purchase probability, churn risk, predicted CLV,
    value and risk segments, expected purchases and P(alive) when present; null before the first
    champion; `history` says what the scores rest on), the cluster and the top recommendations.
    Segment rules and the dashboard read it."""
    reference = reference_date(config.as_of)
    table = build_client_features(client_profiles, note_concepts, rfm_segments, predictions, clusters,
                                  recommendations, reference=reference)
    return dg.Output(table, metadata={
        "dagster/row_count": len(table),
        "reference_date": reference.strftime("%Y-%m-%d"),
        "clients_with_prediction": int(table["has_prediction"].sum()),
        "clients_with_orders": int(table["has_history"].sum()),
        "clients_with_next_occasion": int(table["next_occasion"].notna().sum()),
        "rfm_segments": dg.MetadataValue.md(value_counts_markdown(table["rfm_segment"], name="rfm_segment")),
        "preview": dg.MetadataValue.md(markdown_preview(table[["client_id", "rfm_segment", "churn_risk",
                                                               "next_occasion", "days_to_next_occasion", "cluster_name"]])),
    })


@dg.asset(group_name="segmentation", kinds={"duckdb", "json"}, deps=[SEGMENTS_FILE_KEY])
def segments(context: dg.AssetExecutionContext, client_features: pd.DataFrame, paths: LvmhPaths) -> dg.Output[pd.DataFrame]:
    """Members of the **rule segments**: `client_id, segment, segment_name`, one row per client
    and segment. Rules are JSONLogic over `client_features` columns, read from
    `<data dir>/segments.json` (or the shipped defaults: VIP at risk, gift shoppers with an
    occasion within 60 days, lapsed high spenders, event guests with allergies, new clients to
    nurture, loyal champions, ready to buy now) and evaluated by `datalogic-py` behind an
    operator allowlist and type checks. A bad rule is reported (metadata and a warning naming
    the segment and the problem) and the other segments still evaluate; a malformed file fails
    the step with the file, line and column."""
    try:
        source, parsed = load_rules(paths.root)
    except SegmentsFileError as error:
        raise dg.Failure(description=str(error)) from error
    evaluation = evaluate_segments(client_features, parsed.definitions)
    problems = [*parsed.problems, *evaluation.problems]
    for problem in problems:
        context.log.warning(f"{source.label}: {problem}")
    sizes = evaluation.members.groupby("segment_name").size().rename("clients").reset_index()
    return dg.Output(evaluation.members, metadata={
        "dagster/row_count": len(evaluation.members),
        "rules": source.label,
        RULES_HASH_KEY: source.sha256,
        "segments_evaluated": len(evaluation.evaluated),
        "segments_with_errors": sum(p.severity == "error" for p in problems),
        "problems": dg.MetadataValue.md("\n".join(f"- **{p.severity}** {p}" for p in problems) or "_(none)_"),
        DEFINITIONS_KEY: dg.MetadataValue.json([{"id": d.id, "name": d.name, "description": d.description}
                                                for d in evaluation.evaluated]),
        PROBLEMS_KEY: dg.MetadataValue.json([asdict(p) for p in problems]),
        "sizes": dg.MetadataValue.md(sizes.to_markdown(index=False) if len(sizes) else "_(no member)_"),
    })


@dg.asset(group_name="segmentation", kinds={"duckdb", "pandas"})
def segment_stats(context: dg.AssetExecutionContext, client_features: pd.DataFrame, segments: pd.DataFrame) -> dg.Output[pd.DataFrame]:
    """One row per rule segment: **size** and share, **change since the previous
    materialization**, churn high / medium / low shares and mean churn risk, purchase-intent
    bands, **predicted CLV** total and mean, the **RFM mix**, the **next best offers** (members'
    rank-1 recommended products and categories) and the members' most distinctive concepts
    (JSON lists). A segment whose rule was rejected has a row with status `error` and its
    message (both read from the metadata of the `segments` materialization)."""
    definitions, problems = _segments_run(context)
    table = stats_table(client_features, segments, definitions, problems, _previous_sizes(context))
    return dg.Output(table, metadata={
        "dagster/row_count": len(table),
        SIZES_KEY: dg.MetadataValue.json(sizes_of(table)),
        "segments_with_errors": int((table["status"] == "error").sum()),
        "stats": dg.MetadataValue.md(stats_markdown(table)),
    })


def _latest_metadata(context: dg.AssetExecutionContext, key: dg.AssetKey) -> dict:
    event = context.instance.get_latest_materialization_event(key)
    if event is None or event.asset_materialization is None:
        return {}
    return {name: getattr(value, "value", value) for name, value in event.asset_materialization.metadata.items()}


def _json(value: object, default: object) -> object:
    return json.loads(value) if isinstance(value, str) else (value if value is not None else default)


def _segments_run(context: dg.AssetExecutionContext) -> tuple[list[SegmentDefinition], list[SegmentProblem]]:
    """The segments that ran and the problems of the latest `segments` materialization."""
    metadata = _latest_metadata(context, dg.AssetKey("segments"))
    definitions = [SegmentDefinition(d["id"], d["name"], d.get("description", ""), rule=None)
                   for d in _json(metadata.get(DEFINITIONS_KEY), [])]
    problems = [SegmentProblem(p["segment"], p["problem"], p.get("severity", "error"))
                for p in _json(metadata.get(PROBLEMS_KEY), [])]
    return definitions, problems


def _previous_sizes(context: dg.AssetExecutionContext) -> dict[str, int]:
    """Segment sizes recorded by the previous materialization of segment_stats (empty the first time)."""
    return {str(k): int(v) for k, v in _json(_latest_metadata(context, context.asset_key).get(SIZES_KEY), {}).items()}
