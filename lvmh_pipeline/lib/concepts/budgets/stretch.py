"""A budget that may stretch: "Budget 3K, peut monter à 5K", "Budget 5K, kann auch 7K werden",
"Orçamento 5 mil, pode ir até 6 mil", "3K, could stretch to 4K", "5 mila, al massimo 6",
"الميزانية 10 آلاف، ممكن توصل 15", "ocho mil, puede estirarse a diez": a single amount followed in its
sentence by a higher one that a stretch or cap word introduces is the range (first, second); a second
amount that leaves the first one's 만 / 万 unsaid takes it ("천오백만 원 정도, 최대 이천까지").
"""

from __future__ import annotations

import math
import re

from lvmh_pipeline.lib.concepts.budgets.budget_bounds import CAP, OPEN, bound_after, bound_before
from lvmh_pipeline.lib.concepts.budgets.amounts import Amount, parse_amount
from lvmh_pipeline.lib.concepts.budgets.money import CAP_SUFFIXES, EUR_PER_UNIT, find_amount_matches
from lvmh_pipeline.lib.concepts.budgets.if_needed import condition_after
from lvmh_pipeline.lib.concepts.budgets.readers.corrections import false_start
from lvmh_pipeline.lib.concepts.budgets.totals import total_before, total_word_in

__all__ = ["comma_first", "han_pair_first", "restated_start", "shared_unit", "stretched"]

_MAX_GAP_WORDS = 6
_MAX_RATIO = 3.0  # "5K, kann auch 7K werden"; a much larger second amount is something else
_MAN_UNITS = frozenset("만万萬")
_HALF_JOIN = re.compile(r"[ \u00a0]e[ \u00a0]")  # "tre e cinque" after thousands: 3.5 of them
_DATE_AFTER = re.compile(r"\.?\s*(?:[^\W\d_]|\d)")  # "bis 20. Mai", "bis 20.5.": a date, not an amount
# Stretch words between the two amounts (lower-case; matched as whole words or, for dense
# scripts, as substrings).
_STRETCH = re.compile(
    r"(?<![^\W\d_])(?:stretch|stretches|stretching|go to|go up to|going to|push to|up to|or even|even|maybe|possibly|perhaps|"
    r"peut-être|forse|quizás|quizá|tal vez|talvez|vielleicht|misschien|"
    r"voire|monter|monter à|aller jusqu|extensible|jusqu|quitte à|éventuellement|"
    r"kann auch|auch|notfalls|kann auf|könnte auf|geht auf|zur not|eventuell|höchstens|bis|"
    r"arrivare|arriva|fino a|eventualmente|magari|anche|al massimo|massimo|"
    r"llegar|llega|hasta|incluso|como máximo|máximo|estirarse|estirar|estira|estirarlo|subir|sube|"
    r"ir até|chegar|até|no máximo|eventualmente|esticar|estica|subir|sobe|"
    r"salire|sale|spingersi|spingere|allungarsi|aufstocken|hochgehen|raufgehen|rekken|oprekken|"
    r"растянуть|поднять|подняться|дотянуть|"
    r"eventueel|desnoods|tot|maximaal|hooguit|"
    r"можно до|может до|до|максимум|может|возможно|"
    r"توصل|يوصل|تصل|يصل|لحد|حتى|ممكن)(?![^\W\d_])"
    r"|最多|最高|까지|최대|まで|可以到|能到|可到|加到",
    re.IGNORECASE,
)
# Only a comma between two amounts said as a range ("3 000, 4 000 euros", "sei, settemila"): the
# second one is at most this much larger.
_COMMA_GAP = re.compile(  # "vier-, vijfhonderd": a suspended hyphen; "mille euros, euh mille deux": a filler;
    # "сто пятьдесят, ну максимум сто восемьдесят тысяч": a cap word before the second number
    r"-?\s*[,،，、]\s*(?:(?:euh|uh|um|er|erm|ehm|eh|äh|ähm|э-э|э|ну)\s*[,…]?\s*)?"
    r"(?:(?:max|maximum|tops|at most|höchstens|maximal|maximo|máximo|massimo|максимум|максимально)\s+)?", re.IGNORECASE
)
_COMMA_RATIO = 1.5
_NEGATED = re.compile(r"(?<![^\W\d_])(?:not|pas|nicht|non|não|niet|не|لا)(?![^\W\d_])", re.IGNORECASE)


# Only a "maybe" between a range and a higher amount ("5-6K, maybe 7"): no stretch of the range.
_MAYBE = re.compile(r"[\s,;…]*(?:(?:uh|um|er|euh|äh|eh|ehm)[\s,…]+)?(?i:maybe|perhaps|possibly|peut-être|peut être|forse|magari|"
                    r"quizás|quizá|tal vez|talvez|vielleicht|misschien|может быть|возможно)[\s,…]*")
