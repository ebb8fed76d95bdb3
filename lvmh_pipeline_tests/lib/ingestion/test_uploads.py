import os
from pathlib import Path

from lvmh_pipeline.lib.ingestion.uploads import csv_files, folder_signature, is_iso_date, scan_uploads


def _touch(path: Path, text: str = "ID,Date\n") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def test_is_iso_date_accepts_only_real_calendar_dates():
    assert is_iso_date("2026-01-31")
    assert not is_iso_date("2026-02-30")
    assert not is_iso_date("2026-1-31")
    assert not is_iso_date("31-01-2026")
    assert not is_iso_date("latest")


def test_scan_groups_csvs_by_date_and_reports_bad_names(tmp_path):
    _touch(tmp_path / "2026-01-02" / "b.csv")
    _touch(tmp_path / "2026-01-02" / "a.CSV")
    _touch(tmp_path / "2026-01-02" / "readme.txt")
    _touch(tmp_path / "2026-01-09" / "notes.csv")
    _touch(tmp_path / "january" / "notes.csv")
    (tmp_path / "2026-01-10").mkdir()  # empty folder: not an upload yet
    _touch(tmp_path / "loose.csv")
    scan = scan_uploads(tmp_path)
    assert scan.dates == ["2026-01-02", "2026-01-09"]
    assert [p.name for p in scan.files_by_date["2026-01-02"]] == ["a.CSV", "b.csv"]
    assert scan.invalid_folders == ["january"]
    assert scan.stray_files == ["loose.csv"]


def test_scan_of_missing_dir_is_empty(tmp_path):
    assert scan_uploads(tmp_path / "nope").dates == []


def test_signature_changes_when_a_file_changes_or_is_added(tmp_path):
    first = _touch(tmp_path / "d" / "a.csv", "x\n")
    before = folder_signature(csv_files(tmp_path / "d"))
    assert folder_signature(csv_files(tmp_path / "d")) == before
    first.write_text("x\ny\n")
    os.utime(first, ns=(1, 1))
    changed = folder_signature(csv_files(tmp_path / "d"))
    assert changed != before
    _touch(tmp_path / "d" / "b.csv")
    assert folder_signature(csv_files(tmp_path / "d")) != changed


def test_diff_reports_only_new_or_changed_dates(tmp_path):
    from lvmh_pipeline.lib.ingestion.uploads import diff_uploads

    _touch(tmp_path / "2026-01-02" / "a.csv")
    _touch(tmp_path / "2026-01-09" / "b.csv")
    first = diff_uploads(tmp_path, {})
    assert sorted(first.changed) == ["2026-01-02", "2026-01-09"]
    assert diff_uploads(tmp_path, first.state).changed == {}
    _touch(tmp_path / "2026-01-09" / "c.csv")
    second = diff_uploads(tmp_path, first.state)
    assert list(second.changed) == ["2026-01-09"]
    assert [p.name for p in second.changed["2026-01-09"]] == ["b.csv", "c.csv"]
    (tmp_path / "2026-01-02" / "a.csv").unlink()
    assert diff_uploads(tmp_path, second.state).changed == {}  # removals trigger nothing
