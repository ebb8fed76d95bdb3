"""Money amounts in free text: numbers, multipliers (K, mille, 万 …), currencies, ranges.

Pure lexical layer used by :mod:`lvmh_pipeline.lib.concepts.budget`; it knows nothing about budget
keywords. Amounts are returned in the currency they were written in, with the EUR value
from the fixed conversion table.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass

__all__ = [
    "EUR_PER_UNIT", "Amount", "AMOUNT_RE", "CURRENCY_HINT_RE", "find_amount_matches", "might_hold_currency",
    "parse_amount", "to_float",
]

# EUR per unit of foreign currency (fixed table shared with the synthetic data generator).
EUR_PER_UNIT: dict[str, float] = {
    "EUR": 1.0, "USD": 0.92, "GBP": 1.17, "CHF": 1.05, "JPY": 0.0062, "CNY": 0.13,
    "KRW": 0.00068, "RUB": 0.010, "AED": 0.25, "HKD": 0.118,
}

# Currency spellings before / after the number -> ISO code. Longest alternatives first.
_CURRENCY_WORDS: dict[str, tuple[str, ...]] = {
    "HKD": ("hk$", "hkd", "港币", "港元", "港幣", "香港ドル", "홍콩 달러", "دولار هونغ كونغ"),
    "USD": ("us$", "usd", "$", "dollars", "dollar", "dólares", "dolares", "dólar", "dollari",
            "dollaro", "долларов", "доллара", "доллар", "ドル", "달러", "美元", "دولار"),
    "EUR": ("€", "eur", "euros", "euro", "евро", "ユーロ", "유로", "欧元", "يورو"),
    "GBP": ("£", "gbp", "pounds sterling", "pounds", "pound", "livres sterling", "sterling",
            "sterline", "pfund", "фунтов", "фунта", "фунт", "ポンド", "파운드", "英镑",
            "جنيه إسترليني"),
    "CHF": ("chf", "sfr.", "sfr", "francs suisses", "franc suisse", "franchi svizzeri",
            "franken", "francos suizos", "швейцарских франков", "スイスフラン", "스위스 프랑",
            "瑞士法郎", "فرنك سويسري"),
    "JPY": ("jpy", "円", "yen", "иен", "иена", "엔", "日元", "ين ياباني"),
    "CNY": ("cny", "rmb", "人民币", "人民幣", "元", "yuan", "юаней", "юань", "人民元", "위안",
            "يوان"),
    "KRW": ("krw", "₩", "원", "won", "вон", "ウォン", "韩元", "وون"),
    "RUB": ("rub", "₽", "рублей", "рубля", "рубль", "руб.", "руб", "ルーブル", "루블", "卢布",
            "روبل"),
    "AED": ("aed", "dirhams", "dirham", "дирхамов", "дирхам", "ディルハム", "디르함", "迪拉姆",
            "درهم"),
}
_YEN_SIGNS = ("¥", "￥")  # JPY or CNY depending on the note's language

_MULTIPLIERS: dict[str, float] = {
    "k": 1e3, "mille": 1e3, "mila": 1e3, "mil": 1e3, "tausend": 1e3, "thousand": 1e3, "tsd": 1e3,
    "duizend": 1e3,
    "тыс": 1e3, "тысяч": 1e3, "тысячи": 1e3, "тысяча": 1e3, "千": 1e3, "천": 1e3, "ألف": 1e3,
    "آلاف": 1e3, "万": 1e4, "萬": 1e4, "만": 1e4, "m": 1e6, "mio": 1e6, "million": 1e6,
    "millions": 1e6, "millones": 1e6, "millón": 1e6, "milioni": 1e6, "milione": 1e6,
    "millionen": 1e6, "млн": 1e6, "миллиона": 1e6, "миллионов": 1e6, "миллион": 1e6,
    "百万": 1e6, "مليون": 1e6,
}
_CJK_MULTIPLIERS = frozenset({"千", "천", "万", "萬", "만"})

_RANGE_SYMBOLS = ("-", "–", "—", "~", "〜", "～", "/", "至", "到", "から", "에서")
_RANGE_WORDS = ("à", "a", "to", "bis", "tot", "до", "e", "et", "y", "and", "und", "en", "и",
                "ou", "or", "o", "oder", "of", "или", "إلى", "الى")
_OPEN_SUFFIXES = ("以上", "이상")
_CAP_SUFFIXES = ("以内", "以下", "まで", "이하", "까지")


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _word_alt(words: list[str]) -> str:
    """Alternation where alphabetic words must not run into a following letter, guarded by a
    one-character lookahead so that a non-starting character fails at once."""
    parts = []
    firsts: set[str] = set()
    for w in sorted(set(words), key=len, reverse=True):
        tail = r"(?![^\W\d_])" if w[-1].isalpha() and w[-1].isascii() else ""
        parts.append(re.escape(w) + tail)
        firsts.update({w[0].lower(), w[0].upper()})
    guard = "".join(re.escape(c) for c in sorted(firsts))
    return rf"(?=[{guard}])(?:" + "|".join(parts) + ")"


_CURRENCY_LOOKUP: dict[str, str] = {w: code for code, ws in _CURRENCY_WORDS.items() for w in ws}
_CUR = _word_alt(list(_CURRENCY_LOOKUP) + list(_YEN_SIGNS))
_NUM = r"\d{1,3}(?:[ \u00a0\u202f.,'’]\d{3})+(?:[.,]\d{1,2})?(?!\d)|\d+(?:[.,]\d+)?"
_MULT = _word_alt(list(_MULTIPLIERS))
_SEP = _alternation(list(_RANGE_SYMBOLS)) + "|" + "|".join(
    rf"(?<=\s){re.escape(w)}(?=\s)" for w in sorted(_RANGE_WORDS, key=len, reverse=True)
)

_BODY = (
    rf"(?P<n1>{_NUM})(?:\s?(?P<m1>{_MULT})\.?)?"
    rf"(?:\s?(?P<cur1>{_CUR}))?"
    rf"(?:\s?(?:{_SEP})\s?(?:(?P<pre2>{_CUR})\s?)?(?P<n2>{_NUM})(?:\s?(?P<m2>{_MULT})\.?)?)?"
    rf"(?P<plus>\s?\+|\s(?:plus|and up|et plus|e più|o más|und mehr|ou mais|of meer)(?![^\W\d_]))?"
    rf"(?:\s?(?P<post>{_CUR}))?"
    rf"(?:\s?(?P<suffix>{_alternation(list(_OPEN_SUFFIXES + _CAP_SUFFIXES))}))?"
)
AMOUNT_RE: re.Pattern[str] = re.compile(rf"(?:(?P<pre>{_CUR})\s?)?(?<![\d.,]){_BODY}", re.IGNORECASE)
# Same groups, for a number known to have no currency before it (cheaper to run).
_AMOUNT_BODY_RE: re.Pattern[str] = re.compile(rf"(?P<pre>)(?<![\d.,]){_BODY}", re.IGNORECASE)
# Cheap test: could this text hold a currency-marked amount at all?
CURRENCY_HINT_RE: re.Pattern[str] = re.compile(
    rf"\d\s?(?:{_MULT})?\s?(?:{_CUR})|(?:{_CUR})\s?\d", re.IGNORECASE
)


_NUMBER_START = re.compile(r"(?<![\d.,])\d")
_MAX_PREFIX = 8  # longest currency written before a number ("HK$ ", "CHF ", "US$")


def find_amount_matches(text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
    """:data:`AMOUNT_RE` matches in ``text[start:end]``, anchored on digits (running the big
    regex only where a number starts is much faster than scanning every position)."""
    stop = len(text) if end is None else end
    consumed = start
    for number in _NUMBER_START.finditer(text, start, stop):
        digit = number.start()
        if digit < consumed:
            continue
        prefix = text[max(consumed, digit - _MAX_PREFIX) : digit]
        tail = prefix.rstrip()
        currency = None
        if tail and (tail[-1] in _CURRENCY_END or tail.split()[-1].lower() in _CURRENCY_LOOKUP):
            currency = _PRE_CURRENCY.search(prefix)
        if currency is not None:
            match = AMOUNT_RE.match(text, digit - len(prefix) + currency.start(), stop)
        else:
            match = _AMOUNT_BODY_RE.match(text, digit, stop)
        if match is not None and match.start("n1") == digit:
            consumed = match.end()
            yield match


_CURRENCY_END = frozenset("$€£¥￥₩₽")
_PRE_CURRENCY = re.compile(rf"(?:{_CUR})\s?$", re.IGNORECASE)


_SYMBOLS = frozenset("€$£¥￥₩₽円元원万萬")
_WORD = re.compile(r"[^\W\d_]+")
_CURRENCY_WORDSET = frozenset(
    w.split()[0].lower() for w in _CURRENCY_LOOKUP if _WORD.fullmatch(w.split()[0]) and not _SYMBOLS.intersection(w)
)


def might_hold_currency(text: str) -> bool:
    """Cheap pre-check: a currency sign or a currency word occurs somewhere in ``text``."""
    if not _SYMBOLS.isdisjoint(text):
        return True
    return not _CURRENCY_WORDSET.isdisjoint(_WORD.findall(text.lower()))


@dataclass(frozen=True, slots=True)
class Amount:
    """One amount or range found in text; bounds in EUR (NaN = no bound)."""

    low: float
    high: float
    currency: str
    currency_marked: bool  # a currency sign or code was written next to the number
    multiplier: bool  # K, mille, 万 … was written
    start: int
    end: int


def to_float(number: str) -> float:
    """Parse ``1 500`` / ``3.500`` / ``8,000`` / ``1.5`` / ``2,5`` into a float."""
    if number.isdigit():
        return float(number)
    compact = re.sub(r"[ \u00a0\u202f'’]", "", number)
    groups = re.fullmatch(r"(\d{1,3})((?:[.,]\d{3})+)([.,]\d{1,2})?", compact)
    if groups and (groups.group(3) or len({c for c in groups.group(2) if c in ".,"}) == 1):
        whole = groups.group(1) + re.sub(r"[.,]", "", groups.group(2))
        decimals = groups.group(3)[1:] if groups.group(3) else ""
        return float(f"{int(whole)}.{decimals or 0}")
    return float(compact.replace(",", "."))


def _currency(token: str | None, language: str | None) -> str | None:
    if not token:
        return None
    if token in _YEN_SIGNS:
        return "CNY" if (language or "").upper() == "ZH" else "JPY"
    return _CURRENCY_LOOKUP.get(token.lower(), _CURRENCY_LOOKUP.get(token))


def parse_amount(match: re.Match[str], language: str | None = None) -> Amount | None:
    """Turn an :data:`AMOUNT_RE` match into an :class:`Amount` (None when it is not money-like:
    a range that runs backwards or spans more than a factor 10)."""
    m1, m2 = (match.group("m1") or "").lower(), (match.group("m2") or "").lower()
    v1 = to_float(match.group("n1")) * _MULTIPLIERS.get(m1, 1.0)
    low = high = v1
    end = match.end()
    if match.group("n2"):
        v2 = to_float(match.group("n2")) * _MULTIPLIERS.get(m2, 1.0)
        if m2 and not m1:
            low = to_float(match.group("n1")) * _MULTIPLIERS[m2]
        if low <= v2 <= low * 10:
            high = v2
        else:  # "5K e 2 figli": not a range; keep the first amount only
            low = high = v1
            end = match.end("m1") if match.group("m1") else match.end("n1")
            if match.group("cur1"):
                end = match.end("cur1")
    codes = [
        _currency(match.group(g), language) for g in ("pre", "cur1", "pre2", "post") if match.group(g)
    ]
    code = next((c for c in codes if c), None)
    marked = code is not None
    multiplier_words = {m1, m2} - {""}
    if code is None and multiplier_words & _CJK_MULTIPLIERS:
        code = {"JA": "JPY", "ZH": "CNY", "KO": "KRW"}.get((language or "").upper())
        if code is None and multiplier_words & {"만", "천"}:
            code = "KRW"
    code = code or "EUR"
    suffix = match.group("suffix") or ""
    if match.group("plus") or suffix in _OPEN_SUFFIXES:
        high = math.nan
    elif suffix in _CAP_SUFFIXES:
        low = math.nan
    rate = EUR_PER_UNIT[code]
    return Amount(
        low * rate, high * rate, code, marked, bool(multiplier_words), match.start(), end
    )
