"""Budget statements in advisor notes: ``Budget 3-4K flexible``, ``Presupuesto 6K``, ``35K+``,
``€1500``, ``50万円``, ``bis 9K``, ``deux mille euros``, ``1억 5천만 원``, ``no budget limit``.

Only amounts tied to a budget keyword (within the same sentence, a few words after it) or
written with a currency count; ages, years, piece counts and follower counts do not. The
keywords, flexibility words and "unlimited" phrases come from the taxonomy's ``budget``,
``budget_flexible`` and ``budget_unlimited`` concepts, so a new language is a data edit.

Bounds: "up to" / "max" / "以内" / "이하" leave the minimum open (NaN), "at least" / "35K+" /
"ab" / "以上" the maximum (:mod:`~lvmh_pipeline.lib.concepts.budgets.budget_bounds`); "around" keeps a
single amount. An amount written without a currency takes one named elsewhere in its sentence
("Budget 6K, in dollars"), else the note language's default currency
(:func:`~lvmh_pipeline.lib.concepts.budgets.currencies.default_currency`). A correction right after the
amount ("5K, no wait, 7K") lets the later amount win; a euro figure said as its equivalent wins over the
table (:mod:`.context.euro_equivalent`); the boutique a note names sets a bare amount's currency
(:mod:`.shop_places`). The amount tied to a keyword is read
by :mod:`~lvmh_pipeline.lib.concepts.budgets.readers.keyword_amounts`; this module finds the keywords,
the budgets without one, flexibility and "unlimited".
"""

from __future__ import annotations

import math
from typing import NamedTuple

from lvmh_pipeline.lib.concepts.alias_keys import PhraseFinder
from lvmh_pipeline.lib.concepts.budgets.readers.bare_amounts import approximated, bare_candidates
from lvmh_pipeline.lib.concepts.budgets.budget_bounds import bound_after, bound_before
from lvmh_pipeline.lib.concepts.budgets.budget_words import BudgetLexicon, budget_lexicon, currency_words_in, karat_at
from lvmh_pipeline.lib.concepts.budgets.readers.corrections import corrected, restarted
from lvmh_pipeline.lib.concepts.budgets.readers.cued_amounts import counted_after, cued_candidates
from lvmh_pipeline.lib.concepts.budgets.readers.decade_ranges import decade_range
from lvmh_pipeline.lib.concepts.budgets.if_needed import conditional_stretch
from lvmh_pipeline.lib.concepts.budgets.context.euro_equivalent import euro_equivalent
from lvmh_pipeline.lib.concepts.budgets.context.more_allowed import more_allowed
from lvmh_pipeline.lib.concepts.budgets.dense_forms import cantonese_dollars, han_adjacent, money_forms, original_spans
from lvmh_pipeline.lib.concepts.budgets.readers.keyword_amounts import (
    _UNIT_AFTER,
    _amount_after,
    _amount_before,
    _before_taken_back,
    _bounded,
    _in_phrase_currency,
    _is_money_like,
    _sentence_bounds,
    _with_cue_after,
    _word_count,
)
from lvmh_pipeline.lib.concepts.budgets.amounts import Amount, parse_amount
from lvmh_pipeline.lib.concepts.budgets.money import AmountMatch, find_amount_matches, has_currency_sign
from lvmh_pipeline.lib.concepts.budgets.note_currency import regional_currency
from lvmh_pipeline.lib.concepts.budgets.shop_places import shop_currency
from lvmh_pipeline.lib.concepts.budgets.context.paid_prices import denied_before, paid_after, paid_before
from lvmh_pipeline.lib.concepts.budgets.numbers.rouble_thousands import in_thousands
from lvmh_pipeline.lib.concepts.budgets.readers.restated_currency import restated_currency
from lvmh_pipeline.lib.concepts.budgets.readers.spoken_amounts import spelled_candidates, spoken_candidates
from lvmh_pipeline.lib.concepts.budgets.stretch import comma_first, han_pair_first, restated_start, shared_unit, stretched
from lvmh_pipeline.lib.concepts.budgets.totals import per_item_after, per_item_before, total_after
from lvmh_pipeline.lib.concepts.taxonomy import Taxonomy
from lvmh_pipeline.lib.common.text import NormalizedText, normalize, to_folded

