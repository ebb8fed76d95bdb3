"""Outputs: the dashboard document CRM analysts and the web page read."""

# No `from __future__ import annotations` here: Dagster 1.13 reads the config and context
# annotations of asset functions unevaluated and rejects them as strings.

from collections.abc import Iterator
from datetime import datetime, timezone

import dagster as dg
import pandas as pd

from lvmh_pipeline.defs.resources import LvmhPaths
from lvmh_pipeline.lib.outputs.dashboard import DashboardValidationError, build_dashboard, validate_dashboard, write_dashboard
from lvmh_pipeline.lib.scoring.report import dashboard_kpis, dashboard_predictions

DASHBOARD_FILE = "dashboard.json"


@dg.asset(
    group_name="outputs",
    kinds={"json"},
    ins={"predictions": dg.AssetIn(input_manager_key="optional_table_loader")},
    check_specs=[
        dg.AssetCheckSpec(
            "dashboard_matches_schema",
            asset="dashboard_data",
            description="dashboard.json validates against lvmh_pipeline/schemas/dashboard.schema.json.",
            blocking=True,
        )
    ],
)
def dashboard_data(
    client_profiles: pd.DataFrame,
    note_concepts: pd.DataFrame,
    clusters: pd.DataFrame,
    projection_3d: pd.DataFrame,
    recommendations: pd.DataFrame,
    predictions: pd.DataFrame,
    paths: LvmhPaths,
) -> Iterator[dg.MaterializeResult]:
    """`outputs/dashboard.json`: KPIs, clusters and, per client, cluster, top concepts with
    their evidence spans, budget, allergies and diets, 3D coordinates, recommended products and,
    once a champion model exists, its predictions (the latest `predictions` table, read
    without requiring it). Only pseudonymized data goes in. Validated against the JSON schema
    shipped in the repo."""
    generated_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
    doc = build_dashboard(
        client_profiles, note_concepts, clusters, projection_3d, generated_at=generated_at,
        kpis_extra=dashboard_kpis(predictions), predictions=dashboard_predictions(predictions),
        recommendations=recommendations,
    )
    try:
        validate_dashboard(doc)
        error = None
    except DashboardValidationError as invalid:
        error = str(invalid)
    path = write_dashboard(doc, paths.outputs_dir / DASHBOARD_FILE)
    yield dg.MaterializeResult(
        metadata={
            "path": dg.MetadataValue.path(str(path)),
            "clients": len(doc["clients"]),
            "clusters": len(doc["clusters"]),
            "clients_with_predictions": sum("prediction" in client for client in doc["clients"]),
            "clients_with_recommendations": sum(bool(client.get("recommendations")) for client in doc["clients"]),
            "bytes": path.stat().st_size,
            "kpis": dg.MetadataValue.json(doc["kpis"]),
        },
        check_results=[
            dg.AssetCheckResult(
                check_name="dashboard_matches_schema",
                passed=error is None,
                metadata={"error": error or ""},
            )
        ],
    )
