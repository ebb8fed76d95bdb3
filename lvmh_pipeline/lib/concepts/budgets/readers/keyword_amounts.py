"""The amount a budget keyword ties to (:mod:`.budget`): a few words after the keyword
("Budget 3-4K flexible") or right before it ("a 5K budget"), in its sentence, with the checks that
make a number money (not an age, a count, a year or an idiom: "a thousand thanks"), the bound cues
around it ("up to", "6K maximum") and the sentence's currency; a correction ("5K, no wait, 7K") is read
by :mod:`.corrections`.
"""

from __future__ import annotations

import math
import re

from lvmh_pipeline.lib.concepts.budgets.readers.bare_amounts import approximated
from lvmh_pipeline.lib.concepts.budgets.budget_bounds import (
    _CORRECTION_DENSE, _CORRECTION_FIRSTS, OPEN, bound_after, bound_before, correction_end, keyword_bound,
)
from lvmh_pipeline.lib.concepts.budgets.amounts import Amount, parse_amount
from lvmh_pipeline.lib.concepts.budgets.money import AmountMatch, find_amount_matches, phrase_currency
from lvmh_pipeline.lib.concepts.budgets.numbers.quantities import is_year
from lvmh_pipeline.lib.concepts.budgets.note_currency import bound_after_currency, note_currency
from lvmh_pipeline.lib.concepts.budgets.totals import per_item_after

