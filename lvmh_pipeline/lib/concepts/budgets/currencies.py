"""Currencies: currency look-ups around numbers, with the EUR conversion table, the spellings in
12 languages and the default currency of each note language
(:mod:`~lvmh_pipeline.lib.concepts.budgets.currency_table`).

Look-ups are dictionaries keyed by first word / first character: a regex alternation of the
~500 spellings would cost a scan of every position.
"""

from __future__ import annotations

import math
import os
import re
from functools import lru_cache

from lvmh_pipeline.lib.concepts.budgets.budget_bounds import taken_back
from lvmh_pipeline.lib.concepts.budgets.currency_table import (
    AFTER_ONLY as _AFTER_ONLY,
    CURRENCY_WORDS as _CURRENCY_WORDS,
    DEFAULT_CURRENCIES,
    DEFAULT_CURRENCIES_ENV,
    EUR_PER_UNIT,
    NOT_ALONE as _NOT_ALONE,
    PHRASE_ONLY as _PHRASE_ONLY,
    YEN_SIGNS as _YEN_SIGNS,
)

__all__ = [
    "CURRENCY_FIRST_CHARS", "CURRENCY_FIRST_WORDS", "CURRENCY_SYMBOLS", "DEFAULT_CURRENCIES", "DEFAULT_CURRENCIES_ENV",
    "EUR_PER_UNIT", "currency_after", "currency_at", "currency_before", "currency_code", "currency_words",
    "default_currency", "has_currency_sign", "might_hold_currency", "phrase_currency",
]


_CURRENCY_SYMBOLS = frozenset("€$£¥￥₩₽₹฿")
_SP = r"[ \u00a0\u202f]"
_LINK_RE = re.compile(rf"(?:de|di|of){_SP}|d['’]", re.IGNORECASE)
_MAX_PREFIX = 8  # longest currency written before a number ("HK$ ", "CHF ", "US$")


_CURRENCY_LOOKUP: dict[str, str] = {w: code for code, ws in _CURRENCY_WORDS.items() for w in ws}
_CURRENCY_LOOKUP.update({sign: "JPY" for sign in _YEN_SIGNS})
_FREE_LOOKUP = {**_CURRENCY_LOOKUP, **{w: c for c, ws in _PHRASE_ONLY.items() for w in ws}}


def _is_alphabetic(spelling: str) -> bool:
    """Latin / Cyrillic spellings need word boundaries; CJK, Hangul, Arabic and signs do not."""
    return spelling[0].isalpha() and ord(spelling[0]) < 0x600


def _index(spellings: list[str]) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """Spellings by first word (alphabetic) and by first character (the rest), longest first."""
    by_word: dict[str, list[str]] = {}
    by_char: dict[str, list[str]] = {}
    for spelling in sorted(set(spellings), key=len, reverse=True):
        if spelling.endswith("$") and spelling[0].isalpha():
            continue  # "hk$", "nt$": see _DOLLAR_PREFIXES
        if _is_alphabetic(spelling):
            by_word.setdefault(_WORD.match(spelling).group(), []).append(spelling)
        else:
            by_char.setdefault(spelling[0], []).append(spelling)
    return ({k: tuple(v) for k, v in by_word.items()}, {k: tuple(v) for k, v in by_char.items()})


# A word; a Latin or Cyrillic one ends where CJK / Hangul text is glued to it ("2k GBP前後", "500 USD정도").
_WORD = re.compile(r"[^\W\d_\u2e80-\u9fff\uac00-\ud7af]+|[^\W\d_]+")


def _gate_words(spellings: list[str]) -> frozenset[str]:
    """Words that announce a currency: single-word spellings, and for a multi-word one its
    currency word ("hong kong dollars" -> "dollars", not "hong"), else its last word."""
    single = {w for w in spellings if " " not in w}
    gate = set()
    for spelling in spellings:
        parts = spelling.split()
        inner = [p for p in parts if p in single] if len(parts) > 1 else parts
        gate.update(inner or parts[-1:])
    return frozenset(w.lower() for w in gate if _WORD.fullmatch(w) and not _GATE_SIGNS.intersection(w))


