"""Concept classes of the `w35` misses, in our own words.

- A spoken hesitation between a cap word and the amount keeps the cap ("até, hã, oito mil reais", "up to,
  uh, five thousand", "fino a, ehm, duemila"); a "≤" sign before the amount is a cap; "upper" / "top"
  before a budget keyword caps it ("Upper budget 3k").
- Insulin (injected, pumped, in any form) means a diabetic diet, in every language ("se pincha insulina",
  "draagt een insulinepomp", "إبر الإنسولين").
- An Italian ordinal "of marriage" is a wedding anniversary ("il quarantesimo di matrimonio", "il trentesimo
  di nozze"), as is the unpunctuated "anniv nozze"; Dutch "10 jr getrouwd" too.
- A terse "no alcol" / "no alcolici" (Italian) or "no alc" (English) is a no-alcohol diet.
- Becoming a senior role is a promotion ("diventa primario", "wird Chefärztin", "devient directeur", "made VP").
- Two spelled numbers side by side, the first slightly smaller, are a range sharing the second one's unit
  ("sui sette ottomila", "rond de dertig veertigduizend"), as with a comma between them.
"""

from __future__ import annotations

import math

import pytest

from lvmh_pipeline.lib.concepts.budgets.budget import parse_budget
from lvmh_pipeline.lib.concepts.extraction import extract
from lvmh_pipeline_tests.lib.concepts.budget_checks import check_budget
from lvmh_pipeline_tests.lib.concepts.occasion_checks import occasions

NAN = math.nan


@pytest.mark.parametrize(("language", "text", "low", "high", "currency"), [
    ("PT", "Um relógio, até, hã, seis mil reais.", NAN, 6_000, "BRL"),
    ("EN", "Looking at a bag, up to, uh, five thousand dollars.", NAN, 5_000, "USD"),
    ("FR", "Un carré, jusqu'à, euh, mille deux cents euros.", NAN, 1_200, "EUR"),
    ("DE", "Ein Armband, bis, äh, dreitausend Euro.", NAN, 3_000, "EUR"),
    ("IT", "Una borsa, fino a, ehm, quattromila euro.", NAN, 4_000, "EUR"),
    ("ES", "Unos gemelos, hasta, eh, mil quinientos euros.", NAN, 1_500, "EUR"),
    ("NL", "Een ketting, tot, eh, tweeduizend euro.", NAN, 2_000, "EUR"),
    ("IT", "Bracciale ≤1500€.", NAN, 1_500, "EUR"),
    ("EN", "Pen, ≤ 900 USD.", NAN, 900, "USD"),
    ("EN", "Upper budget 6k USD for the set.", NAN, 6_000, "USD"),
])
def test_w35_capped_budgets(language, text, low, high, currency):
    check_budget(language, text, low, high, currency)


@pytest.mark.parametrize(("language", "text"), [
    ("DE", "Eine Kette, um, äh, 3000 Euro."),
    ("EN", "A top watch, budget 3k USD."),
])
def test_a_hesitation_or_quality_word_alone_is_no_cap(language, text):
    budget = parse_budget(text, language)
    assert budget.min_eur == budget.max_eur


@pytest.mark.parametrize(("language", "text"), [
    ("ES", "Su marido se pincha insulina, nada de postres."),
    ("NL", "Zij draagt sinds kort een insulinepomp."),
    ("AR", "أبوها ياخذ الإنسولين كل يوم"),
    ("IT", "Il figlio prende l'insulina, niente dolci."),
    ("PT", "Ele usa bomba de insulina."),
    ("EN", "Her son has an insulin pump."),
    ("DE", "Er hat eine Insulinpumpe."),
    ("FR", "Elle porte une pompe à insuline."),
])
def test_insulin_means_a_diabetic_diet(language, text):
    assert "diabetic" in {h.concept for h in extract(text, language) if h.category == "diet" and not h.negated}


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("IT", "Per il trentesimo di matrimonio a ottobre vogliono due anelli.", "wedding_anniversary:10"),
    ("IT", "Festeggiano il venticinquesimo di nozze a maggio.", "wedding_anniversary:05"),
    ("IT", "Anniv nozze a marzo, collana.", "wedding_anniversary:03"),
    ("NL", "Ze zijn 20 jr getrouwd in juni.", "wedding_anniversary:06"),
])
def test_ordinal_of_marriage_is_a_wedding_anniversary(language, text, expected):
    assert expected in occasions(text, language)


def test_a_first_of_the_month_is_no_anniversary():
    assert "wedding_anniversary" not in occasions("Il primo di maggio passa in negozio.", "IT")


@pytest.mark.parametrize(("language", "text"), [
    ("IT", "Kosher, no alcol alla cena."),
    ("IT", "Aperitivo: no alcolici per lui."),
    ("EN", "Dinner invite, no alc — he's sober."),
])
def test_a_terse_no_alcohol(language, text):
    assert "no_alcohol" in {h.concept for h in extract(text, language) if h.category == "diet" and not h.negated}


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("IT", "Lui diventa primario a settembre, cerca un Daytona.", "promotion:09"),
    ("DE", "Sie wird Chefärztin im Mai, eine Uhr.", "promotion:05"),
    ("FR", "Il devient directeur en juin, un stylo.", "promotion:06"),
    ("PT", "Ela virou diretora em março, quer um relógio.", "promotion:03"),
    ("NL", "Hij wordt directeur in januari.", "promotion:01"),
    ("EN", "Just made VP of sales, wants a discreet watch.", "promotion"),
])
def test_becoming_a_senior_role_is_a_promotion(language, text, expected):
    assert expected in occasions(text, language)


@pytest.mark.parametrize(("language", "text", "low", "high", "currency"), [
    ("IT", "Budget sui sette ottomila euro.", 7_000, 8_000, "EUR"),
    ("NL", "Budget rond de dertig veertigduizend euro.", 30_000, 40_000, "EUR"),
    ("FR", "Budget dans les quatre cinq mille euros.", 4_000, 5_000, "EUR"),
    ("ES", "Presupuesto unos seis siete mil euros.", 6_000, 7_000, "EUR"),
    ("EN", "Budget around eight nine thousand dollars.", 8_000, 9_000, "USD"),
])
def test_two_spelled_numbers_side_by_side_are_a_range(language, text, low, high, currency):
    check_budget(language, text, low, high, currency)


@pytest.mark.parametrize(("language", "text", "amount"), [
    ("EN", "Budget twenty five thousand dollars.", 25_000),
    ("EN", "She has three kids, budget five thousand dollars.", 5_000),
    ("IT", "Budget sui due seimila euro.", 6_000),
])
def test_a_number_before_a_spelled_amount_is_no_range_unless_close(language, text, amount):
    check_budget(language, text, amount, amount, "USD" if language == "EN" else "EUR")
