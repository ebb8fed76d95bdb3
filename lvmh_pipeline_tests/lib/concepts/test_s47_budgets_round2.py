"""Session 47, round 2 of the budget classes: per-item prices followed by their total in typed
products ("N × item @ price = total"), arrows and result words ("so call it", "also", "soit") after a
per-item marker; a price per named piece ("per fles", "le flacon") stays the budget, as before."""

from __future__ import annotations

import math

import pytest

from lvmh_pipeline.lib.concepts.budgets.budget import parse_budget
from lvmh_pipeline.lib.concepts.budgets.currency_table import DEFAULT_CURRENCIES_ENV, EUR_PER_UNIT
from lvmh_pipeline_tests.lib.concepts.budget_checks import close


@pytest.fixture(autouse=True)
def _shipped_defaults(monkeypatch):
    monkeypatch.delenv(DEFAULT_CURRENCIES_ENV, raising=False)


@pytest.mark.parametrize(
    ("language", "text", "total", "currency"),
    [
        ("ES", "Encargo: 12 × carteras @ 350 € = 4.200 €. Entrega el lunes.", 4200, "EUR"),
        ("PT", "Pedido 8 × relógios @ R$ 1.200 = R$ 9.600\nEvento em junho", 9600, "BRL"),
        ("FR", "15 foulards, 240 € l'unité → 3 600 € TTC.", 3600, "EUR"),
        ("JA", "・記念品\n・3万円×6点＝18万円\n・包装は白", 180000, "JPY"),
        ("KO", "답례품: 6명 × 40만원 = 240만원\n금요일 방문", 2400000, "KRW"),
        ("ZH", "礼盒 12份 × ¥1,200 = ¥14,400\n联系人：采购部", 14400, "CNY"),
        ("EN", "eight scarves at about five hundred each so call it four thousand, US dollars, for the team",
         4000, "USD"),
        ("DE", "zwei Ringe, je so um die zweitausend, also viertausend insgesamt, bitte", 4000, "EUR"),
    ],
)
def test_per_item_price_then_its_total(language, text, total, currency):
    budget = parse_budget(text, language)
    assert budget.currency == currency, budget
    assert close(budget.max_eur, total * EUR_PER_UNIT[currency]), budget


@pytest.mark.parametrize(
    ("language", "text", "value", "currency"),
    [
        ("EN", "Budget: $5,000 = €4,600 roughly, for a watch.", 4600, "EUR"),  # an equivalent, no product
        ("EN", "Budget 5k. Wants 2 x 3 ring sizes = fine.", 5000, "EUR"),  # no amount after the sign
        ("FR", "Budget 900 € par mois, soit 2 700 € sur le trimestre.", 900, "EUR"),  # per month: no item
        ("DE", "Budget 3.000 €, also eher klein.", 3000, "EUR"),  # a result word with no per-item price
        # a price per named piece stays the budget, as the dev writers label it ("€220/bottle, total …")
        ("NL", "Budget 300 € per fles, totaal 3.600 €.", 300, "EUR"),
        ("FR", "Budget 150 € le flacon, soit 1 800 € en tout.", 150, "EUR"),
    ],
)
def test_no_total_without_a_per_item_price(language, text, value, currency):
    budget = parse_budget(text, language)
    assert budget.currency == currency, budget
    assert close(budget.max_eur, value * EUR_PER_UNIT[currency]) or math.isnan(budget.max_eur), budget
