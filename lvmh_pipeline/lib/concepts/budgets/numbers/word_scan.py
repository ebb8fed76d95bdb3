"""The general reader of one quantity (:func:`scan_number`): digits, number words, CJK/Hangul
numerals and multipliers read token by token and summed group by group ("deux mille cinq cents",
"tremila", "1억 5천만", "一万五", "between fifteen hundred and two thousand"), stopping where the
number stops ("5K a month", "un grand sac").
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.concepts.budgets.numbers.sums import _INF, _Sum
from lvmh_pipeline.lib.concepts.budgets.numbers.words import (
    HUNDREDS_SAID_SHORT,
    MONEY_AFTER_GRAND,
    _ABBREVIATIONS,
    _ARTICLES,
    _CJK_SCALES,
    _DIGIT_MULTIPLIERS,
    _HAN,
    _HAN_AFTER,
    _HAN_IDEOGRAPH_RE,
    _HANGUL,
    _HANGUL_AFTER,
    _HANGUL_RE,
    _HANGUL_SCALE_CHARS,
    _NUM_RE,
    _PHRASE_RE,
    _PHRASES,
    _SPACE,
    _WORD_RE,
    _WORDS,
    BIG,
    CONN,
    NUM,
    SMALL,
    Token,
    to_prefixed,
    word_tokens,
)
from lvmh_pipeline.lib.concepts.budgets.numbers.values import Quantity, to_float

__all__ = ["scan_number"]

# What French "et" joins inside a number: "vingt et un", "trente et une", "soixante et onze".
_FRENCH_ET_NEXT = re.compile(r"(?:un|une|onze)(?![^\W\d_])", re.IGNORECASE)


# French-only number words before "grand max" (au grand maximum), and the "max" after it.
_FRENCH_NUMBER = re.compile(r"(?<![^\W\d_])(?:deux|trois|quatre|cinq|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|"
                            r"quarante|cinquante|soixante|cents?|mille)(?![^\W\d_])", re.IGNORECASE)
_MAX_NEXT = re.compile(r"[ \u00a0]+(?:max|maxi|maximum)(?![^\W\d_])", re.IGNORECASE)


def _money_after(text: str, end: int, stop: int) -> bool:
    """Nothing but punctuation or a money word after "a grand" ("a grand, sterling", "a grand per
    pair"): money, not an adjective."""
    word = _WORD_RE.match(text, end + 1, stop) if end + 1 < stop and text[end] == " " else None
    if word is not None:
        return word.group().lower() in MONEY_AFTER_GRAND
    return end >= stop or not text[end].isalnum()


# Words that open with a Hangul numeral, after a space past a number ("천오백 사이", "백만 이상", "오백 이하").
_SPACED_HANGUL_WORDS = frozenset("사이 이상 이하 이내 이번 이제 오늘 오전 오후 일단 일정 일반 구매 육아 삼성 십자 이쪽 사람".split())


def scan_number(text: str, pos: int, stop: int) -> Quantity | None:
    """The quantity that starts at ``pos`` read token by token, or None where none does."""
    acc = _Sum()
    start = end = pos
    digit_led = text[pos].isdigit()
    hangul_led = han_led = False
    words = not digit_led
    digits: str | None = None
    connector = False  # a spaced connector ("and", "e", "y") waits for the next word
    end_before_connector, joined = end, None  # joined: the sum and end before "and" + the number after it
    spoken_pair = None  # (sum, end, scale) before a number word said right after a scale word
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
            if acc.last is not None and pos > end and text[pos : pos + 2] in _SPACED_HANGUL_WORDS:
                break  # "천오백 사이": "between", no 4
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
                if tokens is None and acc.last is None:
                    tokens = to_prefixed(word)  # "توصل لخمسة وعشرين": "to twenty-five"
                if tokens is None and digit_led and acc.last is not None and acc.last[0] == NUM:
                    factor = _DIGIT_MULTIPLIERS.get(word)
                    tokens = ((BIG, factor),) if factor else None
                if tokens is None:
                    break
                if word == "grand" and (acc.last is None or acc.article) and not (
                        text[max(0, pos - 2) : pos].lower() == "a " and _money_after(text, match.end(), stop)):
                    break  # "un grand sac", "a grand piano"; not "just over a grand per pair"
                if word == "grand" and _FRENCH_NUMBER.search(text, start, pos) and _MAX_NEXT.match(text, match.end(), stop):
                    break  # "deux mille cinq grand max": French "at the very most", not "grand" (thousand)
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
            elif spoken_pair is not None and tokens[0][0] in (SMALL, BIG) and abs(tokens[0][1]) == spoken_pair[2]:
                acc, end = spoken_pair[:2]  # "quatre cents cinq cents": two amounts, a range said without a pause
            break
        if connector or tokens[0][0] == CONN:
            joined = joined or (acc, end)  # "and", glued "و": the number after it may be a range's second one
        elif any(token[0] != NUM for token in tokens):
            joined = None  # kept over plain numbers until a scale word: "and twenty five | thousand"
        spoken_pair = (acc, end, abs(acc.last[1])) if words and not glued and len(tokens) == 1 and tokens[0][0] == NUM \
            and acc.last is not None and acc.last[0] in (SMALL, BIG) and ch.isalpha() and ch not in _CJK_SCALES else None
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
