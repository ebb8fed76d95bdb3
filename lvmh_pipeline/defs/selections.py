"""Asset selections shared by the jobs of several domains."""

import dagster as dg

PARTITIONED_ASSETS = dg.AssetSelection.assets("notes", "rejected_notes", "note_concepts")
MODEL_ASSETS = dg.AssetSelection.groups("modeling")
# Everything computed over all uploads, predictions with the current champion included: an
# upload refreshes them without retraining. The segment rules file (an observable source) is
# observed first, so `segments` records which rules it was built from.
CLIENT_LEVEL_ASSETS = (dg.AssetSelection.all() - PARTITIONED_ASSETS - MODEL_ASSETS) | dg.AssetSelection.assets("segments_file")
# After a retrain, everything that reads the new predictions (the client feature view, the rule
# segments and their statistics included).
RETRAIN_ASSETS = MODEL_ASSETS | dg.AssetSelection.assets("predictions", "recommendations", "dashboard_data",
                                                          "dashboard_site", "client_features", "segments",
                                                          "segment_stats")
