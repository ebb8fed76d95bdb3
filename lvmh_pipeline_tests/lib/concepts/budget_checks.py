"""Shared checks of the budget tests: bounds compared within 1 %, NaN an open bound."""

from __future__ import annotations

import math

from lvmh_pipeline.lib.concepts.budgets.budget import find_budget, parse_budget
from lvmh_pipeline.lib.concepts.budgets.money import EUR_PER_UNIT


def close(a: float, b: float) -> bool:
    """Equal within 1 % (of ``b``, at least 0.01 absolute); two NaNs are equal."""
    if math.isnan(a) or math.isnan(b):
        return math.isnan(a) and math.isnan(b)
    return abs(a - b) <= 0.01 * max(abs(b), 1.0)


def check_budget(language: str, text: str, low: float, high: float, currency: str) -> None:
    """``text`` states a budget of ``low``–``high`` in ``currency`` (NaN = open), read in that
    currency, with its evidence the text it covers."""
    budget = parse_budget(text, language)
    assert budget is not None and budget.has_amount, text
    rate = EUR_PER_UNIT[currency]
    assert budget.currency == currency, (text, budget)
    assert close(budget.min_eur, low * rate) and close(budget.max_eur, high * rate), (text, budget)
    assert text[budget.start : budget.end] == budget.evidence


NAN = math.nan


def budget_bounds(text: str, language: str) -> tuple[float, float, str]:
    """Min, max (in the budget's own currency; NaN when open) and currency of ``text``'s budget."""
    budget = find_budget(text, language)
    assert budget is not None, text
    rate = EUR_PER_UNIT[budget.currency]
    return budget.min_eur / rate, budget.max_eur / rate, budget.currency


def check_bounds(language: str, text: str, low: float, high: float, currency: str | None = None) -> None:
    """``text``'s budget runs from ``low`` to ``high`` in its own currency (:func:`close`), in
    ``currency`` when one is given."""
    got_low, got_high, got_currency = budget_bounds(text, language)
    assert close(got_low, low) and close(got_high, high), (text, got_low, got_high)
    assert currency is None or got_currency == currency, (text, got_currency)
