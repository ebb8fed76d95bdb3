"""An amount or range read from a note (:class:`Amount`, bounds in EUR) and how a matched
amount becomes one (:func:`parse_amount`): ranges read with their shared multiplier ("3-4K",
"3천-5천만"), the written currency or the note language's default, Korean won counted in 만, open
and capped ends."""

from __future__ import annotations

import math
from typing import NamedTuple

from lvmh_pipeline.lib.concepts.budgets.currencies import EUR_PER_UNIT, currency_code, default_currency
from lvmh_pipeline.lib.concepts.budgets.money import CAP_SUFFIXES, OPEN_SUFFIXES, AmountMatch
from lvmh_pipeline.lib.concepts.budgets.numbers import Quantity
from lvmh_pipeline.lib.concepts.budgets.numbers.won_units import counted_in_man, unsaid_man

__all__ = ["Amount", "parse_amount"]


class Amount(NamedTuple):
    """One amount or range found in text; bounds in EUR (NaN = no bound)."""

    low: float
    high: float
    currency: str
    currency_marked: bool  # a currency sign or word was written next to the number
    multiplier: bool  # K, mille, 万 … was written
    start: int
    end: int
    words: bool = False  # the number is written in words / CJK numerals ("deux mille", "五十万")
    big: bool = False  # a thousand-or-more multiplier was written (K, mille, 万 …)
    scale: float = 1.0  # multiplier of the leading number ("5K": 1000), carried over by a correction
    man_won: bool = False  # read in 만 as won ("예산 3천"); another currency takes the number as written

    def in_currency(self, code: str) -> Amount:
        """The same written amount read in another currency."""
        factor = EUR_PER_UNIT[code] / EUR_PER_UNIT[self.currency] / (1e4 if self.man_won and code != "KRW" else 1.0)
        return Amount(self.low * factor, self.high * factor, code, True, self.multiplier, self.start, self.end,
                      self.words, self.big, self.scale)

    def with_bounds(self, low: float, high: float, end: int | None = None) -> Amount:
        return Amount(low, high, self.currency, self.currency_marked, self.multiplier, self.start,
                      self.end if end is None else end, self.words, self.big, self.scale, self.man_won)


def parse_amount(match: AmountMatch, language: str | None = None) -> Amount | None:
    """Turn an :class:`AmountMatch` into an :class:`Amount`. A range that runs backwards or
    spans more than a factor 10 ("5K e 2 figli") keeps its first amount only."""
    q1, q2 = _thousands_unsaid(match.q1), match.q2 and _thousands_unsaid(match.q2)
    low = high = q1.value
    end = match.end
    if q2 is not None:
        if not q1.multiplier and q2.multiplier:
            low = q1.value * q2.lead_scale  # "3-4K", "tre a cinquemila", "300~500만"
            if low > q2.value and q1.value * q2.group_scale <= q2.value:
                low = q1.value * q2.group_scale  # "八到十万": 8万 to 10万, not 80万
        elif not q1.big and q2.big:
            low = q1.value * q2.group_scale  # "3천-5천만", "二十到三十万"
        elif not q1.multiplier and q1.value < 100 and q2.value >= 1000 and q2.digits:
            low = q1.value * 1000  # "entre 3 et 5 000 €": the first number is in thousands too
        elif q1.digits and q2.digits and q1.value < 10 and 100 <= q2.value < 1000 and q2.value % 100 == 0:
            low = q1.value * 100  # "3-400": three to four hundred
        elif match.hangul and q1.big and not q2.big and q1.value <= q2.value * q1.group_scale <= q1.value * 10:
            q2 = q2._replace(value=q2.value * q1.group_scale)  # "백만 원에서 백오십": the second one leaves the 만 unsaid
        if low <= q2.value <= low * 10:
            high = q2.value
        elif q1.value <= q2.value <= q1.value * 10:
            low, high = q1.value, q2.value  # "八千到一万", "5000到1万": the first amount is whole already
        else:
            low = high = q1.value
            end = match.first_end
    code = next((c for c in (currency_code(t, language) for t in match.currencies) if c), None)
    marked = code is not None
    man_won = False
    if code is None:
        code = default_currency(language)
        if match.hangul and code == default_currency(None):
            code = "KRW"  # 만 / 천 in a note of another language
        if code == "KRW" and counted_in_man(q1, q2, low, high):
            # "예산 200", "3백": Korean speakers count won in 만 (10,000) when no unit is said
            low, high, man_won = low * 1e4, high * 1e4, True
    if match.hangul and code == "KRW":
        low, high = unsaid_man(low), unsaid_man(high)  # "1억 5천"
    if match.plus or match.suffix in OPEN_SUFFIXES:
        high = math.nan
    elif match.suffix in CAP_SUFFIXES:
        low = math.nan
    rate = EUR_PER_UNIT[code]
    words = q1.words or (q2 is not None and q2.words)
    big = q1.big or (q2 is not None and q2.big)
    scale = q1.lead_scale if q1.multiplier else (q2.lead_scale if q2 is not None and q2.multiplier else 1.0)
    if man_won:
        scale = 1e4
    return Amount(low * rate, high * rate, code, marked, q1.multiplier or (q2 is not None and q2.multiplier),
                  match.start, end, words, big, scale, man_won)


def _thousands_unsaid(quantity: Quantity) -> Quantity:
    """A million and hundreds said in words: the hundreds are thousands ("миллион двести",
    "a million two hundred", "un million deux cents": 1,200,000, not 1,000,200)."""
    value = quantity.value
    if quantity.words and quantity.digits is None and value > 1e6 and 0 < value % 1e6 < 1000:
        return quantity._replace(value=value // 1e6 * 1e6 + value % 1e6 * 1000)
    return quantity
