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
amount ("5K, no wait, 7K") lets the later amount win.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from lvmh_pipeline.lib.concepts.budgets.bare_amounts import approximated, bare_candidates
from lvmh_pipeline.lib.concepts.budgets.budget_bounds import OPEN, bound_after, bound_before, correction_end, keyword_bound
from lvmh_pipeline.lib.concepts.budgets.cued_amounts import counted_after, cued_candidates
from lvmh_pipeline.lib.concepts.budgets.dense_forms import cantonese_dollars, money_forms, original_spans
from lvmh_pipeline.lib.concepts.budgets.money import (
    Amount,
    AmountMatch,
    currency_words,
    find_amount_matches,
    has_currency_sign,
    parse_amount,
    phrase_currency,
)
from lvmh_pipeline.lib.concepts.budgets.note_currency import bound_after_currency, note_currency
from lvmh_pipeline.lib.concepts.budgets.rouble_thousands import in_thousands
from lvmh_pipeline.lib.concepts.budgets.stretch import comma_first, han_pair_first, shared_unit, stretched
from lvmh_pipeline.lib.concepts.budgets.totals import total_after
from lvmh_pipeline.lib.concepts.matcher import PhraseFinder
from lvmh_pipeline.lib.concepts.taxonomy import Taxonomy, load_taxonomy
from lvmh_pipeline.lib.common.text import NormalizedText, normalize, to_folded

__all__ = ["Budget", "BudgetLexicon", "budget_lexicon", "currency_words_in", "find_budget", "parse_budget"]

_MAX_WORDS_AFTER_KEYWORD = 7  # "Budget extremely flexible, discussed 40K+"
_MAX_WORDS_BEFORE_KEYWORD = 2  # "a 5K budget", "50万円の予算"
_MAX_WORDS_AFTER_CORRECTION = 6  # "200.000 TWD… nein, sie rechnet in Euro: 6K"
_FLEX_WINDOW_WORDS = 8
# "." ends a sentence when followed by a space and not by a lowercase word or an amount
# ("500 тыс. рублей", "ca. 5K"); "3.500" never does.
# An abbreviated multiplier ("20 Tsd. Euro", "2 Mio. Euro", "300 тыс. Руб.") does not end one either.
# The stop character comes first so that a search skips other characters at C speed.
_SENTENCE_END = re.compile(
    r"[!?;.\n。！？؛](?:(?<=[!?;])(?=\s|$)|(?<=\.)(?<!Tsd\.)(?<!tsd\.)(?<!Mio\.)(?<!mio\.)(?<!Mln\.)(?<!mln\.)"
    r"(?<!тыс\.)(?<!млн\.)(?=\s|$)(?!\s+[\da-zà-öø-ÿа-яё€$£¥])|(?<=[\n。！？؛]))"
)
# A number followed by one of these counts something else than money.
_UNIT_AFTER = re.compile(
    r"\s?(?:(?:de|di|of)\s|d['’])?(?=[^\W\d_]|%)"  # "1 million de followers"
    r"(?:ans|an|années|years?|yrs?|y\.o\.|anni|años|jahre|jahren|anos|jaar|лет|года?|歳|살|岁|"
    r"سنة|عام|pièces?|pieces?|pezzi|piezas|stück|peças|stuks|personnes|persons|people|personas|"
    r"persone|personen|pessoas|invités|guests|invitados|ospiti|gäste|followers|abonnés|"
    r"seguidores|subscribers|abonnenten|volgers|%|fois|times|veces|volte|mal|semaines|weeks|"
    r"settimane|semanas|wochen|mois|months?|mesi|meses|monate|jours|days|giorni|días|tage|"
    r"heures|hours|ore|horas|stunden|min|abonnati|подписчиков|человек|гостей|views|likes|vues|aufrufe|"
    r"visualizzazioni|visualizaciones|visualizações|weergaven|просмотров|лайков|km|kms|miles|kcal|calories|steps)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?:19|20)\d\d")
