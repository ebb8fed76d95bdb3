"""`lvmh-pipeline generate`: a tiny data set end to end, determinism, and its refusals."""

from __future__ import annotations

import csv
from pathlib import Path

from lvmh_pipeline_tests.cli.conftest import assert_refusal, call

TINY = ("--clients", "20", "--upload-dates", "2")


def _files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_generate_writes_uploads_transactions_catalog_and_ground_truth(capfd, tmp_path):
    out = tmp_path / "nested" / "demo"
    result = call(capfd, "generate", "--out", out, *TINY, "--seed", "5")
    assert result.code == 0, result.err
    assert f"into {out}" in result.out and "ground truth" in result.out
    dates = sorted(p.name for p in (out / "uploads").iterdir())
    assert len(dates) == 2 and all(len(d) == 10 and d[4] == d[7] == "-" for d in dates)
    for date in dates:
        notes = list((out / "uploads" / date).glob("*.csv"))
        assert notes
        with notes[0].open(encoding="utf-8", newline="") as handle:
            assert next(csv.reader(handle))[:2] == ["ID", "Date"]
    for name in ("transactions.csv", "catalog.csv", "ground_truth/clients_truth.csv"):
        assert (out / name).stat().st_size > 0, name
    rows = (out / "ground_truth" / "clients_truth.csv").read_text(encoding="utf-8").splitlines()
    assert len(rows) == 1 + 20  # header + one row per client
    n_rows = int(result.out.split("wrote ", 1)[1].split(" note rows", 1)[0])
    assert n_rows > 0


def test_same_seed_gives_the_same_files_and_overwrite_replaces_them(capfd, tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    assert call(capfd, "generate", "--out", first, *TINY).code == 0
    assert call(capfd, "generate", "--out", second, *TINY).code == 0
    assert _files(first) == _files(second)
    assert_refusal(call(capfd, "generate", "--out", first, *TINY), "already holds", "--overwrite")
    result = call(capfd, "generate", "--out", first, "--clients", "5", "--upload-dates", "1", "--overwrite")
    assert result.code == 0, result.err
    assert len(list((first / "uploads").iterdir())) == 1


def test_generate_refuses_an_out_path_that_is_a_file(capfd, tmp_path):
    target = tmp_path / "notes.csv"
    target.write_text("ID,Transcription\n", encoding="utf-8")
    assert_refusal(call(capfd, "generate", "--out", target, *TINY), str(target), "is a file, not a folder")
    assert target.read_text(encoding="utf-8") == "ID,Transcription\n"
    assert_refusal(call(capfd, "generate", "--out", target / "inside", *TINY), "is a file, not a folder")