__all__ = ["Budget", "find_budget", "parse_budget"]

_FLEX_WINDOW_WORDS = 8


class Budget(NamedTuple):
    """A budget statement: bounds in EUR (``NaN`` = no bound given), flexibility, evidence.

    A single amount gives ``min_eur == max_eur``; ``35K+`` / ``at least 35K`` give
    ``max_eur = NaN``; ``up to 5K`` / ``5K max`` / ``50万円以内`` give ``min_eur = NaN``;
    ``no budget limit`` gives ``unlimited=True`` and both bounds NaN. ``currency`` is the one
    written (or named in the sentence), else the note language's default. ``flexible`` comes
    only from a flexibility word ("flexible", "aperto", "offen" ...) in the budget's sentence.
    Spans are offsets into the text that was parsed; ``evidence == text[start:end]``. (A named
    tuple: built once per note, it is cheaper than a frozen dataclass.)
    """

    min_eur: float
    max_eur: float
    currency: str | None
    flexible: bool
    unlimited: bool
    evidence: str
    start: int
    end: int
    keyword_tied: bool
    flex_evidence: str | None = None
    flex_start: int = -1
    flex_end: int = -1
    unlimited_evidence: str | None = None
    unlimited_start: int = -1
    unlimited_end: int = -1

    @property
    def has_amount(self) -> bool:
        """Whether at least one bound is known."""
        return not (math.isnan(self.min_eur) and math.isnan(self.max_eur))


def _near(nt: NormalizedText, finder: PhraseFinder, lo: int, hi: int, anchor: tuple[int, int]) -> tuple[int, int] | None:
    """First occurrence found by ``finder`` in the sentence ``[lo, hi)`` (original offsets)
    within ``_FLEX_WINDOW_WORDS`` words of the ``anchor`` span."""
    text = nt.original
    for f_start, f_end, _ in finder.find(nt.folded, to_folded(nt, lo), to_folded(nt, hi)):
        start, end = nt.to_original(f_start, f_end)
        gap = text[end : anchor[0]] if end <= anchor[0] else text[anchor[1] : start]
        if (start < anchor[1] and end > anchor[0]) or _word_count(gap) <= _FLEX_WINDOW_WORDS:
            return start, end
    return None


def find_budget(
    text: str, language: str | None = None, *, normalized: NormalizedText | None = None, taxonomy: Taxonomy | None = None,
    locale: str | None = None,
) -> Budget | None:
    """The first budget statement of ``text`` (see :func:`parse_budget`); ``normalized`` lets a caller that already
    folded the text skip that step; ``locale``: the raw note's locale currency (``note_currency.place_currency``)."""
    if not text:
        return None
    lex = budget_lexicon(taxonomy)
    nt = normalized or normalize(text)
    work = money_forms(text, language)  # same length: "1.5w" -> "1.5万", "3000欧" -> "3000€"
    found = euro_equivalent(_find(work, nt, lex, language), work, language)  # "…원, 유로로 하면 이천 유로"
    budget = regional_currency(cantonese_dollars(found, text, language), text, language, locale)
    budget = shop_currency(budget, text, language, nt.folded)  # "boutique rue du Rhône, Genève"
    return budget if budget is None or work is text else original_spans(han_adjacent(budget, text, work), text, work)


