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
