"""Amounts a speaker takes back or says again right after the amount a budget was first said with
(read by :mod:`..budget` after :mod:`.keyword_amounts` and the readers without a keyword):

- a correction lets the later amount win ("5K, no wait, 7K", "200.000 TWD… nein, sie rechnet in Euro:
  6K"), keeping the bound the first was said with ("max five hundred, no, eight hundred") unless the later one
  names a currency of its own ("bis zwei Millionen Yen, dann korrigiert und gesagt fünfzehntausend Euro"), also after a
  short aside ("two grand or so, she said, no, up to three thousand": the later one with its own bound);
- a later amount that leaves the unit of the one it corrects unsaid takes it ("300 тысяч, нет, 400",
  "seimila, anzi sette", "삼백만 원, 아니 사백", "四万，不对，四万五" / "四万，不对，五"); in Italian
  "sei e cinque" after thousands is six and a half of them, as "seimila e cinque" is 6,500;
- a correction the speaker says is acceptable as well ("twelve hundred, no, fifteen hundred is fine
  too", "rond de duizend, nee, twaalfhonderd kan ook", "三万，不对，四万也行") widens the budget to a
  range from the first amount to the later one instead;
- a false start said again in full (:func:`restarted`; :func:`false_start` for a lone first word said
  again with its unit and hundreds: "quattro, quattromila duecento").
"""

from __future__ import annotations

import math
import re

from lvmh_pipeline.lib.concepts.budgets.amounts import Amount, parse_amount
from lvmh_pipeline.lib.concepts.budgets.budget_bounds import CAP, OPEN, bound_after, bound_before, correction_end
from lvmh_pipeline.lib.concepts.budgets.money import EUR_PER_UNIT, MAN_WON_BELOW, AmountMatch, find_amount_matches, phrase_currency
from lvmh_pipeline.lib.concepts.budgets.readers.keyword_amounts import (
    _bounded, _is_money_like, _sentence_bounds, _with_cue_after, _word_count,
)

__all__ = ["corrected", "false_start", "restarted"]

_MAX_WORDS_AFTER_CORRECTION = 6  # "200.000 TWD… nein, sie rechnet in Euro: 6K"
# A number glued to an ordinal ending ("40th", "18e", "60ème", "30º", "50-летие") counts no money.
_ORDINAL_AFTER = re.compile(r"(?:st|nd|rd|th|e|er|ère|ème|eme|º|ª|°|-?[йяе]|-?го|-?летие|-?летию)(?![^\W\d_])", re.IGNORECASE)
_UNIT_RATIO = 3.0  # a later amount read in the first one's unit is at most this far from it


_MAX_CORRECTIONS = 4  # a chain of corrections ("12k → 15k → finally 14k"): the last figure wins


def corrected(text: str, amount: Amount, language: str | None) -> Amount:
    """``5K, no wait, 7K`` / ``200.000 TWD… nein, sie rechnet in Euro: 6K`` / ``6k → 8k``: the later amount
    of the phrase wins (its own or the phrase's currency; else the corrected amount's); said as
    acceptable too ("…, no, 7K would be fine too"), the two make a range. A chain of corrections
    ("€6,000 → €8,000 → €7,500", "5K, no, 6K, no, 7K") ends on its last figure."""
    for _ in range(_MAX_CORRECTIONS):
        later = _corrected_once(text, amount, language)
        if later is amount or later.end <= amount.end:
            return later
        amount = later
    return amount


def _corrected_once(text: str, amount: Amount, language: str | None) -> Amount:
    """The amount that corrects ``amount`` once (see :func:`corrected`), else ``amount``."""
    marker_end = correction_end(text, amount.end)
    if marker_end is None:
        marker_end = _late_correction(text, amount.end)
    if marker_end is None:
        return amount
    _, stop = _sentence_bounds(text, marker_end)
    for match in find_amount_matches(text, marker_end, stop):
        if _word_count(text[marker_end : match.start]) > _MAX_WORDS_AFTER_CORRECTION:
            break
        if _ORDINAL_AFTER.match(text, match.end):
            continue  # "fifteen grand I mean, for her 40th": an age or a rank, not the later amount
        later = parse_amount(match, language)
        if later is not None:
            later = _in_first_unit(text, match, later, amount)
        if later is not None and amount.man_won and later.currency == "KRW" and not later.currency_marked \
                and not later.man_won and later.high / EUR_PER_UNIT["KRW"] < MAN_WON_BELOW:
            # "한 팔백? 아니 천까지": the correction counts in 만 as the amount it corrects did
            later = Amount(later.low * 1e4, later.high * 1e4, "KRW", False, True, later.start, later.end, later.words,
                           True, 1e4, True)
        if later is None or not _is_money_like(text, match, later, keyword_tied=True):
            continue
        kept = None if _other_currency(amount, later) else _bound_of(amount)  # "up to 2M yen, no, 15K euros": said anew
        later = _with_cue_after(text, _bounded(later, bound_before(text[marker_end : match.start]) or kept))
        if not later.currency_marked:
            code = phrase_currency(text, marker_end, stop, (later.start, later.end))
            code = code or (amount.currency if amount.currency_marked else None)
            if code is not None:
                later = later.in_currency(code)
        return _upper_taken_back(amount, _also_fine(text, amount, later))
    return amount


