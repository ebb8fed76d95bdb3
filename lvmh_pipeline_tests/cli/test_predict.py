"""`lvmh-pipeline predict` refusals: columns, files and outputs that cannot be used, and no
trained model yet. (Scoring with real champions is in test_pipeline.py.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from lvmh_pipeline_tests.cli.conftest import assert_refusal, call

NOTES = ("ID;Date;Transcription\n"
         "CA_1;2026-01-05;Cliente fidèle, prête à acheter un sac\n"
         "CA_2;2026-01-06;Looking for a watch\n")


@pytest.fixture
def notes(tmp_path: Path, data_dir: Path) -> Path:
    path = tmp_path / "notes.csv"
    path.write_text(NOTES, encoding="utf-8")
    return path


def _predict(capfd, input_path, *extra, output=None):
    output = output if output is not None else input_path.with_name("scored.csv")
    return call(capfd, "predict", input_path, "--id-column", "ID", "--text-column", "Transcription",
                "--output", output, *extra)


def test_predict_refuses_a_missing_column_and_lists_the_columns(capfd, notes):
    result = call(capfd, "predict", notes, "--id-column", "client", "--text-column", "Transcription",
                  "--output", notes.with_name("out.csv"))
    assert_refusal(result, "no column 'client' for the client id", "'ID', 'Date', 'Transcription'")
    assert_refusal(_predict(capfd, notes, "--date-column", "When"), "no column 'When' for the date")
    assert not notes.with_name("out.csv").exists()


def test_predict_refuses_a_missing_input_file(capfd, notes):
    missing = notes.with_name("nowhere.csv")
    assert_refusal(_predict(capfd, missing), str(missing), "cannot open file")


def test_predict_refuses_to_overwrite_its_input(capfd, notes, monkeypatch):
    assert_refusal(_predict(capfd, notes, output=notes), "is the input file", "refusing to overwrite")
    monkeypatch.chdir(notes.parent)  # the same file, spelled relative to the working directory
    assert_refusal(_predict(capfd, notes, output=Path(notes.name)), "is the input file")
    assert notes.read_text(encoding="utf-8") == NOTES


def test_predict_refuses_an_output_inside_the_uploads(capfd, notes, data_dir):
    inside = data_dir / "uploads" / "2026-01-01" / "scored.csv"
    assert_refusal(_predict(capfd, notes, output=inside), "which the pipeline reads as input")
    assert not inside.exists()


def test_predict_refuses_an_input_that_already_has_prediction_columns(capfd, tmp_path, data_dir):
    scored = tmp_path / "scored_before.csv"
    scored.write_text("ID,Transcription,purchase_probability\nA,hello,0.5\n", encoding="utf-8")
    assert_refusal(_predict(capfd, scored), "already has output column(s)", "purchase_probability")


def test_predict_without_a_trained_model_says_to_train_first(capfd, notes, untrained):
    result = _predict(capfd, notes, "--date-column", "Date")
    assert_refusal(result, "no champion model", "lvmh-pipeline run")
    assert not notes.with_name("scored.csv").exists()
