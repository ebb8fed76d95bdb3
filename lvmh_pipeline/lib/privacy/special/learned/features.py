"""Tokens and hashed features of the learned Art. 9 tagger.

A token is a run of letters, a run of digits, a placeholder left by pseudonymization
(``[NAME]``, ``[PHONE]`` … read as one token, never tagged), or one character of a script
written without spaces (kana, CJK ideographs). A token's features are its folded word, its
prefixes and suffix, its character trigrams, its neighbours (two on each side) and the first
letters of the words around it; each feature is hashed (CRC-32, the same in every process) to one
of ``2**HASH_BITS`` columns.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple
from zlib import crc32

__all__ = ["HASH_BITS", "Token", "feature_rows", "tokens", "word_features"]

HASH_BITS = 18
_MASK = (1 << HASH_BITS) - 1
_DENSE = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # kana, CJK ideographs: one token a character
_TOKEN = re.compile(rf"\[[A-Z]+\]|[{_DENSE}]|[^\W\d_{_DENSE}]+|\d+")
_PLACEHOLDER = "<ph>"
_CONTEXT_WORDS = 3  # words on each side whose first letters join a token's features


class Token(NamedTuple):
    """One token: ``text[start:end]``, its folded form, and whether it is a placeholder."""

    start: int
    end: int
    word: str
    placeholder: bool


def _dense(char: str) -> bool:
    code = ord(char)
    return 0x3040 <= code <= 0x30FF or 0x3400 <= code <= 0x4DBF or 0x4E00 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF


def tokens(text: str) -> list[Token]:
    """The tokens of ``text`` in order (see the module docstring)."""
    return [Token(m.start(), m.end(), _PLACEHOLDER, True) if (word := m.group())[0] == "[" else
            Token(m.start(), m.end(), word.casefold(), False) for m in _TOKEN.finditer(text)]


def _hashed(names: list[str]) -> list[int]:
    return [crc32(name.encode()) & _MASK for name in names]


@lru_cache(maxsize=1 << 16)
def word_features(word: str) -> tuple[int, ...]:
    """The hashed features of a word alone: the word, its prefixes and suffix, its character
    trigrams (a dense-script character: itself only)."""
    if len(word) == 1 and _dense(word):
        return tuple(_hashed(["bias", "w=" + word]))
    bounded = "^" + word + "$"
    return tuple(_hashed(["bias", "w=" + word, "p=" + word[:4], "s=" + word[-4:], "p5=" + word[:5], "p3=" + word[:3],
                          *("g=" + bounded[k : k + 3] for k in range(len(bounded) - 2))]))


def feature_rows(toks: list[Token]) -> list[list[int]]:
    """The hashed feature columns of every token of ``toks``."""
    words = [t.word for t in toks]
    n = len(words)
    padded = ["<s>", "<s>", *words, "</s>", "</s>"]
    stems = [w[:5] for w in words]
    rows: list[list[int]] = []
    for i, word in enumerate(words):
        left2, left, right, right2 = padded[i], padded[i + 1], padded[i + 3], padded[i + 4]
        names = ["l=" + left, "r=" + right, "ll=" + left2, "rr=" + right2, "lb=" + left + "|" + word, "rb=" + word + "|" + right]
        if len(word) == 1 and _dense(word):
            names += ["t1=" + left + word + right, "t2=" + left2 + left + word, "t3=" + word + right + right2]
        names += ["bag=" + stems[j] for j in range(max(0, i - _CONTEXT_WORDS), min(n, i + _CONTEXT_WORDS + 1)) if j != i]
        rows.append([*word_features(word), *_hashed(names)])
    return rows
