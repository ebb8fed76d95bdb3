"""The predictions' blocks of the dashboard: rows in the page's shape and KPIs."""

import numpy as np
import pandas as pd

from lvmh_pipeline.lib.outputs.dashboard import build_dashboard, validate_dashboard
from lvmh_pipeline.lib.scoring.dashboard_blocks import champion_versions, dashboard_kpis, dashboard_predictions
from lvmh_pipeline_tests.lib.outputs.test_dashboard import _clusters, _concepts, _profiles, _projection
from lvmh_pipeline_tests.lib.scoring.test_report import _predictions


def test_dashboard_blocks_validate_against_the_schema_with_unknown_segments():
    predictions = _predictions()
    predictions.loc[1, ["churn_risk", "risk_segment"]] = [np.nan, "Unknown"]
    predictions["will_churn"] = predictions["will_churn"].astype(object).where(predictions["churn_risk"].notna(), None)
    blocks = dashboard_predictions(predictions)
    assert blocks.loc[1, "risk_segment"] is None
    assert blocks.loc[0, "model_versions"] == {"churn": "2", "clv": "3", "purchase": "5"}
    doc = build_dashboard(_profiles(), _concepts(), _clusters(), _projection(), generated_at="now",
                          kpis_extra=dashboard_kpis(predictions), predictions=blocks)
    validate_dashboard(doc)
    cards = {card["client_id"]: card for card in doc["clients"]}
    assert cards["CA_001"]["prediction"]["value_segment"] == "VIP"
    assert cards["CA_002"]["prediction"]["risk_segment"] is None
    assert doc["kpis"]["champion_versions"] == {"churn": "2", "clv": "3", "purchase": "5"}
    assert doc["kpis"]["clients_scored"] == 4


def test_no_predictions_gives_no_blocks_and_empty_versions():
    assert dashboard_predictions(pd.DataFrame()) is None
    assert champion_versions(pd.DataFrame()) == {}
    assert dashboard_kpis(pd.DataFrame()) == {"champion_versions": {}, "clients_scored": 0}
