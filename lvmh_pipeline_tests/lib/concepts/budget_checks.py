"""Shared checks of the budget class tests: a note's budget bounds in its own currency."""

import math

import pytest

from lvmh_pipeline.lib.concepts.budgets.budget import find_budget
from lvmh_pipeline.lib.concepts.budgets.money import EUR_PER_UNIT

NAN = math.nan


def budget_bounds(text: str, language: str) -> tuple[float, float, str]:
    """Min, max (in the budget's currency; NaN when open) and currency of ``text``'s budget."""
    budget = find_budget(text, language)
    assert budget is not None, text
    rate = EUR_PER_UNIT[budget.currency]
    return budget.min_eur / rate, budget.max_eur / rate, budget.currency


def same(got: float, want: float) -> bool:
    return (math.isnan(got) and math.isnan(want)) or got == pytest.approx(want, rel=0.01)


def check_budget(language: str, text: str, low: float, high: float, currency: str | None = None) -> None:
    """``text``'s budget runs from ``low`` to ``high`` (1 % tolerance), in ``currency`` when given."""
    got_low, got_high, got_currency = budget_bounds(text, language)
    assert same(got_low, low) and same(got_high, high), (text, got_low, got_high)
    assert currency is None or got_currency == currency, (text, got_currency)
