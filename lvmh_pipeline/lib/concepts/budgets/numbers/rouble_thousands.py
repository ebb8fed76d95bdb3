"""Rouble budgets counted in thousands without a multiplier on the number: "тысяч 300" (the
word first: about 300 thousand), "150 т.р." / "150 тр" (тысяч рублей), and a bare "Бюджет 300":
nobody budgets 300 roubles (3 EUR) for a luxury purchase, as nobody budgets 200 won.
"""

from __future__ import annotations

import math
import re

from lvmh_pipeline.lib.concepts.budgets.amounts import Amount
from lvmh_pipeline.lib.concepts.budgets.money import EUR_PER_UNIT
from lvmh_pipeline.lib.concepts.budgets.numbers import scan_quantity

__all__ = ["in_thousands", "russian_forms"]

_BELOW = 1000  # roubles: a smaller written amount is read in thousands
_THOUSANDS_BEFORE = re.compile(r"(?<![^\W\d_])(?:тысяч|тыщ|тысячи|тыс\.?)\s*$", re.IGNORECASE)
_THOUSANDS_AFTER = re.compile(r"\s?(?:т\.\s?р\.?|тр\.?|т\.р|тыр)(?![^\W\d_])", re.IGNORECASE)


def in_thousands(text: str, amount: Amount, gap_start: int) -> Amount:
    """``amount`` ×1000 when it is a rouble amount under 1,000 written with no multiplier
    (``text[gap_start:amount.start]`` is the text between the budget word and it)."""
    if amount.currency != "RUB" or amount.multiplier or amount.words:
        return amount
    values = [v for v in (amount.low, amount.high) if not math.isnan(v)]
    if not values or max(values) / EUR_PER_UNIT["RUB"] >= _BELOW:
        return amount
    end = amount.end
    after = _THOUSANDS_AFTER.match(text, end)
    if after is not None:
        end = after.end()
    elif amount.currency_marked and not _THOUSANDS_BEFORE.search(text, gap_start, amount.start):
        return amount  # "300 рублей" written out: take it as written
    return Amount(amount.low * 1000, amount.high * 1000, amount.currency, amount.currency_marked, True,
                  amount.start, end, amount.words, True, 1000.0)


# Spoken Russian money forms, rewritten character for character (same length, offsets kept) into
# forms the amount reader knows: the thousands word said first ("тысяч до восьмидесяти", "тыщ по
# сорок, может пятьдесят", "тысяч десять-двенадцать": about N thousand roubles), "250 т.р." (тысяч
# рублей), the slang "сотка" (100 thousand roubles) and "полторы" after it, millions as "лям" /
# "лимон" ("полтора ляма") or said before their number ("миллиона три"), one million said after a preposition
# with no number ("до миллиона", "около полумиллиона"), dollars as "зелёных" / "баксов".
_SAID_FIRST = re.compile(
    r"(?<![^\W\d_])(тысяч|тыщ|тыс\.)(\s+)((?:до|в|по|около|где-то|примерно|за|на)\s+)?(?=[\dа-яё])", re.IGNORECASE
)
_SECOND = re.compile(r"\s?[-–]\s?|\s+(?:или|-|–)\s+")
_TR = re.compile(r"(?<=\d)(\s?)т\.(\s?)р\.")
_HUNDRED_K = re.compile(
    r"(?<![^\W\d_])сотк[аиуе](?:(\s?[-–]\s?|\s+или\s+)(полторы|две|двух)(?![^\W\d_])|"
    r"(?=\s*(?:['\"»,.;!?)]|$|на\s|рублей|руб)))", re.IGNORECASE,
)  # money in a range or before "на …" / a pause; "сотка земли" is land
_GREENBACKS = re.compile(r"(?<=\s)(?:зел[её]ных|баксов)(?![^\W\d_])", re.IGNORECASE)
_AMOUNT_BEFORE = re.compile(r"(?:\d|тысяч|тыщ|тыс\.|\dк)\s$", re.IGNORECASE)
_MIN_THOUSANDS = 10  # fewer thousand roubles is no luxury budget
_SLANG_SECOND = {"полторы": "150к", "две": "200к", "двух": "200к"}


# Millions in slang ("полтора ляма", "3 лимона": 1.5 / 3 million) and the millions word said before
# its number words ("миллиона три": about three million, "миллиона два-три": a range); not
# "миллион три тысячи" (1,003,000).
_NUMBER_WORDS = {"один": "1", "одного": "1", "два": "2", "две": "2", "двух": "2", "три": "3", "трёх": "3", "трех": "3",
                 "четыре": "4", "пять": "5", "шесть": "6", "семь": "7", "восемь": "8", "девять": "9", "десять": "10",
                 "полтора": "1,5", "полторы": "1,5"}
_SLANG_MILLION = re.compile(
    rf"(?<![^\W\d_])(?:(\d+(?:[.,]\d+)?|{'|'.join(_NUMBER_WORDS)})\s+)(?:лям|ляма|лямов|лямы|лимон|лимона|лимонов)(?![^\W\d_])",
    re.IGNORECASE,
)
_MILLIONS = "(?:два|две|три|четыре|пять|шесть|семь|восемь|девять|десять)"
_MILLION_FIRST = re.compile(
    rf"(?<![^\W\d_])(миллиона|миллионов)(\s+)({_MILLIONS}(?:\s?[-–]\s?{_MILLIONS})?)"
    r"(?![^\W\d_])(?!\s*(?:тысяч|тыс|сот|сто))",
    re.IGNORECASE,
)


