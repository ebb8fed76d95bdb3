"""The locale currency read on the raw note by pseudonymization and used for a bare budget amount.

The pipeline reads budgets on the pseudonymized text, where a UK or US phone and a party are already
``[PHONE]`` / ``[POLITICS]``: pseudonymization records the currency the raw text's locale cues point
to (an ISO code, no personal data; "" when none) in the notes table's ``locale_currency`` column, and
budget extraction takes it before the house's setting. A frame without the column (text already
pseudonymized elsewhere) reads the cues left on the text, as before.
"""

from __future__ import annotations

import math

import pandas as pd
import pytest

from lvmh_pipeline.lib.common.schemas import NOTES_COLUMNS
from lvmh_pipeline.lib.concepts.budgets.budget import find_budget
from lvmh_pipeline.lib.concepts.extraction import extract, extract_note_concepts
from lvmh_pipeline.lib.privacy.pseudonymize import pseudonymize
from lvmh_pipeline_tests.lib.concepts.budget_checks import check_bounds

NAN = math.nan


@pytest.mark.parametrize(
    ("raw", "language", "locale"),
    [
        ("Budget about 4k for a bracelet, her number is +44 7911 204 338.", "EN", "GBP"),
        ("Cufflinks for the husband, 2.5k tops. Mobile 07911 204338.", "EN", "GBP"),
        ("Reach her at (646) 555-0127, she'd spend 3k on a scarf set.", "EN", "USD"),
        ("Budget about 4k for a bracelet, nothing else said.", "EN", ""),  # no cue
        ("Budget about 4k for a bracelet, call +44 7911 204 338 or (646) 555-0127.", "EN", ""),  # a tie
        ("Budget 4000, téléphone +44 7911 204 338.", "FR", ""),  # only English has two locales
        ("Budget um die 4000, Handy 0171 2345678.", "DE", ""),
    ],
)
def test_pseudonymize_records_the_raw_locale(raw: str, language: str, locale: str) -> None:
    assert pseudonymize(raw, language=language).locale_currency == locale


def test_the_record_is_an_iso_code_only() -> None:
    out = pseudonymize("Mrs Hartley, +44 7911 204 338, budget 6k", language="EN")
    assert out.locale_currency == "GBP"
    assert "7911" not in out.text and "7911" not in out.locale_currency


def test_a_recorded_locale_sets_the_currency_of_a_bare_amount() -> None:
    out = pseudonymize("Wants a pendant, budget 5k, call her on +44 7911 204 338.", language="EN")
    assert "+44" not in out.text
    assert find_budget(out.text, "EN").currency == "EUR"  # the cue is gone from the text
    assert find_budget(out.text, "EN", locale=out.locale_currency).currency == "GBP"


@pytest.mark.parametrize(
    ("text", "locale", "currency"),
    [
        ("Budget 5k for a pendant.", "GBP", "GBP"),
        ("Budget 5k for a pendant.", "USD", "USD"),
        ("Budget 5k for a pendant.", "", "EUR"),  # recorded: no cue -> the house's setting
        ("Budget 5k for a pendant, his mom's gift.", "", "EUR"),  # the record wins over the text
        ("Budget 5k for a pendant, his mom's gift.", None, "USD"),  # not recorded: read on the text
        ("Budget €5k for a pendant.", "GBP", "EUR"),  # a written currency beats the locale
        ("Budget $5k for a pendant.", "GBP", "USD"),
        ("Budget 5k, our Fifth Ave flagship.", "GBP", "USD"),  # the boutique's place first
    ],
)
def test_locale_is_the_fallback_of_a_bare_amount(text: str, locale: str | None, currency: str) -> None:
    assert find_budget(text, "EN", locale=locale).currency == currency


@pytest.mark.parametrize(("language", "text"), [("FR", "Budget 5000 pour une bague."), ("KO", "예산 500만 원")])
def test_locale_leaves_other_languages_alone(language: str, text: str) -> None:
    assert find_budget(text, language, locale="GBP").currency == find_budget(text, language).currency


def test_extract_passes_the_locale_to_the_budget() -> None:
    hits = extract("Budget 5k for a pendant.", "EN", locale="GBP")
    budget = [h for h in hits if h.bucket == "budget"]
    assert budget and budget[0].value_min == pytest.approx(find_budget("Budget 5k", "EN", locale="GBP").min_eur)


def _frame(text: str, locale: object) -> pd.DataFrame:
    row = {"note_id": "n1", "client_id": "c1", "note_date": "2025-03-01", "language": "EN", "text": text,
           "upload_date": "2025-03-02", "protected_concepts": "[]"}
    if locale is not ...:
        row["locale_currency"] = locale
    return pd.DataFrame([row])


def _budget_min(frame: pd.DataFrame) -> float:
    rows = extract_note_concepts(frame, workers=1)
    return float(rows.loc[rows["bucket"] == "budget", "value_min"].iloc[0])


def test_notes_table_carries_the_locale_column() -> None:
    assert NOTES_COLUMNS[-1] == "locale_currency"