_WORD_AFTER = re.compile(r"[ \u00a0\u202f]?[^\W\d_]")
# A number written in words followed by one of these is an idiom ("mille mercis", "a thousand thanks").
_IDIOM_AFTER = re.compile(
    r"\s?(?:thanks|merci|mercis|grazie|gracias|obrigad[oa]s?|danke?|bedankt|спасибо|شكرا|reasons|raisons|ragioni|"
    r"razones|razões|gründe|redenen|причин|things|choses|cose|cosas|coisas|dinge|dingen|вещей|questions|domande|"
    r"preguntas|perguntas|fragen|vragen|вопросов|fois|keer|vezes|раз|words|mots|parole|palabras|worte|слов)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)


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


_STOPS = (".", "!", "?", ";", "\n", "。", "！", "？", "؛")


def _sentence_bounds(text: str, position: int) -> tuple[int, int]:
    """Start and end offsets of the sentence around ``position``."""
    start = 0
    for stop in _STOPS:
        found = text.rfind(stop, 0, position)
        while found != -1 and not _SENTENCE_END.match(text, found):
            found = text.rfind(stop, 0, found)
        if found + 1 > start:
            start = found + 1
    end_match = _SENTENCE_END.search(text, position)
    return start, end_match.start() if end_match else len(text)


def _is_money_like(text: str, match: AmountMatch, amount: Amount, keyword_tied: bool) -> bool:
    if _UNIT_AFTER.match(text, match.end):
        return False
    if amount.words and not amount.currency_marked:
        q1 = match.q1
        if not (amount.big or (q1.multiplier and q1.value >= 1000)) or _IDIOM_AFTER.match(text, match.end):
            return False  # "deux enfants", "百貨店", "a thousand thanks"
        if q1.bare and match.q2 is None and _WORD_AFTER.match(text, match.end):
            return False  # "mille idées", "тысяча мелочей": a bare "thousand" before a noun
    if amount.currency_marked:
        return True
    if not keyword_tied:
        return False
    digits = match.q1.digits
    if digits and _YEAR.fullmatch(digits) and match.q2 is None:
        return False
    return amount.multiplier or match.q1.value >= 100


def _bounded(amount: Amount, kind: str | None) -> Amount:
    """Drop the upper (OPEN) or lower (CAP) bound of a single amount; ranges stay as written."""
    if kind is None or math.isnan(amount.high) or math.isnan(amount.low) or amount.low != amount.high:
        return amount
    return amount.with_bounds(amount.low, math.nan) if kind == OPEN else amount.with_bounds(math.nan, amount.high)


def _with_cue_after(text: str, amount: Amount) -> Amount:
    """``6K maximum`` / ``10K minimum`` / ``5K or less``: the cue joins the evidence."""
    found = bound_after(text, amount.end) or bound_after_currency(text, amount.end)
    if found is None:
        return amount
    bounded = _bounded(amount, found[0])
    if len(found) == 3 and not bounded.currency_marked:  # "ten grand, pounds, maybe more"
        bounded = bounded.in_currency(found[2])
    return bounded.with_bounds(bounded.low, bounded.high, found[1])


_ANCHOR_CHARS = 90  # number words are looked for this far after a keyword (the 7-word window)
_WORDS_BEHIND = 8
_WORD = re.compile(r"\S+")


def _words_start(text: str, start: int, stop: int) -> int:
    """Where the last 8 words before ``stop`` begin (an amount before a keyword is close to it:
    "a 5K budget", "deux mille euros de budget"), looking back 80 characters at most.

    The words are the non-space runs of ``text[stop - 80 : stop]`` (a word cut by the window
    counts from the window's start). A token scan: the equivalent ``(?:\\S+\\s*){1,8}$`` search
    backtracks over every split of every word when the window holds more than 8 words
    (5-20 ms a call)."""
    if stop - start < 80:
        return start
    starts = [match.start() for match in _WORD.finditer(text, stop - 80, stop)]
    if not starts:
        return start
    return starts[-_WORDS_BEHIND] if len(starts) >= _WORDS_BEHIND else starts[0]


def _word_count(text: str) -> int:
    return len(text.split())


def _amount_after(text: str, k_start: int, k_end: int, s_start: int, stop: int, language: str | None) -> Amount | None:
    # An amount must start within the next few words: look for number words only there.
    anchor_end = k_end + _ANCHOR_CHARS
    for match in find_amount_matches(text, k_end, stop, anchor_end=anchor_end):
        if _word_count(text[k_end : match.start]) > _MAX_WORDS_AFTER_KEYWORD:
            return None
        amount = parse_amount(match, language)
        if amount is not None and _is_money_like(text, match, amount, keyword_tied=True):
            before = text[max(s_start, k_start - 24) : k_start]
            kind = bound_before(text[k_end : match.start], before) or keyword_bound(text[k_start:k_end])
            return _bounded(amount, kind)
    return None


def _amount_before(text: str, sentence_start: int, keyword_start: int, language: str | None) -> Amount | None:
    best = None
    for match in find_amount_matches(text, _words_start(text, sentence_start, keyword_start), keyword_start):
        gap = text[match.end : keyword_start]
        if _word_count(gap) > _MAX_WORDS_BEFORE_KEYWORD:
            continue
        amount = parse_amount(match, language)
        if amount is not None and _is_money_like(text, match, amount, keyword_tied=True):
            best = _bounded(amount, bound_before(text[sentence_start : match.start]))
    return best


def _corrected(text: str, amount: Amount, language: str | None) -> Amount:
    """``5K, no wait, 7K`` / ``200.000 TWD… nein, sie rechnet in Euro: 6K``: the later amount of
    the phrase wins (its own or the phrase's currency; else the corrected amount's)."""
    marker_end = correction_end(text, amount.end)
    if marker_end is None:
        return amount
    _, stop = _sentence_bounds(text, marker_end)
    for match in find_amount_matches(text, marker_end, stop):
        if _word_count(text[marker_end : match.start]) > _MAX_WORDS_AFTER_CORRECTION:
            break
        later = parse_amount(match, language)
        if later is not None and not later.multiplier and later.scale == 1 and amount.scale > 1 and not later.words:
            # "300 тысяч, нет, 400": the bare number keeps the corrected amount's unit
            later = Amount(later.low * amount.scale, later.high * amount.scale, later.currency, later.currency_marked,
                           True, later.start, later.end, False, amount.big, amount.scale)
        if later is None or not _is_money_like(text, match, later, keyword_tied=True):
            continue
        later = _with_cue_after(text, _bounded(later, bound_before(text[marker_end : match.start])))
        if not later.currency_marked:
            code = phrase_currency(text, marker_end, stop, (later.start, later.end))
            code = code or (amount.currency if amount.currency_marked else None)
            if code is not None:
                later = later.in_currency(code)
        return later
    return amount


def _in_phrase_currency(text: str, amount: Amount, s_start: int, s_end: int) -> Amount:
    """An amount written without currency takes one named elsewhere in its sentence, else the
    one its note gives (:func:`~lvmh_pipeline.lib.concepts.budgets.note_currency.note_currency`)."""
    if amount.currency_marked:
        return amount
    span = (amount.start, amount.end)
    code = phrase_currency(text, s_start, s_end, span) or note_currency(text, span)
    return amount if code is None else amount.in_currency(code)


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
    text: str, language: str | None = None, *, normalized: NormalizedText | None = None, taxonomy: Taxonomy | None = None
) -> Budget | None:
    """The first budget statement of ``text`` (see :func:`parse_budget`); ``normalized`` lets
    a caller that already folded the text skip that step."""
    if not text:
        return None
    lex = budget_lexicon(taxonomy)
    nt = normalized or normalize(text)
    work = money_forms(text, language)  # same length: "1.5w" -> "1.5万", "3000欧" -> "3000€"
    budget = cantonese_dollars(_find(work, nt, lex, language), text, language)
    return budget if budget is None or work is text else original_spans(budget, text)