# "до миллиона", "около полумиллиона", "до полутора миллионов": the genitive after a preposition counts one
# million (a half, one and a half), with no number before it.
_ONE_MILLION = re.compile(
    r"(?<![^\W\d_])((?:до|около|от|свыше|больше|меньше|порядка|в районе|где-то|примерно|не больше|не более|не дороже)\s+)"
    r"(миллиона|полумиллиона|полутора\s+миллионов|полутора\s+миллиона)(?![^\W\d_])",
    re.IGNORECASE,
)
_ONE_MILLION_AS = {"миллиона": "1 млн", "полумиллиона": "0,5 млн"}
# "миллион-полтора", "миллион или полтора": one to one and a half million (not 1,000,001.5).
_MILLION_TO_HALF = re.compile(
    r"(?<![^\W\d_])(?:один\s+)?миллион(?:а)?(?:\s?[-–]\s?|\s+или\s+|\s+)(?:полтора|полторы)(?![^\W\d_])"
    r"(?!\s*(?:тысяч|тыс|сот))",
    re.IGNORECASE,
)


def _slang_million(match: re.Match[str]) -> str:
    number = match.group(1)
    written = f"{_NUMBER_WORDS.get(number.lower(), number)} млн"
    return written.rjust(len(match.group())) if len(written) <= len(match.group()) else match.group()


def _digits(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


# What may follow a thousands amount said first for it to be money ("тыщ по сорок, может пятьдесят
# каждый"), not a count ("тысяч пять подписчиков").
_MONEY_AFTER = re.compile(
    r"\s*(?:[.,;:!?)'\"»—–]|$|(?:каждый|каждая|каждое|каждому|каждой|за|на|может|или|максимум|не|где-то|примерно|"
    r"рублей|руб|₽|зел[её]ных|баксов|долларов|евро)(?![^\W\d_]))",
    re.IGNORECASE,
)


def _said_first(text: str, match: re.Match[str]) -> tuple[str, int] | None:
    """The thousands said first rewritten as "<prep> 40 тыс.₽" (or "10-12 тыс." before a
    currency word), padded to the same length, and the end of the rewritten span; None when the
    number after the thousands word is no amount of money."""
    start = match.end()
    first = scan_quantity(text, start, len(text))
    if first is None or first.multiplier:
        return None
    end, number, second = first.end, _digits(first.value), None
    sep = _SECOND.match(text, end)
    if sep is not None and sep.end() < len(text):
        second = scan_quantity(text, sep.end(), len(text))
        if second is not None and not second.multiplier and second.value > first.value:
            end, number = second.end, number + "-" + _digits(second.value)
        else:
            second = None
    after = _MONEY_AFTER.match(text, end)
    if after is None:
        return None
    sign = "" if after.group().strip().lower()[:3] in ("руб", "₽", "зел", "бак", "дол", "евр") else "₽"
    prep = match.group(3) or ""
    if sign and max(first.value, second.value if second is not None else 0) < _MIN_THOUSANDS:
        return None  # "тысяч пять подписчиков"
    for head in (prep, ""):
        written = f"{head}{number} тыс.{sign}"
        if len(written) <= end - match.start():
            return written.rjust(end - match.start()), end
    return None


def russian_forms(text: str) -> str:
    """``text`` with the spoken Russian money forms rewritten (same length); ``text`` itself when
    it holds none."""
    low = text.lower()
    if "тыс" in low or "тыщ" in low:
        out, at = [], 0
        for match in _SAID_FIRST.finditer(text):
            if match.start() < at:
                continue
            moved = _said_first(text, match)
            if moved is not None:
                out += [text[at : match.start()], moved[0]]
                at = moved[1]
        text = "".join(out) + text[at:] if out else text
    if "т." in text:
        text = _TR.sub(lambda m: "тыс." + m.group(1) + m.group(2), text)
    if "сотк" in low:
        text = _HUNDRED_K.sub(_hundred_k, text)
    if "лям" in low or "лимон" in low:
        text = _SLANG_MILLION.sub(_slang_million, text)
    if "миллион" in low:
        text = _MILLION_TO_HALF.sub(lambda m: "1-1,5 млн".rjust(len(m.group())), text)
        text = _MILLION_FIRST.sub(lambda m: m.group(3) + m.group(2) + m.group(1), text)
        text = _ONE_MILLION.sub(lambda m: m.group(1) + _ONE_MILLION_AS.get(m.group(2).lower(), "1,5 млн").rjust(len(m.group(2))), text)
    if "зел" in low or "бакс" in low:
        text = _GREENBACKS.sub(lambda m: m.group() if not _AMOUNT_BEFORE.search(text, 0, m.start()) else
                               "$".ljust(len(m.group())), text)
    return text


def _hundred_k(match: re.Match[str]) -> str:
    written = match.group()
    if match.group(2) is None:
        return "100к".rjust(len(written))
    second = _SLANG_SECOND[match.group(2).lower()]
    return ("100к-" + second).ljust(len(written))
