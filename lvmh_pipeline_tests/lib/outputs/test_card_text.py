import numpy as np
import pandas as pd

from lvmh_pipeline.lib.common.schemas import CLIENT_PROFILES_COLUMNS, NOTE_CONCEPTS_COLUMNS
from lvmh_pipeline.lib.outputs.card_text import driver_texts
from lvmh_pipeline.lib.outputs.dashboard import build_dashboard, validate_dashboard
from lvmh_pipeline.lib.segmentation.clustering import CLUSTERS_COLUMNS
from lvmh_pipeline.lib.segmentation.projection import PROJECTION_COLUMNS


def test_driver_texts_are_plain_words_once_each():
    texts = driver_texts(["+spend_365d_log", "+concept:birthday", "-budget_min_log", "-budget_max_log"],
                         {"birthday": "occasion"})
    assert texts == ["spent more than usual in the last year", "mentions a birthday coming up",
                     "lower (or no) budget mentioned"]
    assert driver_texts("+has_notes; -n_notes") == ["has advisor notes", "fewer advisor notes than most clients"]
    assert driver_texts(None) == driver_texts(float("nan")) == []


def test_the_document_carries_the_drivers_in_plain_words():
    profiles = pd.DataFrame([{c: [] for c in CLIENT_PROFILES_COLUMNS}]).assign(
        client_id="CA_1", n_notes=1, first_note_date="2026-01-01", last_note_date="2026-01-01",
        budget_min_eur=np.nan, budget_max_eur=np.nan, budget_flexible=None)[CLIENT_PROFILES_COLUMNS]
    concepts = pd.DataFrame(columns=NOTE_CONCEPTS_COLUMNS).astype({"negated": bool})
    clusters = pd.DataFrame(columns=CLUSTERS_COLUMNS)
    projection = pd.DataFrame(columns=PROJECTION_COLUMNS)
    predictions = pd.DataFrame({"client_id": ["CA_1"], "purchase_probability": [0.7],
                                "top_drivers": [["+concept:birthday", "-recency_days"]]})
    doc = build_dashboard(profiles, concepts, clusters, projection, generated_at="2026-02-02T10:00:00+00:00",
                          predictions=predictions, concept_categories={"birthday": "occasion"})
    validate_dashboard(doc)
    prediction = doc["clients"][0]["prediction"]
    assert prediction["top_drivers"] == ["+concept:birthday", "-recency_days"]
    assert prediction["driver_texts"][0] == "mentions a birthday coming up"
    assert len(prediction["driver_texts"]) == 2 and all(isinstance(t, str) and t for t in prediction["driver_texts"])