def _find(text: str, nt: NormalizedText, lex: BudgetLexicon, language: str | None) -> Budget | None:
    for f_start, f_end, _ in lex.keywords.find(nt.folded):
        k_start, k_end = nt.to_original(f_start, f_end)
        s_start, s_end = _sentence_bounds(text, k_start)
        amount = _amount_after(text, k_start, k_end, s_start, s_end, language) or _amount_before(
            text, s_start, k_start, language
        )
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
            amount = comma_first(text, shared_unit(text, _corrected(text, amount, language), k_end), k_end, language)
            if amount.words:
                amount = han_pair_first(text, amount)  # "预算三四万"
            amount = total_after(text, stretched(text, amount, s_end, language), s_end, language)
            anchor = (min(k_start, first_start), max(k_end, amount.end))
        flex = _near(nt, lex.flexible, s_start, s_end, anchor)
        return _budget(text, amount, anchor, flex, unlimited, keyword_tied=True)
    if not has_currency_sign(text) and not _currency_words().find(nt.folded):
        return _thousands_amount(text, nt, lex, language)
    for match in find_amount_matches(text, marked_only=True):  # "tremila euro", "deux mille euros"
        amount = parse_amount(match, language)
        if amount is None or not _is_money_like(text, match, amount, keyword_tied=False):
            continue
        if amount.words and not (amount.big and amount.currency_marked) and not _approximate_spelled(text, amount, language):
            continue
        budget = _unanchored(text, nt, lex, match, amount)
        if budget is not None:
            return budget
    return _thousands_amount(text, nt, lex, language)  # "About 4K in euros", "won't go above 8k"


