"""Budget classes read on the w36 notes (session 32), in our own phrasings: spelled hundreds right
after a budget keyword (alone, after a cap or an approximation word), spelled amounts under a thousand
with a currency said as a range or priced per item; and what must stay out (people counted after the
number, a price paid, a two-part spoken range whose second part carries the thousands)."""

from __future__ import annotations

import math

import pytest

from lvmh_pipeline.lib.concepts.budgets.budget import find_budget
from lvmh_pipeline.lib.concepts.budgets.money import EUR_PER_UNIT


def _eur(value: float, code: str) -> float:
    return value * EUR_PER_UNIT[code]


@pytest.mark.parametrize(("language", "text", "low", "high", "code"), [
    ("EN", "Budget: six hundred. Wants a card case.", 600, 600, "EUR"),
    ("EN", "budget below seven hundred, wrapped", math.nan, 700, "EUR"),
    ("FR", "Budget environ neuf cents, paquet cadeau.", 900, 900, "EUR"),
    ("PT", "Orçamento até seiscentos, sem pressa.", math.nan, 600, "EUR"),
    ("ES", "Presupuesto: unos novecientos, quizá.", 900, 900, "EUR"),
    ("DE", "Budget max. siebenhundert, lieber weniger.", math.nan, 700, "EUR"),
    ("NL", "Budget ongeveer negenhonderd.", 900, 900, "EUR"),
])
def test_spelled_hundreds_right_after_a_budget_keyword(language, text, low, high, code):
    budget = find_budget(text, language)
    assert budget is not None, text
    for got, want in ((budget.min_eur, low), (budget.max_eur, high)):
        assert (math.isnan(got) and math.isnan(want)) or got == pytest.approx(_eur(want, code)), text


def test_a_two_part_spoken_range_keeps_its_thousands():
    budget = find_budget("Бюджет триста, триста пятьдесят тысяч, не больше.", "RU")
    assert budget is not None
    assert (budget.min_eur, budget.max_eur) == pytest.approx((_eur(300_000, "RUB"), _eur(350_000, "RUB")))


@pytest.mark.parametrize(("language", "text", "low", "high", "code"), [
    ("IT", "Regalo per la madre. Trecento, quattrocento euro.", 300, 400, "EUR"),
    ("EN", "Pens for the board, three hundred dollars each.", 300, 300, "USD"),
    ("FR", "Pour l'équipe : deux cents euros chacun.", 200, 200, "EUR"),
])
def test_spelled_amounts_with_a_currency_said_as_a_range_or_per_item(language, text, low, high, code):
    budget = find_budget(text, language)
    assert budget is not None, text
    assert (budget.min_eur, budget.max_eur) == pytest.approx((_eur(low, code), _eur(high, code)))


@pytest.mark.parametrize(("language", "text"), [
    ("EN", "Budget for six hundred guests at the gala."),
    ("EN", "She paid three hundred dollars for the repair."),
    ("FR", "Il a laissé deux cents euros de pourboire au voiturier."),
    ("DE", "Budgetplanung für achthundert Personen im Saal."),
])
def test_counted_people_and_prices_paid_are_no_budget(language, text):
    assert find_budget(text, language) is None, text


@pytest.mark.parametrize(("language", "text", "value", "code"), [
    ("RU", "Бюджет три миллиона четыреста, на кольцо.", 3_400_000, "RUB"),
    ("EN", "Budget one million three hundred dollars, all in.", 1_300_000, "USD"),
    ("FR", "Budget deux millions cinq cents euros.", 2_500_000, "EUR"),
])
def test_hundreds_after_a_spelled_million_are_thousands(language, text, value, code):
    budget = find_budget(text, language)
    assert budget is not None and budget.max_eur == pytest.approx(_eur(value, code)), text


@pytest.mark.parametrize(("text", "value", "code"), [
    ("الميزانية سبعطعش ألف درهم تقريبا", 17_000, "AED"),
    ("الميزانية حوالي تمنتاشر ألف جنيه", 18_000, "EGP"),
    ("الميزانية ستة آلاف… لا تسعة آلاف ريال", 9_000, "SAR"),
])
def test_arabic_spoken_teens_and_a_bare_la_correction(text, value, code):
    budget = find_budget(text, "AR")
    assert budget is not None and budget.max_eur == pytest.approx(_eur(value, code)), text


def test_an_arabic_la_before_a_comparative_is_no_correction():
    budget = find_budget("الميزانية أربعين ألف درهم لا أكثر", "AR")
    assert budget is not None and budget.max_eur == pytest.approx(_eur(40_000, "AED"))


@pytest.mark.parametrize(("language", "text", "value", "code"), [
    ("KO", "예산은 어 삼, 삼천? 삼천만 원 정도.", 30_000_000, "KRW"),
    ("DE", "Budget sieben, siebentausend Euro, nicht mehr.", 7_000, "EUR"),
])
def test_a_false_start_said_again_in_full(language, text, value, code):
    budget = find_budget(text, language)
    assert budget is not None and budget.max_eur == pytest.approx(_eur(value, code)), text
