"""The words a budget statement is read by: budget keywords, flexibility words and "unlimited"
phrases of the taxonomy's ``budget*`` concepts (:func:`budget_lexicon`), and currency words
(:func:`currency_words_in`). :mod:`.budget` reads the amounts around them."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from lvmh_pipeline.lib.concepts.alias_keys import PhraseFinder
from lvmh_pipeline.lib.concepts.budgets.money import currency_words
from lvmh_pipeline.lib.concepts.taxonomy import Taxonomy, load_taxonomy

__all__ = ["BudgetLexicon", "budget_lexicon", "currency_words_in"]


@dataclass(frozen=True)
class BudgetLexicon:
    """Finders for budget keywords, flexibility words and "unlimited" phrases."""

    keywords: PhraseFinder
    flexible: PhraseFinder
    unlimited: PhraseFinder


def budget_lexicon(taxonomy: Taxonomy | None = None) -> BudgetLexicon:
    """Finders built from the ``budget*`` concepts of ``taxonomy`` (shipped one by default)."""
    return _lexicon_for(taxonomy or load_taxonomy())


@lru_cache(maxsize=8)
def _lexicon_for(tax: Taxonomy) -> BudgetLexicon:
    return BudgetLexicon(
        keywords=PhraseFinder(tax.get("budget").aliases_for(None)),
        flexible=PhraseFinder(tax.get("budget_flexible").aliases_for(None)),
        unlimited=PhraseFinder(tax.get("budget_unlimited").aliases_for(None)),
    )


@lru_cache(maxsize=1)
def _currency_words() -> PhraseFinder:
    """Currency words over folded text (one automaton pass instead of a word split)."""
    return PhraseFinder(currency_words())


def currency_words_in(folded: str) -> bool:
    """Does the folded text name a currency in words ("euros", "рублей", "دولار")?"""
    return bool(_currency_words().find(folded))