def _find(text: str, nt: NormalizedText, lex: BudgetLexicon, language: str | None) -> Budget | None:
    for f_start, f_end, _ in lex.keywords.find(nt.folded):
        k_start, k_end = nt.to_original(f_start, f_end)
        s_start, s_end = _sentence_bounds(text, k_start)
        amount = _amount_after(text, k_start, k_end, s_start, s_end, language) or (
            None if denied_before(text, k_start) else _amount_before(text, s_start, k_start, language))  # "…, не бюджет"
        unlimited = _near(nt, lex.unlimited, s_start, s_end, (k_start, k_end))
        if amount is None and unlimited is None:
            flex = _near(nt, lex.flexible, s_start, s_end, (k_start, k_end))
            if flex is None:
                continue
            return _budget(text, None, (k_start, k_end), flex, None, keyword_tied=True)
        anchor = (k_start, k_end)
        if amount is not None:
            first_start = amount.start
            amount = in_thousands(text, _in_phrase_currency(text, _with_cue_after(text, amount), s_start, s_end), k_end)
            amount = restated_currency(text, restarted(text, corrected(text, amount, language), language), language)
            amount = comma_first(text, shared_unit(text, amount, k_end), k_end, language)
            if amount.words:
                amount = han_pair_first(text, amount)  # "预算三四万"
            amount = total_after(text, stretched(text, amount, s_end, language), s_end, language)
            anchor = (min(k_start, first_start), max(k_end, amount.end))
        flex = _near(nt, lex.flexible, s_start, s_end, anchor) or (amount and (conditional_stretch(text, amount.end, s_end)
                                                                                 or more_allowed(text, amount.start, s_end)))
        return _budget(text, amount, anchor, flex, unlimited, keyword_tied=True)
    if not has_currency_sign(text) and not currency_words_in(nt.folded):
        return _thousands_amount(text, nt, lex, language)
    for match in find_amount_matches(text, marked_only=True):  # "tremila euro", "deux mille euros"
        amount = parse_amount(match, language)
        if amount is None or not _is_money_like(text, match, amount, keyword_tied=False):
            continue
        # "deux mille euros"; hundreds said in alphabetic words: "fifteen hundred euros" (not "三千块": CJK pairs)
        whole = amount.big or (match.q1.value >= 1000 and ord(text[match.start]) < 0x3000)
        if amount.words and not (whole and amount.currency_marked) and not _approximate_spelled(text, amount, language):
            continue
        budget = _unanchored(text, nt, lex, match, amount, language)
        if budget is not None:
            return budget
    return _thousands_amount(text, nt, lex, language)  # "About 4K in euros", "won't go above 8k"


def _approximate_spelled(text: str, amount: Amount, language: str | None) -> bool:
    """A spelled amount under a thousand with a currency after an approximation word ("à volta
    dos quinhentos euros", "iets van drie-, vierhonderd euro"), said as a range ("quatre cents, cinq
    cents euros", "achtzig bis hundert Euro"), priced per item ("cento euro l'una", "كل علبة خمسمية درهم") or capped
    after the currency ("huit cents euros maximum", "five hundred pounds at most")."""
    if not amount.currency_marked or not amount.high >= _MIN_SPELLED_EUR:
        return False
    if amount.low < amount.high or per_item_after(text, amount.end) or per_item_before(text, amount.start):
        return True
    if bound_after(text, amount.end) is not None:
        return True
    paired = comma_first(text, amount, max(0, amount.start - 40), language)
    if paired.low < paired.high:
        return True
    start = restated_start(text, paired, 0, language)
    return approximated(text, start) or bound_before(text[max(0, start - 24) : start]) is not None  # "no more than four hundred dollars"


def _unanchored(
    text: str, nt: NormalizedText, lex: BudgetLexicon, match: AmountMatch, amount: Amount, language: str | None
) -> Budget | None:
    """The budget of an amount with no budget word before it, or None for a price already paid
    in its sentence ("Bought a Rolex last year for €12,000"); a spoken correction right after it lets
    the later amount win ("1個あたり1万円、いや1万5千円まで")."""
    s_start, s_end = _sentence_bounds(text, match.start)
    if paid_before(text, s_start, match.start) or paid_after(text, match.end, s_end):
        return None
    amount = restarted(text, corrected(text, amount, language), language)  # "천만 원, 천만 원 넘으면 안 돼요": a cap
    amount = restated_currency(text, amount, language)  # "two grand, two thousand dollars"
    said = restated_start(text, amount, s_start, None)  # "nothing over 1200, 1200 pounds": the cue before the first
    amount = _with_cue_after(text, _bounded(amount, bound_before(text[s_start:said])
                                            or _before_taken_back(text, s_start, said, language)))  # "max 600, no, 900 €"
    amount = comma_first(text, shared_unit(text, _in_phrase_currency(text, amount, s_start, s_end), s_start), s_start, None)
    amount = total_after(text, stretched(text, amount, s_end, None), s_end, None)
    flex = _near(nt, lex.flexible, s_start, s_end, (amount.start, amount.end)) or conditional_stretch(text, amount.end, s_end) \
        or more_allowed(text, amount.start, s_end)
    unlimited = _near(nt, lex.unlimited, amount.end, s_end, (amount.start, amount.end))  # "15K, no limit really": a flag
    return _budget(text, amount, (amount.start, amount.end), flex, unlimited, keyword_tied=False)


