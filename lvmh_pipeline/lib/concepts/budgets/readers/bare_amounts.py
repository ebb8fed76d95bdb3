"""Budgets written with neither a budget word nor a currency, beyond "5K": a range or an
approximate / capped amount in thousands ("2.000-3.000", "tussen 1.500 en 2.000", "so um die
4.000", "rond de 5 à 6 duizend", "tra 2 e 3 mila", "fino a 8.000") and, in Chinese and Japanese,
Han numerals in 万 with an approximation or a cap after them ("两万左右", "三五万", "一万出头",
"五万以内", "三万块").

:func:`bare_candidates` yields the amounts of a note that read as such a budget; the caller
(:func:`~lvmh_pipeline.lib.concepts.budgets.budget.find_budget`) still drops prices already paid.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

import ahocorasick

from lvmh_pipeline.lib.concepts.budgets.budget_bounds import CAP, bound_before
from lvmh_pipeline.lib.concepts.budgets.currencies import phrase_currency
from lvmh_pipeline.lib.concepts.budgets.amounts import Amount, parse_amount
from lvmh_pipeline.lib.concepts.budgets.money import EUR_PER_UNIT, AmountMatch, find_amount_matches
from lvmh_pipeline.lib.concepts.budgets.numbers.quantities import is_year

__all__ = ["approximated", "bare_candidates"]

_MIN_EUR = 500.0
_CUED_MIN_EUR = 100.0  # a colloquial range with a money or approximation word after it
_MAX_EUR = 5_000_000.0
_SEPARATED = re.compile(r"\d{1,3}(?:[.\u00a0\u202f ]\d{3})+(?!\d)")
_COMMA_SEPARATED = re.compile(r"\d{1,3}(?:,\d{3})+(?![\d,.])")  # "3,000" in English and Arabic notes
_COMMA_LANGUAGES = frozenset({"EN", "AR"})
_FOUR_DIGITS = re.compile(r"\d{4,6}")
# Approximation words right before the amount ("so um die 4.000", "rond de 3000", "sui 5.000").
_APPROX = re.compile(
    r"(?<![^\W\d_])(?:um die|so um die|etwa|ungefähr|circa|ca\.|ca|rund|totaal|in totaal|total|en total|no total|au total|"
    r"in totale|insgesamt|rond de|rond|ongeveer|zo'n|intorno ai|intorno agli|intorno alle|intorno a|attorno ai|attorno agli|attorno alle|attorno a|"
    r"en torno a los|en torno a las|en torno a|aux environs de|"
    r"sui|sulle|verso i|unos|unas|alrededor de|cerca de|uns|umas|environ|autour de|aux alentours de|around|about|"
    r"roughly|approximately|approx\.|like|около|примерно|порядка|где-то|где то|в районе|حوالي|تقريبا|tra|entre|tussen|zwischen|between|"
    r"sobre los|sobre|iets van|por volta de|à volta de|à volta dos|à volta das|por volta dos|por volta das|in de buurt van|irgendwas um|irgendwo bei|so bei|ergens rond|so|"
    r"diciamo|disons|digamos|sagen wir|let's say|zeg maar|скажем|"
    r"dans les|dans les alentours de|genre|tipo|in the region of|somewhere around|na casa dos|na faixa de|nell'ordine di|"
    r"im bereich von|in der gegend von)[\s,'\"«»“”‘’]*$",
    re.IGNORECASE,
)
# A word right after the amount that still belongs to a spending phrase ("2.000-3.000 voor de tas",
# "4.000 ausgeben"); any other word means the number counts something ("1.200 Mitarbeiter").
_AFTER_OK = frozenset(
    "voor de het een per pour le la les un une para el la un una for a the per il la un una für den die das ein eine "
    "para o a um uma на для за на euro eur euros max maximum massimo máximo maximal maximaal ongeveer circa ca etwa "
    "ausgeben uitgeven spendere gastar dépenser spend kosten kost costare costar custar тратить потратить "
    "e y et und en and и или or o ou oder of tot bis à a al au ao até hasta fino jusqu до to herum rum como mais "
    "più more nicht niet не no non pas on aan em".split()
)
# A spending verb next to a plain amount ("happy to spend 3000", "rond de 2000 uitgeven", "quiere gastar
# unos 2000", "mag 1500 kosten"): money, even when the number could be a year or a time.
_SPEND_BEFORE = re.compile(
    r"(?i:(?<![^\W\d_])(?:spend|spending|dépenser|mettre|spendere|gastar|gastarse|gastar-se|gastarle|investir|"
    r"ausgeben|uitgeven|besteden|тратить|потратить)(?![^\W\d_])[^\d.;!?]{0,16}$)"
)
_SPEND_AFTER = frozenset("uitgeven besteden spenderen ausgeben investieren dépenser spendere gastar spend потратить".split())
_MAY_COST = re.compile(r"(?i:(?<![^\W\d_])(?:mag|mogen|darf|dürfen|peut|può|puede|pode|can|may)(?![^\W\d_])[^\d.;!?]{0,12}$)")
_COST_AFTER = frozenset("kosten costare costar custar coûter cost".split())


def _spend_cue(text: str, match: AmountMatch, sentence_start: int) -> bool:
    """A spending verb right before the amount, or right after it (or "mag … kosten")."""
    before = text[max(sentence_start, match.start - 28) : match.start]
    word = _WORD_AFTER.match(text, match.end)
    after = word.group(1).lower() if word is not None and word.start(1) - match.end <= 2 else ""
    return bool(_SPEND_BEFORE.search(before)) or after in _SPEND_AFTER or (
        after in _COST_AFTER and _MAY_COST.search(before) is not None)
_WORD_AFTER = re.compile(r"[ \u00a0\u202f]*([^\W\d_]+)")
# Han amounts in 万: what must follow them (approximation, cap, "a bit over", the colloquial
# currency) or precede them ("大概", "差不多") to read as a budget.
_HAN_AFTER = ("左右", "上下", "以内", "之内", "以下", "出头", "块", "塊", "来块", "多块", "多", "的样子", "的樣子", "都可以",
              "也行", "程度", "くらい", "ぐらい", "前後", "まで")
_HAN_BEFORE = ("大概", "大约", "大約", "差不多", "约", "約", "控制在", "不超过", "不超過", "最多", "顶多", "頂多", "花", "花个",
               "准备了", "預計", "预计", "小")
_DENSE_LANGUAGES = frozenset({"ZH", "JA"})


def approximated(text: str, start: int) -> bool:
    """An approximation word right before ``start`` ("à volta dos", "autour de", "rond de")."""
    return _APPROX.search(text, max(0, start - 40), start) is not None


def _spending_word_after(text: str, end: int) -> bool:
    word = _WORD_AFTER.match(text, end)
    return word is None or word.group(1).lower() in _AFTER_OK or word.start(1) - end > 2


# A cap word opening its clause and a plain amount closing it ("Max 600.", "hasta 250;", ", tot 750."):
# a telegraphic budget even under a thousand. The clause may open with a quote or a dash.
_CLAUSE_CUE = re.compile(
    r"(?:^|(?<=[.;:!?(\n,—–]))[\s'\"«“„‘]*(?P<cue>[^\W\d_]+(?:['’ ][^\W\d_]+){0,2}\.?)[ \u00a0\u202f]*$"
)
_CLAUSE_CLOSE = re.compile(  # also with a per-item word before the pause ("max 250 per stuk.")
    r"[ \u00a0\u202f]*(?:(?:per stuk|each|apiece|per piece|pro stück|je stück|chacun|chacune|ciascuno|cada uno|cada una|"
    r"cada um|cada uma|каждый|за штуку)[ \u00a0\u202f]*)?(?:[.;,!?)'\"»”]|$)"
)
_CLAUSE_CUE_CHARS = 16
# "Max 600." is a budget; "up to 150." may count guests: a cue other than "max" needs a sentence
# that counts no people.
_MAX_CUES = frozenset("max max. maximum máx máx. massimo maximal maximaal макс макс. максимум".split())
_PEOPLE = re.compile(
    r"(?i:(?<![^\W\d_])(?:guest|people|person|invit|personne|persone|personas|gäste|gast|personen|convidad|pessoa|гост|человек|"
    r"ضيف|ضيوف|شخص|seat|couverts|coperti|cubiertos|places|posti|plazas|lugares|plaatsen|plätze|mètres|metri|km|"
    r"min(?:utes?|uten|uti|utos)?(?![^\W\d_])|uur|heure|hora|uhr|hour|час|dinner|lunch|dîner|déjeuner|cena|pranzo|almuerzo|jantar|almoço|essen|diner|"
    r"event|party|fête|festa|fiesta|feier|feest|recep|récep|ricevimento|empfang|ужин|обед))"
)


def _clause_cap(text: str, match: AmountMatch, amount: Amount) -> bool:
    """A plain amount (no words, no multiplier) that is the whole clause after a cap word."""
    if amount.words or amount.multiplier or match.q2 is not None or not _CLAUSE_CLOSE.match(text, match.end):
        return False
    if is_year(text[match.start : match.end].strip()):
        return False
    head = _CLAUSE_CUE.search(text, max(0, match.start - _CLAUSE_CUE_CHARS), match.start)
    if head is None:
        return False
    cue = head.group("cue")
    if bound_before(cue) != CAP or len(cue.split()) > 3:
        return False
    if cue.lower() in _MAX_CUES:
        return True
    stop = max(text.rfind(c, 0, match.start) for c in ".;!?\n")
    return not _PEOPLE.search(text, stop + 1, match.start)


def _clause_approx(text: str, match: AmountMatch, amount: Amount) -> bool:
    """A plain amount (or range) closing its clause right after an approximation word ("etwa 900.",
    "unos 300-350", "sui 400;"), in a sentence that counts no people nor hours."""
    if amount.words or amount.multiplier or not _CLAUSE_CLOSE.match(text, match.end):
        return False
    if any(is_year(d) for d in _FOUR_DIGITS.findall(text[match.start : match.end])):
        return False
    if not _APPROX.search(text, max(0, match.start - 24), match.start):
        return False
    stop = max(text.rfind(c, 0, match.start) for c in ".;!?\n")
    return not _PEOPLE.search(text, stop + 1, match.start) and not _CALL.search(text, stop + 1, match.start)


# A time of day after a call, a visit or a flight ("call back around 1500", "lands around 1300").
_CALL = re.compile(
    r"(?i:(?<![^\W\d_])(?:call|ring|rappel|appel|anruf|ruft|komm|chiam|llam|ligar|ligue|bel|позвон|звон|перезвон|vien|viene|vuelve|volta|passa"
    r"|land|flight|flug|vol|arriv|atterr|aterr|llega|chega|aankom|ankunft|прилет|прилёт|рейс))"
)


def _value(amount: Amount) -> float:
    return max(v for v in (amount.low, amount.high) if not math.isnan(v))


def _digits_budget(text: str, match: AmountMatch, amount: Amount, sentence_start: int, commas: bool = False) -> bool:
    written = text[match.start : match.end]
    ranged = match.q2 is not None and amount.low != amount.high
    separated = bool(_SEPARATED.search(written) or commas and _COMMA_SEPARATED.search(written))
    if amount.words:
        shaped = amount.big  # "tra 2 e 3 mila", "5 à 6 duizend"
    elif separated:
        shaped = True
    else:  # "3000-4000", "bis 3000", not "2024-2025" nor "bis 2027"
        digits = _FOUR_DIGITS.findall(written)
        shaped = bool(digits) and (not any(is_year(d) for d in digits) or _spend_cue(text, match, sentence_start))
    if not shaped or not _spending_word_after(text, match.end):
        return False
    if ranged or _spend_cue(text, match, sentence_start):
        return True
    before = text[max(sentence_start, match.start - 40) : match.start]
    if bound_before(before) is not None:
        return True  # "bis 3000", "fino a 8.000", "Max. 6.000"
    # "so um die 4.000", "rond de 5 à 6 duizend"; not a plain "around 1300" (a time)
    return (separated or amount.words) and bool(_APPROX.search(before))


def _han_budget(text: str, match: AmountMatch, amount: Amount) -> bool:
    if not (amount.words and amount.multiplier) or any(ch.isdigit() for ch in text[match.start : match.end]):
        return False
    after = text[match.end : match.end + 4]
    before = text[max(0, match.start - 4) : match.start]
    return after.startswith(_HAN_AFTER) or before.endswith(_HAN_BEFORE) or match.q2 is not None or bool(match.suffix)


# Two neighbouring Han digits before a unit are a colloquial range: "三五万" (3-5万), "两三万", "七八千".
_HAN_PAIR = re.compile(r"(?<![一二两兩三四五六七八九十百千万萬])([一二两兩三四五六七八九])([二两兩三四五六七八九])(千|万|萬)")
_HAN_DIGIT = {"一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_HAN_UNIT = {"千": 1e3, "万": 1e4, "萬": 1e4}
_HAN_PAIR_AFTER = _HAN_AFTER + ("元", "円", "的", "都", "吧", "之间", "之間", "以", "预算", "預算")


def _han_pairs(text: str, language: str | None) -> Iterator[tuple[AmountMatch, Amount]]:
    code = "JPY" if (language or "").upper() == "JA" else "CNY"
    rate = EUR_PER_UNIT[code]
    for found in _HAN_PAIR.finditer(text):
        low, high = _HAN_DIGIT[found.group(1)], _HAN_DIGIT[found.group(2)]
        if not 0 < high - low <= 2:
            continue
        unit = _HAN_UNIT[found.group(3)]
        start, end = found.span()
        after = text[end : end + 4]
        if after and "\u3400" <= after[0] <= "\u9fff" and not after.startswith(_HAN_PAIR_AFTER):
            continue  # "两三万人": a count of people
        match = AmountMatch(start, end, None, None, end, (), False, "", False)
        yield match, Amount(low * unit * rate, high * unit * rate, code, False, True, start, end, True, True, unit)


# The number words that can make a spelled amount of 500 EUR or more ("tremila", "deux mille",
# "fünftausend", "quinientos", "пятьсот", "ألفين", "两万", "오백만"): without one, only digits are read
# (scanning every word for a number word cost ~0.4 ms a note; a regex test ~0.2 ms, these set and
# substring tests a few µs). Digits with a multiplier after them ("5 mila", "3 grand") are read either way.
_SPELLED_WORDS = frozenset("mil mille milles cent cents cien ciento cientos hundred hundreds thousand thousands grand тыс".split())
_SPELLED_ENDINGS = ("mila", "mille", "tausend", "duizend", "hundert", "honderd", "cento", "ientos", "centos", "zentos",
                    "hentos", "сот", "ста", "тысяч", "тысяча", "тысячи", "тысячу", "million", "millions", "millón", "millones", "milhão", "milhões",
                    "miljoen", "milioni", "milione", "миллион", "миллиона", "миллионов")
_SPELLED_ANYWHERE = ("ألف", "الف", "آلاف", "الاف", "مئة", "مائة", "مليون", "ملايين", "千", "万", "萬", "億", "亿", "百",
                     "천", "만", "억", "백")
_STRIP = ".,;:!?()[]\"'«»“”„-–—/"
# Substrings every word of the two lists above holds: without one, no word is tested.
_SPELLED_PARTS = ("mil", "cent", "cien", "hundred", "thousand", "grand", "тыс", "tausend", "duizend", "hundert", "honderd",
                  "ientos", "zentos", "hentos", "сот", "ста", "миллион")
# One scan for both lists, each literal valued (length, anywhere); the ASCII ones alone read an ASCII text.
_SPELLING, _ASCII_SPELLING = ahocorasick.Automaton(), ahocorasick.Automaton()
for _literal, _anywhere in (*((w, True) for w in _SPELLED_ANYWHERE), *((w, False) for w in _SPELLED_PARTS)):
    _SPELLING.add_word(_literal, (len(_literal), _anywhere))
    if _literal.isascii():
        _ASCII_SPELLING.add_word(_literal, (len(_literal), _anywhere))
_SPELLING.make_automaton()
_ASCII_SPELLING.make_automaton()
_NOT_SPELLED = frozenset({"famille"})  # ends like "mille", names no number


def _may_spell_hundreds(text: str) -> bool:
    # one own scan (few hits), not the shared pass: the lowered text is asked about once
    lowered = text.casefold()
    for end, (length, anywhere) in (_ASCII_SPELLING if lowered.isascii() else _SPELLING).iter(lowered):
        if anywhere:
            return True
        start = at = end + 1 - length  # only the words holding a part: ``lowered.split()``'s
        while start and not lowered[start - 1].isspace():
            start -= 1
        word = lowered[start : _NON_SPACE.match(lowered, at).end()].strip(_STRIP)
        if word in _SPELLED_WORDS or word.endswith(_SPELLED_ENDINGS) and word not in _NOT_SPELLED:
            return True
    return False


_NON_SPACE = re.compile(r"\S*")  # (\s is str.isspace, what str.split splits on)


def bare_candidates(
    text: str, language: str | None, sentence_start_of, unit_after: re.Pattern[str],
    digit_amounts: list[tuple[AmountMatch, Amount | None]] | None = None,
) -> Iterator[tuple[AmountMatch, Amount]]:
    """(match, amount) of each amount of ``text`` that states a budget without a budget word or a
    currency; ``sentence_start_of(position)`` gives the start of the sentence of a position,
    ``unit_after`` the units that make a number something else ("km", "Gäste");
    ``digit_amounts``: the caller's ``(match, parse_amount(match, language))`` of every amount
    written in digits (``find_amount_matches(text, words=False)``), read again otherwise."""
    dense = (language or "").upper() in _DENSE_LANGUAGES
    if dense:
        for match, amount in _han_pairs(text, language):
            floor = _CUED_MIN_EUR if text.startswith(_HAN_PAIR_AFTER, match.end) else _MIN_EUR  # "两三千块"
            if floor <= amount.high <= _MAX_EUR and not unit_after.match(text, match.end):
                yield match, amount
    spelled = _may_spell_hundreds(text)
    if digit_amounts is None or spelled:
        digit_amounts = [(match, parse_amount(match, language)) for match in find_amount_matches(text, words=spelled)]
    for match, amount in digit_amounts:
        if unit_after.match(text, match.end):
            continue
        if amount is None or amount.currency_marked:
            continue
        value = _value(amount)
        if value < _CUED_MIN_EUR and not dense:  # "Считает в евро, до 2000": the currency named before it
            code = phrase_currency(text, sentence_start_of(match.start), match.start, (match.start, match.end))
            if code is not None and code != amount.currency:
                amount = amount.in_currency(code)
                value = _value(amount)
        if not _MIN_EUR <= value <= _MAX_EUR:
            if _CUED_MIN_EUR <= value < _MIN_EUR and not dense and (
                _clause_cap(text, match, amount) or _clause_approx(text, match, amount)
            ):
                yield match, amount
            continue
        if not dense and value < 10_000 and (_clause_cap(text, match, amount) or _clause_approx(text, match, amount)):
            yield match, amount
            continue
        if dense:
            if _han_budget(text, match, amount):
                yield match, amount
        elif _digits_budget(text, match, amount, sentence_start_of(match.start), (language or "").upper() in _COMMA_LANGUAGES):
            yield match, amount
