"""Budget classes of the w49 round (their class only, in our own words):

- the currency of a bare English amount from the note's locale cues (a UK or US phone, "mum" /
  "rang" / "Labour" / "councillor"; "mom" / "state senate" / "Republican" / a ZIP code), falling back
  to the house's setting (EUR by default); places where the client lives or works, spellings and
  "grand" are no cue (:mod:`lvmh_pipeline.lib.concepts.budgets.locale_cues`);
- a self-correction after a short aside, and a spelled amount taken back with no budget word
  ("… quinze mille, non, dix mille"): the last figure wins, with its own bound; "limite" is a cap;
- "tipo X franchi, X e Y al massimo": the Italian "X e Y" after thousands is X.Y thousand, and a
  bare "franchi" after a number is Swiss francs;
- a fallback cap said with a condition ("up to 1,500, max 1,700 if needed") keeps the first cap and
  makes the budget flexible; without the condition the later cap wins;
- "attorno ai" / "en torno a" approximate a bare amount; "Tot." is a total, not the Dutch "tot".
"""

from __future__ import annotations

import math

import pytest

from lvmh_pipeline.lib.concepts.budgets.budget import parse_budget
from lvmh_pipeline.lib.concepts.budgets.currencies import DEFAULT_CURRENCIES_ENV
from lvmh_pipeline.lib.concepts.budgets.locale_cues import locale_cue_counts, locale_currency
from lvmh_pipeline_tests.lib.concepts.budget_checks import check_budget

NAN = math.nan


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("Wants a watch, around 6k. Reach him on +44 7700 900456.", "GBP"),
        ("budget four grand, call back on oh seven seven double oh, nine eight seven", "GBP"),
        ("for her mum's birthday, about three thousand", "GBP"),
        ("His PA rang this morning, budget 9k.", "GBP"),
        ("A Tory councillor, wants cufflinks, about 1,500.", "GBP"),
        ("Tel (415) 555-0133. Budget 4-5k.", "USD"),
        ("she's running for state senate, keeping it under 3k", "USD"),
        ("a gift for his mom, budget 2k", "USD"),
        ("Deliver to 12 Elm Road, Greenwich CT 06830. Budget 7k.", "USD"),
        ("Lifelong Republican, wants a pen, 800 or so", "USD"),
    ],
)
def test_locale_cues_name_the_currency(text, currency):
    assert locale_currency(text, "EN") == currency


@pytest.mark.parametrize(
    "text",
    [
        "Budget around 5K for a travel bag.",  # no cue
        "Banker from London who works in Mayfair, budget 5K.",  # where the client lives or works
        "Prefers darker colours, budget 3 grand.",  # spelling and "grand" are no cue
        "Her mum joined; his mom paid. Budget 4k.",  # one cue each side: a tie
        "Her ring size is 52, budget 2k.",  # "ring" alone is no cue
        "He runs the Labor union local, budget 3k",  # only "Labor Day" is a US cue
    ],
)
def test_no_cue_or_a_tie_names_no_currency(text):
    assert locale_currency(text, "EN") is None


def test_cues_are_counted_per_side_and_only_for_english():
    assert locale_cue_counts("rang twice, call +44 20 7946 0000", "EN") == {"GBP": 2, "USD": 0}
    assert locale_currency("la mamma, +44 7700 900456, budget 3000", "IT") is None


@pytest.mark.parametrize(
    ("text", "low", "high", "currency"),
    [
        ("Came in with her mum, budget around 6k.", 6_000, 6_000, "GBP"),
        ("Ring him back on +44 7700 900456; he'd spend up to 10k.", NAN, 10_000, "GBP"),
        ("For his mom's 60th, budget 3-4k. Tel 646-555-0190.", 3_000, 4_000, "USD"),
        ("Wants a pen, budget about 2k.", 2_000, 2_000, "EUR"),  # no cue: the house's setting
        ("Her mum rang, budget €5k.", 5_000, 5_000, "EUR"),  # a written currency wins over the cues
    ],
)
def test_bare_english_amounts_take_the_cued_currency(text, low, high, currency):
    check_budget("EN", text, low, high, currency)


def test_the_house_setting_is_the_fallback(monkeypatch):
    monkeypatch.setenv(DEFAULT_CURRENCIES_ENV, "EN=USD")
    check_budget("EN", "Wants a pen, budget about 2k.", 2_000, 2_000, "USD")
    check_budget("EN", "Her mum rang, budget about 2k.", 2_000, 2_000, "GBP")


