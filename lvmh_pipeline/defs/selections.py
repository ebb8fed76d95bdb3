"""Asset selections shared by the jobs of several domains."""

import dagster as dg

PARTITIONED_ASSETS = dg.AssetSelection.assets("notes", "rejected_notes", "note_concepts")
MODEL_ASSETS = dg.AssetSelection.groups("modeling")
# Everything computed over all uploads, predictions with the current champion included: an
# upload refreshes them without retraining.
CLIENT_LEVEL_ASSETS = dg.AssetSelection.all() - PARTITIONED_ASSETS - MODEL_ASSETS
RETRAIN_ASSETS = MODEL_ASSETS | dg.AssetSelection.assets("predictions", "recommendations", "dashboard_data")
