"""The words a budget statement is read by: budget keywords, flexibility words and "unlimited"
phrases of the taxonomy's ``budget*`` concepts (:func:`budget_lexicon`), and currency words
(:func:`currency_words_in`). :mod:`.budget` reads the amounts around them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from lvmh_pipeline.lib.concepts.alias_keys import PhraseFinder
from lvmh_pipeline.lib.concepts.budgets.money import currency_words
from lvmh_pipeline.lib.concepts.taxonomy import Taxonomy, load_taxonomy

__all__ = ["BudgetLexicon", "budget_lexicon", "currency_words_in", "karat_at"]


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


# A gold purity, not thousands: "18K" with a metal word right before or after it ("18K或者铂金", "18K 골드", "14k gold",
# "금 18K", "18Kのリング"), in the original text.
_KARAT = re.compile(r"(?<![\d.,])(?:9|10|14|18|22|24)\s?[kK]$")
_METAL_AFTER = re.compile(
    r"\s?(?:或者|或是|还是|還是|或|和|跟|と|か|や|이나|나|또는|or|and|/)?\s?(?:(?:yellow|white|rose|solid)?\s?gold|platinum|"
    r"铂金|鉑金|白金|玫瑰金|黄金|黃金|金|ゴールド|プラチナ|골드|금|플래티넘|백금|の(?:リング|ネックレス|指輪)|的(?:戒指|项链|耳环|手镯))",
    re.IGNORECASE,
)
_METAL_BEFORE = re.compile(r"(?:gold|金|골드|금|ゴールド)\s?$", re.IGNORECASE)


def karat_at(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a gold purity written like thousands ("18K" beside a metal word)."""
    return bool(_KARAT.search(text, start, end)) and (
        _METAL_AFTER.match(text, end) is not None or _METAL_BEFORE.search(text[max(0, start - 8) : start]) is not None)