# A short aside between an amount and its correction ("a couple of grand either way, he said, well no, …"):
# at most this many words, no number, no sentence end; only a plain "no" / "non" / "nee" … opens the correction.
_ASIDE_WORDS = 5
_ASIDE_PAUSE = re.compile(r",")
_LATE_MARKER = re.compile(
    r"[\s,]*(?i:well,? no|oh no|ah no|no|non|não|nee|nein|нет|anzi|sorry|pardon|scusa|perdón|perdona)(?![^\W\d_])"
)


def _late_correction(text: str, end: int) -> int | None:
    """End of a correction said after a short aside that follows the amount ending at ``end``
    ("… either way, he said, well no, he said up to twelve thousand"), or None."""
    _, stop = _sentence_bounds(text, end)
    for pause in _ASIDE_PAUSE.finditer(text, end, min(stop, end + 60)):
        if not _LATE_MARKER.match(text, pause.start()):
            continue  # an aside only grows: checking it at the first marker covers the pauses before
        aside = text[end : pause.start()]
        if _word_count(aside) > _ASIDE_WORDS or any(ch.isdigit() for ch in aside) \
                or next(find_amount_matches(text, end, pause.start()), None) is not None:
            return None
        return correction_end(text, pause.start())
    return None


def _upper_taken_back(amount: Amount, later: Amount) -> Amount:
    """A range whose upper end alone is taken back ("오백에서 칠백, 아니 팔백까지", "between 5 and 7K, no, up
    to 8K"): the later amount, a cap or a single amount above the range, moves the top and the range keeps its
    bottom."""
    if not amount.low < amount.high or later.currency != amount.currency or math.isnan(later.high):
        return later
    if not (math.isnan(later.low) or later.low == later.high) or not amount.high < later.high <= amount.high * _UNIT_RATIO:
        return later
    return later._replace(low=amount.low, start=min(amount.start, later.start))


_MAN = frozenset("만万萬")
# "sei e cinque" (after thousands): six and a half thousand, as in "seimila e cinque".
_HALF_UNIT_JOIN = re.compile(r"[ \u00a0]e[ \u00a0]")


def _in_first_unit(text: str, match: AmountMatch, later: Amount, amount: Amount) -> Amount:
    """``later`` read in the unit of the ``amount`` it corrects when it leaves that unit unsaid."""
    if later.currency_marked or later.big or not amount.big or later.man_won:
        return later
    if not later.multiplier and later.scale == 1 and amount.scale > 1 and not later.words:
        # "300 тысяч, нет, 400": the bare number keeps the corrected amount's unit
        return Amount(later.low * amount.scale, later.high * amount.scale, later.currency, later.currency_marked,
                      True, later.start, later.end, False, amount.big, amount.scale)
    capped = math.isnan(later.low)  # "천만 원, 아니 천오백까지": a cap counted in the same unit
    ranged = not capped and later.low != later.high  # "drei tausend, nein, vier bis fünf": a range in the same unit
    if math.isnan(later.high) or (ranged and later.words is False) or _noun_after(text, match.end):
        return later
    rate = EUR_PER_UNIT[later.currency]
    written = later.high / rate
    q2 = match.q2
    if q2 is not None and match.q1.value < 10 and q2.value < 10 and _HALF_UNIT_JOIN.fullmatch(text, match.q1.end, q2.start):
        written = match.q1.value + q2.value / 10  # "sei e cinque"
    first = _largest(amount) / EUR_PER_UNIT[amount.currency]
    units = (amount.scale, 1e4) if _MAN.intersection(text[amount.start : amount.end]) else (amount.scale,)
    for unit in units:  # "이백만 원, 아니 이백오십": 250 in 만, not in 백만
        if unit > 1 and first / _UNIT_RATIO <= written * unit <= first * _UNIT_RATIO:
            value = written * unit * rate
            low = math.nan if capped else (later.low * unit if ranged else value)
            return Amount(low, value, later.currency, False, True, later.start, match.end, later.words, True, unit)
    return later


