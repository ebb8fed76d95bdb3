"""Rouble budgets counted in thousands without a multiplier on the number: "тысяч 300" (the
word first: about 300 thousand), "150 т.р." / "150 тр" (тысяч рублей), and a bare "Бюджет 300":
nobody budgets 300 roubles (3 EUR) for a luxury purchase, as nobody budgets 200 won.
"""

from __future__ import annotations

import math
import re

from lvmh_pipeline.lib.concepts.budgets.money import EUR_PER_UNIT, Amount

__all__ = ["in_thousands"]

_BELOW = 1000  # roubles: a smaller written amount is read in thousands
_THOUSANDS_BEFORE = re.compile(r"(?<![^\W\d_])(?:тысяч|тыщ|тысячи|тыс\.?)\s*$", re.IGNORECASE)
_THOUSANDS_AFTER = re.compile(r"\s?(?:т\.\s?р\.?|тр\.?|т\.р|тыр)(?![^\W\d_])", re.IGNORECASE)


def in_thousands(text: str, amount: Amount, gap_start: int) -> Amount:
    """``amount`` ×1000 when it is a rouble amount under 1,000 written with no multiplier
    (``text[gap_start:amount.start]`` is the text between the budget word and it)."""
    if amount.currency != "RUB" or amount.multiplier or amount.words:
        return amount
    values = [v for v in (amount.low, amount.high) if not math.isnan(v)]
    if not values or max(values) / EUR_PER_UNIT["RUB"] >= _BELOW:
        return amount
    end = amount.end
    after = _THOUSANDS_AFTER.match(text, end)
    if after is not None:
        end = after.end()
    elif amount.currency_marked and not _THOUSANDS_BEFORE.search(text, gap_start, amount.start):
        return amount  # "300 рублей" written out: take it as written
    return Amount(amount.low * 1000, amount.high * 1000, amount.currency, amount.currency_marked, True,
                  amount.start, end, amount.words, True, 1000.0)
