import pytest

from lvmh_pipeline.lib.ingestion.csv_reader import NotesFileError
from lvmh_pipeline.lib.ingestion.columns import ColumnMap, resolve_columns

CA_EXPORT = ["ID", "Date", "Duration", "Language", "Length", "Transcription"]


def test_ca_export_layout():
    assert resolve_columns(CA_EXPORT, None, "f.csv") == {
        "id": 0, "date": 1, "duration": 2, "language": 3, "length": 4, "text": 5,
    }


def test_specific_alias_wins_over_generic_one():
    columns = resolve_columns(["id", "client_id", "note", "date"], None, "f.csv")
    assert columns["id"] == 1 and columns["text"] == 2


def test_header_matching_ignores_case_spaces_and_dashes():
    columns = resolve_columns(["Client ID", "Note-Date", "TEXT"], None, "f.csv")
    assert columns == {"id": 0, "date": 1, "text": 2}


def test_column_map_overrides_and_mixes_with_recognition():
    header = ["Kunde", "Datum", "Notiz", "Language"]
    columns = resolve_columns(header, ColumnMap(id="kunde", date="Datum", text="Notiz"), "f.csv")
    assert columns == {"id": 0, "date": 1, "text": 2, "language": 3}


def test_errors_name_the_file_and_the_columns():
    with pytest.raises(NotesFileError, match=r"f\.csv: missing required columns: no column for date"):
        resolve_columns(["ID", "Transcription"], None, "f.csv")
    with pytest.raises(NotesFileError, match="no recognizable header"):
        resolve_columns(["CA_001", "2026-01-08", "hello"], None, "f.csv")
