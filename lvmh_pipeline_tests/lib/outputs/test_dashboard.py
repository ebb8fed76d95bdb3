import copy
import json

import numpy as np
import pandas as pd
import pytest

from lvmh_pipeline.lib.segmentation.clustering import CLUSTERS_COLUMNS
from lvmh_pipeline.lib.outputs.dashboard import (
    SCHEMA_VERSION,
    DashboardValidationError,
    build_dashboard,
    validate_dashboard,
    write_dashboard,
)
from lvmh_pipeline.lib.outputs.json_values import json_safe
from lvmh_pipeline.lib.segmentation.projection import PROJECTION_COLUMNS
from lvmh_pipeline.lib.common.schemas import CLIENT_PROFILES_COLUMNS, NOTE_CONCEPTS_COLUMNS, conform


def _profiles():
    return conform(
        pd.DataFrame(
            {
                "client_id": ["CA_001", "CA_002", "CA_003"],
                "n_notes": [2, 1, 1],
                "first_note_date": ["2026-01-08", "2026-01-08", "2026-01-09"],
                "last_note_date": ["2026-02-01", "2026-01-08", None],
                "languages": [np.array(["FR", "EN"]), ["EN"], ["IT"]],
                "budget_min_eur": [3000.0, 5000.0, np.nan],
                "budget_max_eur": [4000.0, np.nan, np.nan],
                "budget_flexible": [True, False, None],
                "allergies": [["nickel"], [], None],
                "diets": [[], ["pescatarian"], []],
                "occasions": [["birthday:03"], ["birthday:05"], []],
                "interests": [["golf"], ["tennis"], []],
                "product_interests": [["wallet"], ["travel_bag"], []],
                "colors": [["cognac"], ["black"], []],
                "materials": [["leather"], ["leather"], []],
                "brands": [[], [], []],
                "top_concepts": [["golf", "cognac"], ["travel_bag"], []],
            }
        ),
        CLIENT_PROFILES_COLUMNS,
    )


def _concepts():
    rows = [
        ("n1", "CA_001", "2026-01-08", "golf", "passionné golf"),
        ("n2", "CA_001", "2026-02-01", "golf", "golf"),
        ("n2", "CA_001", "2026-02-01", "golf", "golf"),
        ("n1", "CA_001", "2026-01-08", "cognac", "Cuir marron ou cognac"),
        ("n3", "CA_002", "2026-01-08", "travel_bag", "travel bag"),
        ("n4", "CA_003", "2026-01-09", "handbag", "borse"),
    ]
    df = pd.DataFrame(rows, columns=["note_id", "client_id", "note_date", "concept", "evidence"])
    df = df.assign(bucket="preferences", category="hobby", span_start=0, span_end=4, language="FR",
                   method="alias", negated=False, confidence=0.9, month=pd.NA, value_min=np.nan,
                   value_max=np.nan, upload_date="2026-02-01")
    negated = df.iloc[[0]].assign(concept="nickel", evidence="pas nickel", negated=True)
    return conform(pd.concat([df, negated], ignore_index=True), NOTE_CONCEPTS_COLUMNS)


def _clusters():
    return pd.DataFrame(
        {
            "client_id": ["CA_001", "CA_002"],
            "cluster_id": np.array([0, 1], dtype=np.int64),
            "cluster_name": ["golf · cognac", "travel_bag"],
            "cluster_size": [1, 1],
            "silhouette": [0.0, np.float64(np.nan)],
            "similar_clients": [np.array(["CA_002"]), ["CA_001"]],
            "similar_scores": [np.array([0.42], dtype=np.float32), [0.42]],
            "cluster_description": ["1 clients; golf 100% (2.0× overall)", "1 clients; travel bag 100% (2.0× overall)"],
        }
    )[CLUSTERS_COLUMNS]


def _projection():
    return pd.DataFrame(
        {"client_id": ["CA_001", "CA_002"], "x": [0.1, -0.1], "y": [np.float32(0.2), 0.0], "z": [0.0, 0.3],
         "cluster_id": [0, 1]}
    )[PROJECTION_COLUMNS]


def _doc(**kwargs):
    return build_dashboard(_profiles(), _concepts(), _clusters(), _projection(),
                           generated_at="2026-02-02T10:00:00+00:00", **kwargs)


def test_document_is_valid_and_json_serializable():
    doc = _doc(kpis_extra={"silhouette_by_k": {4: 0.21, 5: np.float64(0.3)}})
    validate_dashboard(doc)
    assert doc["schema_version"] == SCHEMA_VERSION
    json.dumps(doc, allow_nan=False)
    k = doc["kpis"]
    assert (k["n_clients"], k["n_notes"], k["n_concepts"], k["n_concept_mentions"]) == (3, 4, 4, 6)
    assert k["languages"] == {"EN": 2, "FR": 1, "IT": 1}
    assert k["share_clients_with_allergies"] == pytest.approx(1 / 3)
    assert k["share_clients_with_budget"] == pytest.approx(2 / 3)
    assert k["median_budget_eur"] == 4250.0  # middle of 3.5K and 5K
    assert k["n_clusters"] == 2 and k["silhouette_by_k"] == {"4": 0.21, "5": 0.3}


