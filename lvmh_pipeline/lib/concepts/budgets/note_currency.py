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
    r"(?<![^\W\d_])(?:né|tá|tô|pro|pros|kkk+|você|vocês|cafezinho|mamãe|papai|bebê|bebês|nenê|gêmeos|gêmeas|"
    r"celular|ônibus|legal demais|a gente vai|presentão|lindão|lindona|tchau)(?![^\W\d_])",
    re.IGNORECASE,
)
# ... and of European Portuguese: the continuous "está a fazer", "pá", "prenda", "telemóvel".
_EUROPEAN = re.compile(
    r"(?<![^\W\d_])(?:(?:está|estão|estou|anda|andam) a [^\W\d_]+r|pá|prenda|telemóvel|bebé|gémeos|gémeas|pró|"
    r"olhe|fixe|miúd[oa]s?|rapariga)(?![^\W\d_])",
    re.IGNORECASE,
)
# A dirham said bare in a Moroccan note (Morocco, a Moroccan city or Darija: "بغات", "ديال", "بزاف"; not
# the evening prayer "بعد المغرب") is the Moroccan one; a dinar said bare in a Jordanian or Levantine
# note ("أردني", "بدو", "حزيران") the Jordanian one.
_MOROCCAN = re.compile(r"مغربي|مغربية|مغاربة|(?:في|من|إلى|الى|ب)\s?المغرب|الدار البيضاء|كازا|مراكش|الرباط|طنجة|فاس|أكادير|Casablanca|Marrakech|Rabat|Tanger|"
                       r"(?<!\w)(?:بغات|بغا|بغيت|ديال|ديالها|ديالو|بزاف|واخا|دابا|غادي)(?!\w)")
_LEVANTINE = re.compile(r"أردن|اردن|(?<!\w)[وفب]?(?:بدو|بدها|هيك|كتير|منيح|هلق|شباط|آذار|نيسان|أيار|حزيران|تموز|أيلول|تشرين|"
                        r"كانون)(?!\w)")
# (language, currency read, currency of the region, its cue, words that keep the currency read)
_REGIONS = (
    ("PT", "EUR", "BRL", _BRAZILIAN, re.compile(r"(?i:eur|euro|real|reais|dólar|dolar|libra)|" + _EUROPEAN.pattern)),
    ("AR", "AED", "MAD", _MOROCCAN, re.compile(r"إمارات|امارات|دبي|أبوظبي|أبو ظبي|الشارقة|aed|dubai", re.IGNORECASE)),
    ("AR", "KWD", "JOD", _LEVANTINE, re.compile(r"كويت|dinars?|kwd", re.IGNORECASE)),
)


def regional_currency(budget, text: str, language: str | None):
    """``budget`` read in the currency of the region its note speaks for, when the currency read
    was only the language's default or a bare word shared by several countries: reais in a
    Brazilian Portuguese note that names no currency (a Brazilian word, no European one), Moroccan
    dirhams, Jordanian dinars; otherwise ``budget`` itself."""
    if budget is None or not budget.has_amount:
        return budget
    lang = (language or "").upper()
    for region_language, read, region, cue, keep in _REGIONS:
        if lang != region_language or budget.currency != read:
            continue
        if region == "BRL" and has_currency_sign(text):
            return budget
        if keep.search(text) is None and cue.search(text) is not None:
            rate = EUR_PER_UNIT[region] / EUR_PER_UNIT[read]
            return budget._replace(min_eur=budget.min_eur * rate, max_eur=budget.max_eur * rate, currency=region)
    return budget