_GATE_SIGNS = frozenset("€$£¥￥₩₽₹฿円元원万萬")
_BY_WORD, _BY_CHAR = _index(list(_CURRENCY_LOOKUP))
_FREE_SPELLINGS = [w for w in _FREE_LOOKUP if w not in _NOT_ALONE and (len(w) > 1 or w in _CURRENCY_SYMBOLS)]
_FREE_BY_WORD, _FREE_BY_CHAR = _index(_FREE_SPELLINGS)
_DOLLAR_PREFIXES = frozenset(w[:-1] for w in _CURRENCY_LOOKUP if w.endswith("$") and w[0].isalpha())
_FREE_GATE_WORDS = _gate_words([w for w in _FREE_SPELLINGS if _is_alphabetic(w)])
_FREE_FIRST_CHARS = re.compile("[" + "".join(re.escape(c) for c in sorted(_FREE_BY_CHAR)) + "]")
_SPACES = frozenset(" \u00a0\u202f")
_LAST_CHARS = frozenset(w[-1] for w in _CURRENCY_LOOKUP if not w[-1].isascii())
_BY_LAST_CHAR: dict[str, tuple[str, ...]] = {}
for _spelling in sorted(_CURRENCY_LOOKUP, key=len, reverse=True):
    _BY_LAST_CHAR.setdefault(_spelling[-1], ())
    _BY_LAST_CHAR[_spelling[-1]] += (_spelling,)


def currency_at(text: str, pos: int, stop: int, by_word=_BY_WORD, by_char=_BY_CHAR) -> tuple[str, int] | None:
    """(spelling, end) of a currency written exactly at ``pos`` ("€", "dollars canadiens",
    "HK$", "万元" is not one but "元" is, "ريال قطري"), or None."""
    if pos >= stop:
        return None
    candidates = by_char.get(text[pos])
    if candidates is not None:
        for spelling in candidates:
            if text.startswith(spelling, pos) and pos + len(spelling) <= stop:
                return spelling, pos + len(spelling)
        return None
    if not text[pos].isalpha():
        return None
    word = _WORD.match(text, pos, stop)
    if word is None or (pos and text[pos - 1].isalpha() and ord(text[pos - 1]) < 0x2E80):
        return None  # inside a Latin / Cyrillic word; after CJK ("预算HK$") a word may start
    lower = word.group().lower()
    end = word.end()
    if end < stop and text[end] == "$" and lower in _DOLLAR_PREFIXES and by_word is _BY_WORD:
        return text[pos : end + 1], end + 1
    for spelling in by_word.get(lower, ()):
        finish = pos + len(spelling)
        if finish <= stop and text[pos:finish].lower().replace("\u00a0", " ") == spelling and not (
            finish < len(text) and text[finish].isalpha() and spelling[-1].isalpha()
            and (ord(text[finish]) < 0x2E80 or ord(spelling[-1]) >= 0x2E80)
        ):
            return text[pos:finish], finish
    return None


def currency_after(text: str, pos: int, stop: int) -> tuple[str, int] | None:
    """A currency after a number: one optional space, maybe "de" / "d'" / "di" / "of" before
    it ("un millón de dólares", "1,5 million d'euros")."""
    if pos < stop and text[pos] in _SPACES:
        pos += 1
    found = currency_at(text, pos, stop)
    if found is not None or pos >= stop or text[pos] not in "dDoO":
        return found
    link = _LINK_RE.match(text, pos, stop)
    return currency_at(text, link.end(), stop) if link else None


