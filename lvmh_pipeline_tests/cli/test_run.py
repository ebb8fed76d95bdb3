"""`run`, `demo` and `backfill` refusals: no upload to process, dates that are not dates.
(The happy path of `run` is in test_pipeline.py.)"""

from __future__ import annotations

import pytest

from lvmh_pipeline_tests.cli.conftest import assert_refusal, call


@pytest.mark.parametrize("argv", [("run",), ("backfill", "--all")])
def test_run_and_backfill_refuse_a_data_dir_without_uploads(capfd, data_dir, argv):
    result = call(capfd, *argv)
    assert_refusal(result, "no upload found", str(data_dir / "uploads"))
    assert f"data dir:     {data_dir}" in result.out
    assert not (data_dir / "warehouse.duckdb").exists()


def test_run_reads_the_data_dir_option_over_the_environment(capfd, data_dir, tmp_path):
    other = tmp_path / "elsewhere"
    (other / "uploads").mkdir(parents=True)
    assert_refusal(call(capfd, "run", "--data-dir", other), str(other / "uploads"))


def test_demo_refuses_uploads_without_any_upload_date(capfd, data_dir):
    """demo generates data only into an empty uploads/ folder; one holding no date folder is
    the user's to fix (the stray file is named as a warning)."""
    (data_dir / "uploads").mkdir(parents=True)
    (data_dir / "uploads" / "notes.csv").write_text("ID,Transcription\nA,hello\n", encoding="utf-8")
    result = call(capfd, "demo", "--clients", "5")
    assert_refusal(result, "no upload found")
    assert "warning: ignoring uploads/notes.csv" in result.out
    assert not (data_dir / "transactions.csv").exists()  # nothing generated


def test_backfill_refuses_a_range_without_upload_dates(capfd, data_dir):
    (data_dir / "uploads" / "2026-01-15").mkdir(parents=True)
    (data_dir / "uploads" / "2026-01-15" / "notes.csv").write_text("ID,Transcription\nA,hello\n", encoding="utf-8")
    assert_refusal(call(capfd, "backfill", "--from", "2026-02-01", "--to", "2026-02-28"),
                   "no upload date between 2026-02-01 and 2026-02-28")


@pytest.mark.parametrize(("argv", "fragments"), [
    (("backfill", "--from", "2026-13-01"), ("--from", "'2026-13-01' is not a date", "YYYY-MM-DD")),
    (("backfill", "--from", "yesterday"), ("'yesterday' is not a date",)),
    (("backfill", "--from", "2026-1-5"), ("'2026-1-5' is not a date",)),
    (("backfill", "--from", "2026-01-01", "--to", "2026-02-30"), ("--to", "'2026-02-30'")),
    (("backfill", "--from", "2026-03-01", "--to", "2026-01-31"), ("--to 2026-01-31 is before --from 2026-03-01",)),
    (("backfill", "--all", "--to", "2026-01-31"), ("--to goes with --from",)),
    (("backfill", "--all", "--from", "2026-01-01"), ("not allowed with argument",)),
    (("backfill",), ("one of the arguments --from --all is required",)),
])
def test_backfill_refuses_bad_dates_and_ranges(capfd, data_dir, argv, fragments):
    assert_refusal(call(capfd, *argv), *fragments)
