"""Ingestion and concept assets materialized in an isolated instance and warehouse."""

from __future__ import annotations

import duckdb
import pytest

from lvmh_pipeline.runner import materialize_everything
from lvmh_pipeline_tests.conftest import write_upload

HEADER = "ID,Date,Duration,Language,Length,Transcription\n"
GOOD = (
    'CL_1,2026-01-05,35 min,FR,medium,"Rendez-vous avec Mme Laurent, avocate 45 ans. Budget 3-4K flexible. '
    'Allergique nickel. Anniversaire mari fin mars. Email laurent@example.com, tel +33 6 12 34 56 78."\n'
    'CL_2,2026-01-05,25 min,EN,medium,"Meeting with Mr. Anderson, banker. Looking for travel bag, budget around 5K. '
    'Pescatarian diet. No allergies. Wife birthday in May."\n'
    'CL_3,2026-01-06,20 min,DE,short,"Herr Weber, 52 Jahre. Sucht Uhr. Budget 7-8K. Vegetarier. Keine Allergien."\n'
)
BAD = (
    ',2026-01-05,20 min,FR,short,"Client sans identifiant. Budget 2K."\n'
    'CL_4,2026-01-06,20 min,EN,short,""\n'
    'CL_5,not-a-date,20 min,EN,short,"Mr. Smith wants a wallet."\n'
)


def _warehouse(settings):
    return duckdb.connect(str(settings.warehouse_path), read_only=True)


def test_upload_becomes_pseudonymized_notes_rejects_concepts_and_profiles(settings):
    write_upload(settings, "2026-01-07", "notes.csv", HEADER + GOOD + BAD + GOOD.splitlines(True)[0])
    reports = materialize_everything(settings, on_notice=lambda message: None)
    assert all(report.success for report in reports), [report.errors for report in reports]

    with _warehouse(settings) as db:
        notes = db.sql("select * from lvmh.notes order by client_id").df()
        rejected = db.sql("select * from lvmh.rejected_notes order by source_line").df()
        concepts = db.sql("select * from lvmh.note_concepts").df()
        profiles = db.sql("select * from lvmh.client_profiles order by client_id").df()

    assert list(notes["client_id"]) == ["CL_1", "CL_2", "CL_3"]
    assert set(notes["upload_date"]) == {"2026-01-07"}
    joined = " ".join(notes["text"])
    for secret in ("Laurent", "Anderson", "Weber", "laurent@example.com", "12 34 56 78"):
        assert secret not in joined
    assert "[NAME]" in joined and "[EMAIL]" in joined and "[PHONE]" in joined
    # non-food allergies leave the text (health data) but stay concepts, with the placeholder as evidence
    assert "nickel" not in joined.lower() and "[HEALTH]" in joined

    assert len(rejected) == 4  # missing id, empty text, bad date, duplicate
    reasons = " | ".join(rejected["reason"])
    assert "duplicate" in reasons
    assert all(str(line) in reason for line, reason in zip(rejected["source_line"], rejected["reason"]))
    assert "Smith" not in " ".join(rejected["raw_text"].fillna(""))

    by_client = {c: set(concepts.loc[(concepts.client_id == c) & ~concepts.negated, "concept"]) for c in ("CL_1", "CL_2", "CL_3")}
    assert {"nickel", "birthday"} <= by_client["CL_1"]
    assert set(concepts.loc[concepts.concept == "nickel", "evidence"]) == {"[HEALTH]"}
    assert "pescatarian" in by_client["CL_2"]
    assert "vegetarian" in by_client["CL_3"]

    first = profiles.set_index("client_id").loc["CL_1"]
    assert (first.budget_min_eur, first.budget_max_eur, bool(first.budget_flexible)) == (3000, 4000, True)
    assert list(first.allergies) == ["nickel"]
    assert "birthday:3" in list(first.occasions) or "birthday:03" in list(first.occasions)
    assert list(profiles.set_index("client_id").loc["CL_2"].allergies) == []