def currency_before(text: str, pos: int, consumed: int) -> tuple[str, int] | None:
    """A currency written just before the number at ``pos`` ("$", "CHF ", "HK$", "R$ ", "人民币")."""
    last = pos - 1
    if last >= consumed and text[last] in _SPACES:
        last -= 1
    if last < consumed:
        return None
    char = text[last]
    if char.isascii() and char not in _CURRENCY_SYMBOLS:
        if not char.isalpha():
            return None
        first = last
        while first > consumed and text[first - 1].isalpha():
            first -= 1
        if text[first : last + 1].lower() not in _CURRENCY_LOOKUP:
            return None  # "Budget 5K": the common case, decided with one lookup
    elif char not in _CURRENCY_SYMBOLS and char not in _LAST_CHARS:
        return None
    floor = max(consumed, pos - _MAX_PREFIX)
    for spelling in _BY_LAST_CHAR.get(char.lower(), ()):
        if spelling in _AFTER_ONLY:
            continue
        start = last + 1 - len(spelling)
        if start >= floor and text[start : last + 1].lower() == spelling and not (
            spelling[0].isalpha() and start > 0 and text[start - 1].isalpha() and ord(text[start - 1]) < 0x2E80
        ):
            return text[start : last + 1], start
    return None


_CURRENCY_WORDSET = _gate_words(list(_CURRENCY_LOOKUP))
# Dense-script spellings of two or more characters, by first character ("ドル", "달러", "دولار").
_DENSE_MULTI: dict[str, tuple[str, ...]] = {
    c: tuple(w for w in ws if len(w) > 1) for c, ws in _BY_CHAR.items() if c not in _CURRENCY_SYMBOLS
}
_DENSE_MULTI = {c: ws for c, ws in _DENSE_MULTI.items() if ws}
_DENSE_FIRST_RE = re.compile("[" + "".join(sorted(_DENSE_MULTI)) + "]")
# 円 / 元 / 원 / 엔 are currencies after a number ("50万円", "300만 원"), not in 円形, 元気, 원하다.
_GLUED_SIGN_RE = re.compile(r"[\d万萬千百億亿만천억백][ \u00a0\u202f]?[円元원엔]")


_SIGN_RE = re.compile("[" + "".join(sorted(_CURRENCY_SYMBOLS)) + "]")


def has_currency_sign(text: str) -> bool:
    """A currency sign ("€", "$" …) or 円 / 元 / 원 / 엔 right after a number."""
    if _SIGN_RE.search(text):
        return True
    return ("円" in text or "元" in text or "원" in text or "엔" in text) and _GLUED_SIGN_RE.search(text) is not None


def currency_words() -> list[str]:
    """Words that announce a currency, for a word finder over folded text (see
    :func:`might_hold_currency`): alphabetic currency words and multi-character spellings in
    CJK / Hangul / Arabic script."""
    dense = {w for ws in _DENSE_MULTI.values() for w in ws if " " not in w}
    return sorted(_CURRENCY_WORDSET | dense)


def might_hold_currency(text: str) -> bool:
    """Cheap pre-check: a currency sign or a currency word occurs somewhere in ``text``."""
    if has_currency_sign(text):
        return True
    for found in _DENSE_FIRST_RE.finditer(text):
        if text.startswith(_DENSE_MULTI[found.group()], found.start()):
            return True
    return not _CURRENCY_WORDSET.isdisjoint(_WORD.findall(text.lower()))


@lru_cache(maxsize=16)
def _currency_overrides(setting: str) -> dict[str, str]:
    overrides = {}
    for item in setting.split(","):
        language, _, code = item.partition("=")
        language, code = language.strip().upper(), code.strip().upper()
        if language and code in EUR_PER_UNIT:
            overrides[language] = code
    return overrides


def default_currency(language: str | None) -> str:
    """Currency of an amount written without one in a note of ``language``:
    :data:`DEFAULT_CURRENCIES`, overridden by ``$LVMH_DEFAULT_CURRENCIES`` (read at each call)."""
    key = (language or "").upper()
    setting = os.environ.get(DEFAULT_CURRENCIES_ENV)
    if setting:
        overrides = _currency_overrides(setting)
        code = overrides.get(key) or (overrides.get("*") if key not in DEFAULT_CURRENCIES else None)
        if code:
            return code
    return DEFAULT_CURRENCIES.get(key, "EUR")


