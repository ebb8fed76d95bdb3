"""A euro figure given as the equivalent of a budget said in another currency: the advisor's own euro
amount beats the fixed conversion table ("삼백만 원, 유로로 치면 이천 유로쯤", "3 millions de wons, soit
environ 2 000 €", "300 тысяч рублей, в евро где-то три тысячи"). The dev writers label such a budget
with the euro figure (the English digit form "£3,000, i.e. roughly €3,600" is read by
:mod:`~lvmh_pipeline.lib.concepts.budgets.note_currency`).

Only a single foreign amount, followed within its sentence (a few words) by an equivalence cue and an
amount written with a euro sign or word, whose value is within a factor of two of the conversion.
"""

from __future__ import annotations

import math
import re

from lvmh_pipeline.lib.concepts.budgets.amounts import parse_amount
from lvmh_pipeline.lib.concepts.budgets.money import find_amount_matches
from lvmh_pipeline.lib.concepts.budgets.readers.keyword_amounts import _sentence_bounds

__all__ = ["euro_equivalent"]

# Words that say "which makes, in euros": each language's conversion phrase, read in the gap between the two amounts.
_CUE = re.compile(
    r"(?<![^\W\d_])(?:in euros?|i\.e\.|that's|that is|which is|equivalent|converted|"
    r"en euros|soit|c'est-à-dire|l'équivalent|ce qui fait|"
    r"in euro|cioè|ovvero|pari a|che sono|"
    r"o sea|es decir|equivalente|em euros|ou seja|"
    r"in Euro|d\.\s?h\.|das sind|umgerechnet|"
    r"dus|oftewel|omgerekend|"
    r"в евро|то есть|т\.\s?е\.|это примерно|"
    r"باليورو|يعني|يعادل|ما يعادل)(?![^\W\d_])"
    r"|유로로|환산|ユーロで|ユーロにすると|換算|换成欧元|換成歐元|折合|欧元的话|歐元的話|合欧元|也就是",
    re.IGNORECASE,
)
_MAX_GAP_WORDS = 8
_MAX_FACTOR = 2.0


def euro_equivalent(budget, text: str, language: str | None):
    """``budget`` (a :class:`~lvmh_pipeline.lib.concepts.budgets.budget.Budget`) as the euro figure said as
    its equivalent right after it, or ``budget`` itself."""
    if budget is None or budget.currency in (None, "EUR") or budget.min_eur != budget.max_eur \
            or math.isnan(budget.max_eur):
        return budget
    _, stop = _sentence_bounds(text, budget.end)
    match = next(find_amount_matches(text, budget.end, stop), None)
    if match is None:
        return budget
    gap = text[budget.end : match.start]
    if len(gap.split()) > _MAX_GAP_WORDS or _CUE.search(gap) is None:
        return budget
    euros = parse_amount(match, language)
    if euros is None or not euros.currency_marked or euros.currency != "EUR" or euros.low != euros.high:
        return budget
    if not budget.max_eur / _MAX_FACTOR <= euros.high <= budget.max_eur * _MAX_FACTOR:
        return budget
    return budget._replace(min_eur=euros.high, max_eur=euros.high, currency="EUR", end=match.end,
                           evidence=text[budget.start : match.end])