_MAYBE_END = re.compile(_MAYBE.pattern + "$")  # "max 1000, well, maybe 1200": a higher cap


def _capped(text: str, match) -> bool:
    """The later amount is said as a cap itself ("百万円くらい、まあ百二十万までなら大丈夫", "한 천, 천오백 이하"):
    a cap suffix or a cap word right after it."""
    if match.suffix in CAP_SUFFIXES:
        return True
    after = bound_after(text, match.end)
    return after is not None and after[0] == CAP


def _later(text: str, amount: Amount, match, language: str | None) -> float | None:
    """The value of the amount at ``match`` in ``amount``'s currency and unit, or None when it
    is no amount ("bis 20. Mai", a bare "2 kids")."""
    later = parse_amount(match, language)
    if later is None:
        return None
    unitless = not (later.multiplier or later.currency_marked)  # "…, maybe twenty-five": the first one's unit
    if not later.currency_marked and later.currency != amount.currency:
        later = later.in_currency(amount.currency)
    value = later.high if not math.isnan(later.high) else later.low
    bare = unitless and not later.words
    if bare and text[later.end : later.end + 1] == "." and _DATE_AFTER.match(text, later.end) and (
        later.end - match.start <= 2  # "bis 20. Mai"; not "máximo 4.500. Les encantó…"
    ):
        return None
    reference = amount.high if not math.isnan(amount.high) else amount.low
    q1, q2 = match.q1, match.q2
    if q2 is not None and amount.scale > 1 and q1.value < 10 and q2.value < 10 and _HALF_JOIN.fullmatch(text, q1.end, q2.start):
        return (q1.value + q2.value / 10) * amount.scale * EUR_PER_UNIT[amount.currency]  # "tremila, tre e cinque": 3,500
    if _MAN_UNITS.intersection(text[amount.start : amount.end]) and not _MAN_UNITS.intersection(text[match.start : match.end]) \
            and reference < value * 1e4 <= reference * _MAX_RATIO:
        return value * 1e4  # "천오백만 원 정도, 최대 이천까지": the second one's 만 (万) left unsaid
    if unitless and amount.scale > 1 and value < reference:
        return value * amount.scale  # "5 mila, al massimo 6": the bare number keeps the first one's unit
    return None if bare and value < 100 else value


def _in_later_currency(amount: Amount, match, language: str | None) -> Amount:
    """``amount`` read in the currency written with the later amount when it has none ("a couple
    grand, maybe £2.5k": pounds)."""
    if amount.currency_marked:
        return amount
    later = parse_amount(match, language)
    if later is None or not later.currency_marked or later.currency == amount.currency:
        return amount
    return amount.in_currency(later.currency)


_RESTATED_GAP = re.compile(r"[\s,，、…:：—–?？-]*(?:(?:uh|um|er|euh|äh|ähm|eh|ehm|嗯|呃|那个|まあ|えー|음|어|아)[\s,，、…]*)?")  # "5K… uh, 5-6K"


def _restated(amount: Amount, later: Amount | None) -> Amount | None:
    """``later`` when it is a range that starts at ``amount`` (said again, then widened), else None."""
    if later is None or math.isnan(later.low) or math.isnan(later.high) or later.low >= later.high:
        return None
    if not later.currency_marked and later.currency != amount.currency:
        later = later.in_currency(amount.currency)
    return later if abs(later.low - amount.low) <= 0.01 * amount.low else None


def _said_as_pair(text: str, match, stop: int, language: str | None) -> Amount | None:
    """The amount at ``match``, or the range it opens with the next one ("cinq mille, cinq six mille": 5-6K)."""
    later = parse_amount(match, language)
    if later is None or later.multiplier or not later.words:
        return later
    pair = next(find_amount_matches(text, match.end, stop), None)
    second = parse_amount(pair, language) if pair is not None else None
    return comma_first(text, second, match.start, language) if second else later


