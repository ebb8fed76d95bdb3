"""An amount said without a currency, then said again at once with one: "no more than two grand, two
thousand dollars", "cinq mille, cinq mille dollars", "bis fünftausend, also 5000 Dollar", "预算两万，两万美元".
The restatement names the currency of the budget; the first amount keeps its bounds ("no more than").
"""

from __future__ import annotations

import math
import re

from lvmh_pipeline.lib.concepts.budgets.amounts import Amount, parse_amount
from lvmh_pipeline.lib.concepts.budgets.money import find_amount_matches
from lvmh_pipeline.lib.concepts.budgets.numbers import is_number_start

__all__ = ["restated_currency"]

# Between an amount and its restatement: a pause, a filler, a word saying "that is".
_GAP = re.compile(
    r"[\s,，、…:：—–-]*(?:(?:uh|um|er|erm|euh|äh|ähm|eh|ehm|э-э|э|ну|嗯|呃|那个|えー|음|어)[\s,，、…]*)?"
    r"(?:(?:so|i mean|that is|that's|like|donc|soit|c'est-à-dire|also|sprich|cioè|ossia|o sea|es decir|ou seja|"
    r"dus|oftewel|то есть|يعني|就是|つまり|즉)[\s,，、…:：]*)?",
    re.IGNORECASE,
)
_SAME = 0.01
_REACH = 40  # characters from the first amount's end to its restatement's start


def restated_currency(text: str, amount: Amount, language: str | None) -> Amount:
    """``amount`` read in the currency of the same amount said again right after it, its end moved to
    the restatement's; unchanged when it has a currency or no restatement follows."""
    if amount.currency_marked:
        return amount
    value = amount.high if not math.isnan(amount.high) else amount.low
    if math.isnan(value) or value <= 0:
        return amount
    gap = _GAP.match(text, amount.end)
    if gap is None or gap.end() == amount.end or gap.end() >= len(text) \
            or not (text[gap.end()].isdigit() or is_number_start(text, gap.end())):
        return amount  # (most amounts: no number said right after)
    for match in find_amount_matches(text, amount.end, min(len(text), amount.end + _REACH)):
        if _GAP.fullmatch(text, amount.end, match.start) is None:
            return amount
        later = parse_amount(match, language)
        if later is None or not later.currency_marked or later.currency == amount.currency:
            return amount
        said = later.high if not math.isnan(later.high) else later.low
        if not later.low == later.high or math.isnan(said):
            return amount  # a range said after it widens it (:func:`.stretch.stretched`), no restatement
        read = amount.in_currency(later.currency)
        mine = read.high if not math.isnan(read.high) else read.low
        if abs(mine - said) > _SAME * said:
            return amount
        return read.with_bounds(read.low, read.high, match.end)
    return amount