_MAX_WORDS_AFTER_KEYWORD = 7  # "Budget extremely flexible, discussed 40K+"
_MAX_WORDS_BEFORE_KEYWORD = 2  # "a 5K budget", "50万円の予算"
# "." ends a sentence when followed by a space and not by a lowercase word or an amount
# ("500 тыс. рублей", "ca. 5K"); "3.500" never does.
# An abbreviated multiplier ("20 Tsd. Euro", "2 Mio. Euro", "300 тыс. Руб.") does not end one either,
# nor "max." before a currency code and its amount ("max. CHF 450").
# The stop character comes first so that a search skips other characters at C speed.
_SENTENCE_END = re.compile(
    r"[!?;.\n。！？؛](?:(?<=[!?;])(?=\s|$)|(?<=\.)(?<!Tsd\.)(?<!tsd\.)(?<!Mio\.)(?<!mio\.)(?<!Mln\.)(?<!mln\.)"
    r"(?<!тыс\.)(?<!млн\.)(?=\s|$)(?!\s+[\da-zà-öø-ÿа-яё€$£¥])(?!(?<=[mM][aá]x\.)\s+(?:[A-Z]{3}|[A-Z]{1,2}\$)[ \u00a0]?\d)|(?<=[\n。！？؛]))"
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
_WORD_AFTER = re.compile(r"[ \u00a0\u202f]?[^\W\d_]")
# A number written in words followed by one of these is an idiom ("mille mercis", "a thousand thanks").
_IDIOM_AFTER = re.compile(
    r"\s?(?:thanks|merci|mercis|grazie|gracias|obrigad[oa]s?|danke?|bedankt|спасибо|شكرا|reasons|raisons|ragioni|"
    r"razones|razões|gründe|redenen|причин|things|choses|cose|cosas|coisas|dinge|dingen|вещей|questions|domande|"
    r"preguntas|perguntas|fragen|vragen|вопросов|fois|keer|vezes|раз|words|mots|parole|palabras|worte|слов)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)


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


# A first number said before the amount, the pair a colloquial range ("drie-, driehonderdvijftig").
_FIRST_OF_PAIR = re.compile(r"(?<![^\W\d_])(?:eins|ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|een|twee|drie|vier|vijf|zes|"
                            r"zeven|acht|negen|deux|trois|quatre|cinq|six|sept|huit|neuf|two|three|four|five|six|seven|eight|"
                            r"nine|due|tre|quattro|cinque|sei|sette|otto|nove|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|"
                            r"dois|três|quatro|seis|sete|oito|nove)-?,\s*$", re.IGNORECASE)


def _approximated_pair(text: str, start: int) -> bool:
    """An approximation word right before ``start``, or a first number said before it."""
    return approximated(text, start) or _FIRST_OF_PAIR.search(text, max(0, start - 30), start) is not None


def _is_money_like(text: str, match: AmountMatch, amount: Amount, keyword_tied: bool, right_after: bool = False) -> bool:
    """``right_after``: the amount follows its keyword with at most a bound word between them
    ("Budget under eight hundred", "Orçamento até seiscentos"): spelled hundreds count there too
    (not Hangul numerals, which a Korean budget counts in 만)."""
    if _UNIT_AFTER.match(text, match.end) and not (amount.currency_marked and per_item_after(text, match.end)):
        return False  # "10 pièces", not "180 € pièce" (a price per piece)
    if amount.words and not amount.currency_marked:
        q1 = match.q1
        hundreds = keyword_tied and q1.value >= 100 and (right_after or q1.multiplier and (
            _approximated_pair(text, match.start) or (match.q2 is not None and match.q2.multiplier and match.q2.value >= 1000)
        ))  # "八百到一千"
        if not (amount.big or (q1.multiplier and q1.value >= 1000) or hundreds) or _IDIOM_AFTER.match(text, match.end):
            return False  # "deux enfants", "百貨店", "a thousand thanks"; not "budget rond de driehonderd"
        if q1.bare and match.q2 is None and not match.suffix and _WORD_AFTER.match(text, match.end):
            return False  # "mille idées", "тысяча мелочей": a bare "thousand" before a noun
    if amount.currency_marked:
        return True
    if not keyword_tied:
        return False
    digits = match.q1.digits
    if digits and is_year(digits) and match.q2 is None:
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
    """The amount a budget keyword opens; spelled hundreds right after the keyword ("Budget under
    eight hundred") only when no other amount of the window reads as money ("Бюджет двести,
    двести пятьдесят тысяч": the second)."""
    return _keyword_amount(text, k_start, k_end, s_start, stop, language, False) or \
        _keyword_amount(text, k_start, k_end, s_start, stop, language, True)


def _keyword_amount(text: str, k_start: int, k_end: int, s_start: int, stop: int, language: str | None,
                    hundreds_right_after: bool) -> Amount | None:
    # An amount must start within the next few words: look for number words only there.
    anchor_end = k_end + _ANCHOR_CHARS
    for match in find_amount_matches(text, k_end, stop, anchor_end=anchor_end):
        gap = text[k_end : match.start]
        if _word_count(gap) > _MAX_WORDS_AFTER_KEYWORD:
            return None
        amount = parse_amount(match, language)
        right_after = False
        if hundreds_right_after and not match.hangul:
            said = gap.strip(" :：=-–—,'\"«»“”‘’")  # "Budget: 'trecento'"
            right_after = _word_count(said) <= 2 and (
                not said or bound_before(said) is not None or approximated(text, match.start))
        if amount is not None and _is_money_like(text, match, amount, keyword_tied=True, right_after=right_after):
            before = text[max(s_start, k_start - 24) : k_start]
            kind = bound_before(gap, before) or keyword_bound(text[k_start:k_end]) or _before_false_start(text, gap, match) \
                or _before_taken_back(text, k_end, match.start, language)
            return _bounded(amount, kind)
    return None


_TAKEN_BACK_GATE = re.compile(
    r"(?<![^\W\d_])(?:" + "|".join(sorted(map(re.escape, _CORRECTION_FIRSTS), key=len, reverse=True)) + r")(?![^\W\d_])|"
    + "|".join(map(re.escape, _CORRECTION_DENSE))
)


_SAY_WORDS = 2  # between a correction and the amount: "make it", "sagen wir", "facciamo"


def _before_taken_back(text: str, k_end: int, start: int, language: str | None) -> str | None:
    """The bound said before a number the speaker takes back right before the amount ("budget massimo
    cinquecento, no, ottocento euro", "max five hundred, sorry, let's say eight hundred pounds": a cap on
    the later one), else None."""
    gap = text[k_end:start].lower()
    if not _TAKEN_BACK_GATE.search(gap):
        return None  # (most gaps: no word that starts a correction)
    for match in find_amount_matches(text, k_end, start):
        marker_end = correction_end(text, match.end)
        if marker_end is not None and _word_count(text[marker_end:start].strip(" ,.…")) <= _SAY_WORDS:
            return bound_before(text[k_end : match.start])
    return None


_FALSE_START = re.compile(r"([^\W\d_]+)[\s,.…?？!、，\-–—]{1,4}$")


def _before_false_start(text: str, gap: str, match: AmountMatch) -> str | None:
    """The bound said before a false start that the amount says again in full ("tot zes, zesduizend euro",
    "up to two, two thousand"), else None."""
    start = _FALSE_START.search(gap)
    if start is None or text[match.start : match.start + len(start.group(1))].lower() != start.group(1).lower():
        return None
    return bound_before(gap[: start.start()])


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


def _in_phrase_currency(text: str, amount: Amount, s_start: int, s_end: int) -> Amount:
    """An amount written without currency takes one named elsewhere in its sentence, else the
    one its note gives (:func:`~lvmh_pipeline.lib.concepts.budgets.note_currency.note_currency`)."""
    if amount.currency_marked:
        return amount
    span = (amount.start, amount.end)
    code = phrase_currency(text, s_start, s_end, span) or note_currency(text, span)
    return amount if code is None else amount.in_currency(code)
