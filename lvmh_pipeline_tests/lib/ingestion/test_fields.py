import math
from pathlib import Path

import pandas as pd
import pytest

from lvmh_pipeline.lib.ingestion.fields import (
    clean_text,
    derive_length,
    is_blank,
    normalize_length,
    parse_duration,
    parse_note_date,
)

DATA_DIR = Path(__file__).resolve().parents[3].parent / "shared" / "data"
SAMPLE = DATA_DIR / "LVMH_Realistic_Merged_CA001-100.csv"


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2026-01-08", "2026-01-08"), ("2026-1-8", "2026-01-08"), (" 2026-01-08 ", "2026-01-08"),
        ("2026-01-08T10:30:00", "2026-01-08"), ("2026-01-08 10:30", "2026-01-08"),
        ("2026-01-08T10:30:00Z", "2026-01-08"), ("08/01/2026", "2026-01-08"),
        ("8/1/2026", "2026-01-08"), ("08.01.2026", "2026-01-08"), ("08-01-2026", "2026-01-08"),
        ("2026/01/08", "2026-01-08"), ("2026.01.08", "2026-01-08"), ("29/02/2028", "2028-02-29"),
        ("31/12/2025 18:05", "2025-12-31"),
    ],
)
def test_parse_note_date_accepts(value, iso):
    assert parse_note_date(value) == iso


@pytest.mark.parametrize(
    "value", ["32/13/2026", "31/04/2026", "29/02/2026", "2026-13-01", "08/01/26", "January 8",
              "2026", "demain", "", "2026-01-08x"],
)
def test_parse_note_date_rejects(value):
    assert parse_note_date(value) is None


@pytest.mark.parametrize(
    ("value", "minutes"),
    [
        ("35 min", 35.0), ("35min", 35.0), ("35 minutes", 35.0), ("35 Min.", 35.0), ("45", 45.0),
        ("1h10", 70.0), ("1 h 10", 70.0), ("1h10min", 70.0), ("2h", 120.0), ("1 hour", 60.0),
        ("1:10", 70.0), ("22,5", 22.5), ("40 minutos", 40.0), ("40 minuti", 40.0),
    ],
)
def test_parse_duration(value, minutes):
    assert parse_duration(value) == minutes


@pytest.mark.parametrize("value", ["", None, float("nan"), "long", "about an hour", "1:75"])
def test_parse_duration_unknown_is_nan(value):
    assert math.isnan(parse_duration(value))


def test_derive_length_from_duration_follows_the_export_rule():
    assert derive_length("x" * 2000, 20.0) == "short"
    assert derive_length("x", 25.0) == "medium"
    assert derive_length("x", 40.0) == "medium"
    assert derive_length("x", 45.0) == "long"


def test_derive_length_from_text_without_duration():
    assert derive_length("x" * 100) == "short"
    assert derive_length("x" * 600) == "medium"
    assert derive_length("x" * 1500) == "long"


def test_derive_length_reproduces_the_real_sample():
    if not SAMPLE.exists():
        pytest.skip("shared sample data not available")
    df = pd.read_csv(SAMPLE)
    by_duration = [
        derive_length(t, parse_duration(d)) for t, d in zip(df.Transcription, df.Duration)
    ]
    by_text = [derive_length(t) for t in df.Transcription]
    assert (pd.Series(by_duration) == df.Length).mean() == 1.0
    assert (pd.Series(by_text) == df.Length).mean() >= 0.93


def test_normalize_length():
    assert normalize_length(" Medium ") == "medium"
    assert normalize_length("LONG") == "long"
    assert normalize_length("huge") is None
    assert normalize_length(None) is None


def test_clean_text_and_blank():
    assert clean_text("  a\r\nb\rc  ") == "a\nb\nc"
    assert clean_text("Cafe\u0301") == "Café"  # NFC
    assert clean_text(None) == "" and clean_text(float("nan")) == ""
    assert is_blank("  ") and is_blank(None) and is_blank(float("nan")) and not is_blank("x")