@pytest.mark.parametrize(
    ("language", "text", "low", "high", "currency"),
    [
        ("EN", "budget two grand or so, she said, no, up to four thousand pounds.", NAN, 4_000, "GBP"),
        ("FR", "il parlait de quinze mille, non, dix mille. Pas de porc.", 10_000, 10_000, "EUR"),
        ("IT", "diceva trentamila, anzi venticinquemila. Niente alcol.", 25_000, 25_000, "EUR"),
        ("PT", "disse que o limite é trinta mil, não, vinte e cinco mil reais.", NAN, 25_000, "BRL"),
    ],
)
def test_the_last_figure_of_a_self_correction_wins(language, text, low, high, currency):
    check_budget(language, text, low, high, currency)


@pytest.mark.parametrize(
    ("language", "text", "low", "high"),
    [
        ("EN", "budget 3k, she said, no rush on delivery.", 3_000, 3_000),  # "no rush": no correction
        ("EN", "budget 3k for the bag, she said, no, not the wallet.", 3_000, 3_000),  # no later amount
    ],
)
def test_an_aside_without_a_later_amount_keeps_the_amount(language, text, low, high):
    check_budget(language, text, low, high, "EUR")


@pytest.mark.parametrize(
    ("text", "low", "high", "currency"),
    [
        ("turista di Zurigo, tipo quattromila franchi, quattro e cinque al massimo.", 4_000, 4_500, "CHF"),
        ("budget sui seimila, sei e cinque al massimo.", 6_000, 6_500, "EUR"),
        ("budget tra tre e cinque mila.", 3_000, 5_000, "EUR"),  # a range said with "tra … e"
        ("La signora Franchi, budget 3.000 €.", 3_000, 3_000, "EUR"),  # a surname, no currency
    ],
)
def test_italian_x_e_y_after_thousands_and_francs(text, low, high, currency):
    check_budget("IT", text, low, high, currency)


@pytest.mark.parametrize(
    ("language", "text", "high"),
    [
        ("NL", "Budget tot tweeduizend, max tweeduizendvijfhonderd als het moet.", 2_000),
        ("EN", "Budget up to 3,000, 3,500 max if needed.", 3_000),
        ("DE", "Budget bis 3.000 €, höchstens 3.500 wenn nötig.", 3_000),
        ("IT", "budget fino a 2.000 €, massimo 2.300 se serve.", 2_000),
    ],
)
def test_a_fallback_cap_with_a_condition_keeps_the_first_cap_and_is_flexible(language, text, high):
    budget = parse_budget(text, language)
    assert budget is not None and math.isnan(budget.min_eur) and budget.max_eur == pytest.approx(high), (text, budget)
    assert budget.flexible, (text, budget)


@pytest.mark.parametrize(
    ("language", "text", "high"),
    [
        ("NL", "Budget tot tweeduizend, max tweeduizendvijfhonderd.", 2_500),
        ("PT", "disse até uns doze mil, no máximo quinze.", 15_000),
    ],
)
def test_without_a_condition_the_later_cap_wins(language, text, high):
    budget = parse_budget(text, language)
    assert budget is not None and budget.max_eur == pytest.approx(high), (text, budget)
    assert not budget.flexible


@pytest.mark.parametrize(
    ("language", "text", "low", "high"),
    [
        ("IT", "vorrebbe stare attorno ai novemila, niente fiori.", 9_000, 9_000),
        ("ES", "quiere gastar en torno a los cuatro mil.", 4_000, 4_000),
        ("IT", "Ordine per lo studio: 8 agende. Tot. 3.600 €. Ritiro venerdì.", 3_600, 3_600),
        ("NL", "Budget tot 3.600 euro.", NAN, 3_600),  # the Dutch "tot": up to
    ],
)
def test_around_words_and_the_total_abbreviation(language, text, low, high):
    check_budget(language, text, low, high, "EUR")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("IT", "il figlio ha attorno ai dodici anni, niente dolci."),
        ("ES", "llegan en torno a las 1500 horas."),
    ],
)
def test_around_words_before_an_age_or_a_time_are_no_budget(language, text):
    assert parse_budget(text, language) is None