def currency_code(token: str, language: str | None) -> str | None:
    """ISO code of a written currency (``¥``: CNY in Chinese notes, JPY otherwise)."""
    if token in _YEN_SIGNS:
        return "CNY" if (language or "").upper() == "ZH" else "JPY"
    return _CURRENCY_LOOKUP.get(token.lower()) or _CURRENCY_LOOKUP.get(re.sub(r"\s+", " ", token.lower()))


def phrase_currency(text: str, start: int, end: int, skip: tuple[int, int]) -> str | None:
    """A currency named in ``text[start:end]`` away from any number ("Budget 6K, in dollars",
    "预算5万，欧元", "بالدولار"), outside ``skip``; the one nearest to ``skip`` wins."""
    positions = []
    if not _FREE_GATE_WORDS.isdisjoint(_WORD.findall(text[start:end].lower())):
        positions = [m.start() for m in _WORD.finditer(text, start, end) if m.group().lower() in _FREE_BY_WORD]
    if _FREE_FIRST_CHARS.search(text, start, end):
        positions += [m.start() for m in _FREE_FIRST_CHARS.finditer(text, start, end)]
    if text.find("$", start, end) != -1:  # "(R$)", "in HK$"
        positions += [m.start() for m in _PREFIXED_DOLLAR.finditer(text, start, end)]
    if not positions:
        return None
    best, distance = None, math.inf
    for pos in positions:
        if skip[0] <= pos < skip[1]:
            continue
        found = currency_at(text, pos, end, _FREE_BY_WORD, _FREE_BY_CHAR) or _prefixed_dollar(text, pos, end)
        if found is None:
            continue
        spelling, stop = found
        if spelling.isascii() and spelling.isalpha() and len(spelling) == 3 and not spelling.isupper():
            continue  # "sar", "cad": codes count in capitals only
        if pos and _KATAKANA.match(text, pos - 1) and _KATAKANA.match(spelling):
            continue  # "ハンドル", "ブランド": the end of a katakana word, no "ドル"
        if _AMOUNT_BEFORE.search(text, max(start, pos - 14), pos) or _DIGIT_AFTER.match(text, stop):
            continue  # the currency of another amount ("$4,000", "3 mila euro")
        code = _FREE_LOOKUP.get(spelling.lower()) or _FREE_LOOKUP.get(spelling)
        if code is None or taken_back(text, stop):
            continue  # "in Taiwan dollars, no, Hong Kong dollars": the currency said first is withdrawn
        gap = skip[0] - stop if stop <= skip[0] else pos - skip[1]
        if gap < distance:
            best, distance = code, gap
    return best


# A dollar sign after a country prefix, named away from a number ("Orçamento uns 15k (R$)").
_PREFIXED_DOLLAR = re.compile(
    r"(?<![^\W\d_])(?i:" + "|".join(sorted(_DOLLAR_PREFIXES, key=len, reverse=True)) + r")\$"
)


def _prefixed_dollar(text: str, pos: int, end: int) -> tuple[str, int] | None:
    found = _PREFIXED_DOLLAR.match(text, pos, end)
    return (found.group(), found.end()) if found else None


_KATAKANA = re.compile("[\u30a1-\u30fa\u30fc]")
_AMOUNT_BEFORE = re.compile(
    r"(?:\d|\b(?:[kKmM]|mio|mln|mil|mila|mille|tausend|thousand|grand|tsd|тыс|тысяч[аиу]?|млн|миллион\w*|"
    r"million\w*|milioni?|millones|millón|milhões|milhão|ألف|آلاف|مليون)\.?|[万萬千만천억億亿百])[ \u00a0\u202f]?$",
    re.IGNORECASE,
)
_DIGIT_AFTER = re.compile(r"[ \u00a0\u202f]?\d")


CURRENCY_SYMBOLS = _CURRENCY_SYMBOLS
CURRENCY_FIRST_WORDS = frozenset(_BY_WORD)  # first words of alphabetic spellings ("dollars", "hk")
CURRENCY_FIRST_CHARS = frozenset(_BY_CHAR)  # first characters of signs and dense-script spellings
