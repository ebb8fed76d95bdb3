"""One quantity at a position of the text: digits with a multiplier ("5K", "3,5 Mio.", "5 mila"),
numbers in words ("deux mille cinq cents", "tremila"), CJK/Hangul numerals ("五十万", "1억 5천만");
grouped digits to float (:func:`to_float`).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from lvmh_pipeline.lib.concepts.budgets.numbers.sums import _INF, _Sum, hundreds_after
from lvmh_pipeline.lib.concepts.budgets.numbers.words import (
    HUNDREDS_SAID_SHORT,
    MONEY_AFTER_GRAND,
    _ABBREVIATIONS,
    _ARTICLES,
    _CJK_SCALES,
    _DIGIT_MULTIPLIER_RE,
    _DIGIT_MULTIPLIERS,
    _HAN,
    _HAN_AFTER,
    _HAN_IDEOGRAPH_RE,
    _HANGUL,
    _HANGUL_AFTER,
    _HANGUL_RE,
    _HANGUL_SCALE_CHARS,
    _MULTIPLIER_FIRSTS,
    _NUM_RE,
    _PHRASE_FIRSTS,
    _PHRASE_RE,
    _PHRASES,
    _SPACE,
    _STANDALONE,
    _WORD_RE,
    _WORDS,
    BIG,
    CONN,
    HALF,
    NUM,
    SMALL,
    Token,
    word_tokens,
)

# What French "et" joins inside a number: "vingt et un", "trente et une", "soixante et onze".
_FRENCH_ET_NEXT = re.compile(r"(?:un|une|onze)(?![^\W\d_])", re.IGNORECASE)
__all__ = ["Quantity", "is_number_start", "is_year", "scan_quantity", "to_float"]


class Quantity(NamedTuple):
    """One quantity: its value, span, and how it was written."""

    value: float
    start: int
    end: int
    multiplier: bool  # a multiplier (K, mille, 万, hundred …) was applied
    big: bool  # a group-closing multiplier (thousand, K, 万 …) was applied
    words: bool  # the number itself is written in words or CJK/Hangul numerals
    lead_scale: float  # factor applied to the leading number ("4K": 1000, "5천만": 1e7)
    group_scale: float  # the first group-closing multiplier ("5천만": 1e4; 1 if none)
    digits: str | None  # the digits as written when the quantity is a bare number
    hangul: bool = False  # a Hangul multiplier (만, 천 …) was written: Korean won by default
    bare: bool = False  # only a multiplier word, no count ("mille", "a thousand", "тысяча")


_YEAR = re.compile(r"(?:19|20)\d\d")


def is_year(digits: str) -> bool:
    """Four digits that read as a year of 1900–2099 ("since 2019"), not an amount."""
    return _YEAR.fullmatch(digits) is not None


def is_number_start(text: str, pos: int) -> bool:
    """Could a quantity in words start at ``pos`` (a word start or a CJK numeral)?"""
    ch = text[pos]
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
    tokens = word_tokens(word)
    if tokens is None:
        return False
    kind = tokens[0][0]
    return kind in (NUM, HALF) or (kind == BIG and (word in _STANDALONE or len(tokens) > 1)) or word in ("مائة", "مئة")


def scan_quantity(text: str, pos: int, stop: int) -> Quantity | None:
    """The quantity that starts exactly at ``pos`` (digits, words or CJK numerals), or None."""
    if text[pos].isdigit():
        quick = _digits_quantity(text, pos, stop) or _scan(text, pos, stop)
        return None if quick is None else hundreds_after(text, quick, stop, _scan)
    return _scan(text, pos, stop)


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




def _money_after(text: str, end: int, stop: int) -> bool:
    """Nothing but punctuation or a money word after "a grand" ("a grand, sterling", "a grand per
    pair"): money, not an adjective."""
    word = _WORD_RE.match(text, end + 1, stop) if end + 1 < stop and text[end] == " " else None
    if word is not None:
        return word.group().lower() in MONEY_AFTER_GRAND
    return end >= stop or not text[end].isalnum()


def _scan(text: str, pos: int, stop: int) -> Quantity | None:
    acc = _Sum()
    start = end = pos
    digit_led = text[pos].isdigit()
    hangul_led = han_led = False
    words = not digit_led
    digits: str | None = None
    connector = False  # a spaced connector ("and", "e", "y") waits for the next word
    end_before_connector, joined = end, None  # joined: the sum and end before "and" + the number after it
    scale_before, tail = 0.0, None  # "一万五", "1万5": one digit right after a CJK unit counts in the next unit down
    while pos < stop:
        ch = text[pos]
        glued = phrased = False
        if ch.isdigit():
            if acc.last is not None and (acc.last[0] != BIG or connector) and not (
                    acc.last[0] == SMALL and pos == end and text[pos - 1] in "천千" and text[pos + 1 : pos + 2] in ("백", "百")):
                break  # digits continue a number only after 万/억 … ("2万5000", "1억 5천만") or "2천5백만"
            match = _NUM_RE.match(text, pos, stop)
            value = to_float(match.group())
            spaced = pos > end and not _multiplier_at(text, match.end(), stop)
            if acc.last is not None and (value >= acc.last_big or spaced):
                break  # "50万 2人" is two numbers
            if acc.last is None:
                digits = match.group()
            tokens: tuple[Token, ...] = ((NUM, value),)
            next_pos = match.end()
        elif ch in _HAN or ch in _HANGUL:
            token = _HAN.get(ch) or _HANGUL[ch]
            if acc.last is None:
                hangul_led = ch in _HANGUL
                han_led = ch in _HAN
            elif connector or (digit_led and token[0] == NUM):
                break
            tokens = (token,)
            next_pos = pos + 1
        else:
            phrase = _PHRASE_RE.match(text, pos, stop) if text[pos].isalpha() else None
            if phrase is not None:
                tokens = _PHRASES[" ".join(re.split(r"[\s-]+", phrase.group().lower()))]
                next_pos, phrased = phrase.end(), True
            else:
                match = _WORD_RE.match(text, pos, stop)
                if match is None:
                    break
                word = match.group().lower()
                tokens = word_tokens(word)
                if tokens is None and digit_led and acc.last is not None and acc.last[0] == NUM:
                    factor = _DIGIT_MULTIPLIERS.get(word)
                    tokens = ((BIG, factor),) if factor else None
                if tokens is None:
                    break
                if word == "grand" and (acc.last is None or acc.article) and not (
                        text[max(0, pos - 2) : pos].lower() == "a " and _money_after(text, match.end(), stop)):
                    break  # "un grand sac", "a grand piano"; not "just over a grand per pair"
                glued = len(tokens) > 1
                next_pos = match.end()
                if word in _ABBREVIATIONS and next_pos < stop and text[next_pos] == ".":
                    next_pos += 1
            if digit_led and any(t[0] != BIG and t[0] != SMALL for t in tokens):
                break  # "5K a month", "3 e 4K": words after digits are only multipliers
            if tokens[0][0] == CONN and len(tokens) == 1:
                if connector or acc.last is None:
                    break
                if text[pos:next_pos].lower() == "et" and not _FRENCH_ET_NEXT.match(text, _skip_gap(text, next_pos, stop)):
                    break  # "entre quinze cents et deux mille": a range; "et" joins only "vingt et un", "soixante et onze"
                connector = True
                end_before_connector = end
                pos = _skip_gap(text, next_pos, stop)
                continue
            if acc.last is not None and not connector and tokens[0][0] == NUM and phrase is None \
                    and match.group().lower() in _ARTICLES:
                break
        trial = acc.copy()
        ok = True
        after_connector = connector
        for token in tokens:
            if token[0] == CONN:
                if trial.last is None:
                    ok = False
                    break
                after_connector = True
                continue
            if token[0] == BIG and token[1] < 0 and (trial.last is None or trial.last[0] == BIG):
                ok = False  # "mila", "тысяч" need a number before them
                break
            if not trial.accepts(token, after_connector):
                ok = False
                break
            if trial.last is None and token[0] == NUM and not glued and ch.isalpha() and not phrased \
                    and _WORD_RE.match(text, pos).group().lower() in _ARTICLES:  # not "a couple (grand)"
                trial.article = True
            elif token[0] != NUM:
                trial.article = trial.article and token[0] not in (SMALL, BIG)
            trial.add(token)
            after_connector = False
        if not ok or after_connector:
            if connector:
                end = end_before_connector
            elif joined is not None and tokens[0][0] == BIG:
                acc, end = joined  # "between fifteen hundred and two thousand": "and" is the range's
            break
        joined = (acc, end) if connector else None
        acc = trial
        if len(tokens) == 1 and tokens[0][0] in (BIG, SMALL) and ch in _CJK_SCALES:
            scale_before, tail = abs(tokens[0][1]), None
        elif len(tokens) == 1 and tokens[0][0] == NUM and scale_before >= 100 and next_pos - pos == 1 \
                and 1 <= tokens[0][1] <= 9:
            scale_before, tail = 0.0, (tokens[0][1], scale_before)
        else:
            scale_before, tail = 0.0, None
        connector = False
        end = next_pos
        pos = _skip_gap(text, end, stop)
    if acc.last is None or acc.article and acc.last[0] == NUM:
        return None
    if hangul_led and end < len(text) and _HANGUL_RE.match(text, end) and text[end] not in _HANGUL_AFTER:
        return None  # "천천히", "구두": syllables of a word
    if han_led and end < len(text) and _HAN_IDEOGRAPH_RE.match(text, end) and text[end] not in _HAN_AFTER:
        return None  # "千差万別", "五十嵐", "一番": characters of a word
    if acc.numbers == 0 and acc.last[0] == NUM:
        return None
    value = acc.value
    if words and 1 <= value % 1000 <= 9 and HUNDREDS_SAID_SHORT.search(text, start, end):
        value += (value % 1000) * 99  # "deux mille cinq", "duemila e cinque": 2,500 said short
    if tail is not None:
        value += tail[0] * (tail[1] / 10 - 1)  # "一万五" = 15,000, "两千三" = 2,300
    if value <= 0:
        return None
    multiplier = acc.last_big < _INF or acc.factor != 1.0 or acc.last_small < _INF
    lead = acc.factor if acc.numbers <= 1 else (acc.first_big or 1.0)
    return Quantity(value, start, end, multiplier, acc.last_big < _INF, words, lead, acc.first_big or 1.0,
                    digits if not multiplier and not words else None,
                    not _HANGUL_SCALE_CHARS.isdisjoint(text[start:end]), acc.numbers == 0 or acc.article)



def _skip_gap(text: str, pos: int, stop: int) -> int:
    """Past one space or hyphen between parts of a number ("vingt-cinq", "5 mila", "1억 5천만")."""
    if pos < stop and text[pos] in _SPACE:
        pos += 1
    if pos < stop and text[pos] == "-" and pos + 1 < stop and text[pos + 1].isalpha():
        pos += 1
    return pos


_MULTIPLIER_AFTER = re.compile(r"[ \u00a0\u202f]?(?:[十百千万萬億亿십백천만억]|[^\W\d_]+)")


def _multiplier_at(text: str, pos: int, stop: int) -> bool:
    """Does a multiplier follow at ``pos`` ("5 mila", "1억 5천만")?"""
    match = _MULTIPLIER_AFTER.match(text, pos, stop)
    if match is None:
        return False
    found = match.group().strip()
    if found[0] in _CJK_SCALES:
        return True
    tokens = _WORDS.get(found.lower())
    return tokens is not None and tokens[0][0] in (SMALL, BIG) or found.lower() in _DIGIT_MULTIPLIERS


_GROUP_SPACES = re.compile(r"[ \u00a0\u202f'’٬]")
_GROUPED = re.compile(r"(\d{1,3}|\d{1,2}(?:,\d\d)+(?=,))((?:[.,]\d{3})+)([.,]\d{1,2})?")  # "1,50,000": Indian


def to_float(number: str) -> float:
    """Parse ``1 500`` / ``3.500`` / ``8,000`` / ``1.5`` / ``2,5`` / ``٥٠٠٠`` into a float."""
    if number.isdigit():
        return float(number)
    compact = _GROUP_SPACES.sub("", number).replace("٫", ".")
    groups = _GROUPED.fullmatch(compact)
    if groups and (groups.group(3) or len({c for c in groups.group(2) if c in ".,"}) == 1):
        whole = (groups.group(1) + groups.group(2)).replace(".", "").replace(",", "")
        decimals = groups.group(3)[1:] if groups.group(3) else ""
        return float(f"{int(whole)}.{decimals or 0}")
    return float(compact.replace(",", "."))
