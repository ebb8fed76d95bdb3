"""`lvmh-pipeline predict` pure parts: reading any notes CSV, scoring, rows back with predictions."""

from datetime import date

import numpy as np
import pandas as pd
import pytest

from lvmh_pipeline.lib.concepts.extraction import extract_note_concepts
from lvmh_pipeline.lib.modeling.features import build_feature_frame
from lvmh_pipeline.lib.modeling.fitting import train_and_evaluate
from lvmh_pipeline.lib.scoring.predict_csv import (
    OUTPUT_COLUMNS,
    PredictInputError,
    attach_predictions,
    order_history,
    read_prediction_input,
    score_input,
    score_input_with_features,
    write_predictions_csv,
)
from lvmh_pipeline.lib.scoring.predictions import score_clients
from lvmh_pipeline_tests.lib.modeling.world import AS_OF, synthetic_world

TODAY = date(2026, 11, 2)
CSV = (
    "Customer;Note;When;Lang;Store\n"
    'C0001;"Cliente fidèle, budget 5K, prête à acheter un sac. Email marie.dupont@example.com";2025-06-01;FR;Paris\n'
    'C0001;"Follow-up: loves the travel bag, will return next week";2025-06-20;EN;Paris\n'
    'C0001;"Follow-up: loves the travel bag, will return next week";2025-06-20;EN;Paris\n'
    'NEW_1;"Nouvelle cliente, hésite, allergique au nickel";01/06/2025;;Milan\n'
    ';"no client here";2025-06-01;EN;Rome\n'
    'NEW_2;"";2025-06-01;EN;Rome\n'
    'NEW_3;"Looking for a watch, budget 10K";someday;EN;Rome\n'
)