def stretched(text: str, amount: Amount, stop: int, language: str | None) -> Amount:
    """``amount`` widened by the amount a stretch or bound word introduces after it in
    ``text[amount.end:stop]``: "3K, peut monter à 5K" and "3-4K, voire 5K" raise the maximum,
    "fino a 5K, minimo 3K" and "3K minimum, up to 5K" give the missing bound."""
    low, high = amount.low, amount.high
    if math.isnan(low) and math.isnan(high):
        return amount
    for match in find_amount_matches(text, amount.end, stop):
        gap = text[amount.end : match.start]
        words = gap.split()  # a lone comma is no word: "around 3k, she was fine with up to 3.5"
        if len(words) - (words[:1] == [","]) > _MAX_GAP_WORDS or (_NEGATED.search(gap) and bound_before(gap) != CAP):
            return amount  # "…, not 5K"; but "…, pas plus de six" caps the range
        if total_before(gap):
            return amount  # "7.500 € pro Stück, gesamt max. 15.000": a total (:func:`.totals.total_after`), no stretch
        if low == high and _RESTATED_GAP.fullmatch(gap):
            restated = _restated(amount, _said_as_pair(text, match, stop, language))
            if restated is not None:
                return amount.with_bounds(restated.low, restated.high, max(match.end, restated.end))
        kind = bound_before(gap)
        value = _later(text, amount, match, language)
        if value is None:
            return amount
        end = match.end
        if math.isnan(low):  # "fino a 5K, minimo 3K": the lower bound; "under 3K, three and a half max": a higher cap
            if kind == OPEN and value < high:
                return amount.with_bounds(value, high, end)
            if (kind == CAP or _MAYBE_END.search(gap)) and high < value <= high * _MAX_RATIO and not total_word_in(gap) \
                    and not condition_after(text, end):  # "até uns quinze mil, no máximo dezoito", "max 1000, maybe 1200"
                return amount.with_bounds(low, value, end)
            raised = bound_after(text, end)
            capped = raised and raised[0] == CAP and high < value <= high * _MAX_RATIO and not condition_after(text, end)
            return amount.with_bounds(low, value, raised[1]) if capped else amount
        if math.isnan(high):  # "3K minimum, up to 5K": the upper bound
            return amount.with_bounds(low, value, end) if kind == CAP and low < value else amount
        if low < high and _MAYBE.fullmatch(gap):
            return amount  # "tra i sei e gli otto mila, forse nove": a range said, a higher maybe only makes it flexible
        if (_STRETCH.search(gap) or kind == CAP or _capped(text, match)) and high < value <= high * _MAX_RATIO:
            amount = _in_later_currency(amount, match, language)
            return amount.with_bounds(amount.low, value, end)
        if low == high and (_COMMA_GAP.fullmatch(gap) or not amount.currency_marked and _joined(text, match, amount, False)) \
                and high < value <= high * _COMMA_RATIO:
            return amount.with_bounds(low, value, end)  # "6 000, 7 000 €": a range said with a pause
        return amount
    return amount


_HAN_DIGITS = {"一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def han_pair_first(text: str, amount: Amount) -> Amount:
    """A Han amount read from its second digit ("五六万" read as 六万) whose first digit opens a range: 5万–6万."""
    if amount.start < 1 or math.isnan(amount.high) or amount.low != amount.high:
        return amount
    first, second = _HAN_DIGITS.get(text[amount.start - 1]), _HAN_DIGITS.get(text[amount.start])
    if first is None or second is None or not 0 < second - first <= 2:
        return amount
    if amount.start >= 2 and (text[amount.start - 2] in _HAN_DIGITS or text[amount.start - 2] in "十百千万萬"):
        return amount  # "二十五万", "一万五六千": no pair
    if text[amount.start + 1 : amount.start + 2] not in ("十", "百", "千", "万", "萬"):
        return amount  # "二三十万", "五六百万": tens or hundreds of a unit too
    return Amount(amount.high * first / second, amount.high, amount.currency, amount.currency_marked,
                  amount.multiplier, amount.start - 1, amount.end, amount.words, amount.big, amount.scale)


def restated_start(text: str, amount: Amount, start: int, language: str | None) -> int:
    """Where ``amount`` was first said when said twice in a row ("twelve hundred, twelve hundred pounds"), else its start."""
    last = None
    for match in find_amount_matches(text, max(start, amount.start - 40), amount.start):
        last = match
    if last is None or last.q2 is not None or not _COMMA_GAP.fullmatch(text, last.end, amount.start):
        return amount.start
    first = parse_amount(last, language)
    if first is None or first.currency_marked:
        return amount.start
    first = first.in_currency(amount.currency) if first.currency != amount.currency else first
    return last.start if abs(first.high - amount.high) <= 0.01 * amount.high else amount.start


def _joined(text: str, last, amount: Amount, later_first: bool = True) -> bool:
    """The number at ``last`` and ``amount`` are said as a range: a comma only between them, or, both
    spelled out, a space only ("cinque seimila", "veertig vijftigduizend", "trois cents quatre cents");
    ``later_first=False``: ``last`` is the later one."""
    if later_first and _COMMA_GAP.fullmatch(text, last.end, amount.start):
        return True
    first, second = ((last.start, last.end), (amount.start, amount.end)) if later_first else \
        ((amount.start, amount.end), (last.start, last.end))
    return amount.words and all(text[a:b].replace(" ", "").isalpha() for a, b in (first, second)) \
        and text[first[1] : second[0]] == " "


def comma_first(text: str, amount: Amount, start: int, language: str | None) -> Amount:
    """A single ``amount`` that a slightly smaller number before it, joined by a comma only (or a
    space, both spelled out), opens as a range ("3 000, 4 000 euros", "tremila, tremilacinque euro",
    "3, 4 duizend", "cinque seimila euro"); not a false start said again with its unit
    (:func:`~lvmh_pipeline.lib.concepts.budgets.readers.corrections.false_start`)."""
    if math.isnan(amount.high) or not (math.isnan(amount.low) or amount.low == amount.high):
        return amount
    if "," not in text[max(start, amount.start - 20) : amount.start] and not amount.words:
        return amount
    last = None
    for match in find_amount_matches(text, max(start, amount.start - 40), amount.start):
        last = match
    if last is None or last.q2 is not None or not _joined(text, last, amount):
        return amount
    first = parse_amount(last, language)
    if first is None or (first.currency_marked and first.currency != amount.currency) or false_start(text, last, amount):
        return amount
    if not first.currency_marked and first.currency != amount.currency:
        first = first.in_currency(amount.currency)
    value, scale = first.low, amount.scale
    if scale == 1 and amount.words and amount.multiplier and 100 <= amount.high / EUR_PER_UNIT[amount.currency] < 1000:
        scale = 100.0  # "drie-, driehonderdvijftig": hundreds
    if not first.multiplier and scale > 1 and value < amount.high / scale:
        value *= scale  # "3, 4 duizend": the bare number takes the second one's unit
    if not amount.high / _COMMA_RATIO <= value < amount.high:
        return amount
    return Amount(value, amount.high, amount.currency, amount.currency_marked, amount.multiplier, last.start,
                  amount.end, amount.words, amount.big, amount.scale)


# "entre 3 et 5 000 €", "tra i 3 e i 5 mila", "between 3 and 5K": a bare first number of a range
# that a connector and an article split from the amount shares its unit.
_SHARED_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:tra|fra|entre|between|zwischen|tussen|von|van|de|from|da|dai|desde|от|из|من|بين)\s+"
    r"(?:i|les|los|las|as|os|the|de|del|dei)?\s*(\d{1,3}(?:[.,]\d)?)\s*"
    r"(?:e|et|y|and|und|en|à|a|bis|tot|to|и|до|و|-|–)\s*(?:i|les|los|las|as|os|the|los)?\s*$",
    re.IGNORECASE,
)


