"""The currency of a budget amount written without one, taken from its note beyond its sentence,
and a bound word that follows a currency said after the amount.

- A currency named away from any number anywhere in the note ("Budget 5K. Pounds, obviously.",
  "She pays in dollars."). The currency of another amount does not count ("Budget 5K, the last
  one was $4,000": euros).
- "ten grand, pounds, maybe more": the bound word after the currency word still bounds the amount.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.concepts.budgets.budget_bounds import bound_after
from lvmh_pipeline.lib.concepts.budgets.currencies import currency_code, phrase_currency

__all__ = ["bound_after_currency", "note_currency"]


def note_currency(text: str, span: tuple[int, int]) -> str | None:
    """The currency the note ``text`` names away from any number, for an amount at ``span``
    written without one, or None."""
    return phrase_currency(text, 0, len(text), span)


_CURRENCY_WORD_AFTER = re.compile(
    r"[ \u00a0\u202f]*,?[ \u00a0\u202f]*(?:in[ \u00a0\u202f]+)?(?i:pounds|pound|sterling|quid|dollars|bucks|euros|gbp|usd|eur)"
    r"(?![^\W\d_])"
)


def bound_after_currency(text: str, end: int) -> tuple[str, int, str] | None:
    """(kind, end, currency) of a bound word past a currency word said after the amount ending at
    ``end`` ("ten grand, pounds, maybe more"), or None."""
    found = _CURRENCY_WORD_AFTER.match(text, end)
    bound = None if found is None else bound_after(text, found.end())
    if bound is None:
        return None
    word = found.group().strip(" \u00a0\u202f,").split()[-1]
    return bound[0], bound[1], currency_code(word, None)