# The smallest amount spelled under a thousand, with a currency and an approximation word, read as a budget.
_MIN_SPELLED_EUR = 100.0
# The smallest thousands amount read as a budget with neither keyword nor currency (EUR).
_MIN_THOUSANDS_EUR = 500.0


def _thousands_amount(text: str, nt: NormalizedText, lex: BudgetLexicon, language: str | None) -> Budget | None:
    """A budget written as digits with a thousands multiplier and nothing else ("bis 5 Tsd.",
    "до 300 тыс.", "~8k", "3-4K"): telegraphic notes state budgets this way. Ages, counts and
    units after the amount ("10k followers") are not budgets."""
    digit_amounts = [(match, parse_amount(match, language)) for match in find_amount_matches(text, words=False)
                     if not karat_at(text, match.start, match.end)]  # "18K或者铂金": a gold purity
    for match, amount in digit_amounts:
        if amount is None or not (amount.multiplier and amount.big) or _UNIT_AFTER.match(text, match.end):
            continue
        if counted_after(text, match.end, language):  # "3万字"
            continue
        if max(v for v in (amount.low, amount.high) if not math.isnan(v)) < _MIN_THOUSANDS_EUR:
            continue
        budget = _unanchored(text, nt, lex, match, amount, language)
        if budget is not None:
            return budget
    for match, amount in bare_candidates(text, language, lambda at: _sentence_bounds(text, at)[0], _UNIT_AFTER,
                                         digit_amounts):
        budget = _unanchored(text, nt, lex, match, amount, language)
        if budget is not None:
            return budget
    for match, amount in cued_candidates(text, language, _UNIT_AFTER):  # "300만 정도", "3千左右"
        budget = None if karat_at(text, match.start, match.end) else _unanchored(text, nt, lex, match, amount, language)
        if budget is not None:
            return budget
    for match, amount in spoken_candidates(text, language, _UNIT_AFTER):  # "two grand", "300-400 each"
        budget = _unanchored(text, nt, lex, match, amount, language)
        if budget is not None:
            return budget
    for match, amount in spelled_candidates(text, language, _UNIT_AFTER):  # "mille, mille cinq cents"
        budget = _unanchored(text, nt, lex, match, amount, language)
        if budget is not None:
            return budget
    return None


def _budget(
    text: str,
    amount: Amount | None,
    span: tuple[int, int],
    flex: tuple[int, int] | None,
    unlimited: tuple[int, int] | None,
    *,
    keyword_tied: bool,
) -> Budget:
    start, end = span
    amount = decade_range(text, amount) if amount else amount  # "20万円台"
    if unlimited and not amount:
        start, end = min(start, unlimited[0]), max(end, unlimited[1])
    return Budget(
        min_eur=amount.low if amount else math.nan,
        max_eur=amount.high if amount else math.nan,
        currency=amount.currency if amount else None,
        flexible=flex is not None,
        unlimited=unlimited is not None,
        evidence=text[start:end],
        start=start,
        end=end,
        keyword_tied=keyword_tied,
        flex_evidence=text[flex[0] : flex[1]] if flex else None,
        flex_start=flex[0] if flex else -1,
        flex_end=flex[1] if flex else -1,
        unlimited_evidence=text[unlimited[0] : unlimited[1]] if unlimited else None,
        unlimited_start=unlimited[0] if unlimited else -1,
        unlimited_end=unlimited[1] if unlimited else -1,
    )


def parse_budget(text: str, language: str | None = None) -> Budget | None:
    """Parse the first budget statement of a note.

    Semantics (EUR, fixed conversion table): ``3-4K`` -> (3000, 4000); ``around 5K`` /
    ``€1500`` -> (5000, 5000) / (1500, 1500); ``35K+`` / ``at least 35K`` -> (35000, NaN);
    ``up to 5K`` / ``5K max`` -> (NaN, 5000); ``no budget limit`` -> unlimited. ``flexible``
    is set by a flexibility word in the budget's sentence. ``language`` picks the default
    currency of an amount written without one (``予算50万`` is yen, ``预算5万`` yuan) and
    disambiguates ``¥``. Returns None when no budget is stated.
    """
    return find_budget(text, language)
