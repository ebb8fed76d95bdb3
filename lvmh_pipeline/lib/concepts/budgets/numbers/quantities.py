"""One quantity at a position of the text: digits with a multiplier ("5K", "3,5 Mio.", "5 mila"),
numbers in words ("deux mille cinq cents", "tremila"), CJK/Hangul numerals ("五十万", "1억 5천만");
the fast path for digits with one multiplier here, the general reader in :mod:`.word_scan`;
:class:`Quantity`, :func:`to_float` and :func:`is_year` in :mod:`.values`.
"""

from __future__ import annotations

from functools import lru_cache

from lvmh_pipeline.lib.concepts.budgets.numbers.sums import hundreds_after
from lvmh_pipeline.lib.concepts.budgets.numbers.words import (
    _ABBREVIATIONS,
    _CJK_SCALES,
    _CONNECTORS,
    _DIGIT_MULTIPLIER_RE,
    _DIGIT_MULTIPLIERS,
    _GLUED_PARTS,
    _HAN,
    _HANGUL,
    _HANGUL_RE,
    _MULTIPLIER_FIRSTS,
    _NUM_RE,
    _PHRASE_FIRSTS,
    _PHRASE_RE,
    _SPACE,
    _STANDALONE,
    _WORD_RE,
    _WORDS,
    BIG,
    HALF,
    NUM,
    SMALL,
    to_prefixed,
    word_tokens,
)
from lvmh_pipeline.lib.concepts.budgets.numbers.values import Quantity, is_year, to_float
from lvmh_pipeline.lib.concepts.budgets.numbers.word_scan import scan_number

__all__ = ["NUMBER_FIRSTS", "Quantity", "is_number_start", "is_year", "scan_quantity", "to_float"]


def _number_firsts() -> frozenset[str]:
    """Every character a quantity in words can start with, in either case: the first characters of the number
    words, glued parts, connectors and phrases, the Arabic prefixes و / ب / ل, the CJK and Hangul numerals."""
    lowered = {w[0] for w in (*_WORDS, *_GLUED_PARTS, *_CONNECTORS, *_PHRASE_FIRSTS, "مائة", "مئة", "مية")} | set("وبل")
    cased = (ch for ch in map(chr, range(0x10000)) if ch.lower()[:1] in lowered)  # "İ", "K" (Kelvin) included
    return frozenset(_HAN) | frozenset(_HANGUL) | frozenset(cased)


# A cheap gate before :func:`is_number_start`: a word whose first character is not here starts no number
# (a third of the word starts of a note; the CJK runs and most Hangul syllables).
NUMBER_FIRSTS = _number_firsts()


def is_number_start(text: str, pos: int) -> bool:
    """Could a quantity in words start at ``pos`` (a word start or a CJK numeral)?"""
    ch = text[pos]
    if ch not in NUMBER_FIRSTS:
        return False
    token = _HAN.get(ch)
    if token is not None:
        return token[0] != BIG
    token = _HANGUL.get(ch)
    if token is not None:
        return token[0] != BIG and not (pos and _HANGUL_RE.match(text, pos - 1))
    match = _WORD_RE.match(text, pos)
    if match is None:
        return False
    word = match.group().lower()
    if word in _PHRASE_FIRSTS and _PHRASE_RE.match(text, pos):
        return True
    return _starts_number(word)


@lru_cache(maxsize=1 << 16)
def _starts_number(word: str) -> bool:
    """Could a quantity start with the lower-cased ``word`` (a number word, not a bare multiplier or connector)?
    (Cached: every word start of every note is asked.)"""
    tokens = word_tokens(word) or to_prefixed(word)
    if tokens is None:
        return False
    kind = tokens[0][0]
    # a hundred glued to more ("hundertfünfzig", "centocinquanta", "honderdvijftig") starts one; "cent" alone does not
    return kind in (NUM, HALF) or (kind in (BIG, SMALL) and (word in _STANDALONE or len(tokens) > 1)) \
        or word in ("مائة", "مئة", "مية")


def scan_quantity(text: str, pos: int, stop: int) -> Quantity | None:
    """The quantity that starts exactly at ``pos`` (digits, words or CJK numerals), or None."""
    if text[pos].isdigit():
        quick = _digits_quantity(text, pos, stop) or scan_number(text, pos, stop)
        return None if quick is None else hundreds_after(text, quick, stop, scan_number)
    return scan_number(text, pos, stop)


def _digits_quantity(text: str, pos: int, stop: int) -> Quantity | None:
    """Fast path for "3500", "5K", "5 mila", "2 Mio."; None when the general reader is needed
    (CJK/Hangul multipliers, several multipliers)."""
    match = _NUM_RE.match(text, pos, stop)
    raw = match.group()
    end = match.end()
    after_space = end + 1 if end + 1 < stop and text[end] in _SPACE else end
    if end < stop and (text[end] in _CJK_SCALES or text[after_space] in _CJK_SCALES):
        return None
    value = float(raw) if raw.isdigit() else to_float(raw)
    nxt = end + 1 if end + 1 < stop and text[end] in _SPACE else end
    multiplier = _DIGIT_MULTIPLIER_RE.match(text, end, stop) if nxt < stop and text[nxt] in _MULTIPLIER_FIRSTS else None
    if multiplier is None:
        return Quantity(value, pos, end, False, False, False, 1.0, 1.0, raw)
    after = multiplier.end()
    if after < stop and (text[after] in _CJK_SCALES or _DIGIT_MULTIPLIER_RE.match(text, after, stop)):
        return None
    word = multiplier.group(1).lower()
    kind, factor = _WORDS[word][0] if word in _WORDS else (BIG, _DIGIT_MULTIPLIERS[word])
    factor = abs(factor)
    if word in _ABBREVIATIONS and after < stop and text[after] == ".":
        after += 1
    return Quantity(value * factor, pos, after, True, kind == BIG, False, factor, factor if kind == BIG else 1.0, None)
