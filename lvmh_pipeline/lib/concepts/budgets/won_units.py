"""How Korean speakers count won: in 만 (10,000) when no unit is said ("예산 200", "3백", "2천": 200만,
300만, 2천만 won; 200 won is 0.14 EUR and never a budget), and "1억 5천" as 1억 5천만 (the 만 of the
last group left unsaid). A number in Hangul words without 만 ("삼백") is left as written: too vague.
"""

from __future__ import annotations

__all__ = ["MAN_WON_BELOW", "counted_in_man", "unsaid_man"]

# A won amount written without a 만 / 억 (or K, thousand …) below this is read in 만.
MAN_WON_BELOW = 10_000
_EOK = 1e8


def counted_in_man(q1, q2, low: float, high: float) -> bool:
    """Is a won amount with no currency written, quantities ``q1`` (and ``q2``), counted in 만?
    Digits with at most 십 / 백 / 천 after them ("200", "3백", "2천"); not "5K", "300만", nor a
    number in words ("삼백", "five hundred")."""
    if q1.big or (q2 is not None and q2.big) or max(low, high) >= MAN_WON_BELOW:
        return False
    return not (q1.words or (q2 is not None and q2.words))


def unsaid_man(value: float) -> float:
    """``1억 5천`` read as 100,005,000 -> 150,000,000: after 억 a remainder below 만 lost its 만."""
    if value > _EOK and 0 < value % _EOK < MAN_WON_BELOW:
        return value // _EOK * _EOK + (value % _EOK) * MAN_WON_BELOW
    return value
