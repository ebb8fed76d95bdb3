"""A run of digits as a speaker gives them and a transcription writes them down: groups of figures
(ASCII, Arabic-Indic, full-width: "48 12", "٤٤٧١"), number words of the spaced languages ("four
four one two", "quatre deux un sept", "ноль девять"), "double"/"triple" before a digit, and digit
characters of the dense scripts ("四四一二", "七七〇一", "사사일이"), mixed as people mix them
("zero 7700 nine double zero 123").

:func:`read_digits` reads such a run from a position and says how long it is; the detectors of
number fragments (card endings, IBANs read out) decide what a run of that length is.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from lvmh_pipeline.lib.privacy.spoken.phones import is_number_word

__all__ = ["DigitRun", "read_digits"]

_FIGURES = "0-9٠-٩۰-۹０-９"
_DENSE_DIGITS = "〇○零一二三四五六七八九幺공영일이삼사오육칠팔구"
# A figure group, a run of dense digit characters, or a word (number words are checked below).
_TOKEN = re.compile(rf"[{_FIGURES}]+|[{_DENSE_DIGITS}]+|[^\W\d_]+")
_BETWEEN = re.compile(r"[ \t\u3000]*[,،、，\-–]?[ \t\u3000]*")
_REPEATS = frozenset(("double", "triple", "doble", "doppio", "dubbel", "doppel", "dobro", "duplo"))
# "and" between two number words ("noventa y uno", "mil e dois", "ثلاثة و عشرين")
_JOINS = frozenset(("y", "e", "et", "und", "en", "and", "и", "و"))


class DigitRun(NamedTuple):
    """Where a run of digits starts and ends, its tokens (groups, words), and how many digits
    its figures and dense characters hold (a word counts as one)."""

    start: int
    end: int
    tokens: int
    digits: int
    words: int


def _token_digits(token: str, extra: frozenset[str]) -> tuple[int, bool] | None:
    """(digits, is a word) of one token of a run, or None when it is no digit."""
    if token[0] in _DENSE_DIGITS or not token[0].isalpha():
        return len(token), False
    if is_number_word(token) or token.lower() in extra:
        return 1, True
    return None


def read_digits(text: str, pos: int, max_tokens: int = 24, extra: frozenset[str] = frozenset()) -> DigitRun | None:
    """The run of digits (figures, number words, dense digit characters) that opens at ``pos``
    after blanks, or None when the first token is not a digit. "double"/"triple" count only
    before a digit word ("double five"), never at the end of the run; "and" only between two
    words ("noventa y uno"). ``extra`` words count as number words too (a caller's "mille")."""
    start = end = -1
    tokens = digits = words = 0
    cursor = pos
    pending_repeat = False
    while tokens < max_tokens:
        gap = _BETWEEN.match(text, cursor)
        at = gap.end() if gap else cursor
        if start >= 0 and at == cursor and at < len(text) and text[at].isalnum() and not (
            text[at] in _DENSE_DIGITS and text[cursor - 1] in _DENSE_DIGITS
        ):
            break  # a token glued to the one before without a digit between ("4412です" ends at です)
        m = _TOKEN.match(text, at)
        if m is None:
            break
        token = m.group()
        if token.lower() in _REPEATS or start >= 0 and words and token.lower() in _JOINS:
            pending_repeat, cursor = token.lower() in _REPEATS, m.end()
            continue
        value = _token_digits(token, extra)
        if value is None or len(token) == 1 and token in _DENSE_DIGITS and m.end() < len(text) and (
            text[m.end()].isalpha() and text[m.end()] not in _DENSE_DIGITS
        ):
            break  # a syllable of a word, not a digit ("이번", "삼성", "一样")
        if start < 0:
            start = m.start()
        tokens += 1
        digits += value[0] * (2 if pending_repeat else 1)
        words += value[1]
        end = cursor = m.end()
        pending_repeat = False
    if start < 0:
        return None
    return DigitRun(start, end, tokens, digits, words)