def test_client_cards_carry_evidence_budget_and_coords():
    doc = _doc()
    c1, c2, c3 = doc["clients"]
    assert c1["cluster_name"] == "golf · cognac" and c1["coords"] == [0.1, pytest.approx(0.2), 0.0]
    golf = c1["top_concepts"][0]
    assert golf == {"concept": "golf", "n_mentions": 3, "evidence": ["golf", "passionné golf"]}
    assert c1["budget"] == {"min": 3000.0, "max": 4000.0, "flexible": True}
    assert c1["languages"] == ["FR", "EN"] and c1["allergies"] == ["nickel"]
    assert c1["similar_clients"] == [{"client_id": "CA_002", "score": pytest.approx(0.42)}]
    assert c2["budget"] == {"min": 5000.0, "max": None, "flexible": False}
    # no cluster / projection row, no profile top concepts: nulls and concepts from the notes
    assert c3["cluster_id"] is None and c3["coords"] is None and c3["similar_clients"] == []
    assert c3["top_concepts"][0]["concept"] == "handbag" and c3["budget"]["flexible"] is None
    assert "prediction" not in c1 and "recommendations" not in c1
    assert all("nickel" not in [t["concept"] for t in c["top_concepts"]] for c in doc["clients"])


def test_clusters_block_has_lift_concepts_and_centroid():
    clusters = {c["cluster_id"]: c for c in _doc()["clusters"]}
    assert clusters[0]["name"] == "golf · cognac" and clusters[0]["size"] == 1
    assert {t["concept"] for t in clusters[0]["top_concepts"]} == {"golf", "cognac"}
    assert clusters[1]["mean_silhouette"] is None  # NaN became null
    assert clusters[1]["centroid"] == [-0.1, 0.0, 0.3]


def test_optional_prediction_and_recommendation_blocks():
    predictions = pd.DataFrame(
        {"client_id": ["CA_001"], "purchase_probability": [np.float32(0.8)], "will_purchase": [np.bool_(True)],
         "churn_risk": [np.nan], "value_segment": ["VIP"], "top_drivers": [np.array(["budget", "golf"])],
         "model_versions": [{"purchase": 3}]}
    )
    recommendations = pd.DataFrame(
        {"client_id": ["CA_001", "CA_001", "CA_002"], "product_id": [17, 4, 9], "rank": [2, 1, 1],
         "score": [0.5, 0.9, 0.7], "reasons": [["golf"], ["cognac"], ["travel"]]}
    )
    doc = _doc(predictions=predictions, recommendations=recommendations)
    validate_dashboard(doc)
    c1, c2, c3 = doc["clients"]
    assert c1["prediction"]["purchase_probability"] == pytest.approx(0.8)
    assert c1["prediction"]["churn_risk"] is None and c1["prediction"]["will_purchase"] is True
    assert c1["prediction"]["top_drivers"] == ["budget", "golf"]
    assert [r["product_id"] for r in c1["recommendations"]] == ["4", "17"]
    assert "prediction" not in c2 and c3["recommendations"] == []
    unranked = _doc(recommendations=recommendations.drop(columns="rank"))
    assert [r["product_id"] for r in unranked["clients"][0]["recommendations"]] == ["4", "17"]  # by score

    bad = copy.deepcopy(doc)
    bad["clients"][0]["prediction"]["purchase_probability"] = 1.7
    with pytest.raises(DashboardValidationError) as err:
        validate_dashboard(bad)
    assert err.value.path == "$.clients[0].prediction.purchase_probability"


def test_broken_document_fails_with_its_path():
    doc = _doc()
    doc["clients"][1]["coords"] = [1.0, 2.0]
    with pytest.raises(DashboardValidationError, match=r"\$\.clients\[1\]\.coords"):
        validate_dashboard(doc)
    del doc["kpis"]
    with pytest.raises(DashboardValidationError, match="kpis"):
        validate_dashboard(doc)


def test_json_safe_converts_numpy_and_missing_values():
    value = {"a": np.int64(3), "b": np.float32(0.5), "c": float("nan"), "d": [pd.NA, pd.NaT, np.inf],
             "e": np.array([1, 2]), "f": pd.Timestamp("2026-01-08"), 7: np.bool_(False)}
    assert json_safe(value) == {"a": 3, "b": 0.5, "c": None, "d": [None, None, None], "e": [1, 2],
                                "f": "2026-01-08T00:00:00", "7": False}


def test_write_dashboard_is_atomic_utf8(tmp_path):
    doc = _doc()
    path = write_dashboard(doc, tmp_path / "outputs" / "dashboard.json")
    text = path.read_text(encoding="utf-8")
    assert "passionné" in text  # ensure_ascii=False
    assert json.loads(text) == doc
    assert [p.name for p in path.parent.iterdir()] == ["dashboard.json"]
    with pytest.raises(ValueError):
        write_dashboard({"x": float("nan")}, path)
    assert json.loads(path.read_text(encoding="utf-8")) == doc  # previous file intact
    assert [p.name for p in path.parent.iterdir()] == ["dashboard.json"]