def _write(tmp_path, text: str = CSV, name: str = "input.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _read(tmp_path, **columns):
    args = {"id_column": "customer", "text_column": "note", "date_column": "when", "language_column": "lang"}
    return read_prediction_input(_write(tmp_path), **{**args, **columns}, today=TODAY)


def test_rows_are_kept_as_read_and_usable_notes_are_pseudonymized(tmp_path):
    prepared = _read(tmp_path)
    assert len(prepared.rows) == 7 and list(prepared.rows.columns) == ["Customer", "Note", "When", "Lang", "Store"]
    assert prepared.rows.loc[3, "When"] == "01/06/2025"  # input values untouched
    assert prepared.row_problem == ["", "", "", "", "missing client id", "empty text", "unparseable date 'someday'"]
    assert prepared.client_ids == ["C0001", "NEW_1", "NEW_2", "NEW_3"]
    notes = prepared.notes
    assert len(notes) == 3  # the repeated row is one note
    assert "marie.dupont@example.com" not in " ".join(notes["text"]) and "[EMAIL]" in notes["text"].iloc[0]
    assert notes.set_index("client_id").loc["NEW_1", "note_date"] == "2025-06-01"  # day-first date parsed
    assert notes.set_index("client_id").loc["NEW_1", "language"] == "FR"  # detected when the cell is empty
    assert notes["note_id"].is_unique


def test_without_date_column_notes_are_dated_today(tmp_path):
    prepared = _read(tmp_path, date_column=None, language_column=None)
    assert set(prepared.notes["note_date"]) == {TODAY.isoformat()}
    assert prepared.row_problem[6] == ""  # the bad date is not read at all


def test_unknown_columns_and_clashing_headers_are_clear_errors(tmp_path):
    with pytest.raises(PredictInputError, match="no column 'client' for the client id"):
        _read(tmp_path, id_column="client")
    clash = "id,text,churn_risk\nA,hello,1\n"
    with pytest.raises(PredictInputError, match="churn_risk"):
        read_prediction_input(_write(tmp_path, clash, "clash.csv"), id_column="id", text_column="text", today=TODAY)


@pytest.fixture(scope="module")
def models():
    """Fast purchase and CLV pipelines fitted on the planted synthetic world."""
    world = synthetic_world(n_clients=200, seed=3)
    features = build_feature_frame(world.notes, world.concepts, world.transactions, world.labels["client_id"], AS_OF)
    fitted = {t: train_and_evaluate("fast", t, features, world.labels, seed=1).pipeline for t in ("purchase", "clv")}
    return fitted, world.transactions


def test_scores_match_the_pipeline_on_the_same_feature_frame_and_rows_share_client_scores(tmp_path, models):
    fitted, transactions = models
    prepared = _read(tmp_path)
    concepts = extract_note_concepts(prepared.notes)
    predictions = score_input(prepared, concepts, fitted, {"purchase": "4", "clv": "7"}, transactions=transactions)
    assert predictions["client_id"].tolist() == prepared.client_ids
    direct = score_clients(fitted, build_feature_frame(prepared.notes, concepts, transactions, prepared.client_ids,
                                                       as_of=None), {"purchase": "4", "clv": "7"})
    pd.testing.assert_frame_equal(predictions, direct)  # no refit, same feature code
    assert predictions["churn_risk"].isna().all() and set(predictions["risk_segment"]) <= {"Unknown", "No history"}

    out = attach_predictions(prepared, predictions)
    assert list(out.columns) == list(prepared.rows.columns) + OUTPUT_COLUMNS
    assert len(out) == 7
    assert out.loc[0, "purchase_probability"] == out.loc[1, "purchase_probability"] == out.loc[2, "purchase_probability"]
    assert out["purchase_probability"].dropna().between(0, 1).all()
    assert (out["predicted_clv"].dropna() >= 0).all()
    assert out.loc[4, "prediction_status"] == "not scored: missing client id" and np.isnan(out.loc[4, "predicted_clv"])
    assert out.loc[0, "prediction_status"] == "ok"
    assert out.loc[5, "prediction_status"] == "row not used (empty text); scored without notes"
    assert out.loc[0, "model_versions"] == '{"clv": "7", "purchase": "4"}'

    written = pd.read_csv(write_predictions_csv(out, tmp_path / "deep" / "out.csv"), keep_default_na=False)
    assert written["Store"].tolist() == ["Paris", "Paris", "Paris", "Milan", "Rome", "Rome", "Rome"]
    assert written.loc[4, "purchase_probability"] == ""


def test_output_is_rounded_with_drivers_in_words_and_order_history(tmp_path, models):
    fitted, transactions = models
    prepared = _read(tmp_path)
    concepts = extract_note_concepts(prepared.notes)
    predictions, features = score_input_with_features(prepared, concepts, fitted, {"purchase": "4", "clv": "7"},
                                                      transactions=transactions)
    pd.testing.assert_frame_equal(predictions, score_input(prepared, concepts, fitted, {"purchase": "4", "clv": "7"},
                                                           transactions=transactions))
    assert features["client_id"].tolist() == prepared.client_ids
    out = attach_predictions(prepared, predictions, features)
    assert list(out.columns) == list(prepared.rows.columns) + OUTPUT_COLUMNS
    scored = out[out["prediction_status"] != "not scored: missing client id"]
    assert (scored["purchase_probability"] == scored["purchase_probability"].round(3)).all()
    assert (scored["predicted_clv"] == scored["predicted_clv"].round(2)).all()
    exact = predictions.set_index("client_id").loc["C0001", "purchase_probability"]
    assert out.loc[0, "purchase_probability"] == round(exact, 3)
    # drivers: sentences, never raw model input names
    drivers = scored["top_drivers"]
    assert drivers.str.len().gt(0).all()
    assert not drivers.str.contains(r"^[+-]|concept:|_", regex=True).any(), drivers.tolist()
    assert out.loc[4, "top_drivers"] == "" and out.loc[4, "order_history"] == ""  # no client id
    # the new clients have no orders in the transactions
    history = dict(zip(out["Customer"], out["order_history"]))
    assert history["NEW_1"] == history["NEW_2"] == history["NEW_3"] == "none"
    assert set(order_history(features)) <= {"none", "short", "ok"}
    written = pd.read_csv(write_predictions_csv(out, tmp_path / "scored.csv"), keep_default_na=False)
    assert written.loc[0, "top_drivers"] == out.loc[0, "top_drivers"]  # no formula quote needed
    assert len(str(written.loc[0, "purchase_probability"]).split(".")[-1]) <= 3


def test_without_features_the_output_still_has_every_column(tmp_path, models):
    fitted, transactions = models
    prepared = _read(tmp_path)
    predictions = score_input(prepared, extract_note_concepts(prepared.notes), fitted, {"purchase": "4"},
                              transactions=transactions)
    out = attach_predictions(prepared, predictions)
    assert list(out.columns) == list(prepared.rows.columns) + OUTPUT_COLUMNS
    assert set(out["order_history"]) == {""}
    assert not out["top_drivers"].str.startswith(("+", "-")).any()


def test_order_history_levels():
    features = pd.DataFrame({
        "client_id": ["none", "one_day", "two_days", "recent", "ok", 7],
        "purchase_days": [0.0, 1.0, 2.0, 5.0, 3.0, 4.0],
        "tenure_days": [0.0, 400.0, 400.0, 90.0, 180.0, 1000.0],
    })
    levels = order_history(features)
    assert levels.to_dict() == {"none": "none", "one_day": "short", "two_days": "short", "recent": "short",
                                "ok": "ok", "7": "ok"}
    # a frame without RFM columns (no transactions block) means no history
    assert order_history(pd.DataFrame({"client_id": ["a"]})).tolist() == ["none"]
