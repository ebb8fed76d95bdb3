"""Concepts: multilingual concept extraction per note, and client profiles over all uploads."""

import time
from collections.abc import Iterator

import dagster as dg
import pandas as pd

from lvmh_pipeline.defs.inputs import concept_facts, note_keys_and_language
from lvmh_pipeline.defs.partitions import upload_dates
from lvmh_pipeline.lib.concepts.extraction import extract_note_concepts
from lvmh_pipeline.lib.ingestion.notes import unique_note_concepts, unique_notes
from lvmh_pipeline.lib.concepts.profiles import build_client_profiles
from lvmh_pipeline.lib.common.metadata import markdown_preview, value_counts_markdown
from lvmh_pipeline.lib.concepts.taxonomy import load_taxonomy

MIN_CONCEPT_COVERAGE = 0.9


@dg.asset(
    partitions_def=upload_dates,
    group_name="concepts",
    kinds={"duckdb", "pandas"},
    metadata={"partition_expr": "upload_date"},
    check_specs=[
        dg.AssetCheckSpec(
            "concept_coverage",
            asset="note_concepts",
            description=f"At least {MIN_CONCEPT_COVERAGE:.0%} of the partition's notes have "
            "one or more concepts (a drop means a new language or a broken taxonomy).",
        )
    ],
)
def note_concepts(
    context: dg.AssetExecutionContext, notes: pd.DataFrame
) -> Iterator[dg.Output | dg.AssetCheckResult]:
    """One row per (note, concept): canonical English label, evidence span in the note,
    language, method (alias | regex), negation flag, confidence, occasion month and budget
    values in EUR. Matched with the shipped multilingual taxonomy."""
    started = time.perf_counter()
    concepts = extract_note_concepts(notes)
    seconds = time.perf_counter() - started
    covered = concepts.loc[~concepts["negated"], "note_id"].nunique()
    coverage = covered / len(notes) if len(notes) else 1.0
    context.log.info(f"{len(concepts)} concepts in {len(notes)} notes ({seconds:.2f}s)")
    yield dg.Output(
        concepts,
        metadata={
            "dagster/row_count": len(concepts),
            "notes": len(notes),
            "notes_per_second": round(len(notes) / seconds, 1) if seconds > 0 else None,
            "coverage": round(coverage, 4),
            "negated": int(concepts["negated"].sum()),
            "taxonomy_version": load_taxonomy().version,
            "top_concepts": dg.MetadataValue.md(
                value_counts_markdown(concepts.loc[~concepts["negated"], "concept"], name="concept")
            ),
            "preview": dg.MetadataValue.md(
                markdown_preview(concepts[["note_id", "concept", "evidence", "language", "negated"]])
            ),
        },
    )
    yield dg.AssetCheckResult(
        check_name="concept_coverage",
        passed=coverage >= MIN_CONCEPT_COVERAGE,
        severity=dg.AssetCheckSeverity.WARN,
        metadata={"coverage": round(coverage, 4), "notes_without_concepts": len(notes) - covered},
    )


@dg.asset(group_name="concepts", kinds={"duckdb", "pandas"},
          ins={"notes": note_keys_and_language, "note_concepts": concept_facts})
def client_profiles(notes: pd.DataFrame, note_concepts: pd.DataFrame) -> dg.Output[pd.DataFrame]:
    """One row per client over every upload: note counts and dates, languages, budget
    (most recent stated), allergies, diets, occasions (with month), interests, product
    interests, colours, materials, houses and top concepts — English canonical labels."""
    notes, note_concepts = unique_notes(notes), unique_note_concepts(note_concepts)
    profiles = build_client_profiles(notes, note_concepts)
    with_budget = profiles["budget_min_eur"].notna() | profiles["budget_max_eur"].notna()
    return dg.Output(
        profiles,
        metadata={
            "dagster/row_count": len(profiles),
            "notes": len(notes),
            "share_with_budget": round(float(with_budget.mean()), 4) if len(profiles) else 0.0,
            "share_with_allergy": round(float((profiles["allergies"].map(len) > 0).mean()), 4)
            if len(profiles)
            else 0.0,
            "preview": dg.MetadataValue.md(
                markdown_preview(
                    profiles[["client_id", "n_notes", "budget_min_eur", "budget_max_eur", "allergies", "diets", "top_concepts"]]
                )
            ),
        },
    )