def shared_unit(text: str, amount: Amount, start: int) -> Amount:
    """A single ``amount`` whose range began before it in ``text[start:amount.start]`` with a
    bare number in the same unit ("tra i 3 e i 5 mila" = 3,000-5,000)."""
    if math.isnan(amount.low) or amount.low != amount.high or amount.scale < 1000:
        return amount
    found = _SHARED_BEFORE.search(text, max(start, amount.start - 40), amount.start)
    if found is not None:
        first, first_start = float(found.group(1).replace(",", ".")), found.start(1)
    else:  # "two and a half maybe three grand", "4, maybe 5K"
        spoken = _spoken_first(text, max(start, amount.start - 40), amount.start)
        if spoken is None:
            return amount
        first, first_start = spoken
    low = first * amount.scale * EUR_PER_UNIT[amount.currency]
    if not amount.high / 10 <= low < amount.high:
        return amount
    return Amount(low, amount.high, amount.currency, amount.currency_marked, amount.multiplier, first_start,
                  amount.end, amount.words, amount.big, amount.scale)


# Between a bare first number and the amount that gives it its unit, in speech.
# A range word then a filler ("zwischen fünf und, äh, achttausend", "entre deux et, euh, trois mille") also joins them.
_SPOKEN_GAP = re.compile(
    r"[\s,…]*(?:(?:uh|um|er|erm)[\s,…]+)?(?:or maybe|or perhaps|maybe|perhaps|possibly|or|to|-|–|vielleicht|eventuell|peut-être|forse|quizás|quizá|tal vez|talvez|misschien|может быть|возможно|"
    r"(?:and|und|bis|et|à|e|y|en|tot|и|до)[\s,…]+(?:uh|um|er|erm|äh|ähm|öh|euh|eh|ehm|uhm|ну|э+|э-э)(?=[\s,…]))[\s,…]*"
    r"(?:(?:uh|um|er|erm)[\s,…]+)?", re.IGNORECASE,
)


def _spoken_first(text: str, lo: int, hi: int) -> tuple[float, int] | None:
    """(value, start) of a bare number said just before ``hi`` and joined to it by "maybe" / "or"
    ("two and a half maybe three grand"), or None."""
    last = None
    for match in find_amount_matches(text, lo, hi):
        last = match
    if last is None or last.q2 is not None or last.q1.multiplier or last.currencies:
        return None
    if not _SPOKEN_GAP.fullmatch(text, last.end, hi):
        return None
    return last.q1.value, last.start
