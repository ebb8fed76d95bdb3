import hashlib
import math
import os
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from lvmh_pipeline.lib.ingestion.notes import (
    ColumnMap,
    NotesFileError,
    empty_notes,
    empty_rejected,
    ingest_partition,
    read_notes_file,
)
from lvmh_pipeline.lib.ingestion.note_rows import note_id
from lvmh_pipeline.lib.common.schemas import NOTES_COLUMNS, REJECTED_NOTES_COLUMNS

DATA_DIR = Path(__file__).resolve().parents[3].parent / "shared" / "data"
SAMPLE = DATA_DIR / "LVMH_Realistic_Merged_CA001-100.csv"
HEADER = "ID,Date,Duration,Language,Length,Transcription"
FR_NOTE = "Mme Laurent cherche un sac noir pour son anniversaire, budget 3-4K, rappeler en mars."
EN_NOTE = "Mr. Anderson is looking for a travel bag, budget around 5K, follow up next week."
DE_NOTE = (
    "Frau Schneider sucht ein Geschenk für ihre Tochter, Budget um 5K, nächste Woche nachfassen."
)
UPLOAD = "2026-03-01"

EXPECTED_DTYPES = {
    "note_id": object, "client_id": object, "note_date": object, "language": object,
    "duration_min": np.float64, "length": object, "text": object, "source_file": object,
    "source_line": np.int64, "upload_date": object, "language_detected": bool,
    "date_after_upload": bool, "pii_redactions": np.int64, "protected_concepts": object, "mixed_encoding": bool,
    "locale_currency": object,
}


