"""Budgets written with neither a budget word nor a currency next to them that are still money by
their form (:func:`spoken_candidates`): a spelled number with a money-only multiplier ("two grand", "a
couple of grand max", "fifteen K for both"), an amount priced per piece, head or person ("300-400 each",
"five hundred a piece", "deux cents chacun", "150 pro Person", "uns 120 cada") or after a CJK per-item
word ("每盒800以内", "개당 10만"); amounts are read only in a short window before a cue word, so a note
without one costs one Aho-Corasick pass. And an amount spelled in words that a spoken hedge makes a
budget (:func:`spelled_candidates`: "mille, mille cinq cents", "around six hundred, maybe seven", "dos
mil quinientos más o menos").

The caller (:func:`~lvmh_pipeline.lib.concepts.budgets.budget.find_budget`) still drops prices already
paid and reads the currency named in the sentence ("…, pounds").
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

from lvmh_pipeline.lib.common.literals import Literals
from lvmh_pipeline.lib.concepts.budgets.amounts import Amount, parse_amount
from lvmh_pipeline.lib.concepts.budgets.readers.bare_amounts import _may_spell_hundreds, approximated
from lvmh_pipeline.lib.concepts.budgets.budget_bounds import CAP, bound_after, bound_before, correction_end
from lvmh_pipeline.lib.concepts.budgets.money import AmountMatch, find_amount_matches
from lvmh_pipeline.lib.concepts.budgets.numbers.quantities import is_year

__all__ = ["spelled_candidates", "spoken_candidates"]

_MIN_EUR = 100.0
_MAX_EUR = 5_000_000.0
# "grand" is money by itself; "K" after a spelled number ("fifteen K") is thousands of money. A race
# ("a five K run"), a grand piano or grand-children are not.
_MONEY_MULTIPLIER = re.compile(r"(?i:(?:\bgrand|(?<=[^\W\d_]) k))$")
_NOT_MONEY_AFTER = re.compile(
    r"(?i:-|[ \u00a0]?(?:run|race|runs|races|walk|marathon|pianos?|children|kids|sons?|daughters?|nieces?|nephews?|"
    r"slams?|tours?|openings?|prix|masters?|halls?|gestures?)\b)"
)
# A price per piece, head or person right after the amount. Bare count nouns ("Stück", "stuk",
# "unità", "pièce") are left out: "500 Stück" counts pieces.
_PER_PIECE = re.compile(
    r"[ \u00a0]*(?:-?ish[ \u00a0]*)?(?:each|apiece|a piece|per piece|a pop|a head|per head|a person|per person|"
    r"per gift|each one|chacun|chacune|la pièce|par personne|par tête|ciascuno|ciascuna|l'uno|l'una|a testa|"
    r"a persona|cada uno|cada una|cada um|cada uma|cada(?=[ \u00a0]*(?:[,.;:!?)]|$))|por cabeza|por persona|por pessoa|pro person|pro kopf|je person|"
    r"pro stück|je stück|per persoon|per stuk|per stuks|каждому|каждый|за штуку|на человека|لكل واحد|لكل قطعة|للقطعة|"
    r"/[ \u00a0]?(?:шт|pc|pcs|pièce|pz|stk|stuk|pza|peça|piece))"
    r"(?![^\W\d_])(?![ \u00a0]+of\b)",  # "200 each of the tags" counts tags
    re.IGNORECASE,
)
# A per-item marker right before the amount in Chinese, Japanese and Korean ("每盒800以内", "每个五百",
# "单价不超过3千", "개당 10만", "1点あたり2万円"): a price, even a small one.
_PER_ITEM_BEFORE = re.compile(
    r"(?:每[个個件份条條盒位人只支瓶套款]?|单价|單價|人均|개당|인당|장당|1個|1点|一点)(?:あたり)?[ \u00a0:：]*"
    r"(?:不超过|不超過|最多|大概|约|約|大约|한)?[ \u00a0]*$"
)
_PER_ITEM_MIN_EUR = 20.0
# Literals every cue holds (lowercase): amounts are read only in a short window before each one.
_CUES = Literals(("grand", " k", "each", "apiece", "a piece", "per piece", "a pop", "a head", "per head", "a person",
                  "per person", "per gift", "chacun", "la pièce", "par personne", "par tête", "ciascun", "l'uno", "l'una",
                  "a testa", "a persona", "cada", "por cabeza", "por persona", "por pessoa", "pro person",
                  "pro kopf", "je person", "pro stück", "je stück", "per persoon", "per stuk", "кажд", "за штуку",
                  "на человека", "لكل", "للقطعة", "/шт", "/ шт", "/pc", "/pièce", "/pz", "/stk", "/stuk", "/peça", "/piece",
                  "每", "单价", "單價", "人均", "개당", "인당", "장당", "1個", "1点", "一点"))
_WINDOW = 48  # characters before a cue where its amount may start


def _value(amount: Amount) -> float:
    values = [v for v in (amount.low, amount.high) if not math.isnan(v)]
    return max(values) if values else math.nan


def _money_form(text: str, match: AmountMatch, amount: Amount) -> bool:
    """A spelled amount ending in "grand" or "K", or any amount priced per piece or person."""
    if amount.words and amount.big and _MONEY_MULTIPLIER.search(text, match.start, match.end):
        return _NOT_MONEY_AFTER.match(text, match.end) is None
    if is_year(match.q1.digits or "") and match.q2 is None:
        return False
    return _PER_PIECE.match(text, match.end) is not None


def spoken_candidates(text: str, language: str | None, unit_after: re.Pattern[str]) -> Iterator[tuple[AmountMatch, Amount]]:
    """(match, amount) of each amount of ``text`` that its form makes a budget (see the module);
    ``unit_after`` lists the units that make a number something else ("years", "guests")."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return
    consumed = scanned = 0
    for cue in sorted(_CUES.starts(lowered)):
        if cue < scanned:
            continue  # read with the cue before it
        lo = max(consumed, text.rfind(" ", 0, max(0, cue - _WINDOW)) + 1)
        scanned = cue + 8
        for match in find_amount_matches(text, lo, anchor_end=scanned):
            consumed = match.end
            if match.q1 is None or unit_after.match(text, match.end):
                continue
            amount = parse_amount(match, language)
            if amount is None or amount.currency_marked:
                continue
            value = _value(amount)
            if _MIN_EUR <= value <= _MAX_EUR and _money_form(text, match, amount):
                yield match, amount
            elif _PER_ITEM_MIN_EUR <= value <= _MAX_EUR and _PER_ITEM_BEFORE.search(text, max(0, match.start - 12), match.start):
                yield match, amount


