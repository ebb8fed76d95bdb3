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


def test_every_entry_of_an_upload_folder_is_read_or_reported(tmp_path):
    day = tmp_path / "2026-01-07"
    (day / "nested").mkdir(parents=True)
    (day / "a.csv").write_text("ID\n")
    (day / "B.CSV").write_text("ID\n")
    (day / "notes.txt").write_text("x")
    (day / "nested" / "c.csv").write_text("ID\n")
    outside = tmp_path.parent / f"{tmp_path.name}_outside.csv"
    outside.write_text("ID\n")
    (day / "link.csv").symlink_to(outside)
    (tmp_path / "2026-01-08").symlink_to(day)
    scan = scan_uploads(tmp_path)
    assert [p.name for p in scan.files_by_date["2026-01-07"]] == ["B.CSV", "a.csv"]
    assert "2026-01-08" not in scan.files_by_date
    reasons = dict(scan.skipped)
    assert "symbolic link" in reasons["2026-01-08"]
    assert "symbolic link" in reasons["2026-01-07/link.csv"]
    assert "nested folder" in reasons["2026-01-07/nested/"]
    assert "not a .csv file (.txt)" in reasons["2026-01-07/notes.txt"]