def test_extraction_reads_the_column_and_a_frame_without_it_reads_the_text() -> None:
    text = "Budget 5k for a pendant, call her on [PHONE]."
    pounds = find_budget("Budget 5k", "EN", locale="GBP").min_eur
    assert _budget_min(_frame(text, "GBP")) == pytest.approx(pounds)
    assert _budget_min(_frame(text, "")) == pytest.approx(5000.0)
    assert _budget_min(_frame(text, None)) == pytest.approx(5000.0)  # an empty cell: read on the text
    assert _budget_min(_frame(text, ...)) == pytest.approx(5000.0)


def test_pseudonymizing_again_keeps_the_text_and_the_budget() -> None:
    raw = "Mr Pemberton wants a Tank, budget 7k, call him on +44 7911 204 338."
    first = pseudonymize(raw, language="EN")
    again = pseudonymize(first.text, language="EN")
    assert again.text == first.text
    # the second pass finds no phone left: its record is empty, and the pipeline keeps the first record
    assert again.locale_currency in ("", first.locale_currency)
    recorded = find_budget(first.text, "EN", locale=first.locale_currency)
    assert find_budget(again.text, "EN", locale=first.locale_currency) == recorded


# --- a correction reported in the third person ("then corrected herself", "потом поправилась"): the
# later figure wins as with "no, …"; the marker corrects an amount only right before a pause, a
# figure or a plain "no" (see lvmh_pipeline.lib.concepts.budgets.budget_bounds).
@pytest.mark.parametrize(
    ("language", "text", "low", "high"),
    [
        ("EN", "Budget 8k, then corrected herself, 10k.", 10000, 10000),
        ("EN", "budget he said 15k, then said no make it 20k", 20000, 20000),
        ("FR", "Budget 800 €, puis elle s'est reprise : 1 000 €.", 1000, 1000),
        ("FR", "Budget 3 000 €, puis il a corrigé : 3 500 €.", 3500, 3500),
        ("DE", "Budget 2000 Euro, dann korrigierte sie sich, 2500 Euro.", 2500, 2500),
        ("IT", "budget 3000 euro, poi si è corretta, 3500 euro", 3500, 3500),
        ("ES", "presupuesto 3000 euros, luego se corrigió, 4000 euros", 4000, 4000),
        ("PT", "orçamento 3 mil euros, depois se corrigiu, 4 mil euros", 4000, 4000),
        ("NL", "budget 3000 euro, toen verbeterde ze zich, 3500 euro", 3500, 3500),
        ("RU", "бюджет назвал двести тысяч рублей, потом поправился, триста тысяч рублей", 300000, 300000),
        ("ZH", "预算三万，后来改口说四万。", 40000, 40000),
        ("KO", "예산 300만 원, 고쳐 말씀하셨는데 400만 원", 4000000, 4000000),
        ("AR", "الميزانية ٥ آلاف درهم، ثم صححت: ٧ آلاف درهم", 7000, 7000),
    ],
)
def test_reported_correction_keeps_the_later_figure(language: str, text: str, low: float, high: float) -> None:
    check_bounds(language, text, low, high)


def test_reported_correction_keeps_its_cap() -> None:
    check_bounds("RU", "бюджет полмиллиона рублей, потом поправилась, семьсот тысяч максимум", NAN, 700000)


@pytest.mark.parametrize(
    ("language", "text", "low", "high"),
    [
        ("EN", "budget 5k, then said no more questions about 6k rings", 5000, 5000),  # no pause after "no"
        ("FR", "budget 5000 €, puis elle a corrigé la date, 6000 € le collier", 5000, 5000),  # corrects a date
        ("EN", "budget 5k, corrected the engraving, 6k for the ring", 5000, 5000),
        ("DE", "Budget 2000 Euro, sie hat sich gefreut, 2500 Euro kostet die Kette", 2000, 2000),
    ],
)
def test_a_correction_of_something_else_keeps_the_amount(language: str, text: str, low: float, high: float) -> None:
    check_bounds(language, text, low, high)


# --- Korean: a Hangul hundreds / thousands figure right after "예산" counts 만 won as after "한"
# (lvmh_pipeline.lib.concepts.budgets.numbers.won_units); elsewhere a bare "이백" stays no amount.
@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("예산 사백 정도로 보신대요.", 4000000, 4000000),
        ("예산은 육백 정도, 목걸이.", 6000000, 6000000),
        ("예산은 음 칠백.", 7000000, 7000000),
        ("예산이 팔백 선이래요.", 8000000, 8000000),
    ],
)
def test_korean_figure_right_after_budget_counts_man_won(text: str, low: float, high: float) -> None:
    check_bounds("KO", text, low, high, "KRW")


@pytest.mark.parametrize("text", ["이백 명 초대, 예산 미정.", "사백 년 된 가문 이야기를 하심."])
def test_korean_figure_away_from_budget_is_no_amount(text: str) -> None:
    assert find_budget(text, "KO") is None