# Hedges said after a spelled amount ("dos mil quinientos más o menos", "zweihundert oder so").
_HEDGE_AFTER = re.compile(
    r"(?i:[ \u00a0]*,?[ \u00a0]*(?:or so|-?ish|tops|max|maxi|more or less|give or take|environ|à peu près|plus ou moins|"
    r"más o menos|mas o menos|aproximadamente|o così|più o meno|circa|mais ou menos|oder so|ungefähr|etwa|"
    r"ongeveer|of zo|zo ongeveer|примерно|или около того)(?![^\W\d_]))"
)
_COMMA_BEFORE = re.compile(r",[ \u00a0]*$")


def spelled_candidates(text: str, language: str | None, unit_after: re.Pattern[str]) -> Iterator[tuple[AmountMatch, Amount]]:
    """(match, amount) of each amount spelled in words, with no currency, that a hedge makes a budget:
    an approximation or a cap word before it ("around six hundred", "bis zweihundert"), a hedge after it
    ("dos mil quinientos más o menos"), a correction and another amount after it ("vingt mille, non,
    douze mille") or a smaller spelled number said just before it, a comma apart
    ("mille, mille cinq cents", "drie, drieënhalf duizend"), or a hedged number said just before it and
    taken back ("tot ongeveer vier… nee, vierduizend"): the way a spoken budget is said."""
    if not _may_spell_hundreds(text):
        return
    previous_end, previous_value, previous_hedged = -1, math.nan, False
    for match in find_amount_matches(text, words=True):
        amount = parse_amount(match, language) if match.q1 is not None else None
        if amount is None or not amount.words or amount.currency_marked or unit_after.match(text, match.end):
            continue
        paired = 0 <= previous_end and _COMMA_BEFORE.search(text, previous_end, match.start) is not None and (
            match.start - previous_end <= 3 and previous_value < match.q1.value * (match.q2.lead_scale if match.q2 else 1))
        taken_back = previous_hedged and _taken_back(text, previous_end, match.start)
        before = text[max(0, match.start - 24) : match.start]
        hedged = approximated(text, match.start) or bound_before(before) is not None
        previous_end, previous_value, previous_hedged = match.end, match.q1.value, hedged
        if not _MIN_EUR <= _value(amount) <= _MAX_EUR:
            continue
        if paired or taken_back or hedged or _HEDGE_AFTER.match(text, match.end) or _capped_after(text, match.end) \
                or _corrected_after(text, match.end):
            yield match, amount


_SAID_AGAIN_WORDS = 2  # between a correction and the amount said instead: "sagen wir", "let's say"


def _corrected_after(text: str, end: int) -> bool:
    """A correction right after the spelled amount ending at ``end`` and another amount said
    instead ("vingt mille, non, douze mille", "cinquenta mil, não, quarenta e cinco"): a figure said
    then taken back is a spoken budget (the later one wins, :func:`..corrections.corrected`)."""
    marker_end = correction_end(text, end)
    if marker_end is None:
        return False
    later = next(find_amount_matches(text, marker_end, min(len(text), marker_end + 40)), None)
    return later is not None and len(text[marker_end : later.start].split()) <= _SAID_AGAIN_WORDS


def _taken_back(text: str, previous_end: int, start: int) -> bool:
    """A hedged number said just before, then taken back for this one ("bis etwa vier… nein,
    viertausendfünfhundert", "около ста, нет, двухсот тысяч")."""
    if start - previous_end > 40:
        return False
    marker_end = correction_end(text, previous_end)
    return marker_end is not None and marker_end <= start and len(text[marker_end:start].split()) <= _SAID_AGAIN_WORDS


# A pause and a filler after a spelled amount, before a second number ("vingt mille, vingt-cinq maximum").
_PAUSE = re.compile(r"[ \u00a0]*,[ \u00a0]*(?:(?:euh|uh|um|er|eh|ehm|äh|ну|э-э|э)[ \u00a0]*,?[ \u00a0]*)?")


def _capped_after(text: str, end: int) -> bool:
    """A second number said after a pause as a cap ("vingt mille, vingt-cinq maximum", "миллион, ну максимум
    полтора", "dos mil, dos mil quinientos como mucho"): the first is a spoken budget's lower end."""
    pause = _PAUSE.match(text, end)
    if pause is None:
        return False
    for later in find_amount_matches(text, pause.end(), min(len(text), pause.end() + 40)):
        gap = text[pause.end() : later.start]
        if len(gap.split()) > 1:
            return False
        found = bound_after(text, later.end)
        return bound_before(gap) == CAP if gap.strip() else found is not None and found[0] == CAP
    return False