_WORD_NEXT = re.compile(r"[ \u00a0]?([^\W\d_]+)")


def _noun_after(text: str, end: int) -> bool:
    """A word right after an alphabetic number, other than a bound or an "also fine": the number counts it
    ("fünftausend, nein, zwei Kinder")."""
    word = _WORD_NEXT.match(text, end)
    if word is None or ord(word.group(1)[0]) >= 0x2E80:
        return False  # a pause, or a CJK / Hangul particle glued to the number ("삼백오십으로")
    return bound_after(text, end) is None and _ALSO_FINE.match(text, end) is None


# Said after the later amount: it is acceptable as well, the first one still is ("…, nein, zweitausend geht
# auch", "…, no, two thousand is fine too", "…, 不对，三万也行"): the two make a range.
_ALSO_FINE = re.compile(
    r"[ \u00a0,]*(?:(?i:(?:mag|kan|is|zou)[ \u00a0]+ook(?:[ \u00a0]+(?:wel|nog|goed|prima))?|ook[ \u00a0]+(?:goed|prima|oké|ok)|"
    r"(?:geht|ginge|passt|wäre|ist|darf)[ \u00a0]+(?:aber[ \u00a0]+)?auch(?![ \u00a0]+nicht)|auch[ \u00a0]+(?:okay|ok|gut|in ordnung)|"
    r"(?:is|would be|'s)[ \u00a0]+(?:also[ \u00a0]+(?:fine|ok|okay|alright)|(?:fine|ok|okay|alright)[ \u00a0]+(?:too|as well))|"
    r"(?:works|would work)[ \u00a0]+(?:too|as well)|also[ \u00a0]+(?:fine|ok|okay)|"
    r"(?:ça|ca)[ \u00a0]+(?:va|passe|irait)[ \u00a0]+aussi|c[' ’]est[ \u00a0]+(?:bon|ok|possible)[ \u00a0]+aussi|"
    r"(?:va|andrebbe|può andare)[ \u00a0]+(?:bene[ \u00a0]+)?(?:anche|pure)(?:[ \u00a0]+bene)?|anche[ \u00a0]+va[ \u00a0]+bene|"
    r"también[ \u00a0]+(?:vale|sirve|está bien|le va bien|puede ser)|(?:vale|sirve|está bien)[ \u00a0]+también|"
    r"também[ \u00a0]+(?:serve|dá|pode|está bom|tá bom|tá ótimo)|(?:serve|dá|tá bom)[ \u00a0]+também|"
    r"тоже[ \u00a0]+(?:можно|нормально|подойд[её]т|пойд[её]т|ок|окей)|"
    r"(?:كمان|برضو|برضه|بعد|أيضا|أيضاً|ايضا)[ \u00a0]+(?:ماشي|عادي|ممكن|مقبول|يمشي))(?![^\W\d_])|"
    r"也(?:行|可以|没问题|沒問題|ok|OK)|でも(?:いい|良い|大丈夫|構わない|かまわない|OK)|도[ \u00a0]?(?:괜찮|돼|되|가능))"
)


def _also_fine(text: str, amount: Amount, later: Amount) -> Amount:
    """The range from ``amount`` to ``later`` when the speaker says ``later`` is acceptable too, else ``later``."""
    if amount.low != amount.high or later.low != later.high or later.currency != amount.currency:
        return later
    if not amount.high < later.high <= amount.high * _UNIT_RATIO or _ALSO_FINE.match(text, later.end) is None:
        return later
    return later._replace(low=amount.low, start=min(amount.start, later.start))


def _bound_of(amount: Amount) -> str | None:
    """The bound a single corrected amount was said with, which its correction keeps ("max five hundred,
    no, eight hundred", "at least 5K, sorry, 6K"): CAP when only its maximum is known, OPEN when only its
    minimum is; None for a single amount or a range."""
    low, high = math.isnan(amount.low), math.isnan(amount.high)
    if low == high:
        return None
    return CAP if low else OPEN