def write_bytes(path: Path, content: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return path


def write(path: Path, content: str, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode(encoding))
    return path


def read(path: Path, data_dir: Path, **kwargs):
    return read_notes_file(path, relative_to=data_dir, upload_date=UPLOAD, **kwargs)


@pytest.fixture()
def data_dir(tmp_path):
    return tmp_path / "data"


def upload_file(data_dir: Path, name: str = "notes.csv") -> Path:
    return data_dir / "uploads" / UPLOAD / name


# --- happy path, schema, encodings, delimiters --------------------------------------------

def test_one_valid_row_gives_the_exact_notes_schema(data_dir):
    content = f'{HEADER}\nCA_001,2026-01-08,35 min,FR,medium,"{FR_NOTE}"\n'
    path = write(upload_file(data_dir), content)
    result = read(path, data_dir)
    assert list(result.notes.columns) == NOTES_COLUMNS
    assert list(result.rejected.columns) == REJECTED_NOTES_COLUMNS
    assert dict(result.notes.dtypes) == EXPECTED_DTYPES
    row = result.notes.iloc[0].to_dict()
    assert row["client_id"] == "CA_001"
    assert row["note_date"] == "2026-01-08"
    assert row["language"] == "FR" and not row["language_detected"]
    assert row["duration_min"] == 35.0
    assert row["length"] == "medium"
    assert row["text"] == FR_NOTE.replace("Laurent", "[NAME]")
    assert row["source_file"] == f"uploads/{UPLOAD}/notes.csv"
    assert row["source_line"] == 2
    assert row["upload_date"] == UPLOAD
    assert row["pii_redactions"] == 1
    assert row["note_id"] == hashlib.sha1(
        f"CA_001|2026-01-08|{row['text']}".encode()
    ).hexdigest()[:16]
    assert row["note_id"] == note_id("CA_001", "2026-01-08", row["text"])
    assert result.rejected.empty


def test_empty_frames_have_the_same_dtypes_as_full_ones(data_dir):
    path = write(upload_file(data_dir), HEADER + "\n")
    result = read(path, data_dir)
    assert result.notes.empty and result.rejected.empty
    assert dict(result.notes.dtypes) == EXPECTED_DTYPES
    assert dict(empty_notes().dtypes) == EXPECTED_DTYPES
    assert dict(result.rejected.dtypes) == dict(empty_rejected().dtypes)
    assert result.rejected["source_line"].dtype == np.int64


def test_latin1_file_with_accents(data_dir):
    note = "Mme Hélène cherche un foulard écru, très élégante, préfère le cuir façon croco."
    content = f'{HEADER}\nCA_002,08/01/2026,20 min,FR,short,"{note}"\n'
    path = write(upload_file(data_dir), content, encoding="cp1252")
    text = read(path, data_dir).notes.iloc[0]["text"]
    assert "écru, très élégante, préfère le cuir façon" in text
    assert "Hélène" not in text


def test_utf8_bom_header_is_recognised(data_dir):
    content = f'\ufeff{HEADER}\nCA_003,2026-01-09,30 min,EN,medium,"{EN_NOTE}"\n'
    path = write(upload_file(data_dir), content)
    assert read(path, data_dir).notes.iloc[0]["client_id"] == "CA_003"


def test_semicolon_delimiter_and_commas_inside_text(data_dir):
    content = (
        "ID;Date;Duration;Language;Length;Transcription\n"
        f"CA_004;2026-01-10;25 min;EN;medium;{EN_NOTE}\n"
    )
    result = read(write(upload_file(data_dir), content), data_dir)
    assert len(result.notes) == 1
    assert "budget around 5K, follow up" in result.notes.iloc[0]["text"]


def test_multiline_quoted_field_shifts_the_lines_of_later_records(data_dir):
    content = (
        f"{HEADER}\r\n"
        f'CA_010,2026-01-08,35 min,FR,medium,"Première ligne.\r\nDeuxième ligne.\r\nTroisième."\r\n'
        f'CA_011,2026-01-08,35 min,EN,medium,"{EN_NOTE}"\r\n'
        "\r\n"
        f'CA_012,2026-01-08,35 min,DE,medium,"{DE_NOTE}"\r\n'
    )
    result = read(write(upload_file(data_dir), content), data_dir)
    assert result.notes["source_line"].tolist() == [2, 5, 7]
    assert result.notes.iloc[0]["text"] == "Première ligne.\nDeuxième ligne.\nTroisième."


def test_source_file_is_relative_posix(data_dir):
    path = data_dir / "uploads" / UPLOAD / "sub dir" / "n.csv"
    write(path, f'{HEADER}\nA,2026-01-08,,,,"{EN_NOTE}"\n')
    assert read(path, data_dir).notes.iloc[0]["source_file"] == f"uploads/{UPLOAD}/sub dir/n.csv"


# --- column mapping ---------------------------------------------------------------------------

def test_explicit_column_map(data_dir):
    content = f'Kunde|Datum|Sprache|Notiz\n'.replace("|", ",") + f'K-1,2026-02-01,de,"{DE_NOTE}"\n'
    path = write(upload_file(data_dir), content)
    cmap = ColumnMap(id="Kunde", text="Notiz", date="Datum", language="Sprache")
    row = read(path, data_dir, column_map=cmap).notes.iloc[0]
    assert (row["client_id"], row["note_date"], row["language"]) == ("K-1", "2026-02-01", "DE")
    assert math.isnan(row["duration_min"])
    assert row["length"] == "short"  # derived from the text


@pytest.mark.parametrize(
    "header",
    [
        "client_id,note_date,lang,note",
        "Customer_ID,DATE,Language,Text",
        "customer id,date,LANG,transcript",
        "id,date,language,notes",
    ],
)
def test_common_alternative_headers_are_recognised(data_dir, header):
    path = write(upload_file(data_dir), f'{header}\nC9,2026-02-02,EN,"{EN_NOTE}"\n')
    row = read(path, data_dir).notes.iloc[0]
    assert (row["client_id"], row["note_date"], row["language"]) == ("C9", "2026-02-02", "EN")


def test_column_map_naming_a_missing_column_fails_with_the_file_name(data_dir):
    path = write(upload_file(data_dir), f'{HEADER}\nA,2026-01-08,,,,"{EN_NOTE}"\n')
    with pytest.raises(NotesFileError, match="column 'Notiz' given for text") as err:
        read(path, data_dir, column_map=ColumnMap(text="Notiz"))
    assert "notes.csv" in str(err.value)


def test_missing_required_column_names_file_found_and_expected(data_dir):
    path = write(upload_file(data_dir, "nodate.csv"), f'ID,Transcription\nA,"{EN_NOTE}"\n')
    with pytest.raises(NotesFileError) as err:
        read(path, data_dir)
    message = str(err.value)
    assert "nodate.csv" in message
    assert "missing required columns" in message and "date" in message
    assert "['ID', 'Transcription']" in message
    assert "ID,Date,Duration,Language,Length,Transcription" in message


def test_file_without_a_recognizable_header(data_dir):
    content = f'CA_001,2026-01-08,35 min,FR,medium,"{FR_NOTE}"\n'
    path = write(upload_file(data_dir, "headless.csv"), content)
    with pytest.raises(NotesFileError, match="headless.csv: no recognizable header"):
        read(path, data_dir)


def test_binary_file_error_names_the_file(data_dir):
    path = upload_file(data_dir, "export.csv")
    path.parent.mkdir(parents=True)
    path.write_bytes(b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00" * 10)
    with pytest.raises(NotesFileError, match="export.csv.*binary"):
        read(path, data_dir)


# --- row validation --------------------------------------------------------------------------

def test_rejected_rows_have_line_numbers_and_clear_reasons(data_dir):
    content = "\n".join([
        HEADER,
        f'CA_1,2026-01-08,30 min,EN,medium,"{EN_NOTE}"',          # 2 ok
        'CA_2,2026-01-08,30 min,EN,medium,""',                    # 3 empty text
        f',2026-01-08,30 min,EN,medium,"{EN_NOTE}"',              # 4 missing id
        f'CA_4,32/13/2026,30 min,EN,medium,"{EN_NOTE}"',          # 5 bad date
        f'CA_5,,30 min,EN,medium,"{EN_NOTE}"',                    # 6 missing date
        f'CA_6,2026-01-08,30 min,EN,medium,{EN_NOTE}',            # 7 unquoted commas
        ',,30 min,EN,medium,  ',                                  # 8 several problems
        "",
    ])
    result = read(write(upload_file(data_dir), content), data_dir)
    assert result.notes["client_id"].tolist() == ["CA_1"]
    reasons = result.rejected["reason"].tolist()
    assert reasons[:4] == [
        "line 3: empty transcription",
        "line 4: missing client id",
        "line 5: unparseable date '32/13/2026'",
        "line 6: missing date",
    ]
    assert reasons[4].startswith("line 7: 8 fields but the header has 6")
    assert reasons[5] == "line 8: missing client id, empty transcription, missing date"
    assert result.rejected["source_line"].tolist() == [3, 4, 5, 6, 7, 8]
    assert set(result.rejected["source_file"]) == {f"uploads/{UPLOAD}/notes.csv"}
    assert result.rejected.iloc[3]["client_id"] == "CA_5"


def test_rejected_raw_text_is_pseudonymized(data_dir):
    note = "Mme Dupont, tél 06 12 34 56 78, a@b.fr"
    content = f'{HEADER}\nCA_1,not a date,30 min,FR,medium,"{note}"\n'
    raw = read(write(upload_file(data_dir), content), data_dir).rejected.iloc[0]["raw_text"]
    assert raw == "Mme [NAME], tél [PHONE], [EMAIL]"


def test_trailing_empty_fields_are_tolerated(data_dir):
    content = f'{HEADER}\nCA_1,2026-01-08,30 min,EN,medium,"{EN_NOTE}",,\n'
    assert len(read(write(upload_file(data_dir), content), data_dir).notes) == 1


def test_unterminated_quote_is_rejected_not_swallowed_silently(data_dir):
    content = (
        f'{HEADER}\nCA_1,2026-01-08,30 min,EN,medium,"{EN_NOTE}"\n'
        'CA_2,2026-01-08,30 min,EN,medium,"never closed\nCA_3,2026-01-09,,,,x\n'
    )
    result = read(write(upload_file(data_dir), content), data_dir)
    # the broken quote costs its own row only: CA_3, a well-formed record, is read again
    assert result.notes["client_id"].tolist() == ["CA_1", "CA_3"]
    assert result.rejected["client_id"].tolist() == ["CA_2"]
    assert "line 3: unterminated quoted field (lines 3-3; reading resumed at line 4)" in result.rejected.iloc[0]["reason"]


def test_unterminated_quote_at_the_end_swallows_only_text(data_dir):
    content = f'{HEADER}\nCA_1,2026-01-08,30 min,EN,medium,"never closed\nstill the note, with, commas\n'
    result = read(write(upload_file(data_dir), content), data_dir)
    assert result.notes.empty
    assert "runs to the end of the file" in result.rejected.iloc[0]["reason"]


def test_a_multi_line_note_is_not_split(data_dir):
    content = f'{HEADER}\nCA_1,2026-01-08,30 min,EN,medium,"first line\nCA_2,a line of the same note\nend"\n'
    result = read(write(upload_file(data_dir), content), data_dir)
    assert result.notes["client_id"].tolist() == ["CA_1"] and result.rejected.empty


def test_mixed_utf8_and_cp1252_lines_are_each_decoded_and_flagged(data_dir):
    utf8 = f'{HEADER}\nCA_1,2026-01-08,30 min,FR,medium,"Cliente très fidèle, budget 3K"\n'.encode()
    cp1252 = 'CA_2,2026-01-08,30 min,FR,medium,"Écharpe en cachemire, rappeler après Noël"\n'.encode("cp1252")
    result = read(write_bytes(upload_file(data_dir), utf8 + cp1252), data_dir)
    notes = result.notes.set_index("client_id")
    assert "très fidèle" in notes.loc["CA_1", "text"] and "Écharpe" in notes.loc["CA_2", "text"]
    assert notes["mixed_encoding"].to_dict() == {"CA_1": False, "CA_2": True}


def test_a_nul_byte_rejects_its_row_not_the_file(data_dir):
    content = (f'{HEADER}\nCA_1,2026-01-08,30 min,EN,medium,"bad\x00note"\n'
               f'CA_2,2026-01-08,30 min,EN,medium,"{EN_NOTE}"\n')
    result = read(write(upload_file(data_dir), content), data_dir)
    assert result.notes["client_id"].tolist() == ["CA_2"]
    assert "line 2: NUL byte in the row" in result.rejected.iloc[0]["reason"]


def test_an_oversized_note_rejects_its_row_and_keeps_a_pseudonymized_prefix(data_dir):
    huge = "Mme Laurent adore le cuir. " * 200_000  # 5.4 MB
    content = (f'{HEADER}\nCA_1,2026-01-08,30 min,FR,medium,"{huge}"\n'
               f'CA_2,2026-01-08,30 min,EN,medium,"{EN_NOTE}"\n')
    result = read(write(upload_file(data_dir), content), data_dir)
    assert result.notes["client_id"].tolist() == ["CA_2"]
    rejected = result.rejected.iloc[0]
    assert "exceeds the 100,000-byte limit" in rejected["reason"]
    assert len(rejected["raw_text"]) < 3_000 and "Laurent" not in rejected["raw_text"]


def test_note_dated_after_upload_is_kept_and_flagged(data_dir):
    content = f'{HEADER}\nA,2026-03-01,,EN,,"{EN_NOTE}"\nB,2026-03-02,,EN,,"{EN_NOTE}"\n'
    notes = read(write(upload_file(data_dir), content), data_dir).notes
    assert notes["date_after_upload"].tolist() == [False, True]


@pytest.mark.parametrize(
    ("declared", "text", "language", "detected"),
    [
        ("FR", FR_NOTE, "FR", False),
        ("French", FR_NOTE, "FR", False),
        ("fr-FR", FR_NOTE, "FR", False),
        ("", DE_NOTE, "DE", True),
        ("xx", DE_NOTE, "DE", True),
        ("EN", DE_NOTE, "DE", True),  # contradicted by a clear German text
        ("IT", "Budget 5K", "IT", False),  # too short to contradict
    ],
)
def test_language_declared_missing_unknown_or_contradicted(
    data_dir, declared, text, language, detected
):
    content = f'{HEADER}\nA,2026-01-08,,{declared},,"{text}"\n'
    row = read(write(upload_file(data_dir), content), data_dir).notes.iloc[0]
    assert (row["language"], bool(row["language_detected"])) == (language, detected)


@pytest.mark.parametrize(
    ("duration", "length", "minutes", "label"),
    [
        ("35 min", "medium", 35.0, "medium"),
        ("1h10", "", 70.0, "long"),
        ("45", "weird", 45.0, "long"),
        ("", "", math.nan, "short"),
        ("20 min", "LONG", 20.0, "long"),
    ],
)
def test_duration_and_length(data_dir, duration, length, minutes, label):
    content = f'{HEADER}\nA,2026-01-08,{duration},EN,{length},"{EN_NOTE}"\n'
    row = read(write(upload_file(data_dir), content), data_dir).notes.iloc[0]
    assert row["length"] == label
    if math.isnan(minutes):
        assert math.isnan(row["duration_min"])
    else:
        assert row["duration_min"] == minutes


# --- duplicates --------------------------------------------------------------------------------

def test_duplicates_within_a_file(data_dir):
    content = "\n".join([
        HEADER,
        f'A,2026-01-08,30 min,EN,medium,"{EN_NOTE}"',
        f'A,2026-01-08,25 min,EN,medium,"  {EN_NOTE}  "',  # same after cleaning
        f'B,2026-01-08,30 min,EN,medium,"{EN_NOTE}"',      # other client
        f'A,2026-01-09,30 min,EN,medium,"{EN_NOTE}"',      # other date
    ])
    result = read(write(upload_file(data_dir), content), data_dir)
    assert result.notes["source_line"].tolist() == [2, 4, 5]
    assert result.rejected["reason"].tolist() == [
        f"line 3: duplicate of uploads/{UPLOAD}/notes.csv:2"
    ]
    assert result.notes["note_id"].is_unique


def test_same_person_different_name_spelling_is_a_duplicate_after_pseudonymization(data_dir):
    content = (
        f'{HEADER}\nA,2026-01-08,,EN,,"Mr. Smith wants a bag."\n'
        f'A,2026-01-08,,EN,,"Mr. Smyth wants a bag."\n'
    )
    result = read(write(upload_file(data_dir), content), data_dir)
    assert len(result.notes) == 1 and len(result.rejected) == 1


def test_partition_reads_sorted_files_and_dedupes_across_them(data_dir):
    folder = data_dir / "uploads" / UPLOAD
    write(
        folder / "b.csv",
        f'{HEADER}\nB,2026-01-08,,EN,,"{EN_NOTE}"\nA,2026-01-08,,FR,,"{FR_NOTE}"\n',
    )
    write(folder / "a.csv", f'{HEADER}\nA,2026-01-08,,FR,,"{FR_NOTE}"\n')
    write(folder / "c.csv", f'ID;Date;Transcription\nC;09.01.2026;{DE_NOTE}\n', encoding="cp1252")
    write(folder / "readme.txt", "not a csv")
    result = ingest_partition(folder, data_dir=data_dir, upload_date=UPLOAD)
    assert result.notes["client_id"].tolist() == ["A", "B", "C"]
    assert result.notes["source_file"].tolist() == [
        f"uploads/{UPLOAD}/a.csv", f"uploads/{UPLOAD}/b.csv", f"uploads/{UPLOAD}/c.csv"
    ]
    assert result.rejected[["source_file", "source_line", "reason"]].values.tolist() == [
        [f"uploads/{UPLOAD}/b.csv", 3, f"line 3: duplicate of uploads/{UPLOAD}/a.csv:2"]
    ]
    assert dict(result.notes.dtypes) == EXPECTED_DTYPES


def test_partition_fails_on_an_unreadable_file_naming_it(data_dir):
    folder = data_dir / "uploads" / UPLOAD
    write(folder / "a.csv", f'{HEADER}\nA,2026-01-08,,FR,,"{FR_NOTE}"\n')
    write(folder / "broken.csv", "foo,bar\n1,2\n")
    with pytest.raises(NotesFileError, match="broken.csv"):
        ingest_partition(folder, data_dir=data_dir, upload_date=UPLOAD)


def test_empty_and_missing_partition_folders(data_dir):
    folder = data_dir / "uploads" / UPLOAD
    folder.mkdir(parents=True)
    result = ingest_partition(folder, data_dir=data_dir, upload_date=UPLOAD)
    assert result.notes.empty and list(result.notes.columns) == NOTES_COLUMNS
    assert dict(result.notes.dtypes) == EXPECTED_DTYPES
    with pytest.raises(NotesFileError, match="does not exist"):
        ingest_partition(
            data_dir / "uploads" / "2026-03-02", data_dir=data_dir, upload_date="2026-03-02"
        )


def test_bad_upload_date_is_refused(data_dir):
    path = write(upload_file(data_dir), f'{HEADER}\nA,2026-01-08,,FR,,"{FR_NOTE}"\n')
    with pytest.raises(ValueError, match="upload_date"):
        read_notes_file(path, relative_to=data_dir, upload_date="01/03/2026")


def test_input_file_is_not_modified(data_dir):
    content = f'{HEADER}\nA,2026-01-08,,FR,,"{FR_NOTE} tél 06 12 34 56 78"\n'
    path = write(upload_file(data_dir), content)
    old = os.stat(path).st_mtime_ns - 10_000_000_000
    os.utime(path, ns=(old, old))
    before = path.read_bytes()
    read(path, data_dir)
    ingest_partition(path.parent, data_dir=data_dir, upload_date=UPLOAD)
    assert path.read_bytes() == before
    assert os.stat(path).st_mtime_ns == old


# --- the real sample ---------------------------------------------------------------------------

def test_real_sample_ingests_100_notes_without_rejects():
    if not SAMPLE.exists():
        pytest.skip("shared sample data not available")
    result = read_notes_file(SAMPLE, relative_to=DATA_DIR, upload_date="2026-03-31")
    notes = result.notes
    assert len(notes) == 100 and result.rejected.empty
    assert notes["source_file"].unique().tolist() == [SAMPLE.name]
    assert notes["source_line"].tolist() == list(range(2, 102))
    assert notes["note_id"].is_unique
    assert not notes["language_detected"].any()
    assert not notes["date_after_upload"].any()
    original = pd.read_csv(SAMPLE)
    assert notes["language"].tolist() == original["Language"].tolist()
    assert notes["length"].tolist() == original["Length"].tolist()
    assert notes["text"].str.count(r"\[NAME\]").sum() == 103
    assert notes["pii_redactions"].sum() == 103 + notes["text"].str.count(r"\[HEALTH\]").sum()
    assert not notes["text"].str.contains("Laurent|Anderson|Moreau").any()
    assert dict(notes.dtypes) == EXPECTED_DTYPES


def test_empty_files_are_reported_and_skipped_not_a_failure(data_dir):
    folder = data_dir / "uploads" / UPLOAD
    write(folder / "a.csv", f'{HEADER}\nA,2026-01-08,,FR,,"{FR_NOTE}"\n')
    write_bytes(folder / "empty.csv", b"")
    write_bytes(folder / "blank.csv", b"\n  \r\n")
    write_bytes(folder / "bom.csv", b"\xef\xbb\xbf")
    result = ingest_partition(folder, data_dir=data_dir, upload_date=UPLOAD)
    assert result.notes["client_id"].tolist() == ["A"]
    assert sorted(result.skipped) == [(f"uploads/{UPLOAD}/{name}", "empty file (no header, no rows): skipped")
                                      for name in ("blank.csv", "bom.csv", "empty.csv")]


def test_dates_outside_the_plausible_range_are_rejected_naming_the_date(data_dir):
    content = (f'{HEADER}\nA,0001-01-01,,EN,,"{EN_NOTE}"\nB,9999-12-31,,EN,,"{EN_NOTE}"\n'
               f'C,2099-01-01,,EN,,"{EN_NOTE}"\n')
    result = read(write(upload_file(data_dir), content), data_dir)
    assert result.notes["client_id"].tolist() == ["C"]
    assert result.rejected["reason"].tolist() == ["line 2: date 0001-01-01 outside 1900-01-01 to 2199-12-31",
                                                  "line 3: date 9999-12-31 outside 1900-01-01 to 2199-12-31"]


def test_reasons_and_file_errors_never_quote_personal_data(data_dir):
    content = f'{HEADER}\nA,anna.keller@example.com,,EN,,"{EN_NOTE}"\n'
    result = read(write(upload_file(data_dir), content), data_dir)
    assert result.rejected["reason"].tolist() == ["line 2: unparseable date '[ID]'"]
    headerless = write(upload_file(data_dir, "headerless.csv"),
                       'A,2026-01-08,,FR,,"Mme Keller, écrire à anna.keller@example.com"\n')
    with pytest.raises(NotesFileError, match="no recognizable header") as error:
        read(headerless, data_dir)
    assert "keller" not in str(error.value).lower()


def test_unique_notes_and_concepts_in_place_equal_the_copies_and_replace_the_input():
    from lvmh_pipeline.lib.ingestion.notes import unique_note_concepts, unique_notes

    notes = pd.DataFrame({"note_id": ["n2", "n1", "n2", "n3"], "client_id": ["b", "a", "b", "a"],
                          "note_date": pd.to_datetime(["2026-02-01", "2026-01-01", "2026-02-01", "2025-12-01"]),
                          "text": ["x", "y", "x", "z"]}, index=[7, 8, 9, 10])
    concepts = pd.DataFrame({"note_id": ["n1", "n1", "n2", "n1"], "concept": ["vegan", "silk", "vegan", "vegan"],
                             "span_start": [0, 5, 0, 0]}, index=[3, 4, 5, 6])
    expected_notes, expected_concepts = unique_notes(notes), unique_note_concepts(concepts)
    assert len(notes) == 4 and len(concepts) == 4  # the copies leave the inputs alone
    assert expected_notes["note_id"].tolist() == ["n3", "n1", "n2"]
    assert expected_concepts[["note_id", "concept"]].values.tolist() == [["n1", "vegan"], ["n1", "silk"], ["n2", "vegan"]]
    same_notes, same_concepts = unique_notes(notes, in_place=True), unique_note_concepts(concepts, in_place=True)
    assert same_notes is notes and same_concepts is concepts
    pd.testing.assert_frame_equal(notes, expected_notes)
    pd.testing.assert_frame_equal(concepts, expected_concepts)