def test_rematerializing_a_partition_replaces_exactly_its_rows(settings):
    write_upload(settings, "2026-01-07", "notes.csv", HEADER + GOOD)
    write_upload(settings, "2026-01-14", "notes.csv", HEADER + GOOD.replace("CL_", "CL_B"))
    assert all(r.success for r in materialize_everything(settings, on_notice=lambda m: None))
    second_run = materialize_everything(settings, on_notice=lambda m: None)
    assert any("unchanged, skipped" in r.label for r in second_run)

    write_upload(settings, "2026-01-07", "notes.csv", HEADER + GOOD.splitlines(True)[0])
    assert all(r.success for r in materialize_everything(settings, on_notice=lambda m: None))
    with _warehouse(settings) as db:
        counts = dict(db.sql("select upload_date, count(*) from lvmh.notes group by 1").fetchall())
        profiles = db.sql("select count(*) from lvmh.client_profiles").fetchone()[0]
    assert counts == {"2026-01-07": 1, "2026-01-14": 3}
    assert profiles == 4


def test_unreadable_file_fails_its_partition_naming_the_file(settings):
    write_upload(settings, "2026-01-07", "good.csv", HEADER + GOOD)
    write_upload(settings, "2026-01-08", "broken.csv", "just,some\nrandom,columns\n")
    reports = materialize_everything(settings, on_notice=lambda m: None)
    failed = [r for r in reports if not r.success]
    assert [r.label for r in failed] == ["ingest 2026-01-08"]
    assert "broken.csv" in " ".join(failed[0].errors)


def test_no_uploads_is_a_clear_error(settings):
    with pytest.raises(FileNotFoundError, match="uploads"):
        materialize_everything(settings)


def test_backfill_reingests_exactly_the_requested_dates(settings):
    write_upload(settings, "2026-01-07", "notes.csv", HEADER + GOOD)
    write_upload(settings, "2026-01-14", "notes.csv", HEADER + GOOD.replace("CL_", "CL_B"))
    assert all(r.success for r in materialize_everything(settings, on_notice=lambda m: None))
    reports = materialize_everything(settings, on_notice=lambda m: None, backfill=("2026-01-10", "2026-01-31"))
    ingested = [r.label for r in reports if r.label.startswith("ingest")]
    assert ingested == ["ingest 2026-01-14"]
    with pytest.raises(FileNotFoundError, match="2027-01-01"):
        materialize_everything(settings, on_notice=lambda m: None, backfill=("2027-01-01", "2027-12-31"))


def test_a_large_upload_is_pseudonymized_by_workers_inside_the_dagster_step(settings, monkeypatch):
    """Above MIN_PARALLEL notes the ingestion step forks workers (lib/common/parallel.py):
    under Dagster's signal handlers they finish, exit, and give the serial output."""
    from lvmh_pipeline.lib.common import parallel

    monkeypatch.setattr(parallel, "MIN_PARALLEL", 20)
    rows = [line for i in range(15) for line in GOOD.replace("CL_", f"CL{i}_").splitlines(True)]
    write_upload(settings, "2026-01-07", "notes.csv", HEADER + "".join(rows))
    calls = []
    real = parallel.ProcessPoolExecutor
    monkeypatch.setattr(parallel, "ProcessPoolExecutor", lambda *a, **k: calls.append(a) or real(*a, **k))
    reports = materialize_everything(settings, on_notice=lambda message: None)
    assert all(report.success for report in reports), [report.errors for report in reports]
    assert calls, "the workers were not used"
    with _warehouse(settings) as db:
        notes = db.sql("select client_id, text from lvmh.notes order by client_id").df()
    assert len(notes) == 45
    joined = " ".join(notes["text"])
    assert not any(secret in joined for secret in ("Laurent", "Anderson", "Weber", "laurent@example.com"))
    assert joined.count("[NAME]") >= 45 and "[HEALTH]" in joined