def _other_currency(amount: Amount, later: Amount) -> bool:
    """The correction names a currency of its own, not the corrected amount's: the budget is said anew,
    without the bound the first amount had ("bis zwei Millionen Yen, nein, fünfzehntausend Euro")."""
    return amount.currency_marked and later.currency_marked and later.currency != amount.currency


# What a speaker leaves between a false start and the amount said again in full ("이천? 이천만 원").
_RESTART_GAP = re.compile(r"[\s,.…?？!、，\-–—]{1,4}")


def restarted(text: str, amount: Amount, language: str | None) -> Amount:
    """A false start said again in full right after ("이, 이천? 이천만 원까지", "two thousand, two
    thousand five hundred dollars"): the full amount, which starts with the same words, wins; so does
    the same amount said again as a cap ("两万，两万以内", "3K, 3K max"); a slightly larger cap said right
    after a whole amount closes a range ("한 이천, 이천오백까지": 2,000만 to 2,500만)."""
    gap = _RESTART_GAP.match(text, amount.end)
    if gap is None:
        return amount
    if not text.startswith(text[amount.start : amount.end], gap.end()):
        return _restated_range(text, amount, gap.end(), language)
    for match in find_amount_matches(text, gap.end(), min(len(text), gap.end() + 40)):
        later = parse_amount(match, language) if match.start == gap.end() else None
        if later is not None and _largest(later) == _largest(amount) and amount.low == amount.high:
            later = _with_cue_after(text, later)
            return later if math.isnan(later.low) and not math.isnan(later.high) else amount
        if later is not None and _largest(later) > _largest(amount):
            later = _with_cue_after(text, later)
            if amount.low == amount.high and math.isnan(later.low) and _largest(later) <= 2 * amount.high:
                return later.with_bounds(amount.low, later.high)
            return later
        break
    return amount


# Two consecutive Han digits before a unit ("三四万", "五六千"): a range the amount reader reads as its second digit.
_HAN_DIGITS = "一二三四五六七八九"
_HAN_PAIR = re.compile(r"一二|二三|三四|四五|五六|六七|七八|八九")


def _restated_range(text: str, amount: Amount, at: int, language: str | None) -> Amount:
    """A single amount said again right after as a range that ends on it ("五万，五六万吧", "한 오백? 사백에서 오백
    사이", "about 5K, 5 to 6K"): the range wins."""
    if amount.low != amount.high or math.isnan(amount.high) or at >= len(text) or text[at] in ",.;:!?、，。":
        return amount
    match = next(find_amount_matches(text, at, min(len(text), at + 40)), None)
    paired = match is not None and match.start == at + 1 and _HAN_PAIR.match(text, at) is not None
    if match is None or (match.start != at and not paired):
        return amount
    later = parse_amount(match, language)
    if later is not None and paired and later.low == later.high:  # "三四万": the first digit opens the range
        first, second = (_HAN_DIGITS.index(c) + 1 for c in text[at : at + 2])
        later = later.with_bounds(later.high * first / second, later.high)._replace(start=at)
    if later is None or later.currency != amount.currency or not later.low < later.high:
        return amount
    if later.low != amount.high and later.high != amount.high:
        return amount
    return later._replace(start=min(amount.start, later.start))


def _largest(amount: Amount) -> float:
    return max((v for v in (amount.low, amount.high) if not math.isnan(v)), default=0.0)


# The unit word a false start leaves out, and the hundreds the full amount then spells out
# ("quattro, quattromila duecento": four, then four thousand two hundred).
_UNIT_NEXT = re.compile(r"[ \u00a0-]?(?i:mila|mille|mil|tausend|duizend|thousand|тысяч[аиу]?|ألف|آلاف|الاف)|[万萬千천만]")
_HUNDREDS = re.compile(r"(?i:cento|hundred|hundert|honderd|cents?|cientos|ientos|centos|сот|ста|مئة|مائة)|[百백]")


def false_start(text: str, last: AmountMatch, amount: Amount) -> bool:
    """The number at ``last`` is the first word of ``amount`` said alone, then again with its unit and
    its hundreds in full ("quattro, quattromila duecento", "two, two thousand five hundred"): no range
    ("drie, drieënhalf duizend" and the colloquial "tre, tremila e cinque" are ranges)."""
    said = text[last.start : last.end]
    if text[amount.start : amount.start + len(said)].lower() != said.lower():
        return False
    unit = _UNIT_NEXT.match(text, amount.start + len(said))
    return unit is not None and _HUNDREDS.search(text, unit.end(), amount.end) is not None
