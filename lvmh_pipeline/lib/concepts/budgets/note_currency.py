"""The currency of a budget amount written without one, taken from its note beyond its sentence,
and a bound word that follows a currency said after the amount.

- A currency named away from any number anywhere in the note ("Budget 5K. Pounds, obviously.",
  "She pays in dollars."). The currency of another amount does not count ("Budget 5K, the last
  one was $4,000": euros).
- "ten grand, pounds, maybe more": the bound word after the currency word still bounds the amount.
- A Portuguese note that names no currency at all and speaks Brazilian Portuguese ("né", "tá",
  "cafezinho", "bebê", "kkk") means reais, not euros (:func:`regional_currency`).
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.concepts.budgets.budget_bounds import bound_after
from lvmh_pipeline.lib.concepts.budgets.currencies import EUR_PER_UNIT, currency_code, has_currency_sign, phrase_currency

__all__ = ["bound_after_currency", "note_currency", "regional_currency"]


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


# Words of Brazilian Portuguese that European Portuguese writes otherwise ("pró", "bebé", "gémeos",
# "telemóvel") or does not say; "pra" is said on both sides of the Atlantic.
_BRAZILIAN = re.compile(
    r"(?<![^\W\d_])(?:né|tá|tô|pro|pros|kkk+|rs|você|vocês|cafezinho|mamãe|papai|bebê|bebês|nenê|gêmeos|gêmeas|"
    r"celular|ônibus|legal demais|a gente vai|presentão|lindão|lindona|tchau|beleza)(?![^\W\d_])",
    re.IGNORECASE,
)
# ... and of European Portuguese: the continuous "está a fazer", "pá", "prenda", "telemóvel".
_EUROPEAN = re.compile(
    r"(?<![^\W\d_])(?:(?:está|estão|estou|anda|andam) a [^\W\d_]+r|pá|prenda|telemóvel|bebé|gémeos|gémeas|pró|"
    r"olhe|fixe|miúd[oa]s?|rapariga)(?![^\W\d_])",
    re.IGNORECASE,
)
_CURRENCY_WORD = re.compile(r"(?i:eur|euro|real|reais|dólar|dolar|libra)")


def regional_currency(budget, text: str, language: str | None):
    """``budget`` read in reais when its Portuguese note names no currency anywhere and speaks
    Brazilian Portuguese (a Brazilian word and no European one); otherwise ``budget`` itself."""
    if (language or "").upper() != "PT" or budget is None or budget.currency != "EUR" or not budget.has_amount:
        return budget
    if has_currency_sign(text) or _CURRENCY_WORD.search(text) or not _BRAZILIAN.search(text) or _EUROPEAN.search(text):
        return budget
    rate = EUR_PER_UNIT["BRL"]
    return budget._replace(min_eur=budget.min_eur * rate, max_eur=budget.max_eur * rate, currency="BRL")
