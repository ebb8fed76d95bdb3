"""Outputs: the dashboard document CRM analysts and the web page read."""

# No `from __future__ import annotations` here: Dagster 1.13 reads the config and context
# annotations of asset functions unevaluated and rejects them as strings.

import json
from collections.abc import Iterator
from datetime import datetime, timezone

import dagster as dg
import pandas as pd

from lvmh_pipeline.defs.inputs import concept_facts_and_evidence
from lvmh_pipeline.defs.resources import LvmhPaths
from lvmh_pipeline.lib.outputs.analytics_blocks import add_analytics, client_extras, clients_in_segments, document_blocks
from lvmh_pipeline.lib.outputs.dashboard import DashboardValidationError, build_dashboard, validate_dashboard, write_dashboard
from lvmh_pipeline.lib.outputs.page_data import page_summary
from lvmh_pipeline.lib.outputs.site import build_site
from lvmh_pipeline.lib.scoring.dashboard_blocks import dashboard_kpis, dashboard_predictions

DASHBOARD_FILE = "dashboard.json"


@dg.asset(
    group_name="outputs",
    kinds={"json"},
    ins={"predictions": dg.AssetIn(input_manager_key="optional_table_loader"),
         "note_concepts": concept_facts_and_evidence},
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
    client_features: pd.DataFrame,
    segments: pd.DataFrame,
    segment_stats: pd.DataFrame,
    rfm_segments: pd.DataFrame,
    product_affinity: pd.DataFrame,
    customer_journey: pd.DataFrame,
    paths: LvmhPaths,
) -> Iterator[dg.MaterializeResult]:
    """`outputs/dashboard.json`: KPIs, clusters and, per client, cluster, top concepts with
    their evidence spans, budget, allergies and diets, 3D coordinates, recommended products and,
    once a champion model exists, its predictions (the latest `predictions` table, read
    without requiring it); each card's rule segments, RFM segment and next occasion, and the
    blocks `segment_stats`, `rfm_segments`, `product_affinity` and `customer_journey`
    (lib/outputs/analytics_blocks.py). Only pseudonymized data goes in. Validated against the
    JSON schema shipped in the repo."""
    generated_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
    doc = build_dashboard(
        client_profiles, note_concepts, clusters, projection_3d, generated_at=generated_at,
        kpis_extra=dashboard_kpis(predictions), predictions=dashboard_predictions(predictions),
        recommendations=recommendations,
    )
    extras = client_extras(client_features, segments)
    doc = add_analytics(doc, document_blocks(segment_stats, rfm_segments, product_affinity, customer_journey),
                        extras, clusters)
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
            "clients_in_rule_segments": clients_in_segments(extras),
            "segments": len(doc["segment_stats"]),
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


@dg.asset(group_name="outputs", kinds={"html", "javascript"}, deps=["dashboard_data"])
def dashboard_site(paths: LvmhPaths) -> dg.MaterializeResult:
    """`outputs/dashboard.html`: the analysts' page over `dashboard.json`, opened from the file
    (`file://`, no server, no network).

    - KPIs; clusters and rule / RFM segments with their statistics; an interactive **3D map** of
      the clients coloured by cluster, segment or risk (click a point to open the client);
    - a **client table** with search, sort, filters (cluster, segment, risk, value, allergy) and
      pages; a row opens the **client card**: allergies and diets first, budget, occasions with
      their month, concepts with the words of the notes, predictions with their drivers in plain
      words, recommendations with reasons, similar clients;
    - product affinity and customer journey charts when the document has those blocks.

    Data are JavaScript files of at most 2,000 clients (`dashboard_data/`: the table's rows load
    one chunk after the other, a card's chunk when it is opened), so 100,000 clients stay
    usable. Plotly is copied from the installed `plotly` package (`dashboard_assets/`), never
    from a CDN. Every text from the data is shown as text, never as HTML."""
    doc = json.loads((paths.outputs_dir / DASHBOARD_FILE).read_text(encoding="utf-8"))
    site = build_site(doc, paths.outputs_dir)
    blocks = sorted(set(page_summary(doc, 1)) - {"schema_version", "generated_at", "kpis", "clusters", "page"})
    return dg.MaterializeResult(
        metadata={
            "path": dg.MetadataValue.path(str(site.page)),
            "clients": site.n_clients,
            "chunks": site.n_chunks,
            "data_bytes": site.data_bytes,
            "optional_blocks": dg.MetadataValue.json(blocks),
            "plotly_js": site.plotly_version,
            "stale_files_removed": len(site.removed),
        }
    )