def _approximate_spelled(text: str, amount: Amount, language: str | None) -> bool:
    """A spelled amount under a thousand with a currency after an approximation word ("à volta
    dos quinhentos euros", "iets van drie-, vierhonderd euro")."""
    if not amount.currency_marked or not amount.high >= _MIN_SPELLED_EUR:
        return False
    return approximated(text, comma_first(text, amount, max(0, amount.start - 40), language).start)


def _unanchored(text: str, nt: NormalizedText, lex: BudgetLexicon, match: AmountMatch, amount: Amount) -> Budget | None:
    """The budget of an amount with no budget word before it, or None for a price already paid
    in its sentence ("Bought a Rolex last year for €12,000")."""
    s_start, s_end = _sentence_bounds(text, match.start)
    if _PAST_PURCHASE.search(text, s_start, match.start) or _BALANCE.search(text, s_start, match.start):
        return None
    amount = _with_cue_after(text, _bounded(amount, bound_before(text[s_start : match.start])))
    amount = comma_first(text, _in_phrase_currency(text, amount, s_start, s_end), s_start, None)
    amount = total_after(text, stretched(text, amount, s_end, None), s_end, None)
    flex = _near(nt, lex.flexible, s_start, s_end, (amount.start, amount.end))
    return _budget(text, amount, (amount.start, amount.end), flex, None, keyword_tied=False)


# A price already paid, before an amount with no budget word in its sentence, is not a budget.
_PAST_PURCHASE = re.compile(
    r"(?i:\b(?:bought|purchased|paid|acheté|achetée|achetés|payé|payée|comprato|comprata|pagato|pagata|"
    r"compró|compré|pagó|gekauft|bezahlt|comprou|pagou|gekocht|betaald|купил|купила|заплатил|заплатила)\b)"
    r"|買った|購入した|購入済|샀|구매했|구입했|买了|购买了|買了|اشترى|اشترت|دفعت|دفع"
)
# A balance or a refund, before an amount with no budget word in its sentence, is money owed, not a budget.
_BALANCE = re.compile(
    r"(?i:\b(?:solde|reste à payer|reste dû|restant dû|balance due|balance of|outstanding|amount due|left to pay|"
    r"saldo|restante|resto da pagare|da saldare|pendiente de pago|em dívida|restbedrag|nog te betalen|openstaand|"
    r"restbetrag|offener betrag|noch offen|остаток|доплата|refund|remboursement|rimborso|reembolso|terugbetaling|"
    r"rückerstattung)\b)"
)
# The smallest amount spelled under a thousand, with a currency and an approximation word, read as a budget.
_MIN_SPELLED_EUR = 100.0
# The smallest thousands amount read as a budget with neither keyword nor currency (EUR).
_MIN_THOUSANDS_EUR = 500.0


def _thousands_amount(text: str, nt: NormalizedText, lex: BudgetLexicon, language: str | None) -> Budget | None:
    """A budget written as digits with a thousands multiplier and nothing else ("bis 5 Tsd.",
    "до 300 тыс.", "~8k", "3-4K"): telegraphic notes state budgets this way. Ages, counts and
    units after the amount ("10k followers") are not budgets."""
    digit_amounts = [(match, parse_amount(match, language)) for match in find_amount_matches(text, words=False)]
    for match, amount in digit_amounts:
        if amount is None or not (amount.multiplier and amount.big) or _UNIT_AFTER.match(text, match.end):
            continue
        if counted_after(text, match.end, language):  # "3万字"
            continue
        if max(v for v in (amount.low, amount.high) if not math.isnan(v)) < _MIN_THOUSANDS_EUR:
            continue
        budget = _unanchored(text, nt, lex, match, amount)
        if budget is not None:
            return budget
    for match, amount in bare_candidates(text, language, lambda at: _sentence_bounds(text, at)[0], _UNIT_AFTER,
                                         digit_amounts):
        budget = _unanchored(text, nt, lex, match, amount)
        if budget is not None:
            return budget
    for match, amount in cued_candidates(text, language, _UNIT_AFTER):  # "300만 정도", "3千左右"
        budget = _unanchored(text, nt, lex, match, amount)
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
