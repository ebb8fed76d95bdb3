"""Hashed features of the learned name tagger.

Tokens are those of the Art. 9 tagger (:func:`..special.learned.features.tokens`: letter runs,
digit runs, placeholders, one token a kana or CJK character). A token's features add to its own
spelling (the word, its prefixes and suffix, its character trigrams) what tells a name from a word
in any script: its shape as written (``Xx``, ``XX``, ``x``) and script, what the name lexicon and
the common-word guards say of it (:func:`..guard.classify`: NAME, AMBIGUOUS, COMMON, UNKNOWN), the
punctuation right before and after it, whether it opens a sentence, and the same of its
neighbours (a title, a kin word, a placeholder ``[NAME]`` left by the rules, a given name).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from zlib import crc32

from lvmh_pipeline.lib.privacy.names.guard import classify
from lvmh_pipeline.lib.privacy.special.learned.features import HASH_BITS, Token, tokens, word_features

__all__ = ["HASH_BITS", "feature_rows", "tokens"]

_MASK = (1 << HASH_BITS) - 1
_CONTEXT_WORDS = 3


def _hashed(names: list[str]) -> list[int]:
    return [crc32(name.encode()) & _MASK for name in names]


@lru_cache(maxsize=1 << 16)
def _script(char: str) -> str:
    name = unicodedata.name(char, "")
    return name.split(" ", 1)[0] if name else "?"


@lru_cache(maxsize=1 << 16)
def _shape(word: str) -> str:
    """``Xx``, ``XX``, ``X``, ``x``, ``xX`` (a capital inside: "McAllister", "DeLuca"), ``d``
    (digits), ``ph`` (a placeholder), ``u`` (a script without case), each with its script."""
    if word.startswith("["):
        return "ph"
    if word.isdigit():
        return "d"
    script = _script(word[0])
    if word.lower() == word.upper():
        return "u:" + script
    if word.isupper():
        return ("XX:" if len(word) > 1 else "X:") + script
    if word[0].isupper():
        return ("xX:" if any(c.isupper() for c in word[1:]) else "Xx:") + script
    return "x:" + script


@lru_cache(maxsize=1 << 16)
def _kind(word: str) -> str:
    """What the lexicon and the guards say of a word (placeholders and digits: nothing)."""
    return "-" if word.startswith("[") or word.isdigit() else classify(word)


def _gap(text: str, start: int, end: int) -> str:
    """The punctuation between two tokens, spaces dropped (``""`` when only spaces)."""
    return "".join(text[start:end].split())[:3]


def feature_rows(text: str, toks: list[Token], only: Sequence[int] | None = None) -> list[list[int]]:
    """The hashed feature columns of every token of ``toks`` (tokens of ``text``), or of the
    tokens at the indices ``only`` (a token's row is the same either way)."""
    surface = [text[t.start : t.end] for t in toks]
    words = [t.word for t in toks]
    shapes = [_shape(s) for s in surface]
    kinds = [_kind(s) for s in surface]
    gaps = [_gap(text, 0 if i == 0 else toks[i - 1].end, t.start) for i, t in enumerate(toks)]
    gaps.append(_gap(text, toks[-1].end, len(text)) if toks else "")
    n = len(toks)
    rows: list[list[int]] = []
    for i in range(n) if only is None else only:
        word = words[i]
        left = words[i - 1] if i else "<s>"
        right = words[i + 1] if i + 1 < n else "</s>"
        left2 = words[i - 2] if i > 1 else "<s>"
        right2 = words[i + 2] if i + 2 < n else "</s>"
        lshape = shapes[i - 1] if i else "<s>"
        rshape = shapes[i + 1] if i + 1 < n else "</s>"
        lkind = kinds[i - 1] if i else "<s>"
        rkind = kinds[i + 1] if i + 1 < n else "</s>"
        opens = i == 0 or any(c in gaps[i] for c in ".!?\n:;")
        names = [
            "sh=" + shapes[i], "k=" + kinds[i], "k|sh=" + kinds[i] + shapes[i],
            "gb=" + gaps[i], "ga=" + gaps[i + 1], "open=" + str(opens) + shapes[i],
            "l=" + left, "r=" + right, "ll=" + left2, "rr=" + right2,
            "lsh=" + lshape, "rsh=" + rshape, "lk=" + lkind, "rk=" + rkind,
            "l|sh=" + left + "|" + shapes[i], "sh|r=" + shapes[i] + "|" + right,
            "lk|k=" + lkind + "|" + kinds[i], "k|rk=" + kinds[i] + "|" + rkind,
            "l|gb=" + left + "|" + gaps[i], "ga|r=" + gaps[i + 1] + "|" + right,
        ]
        if shapes[i].startswith("u:"):  # scripts without case: the characters around count more
            names += ["t1=" + left + word + right, "t2=" + left2 + left + word, "t3=" + word + right + right2]
        names += ["bag=" + words[j][:5] for j in range(max(0, i - _CONTEXT_WORDS), min(n, i + _CONTEXT_WORDS + 1)) if j != i]
        rows.append([*word_features(word), *_hashed(names)])
    return rows
