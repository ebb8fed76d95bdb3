"""Folding: the matching form of a text and the map of its offsets back to the original.

``fold`` maps a string to a matching form: lower case, Latin/Greek accents stripped,
``ß``/``œ``/``æ`` expanded, Arabic letter variants unified and diacritics dropped, every
digit turned into ``0`` and every character that is not a letter or digit turned into a
space. Japanese kana, Hangul and Han characters are kept as they are.

For nearly all texts the folded form has exactly the length of the original, so an offset
in one is an offset in the other (the fast path: one ``str.translate``). Texts with a
character that folds to zero or several characters (``ß``, ``œ``, a combining accent, an
Arabic diacritic) take a slow path that records, for every folded character, the original
span it came from, so matches still map back to exact substrings of the original text.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

import numpy as np


_EXPLICIT: dict[str, str] = {
    "ß": "ss", "ẞ": "ss", "œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ø": "o", "Ø": "o",
    "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ı": "i", "ð": "d", "þ": "th", "Þ": "th",
    "ё": "е", "Ё": "е",
    # Arabic: alef variants, alef maqsura, teh marbuta; tatweel is dropped.
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ـ": "",
    # Typographic apostrophes and dashes become separators like their ASCII forms.
    "\u2019": " ", "\u2018": " ", "\u2010": " ", "\u2011": " ", "\u2013": " ", "\u2014": " ",
}


def _fold_char(char: str) -> str:
    """Folded form of one character (zero, one or several characters)."""
    if char in _EXPLICIT:
        return _EXPLICIT[char]
    code = ord(char)
    category = unicodedata.category(char)
    if category == "Nd":
        return "0"
    if category in ("Mn", "Me"):
        return ""  # combining accents, Arabic harakat: dropped
    if category == "Cf":
        return ""  # zero-width joiners, bidi marks
    if 0xFF01 <= code <= 0xFF5E:  # fullwidth ASCII
        return _fold_char(unicodedata.normalize("NFKC", char))
    if not char.isalnum():
        return " "
    lowered = char.lower()
    if code < 0x0530 or 0x1E00 <= code <= 0x1FFF:  # Latin, Greek, Cyrillic
        decomposed = unicodedata.normalize("NFKD", lowered)
        base = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
        lowered = base or lowered
    return lowered


_SLOW = 0xFFFF  # marks, in the UTF-16 table, a character that does not fold 1:1


@lru_cache(maxsize=1)
def _tables() -> tuple[np.ndarray, dict[str, str]]:
    """UTF-16 code unit table for 1:1 characters (``_SLOW`` for the others), and the folded
    form of every character that does not fold to exactly one character."""
    table = np.arange(0x10000, dtype=np.uint16)  # surrogates keep their value: identity
    other: dict[str, str] = {}
    for code in range(0x10000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        char = chr(code)
        folded = _fold_char(char)
        if len(folded) == 1:
            table[code] = ord(folded)
        else:
            table[code] = _SLOW
            other[char] = folded
    return table, other


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """A text and its folded form, with the map from folded offsets to original offsets.

    ``starts``/``ends`` are ``None`` when the folded text has the original's length (offsets
    are shared); otherwise ``starts[i]``/``ends[i]`` is the original span of folded char ``i``.
    """

    original: str
    folded: str
    starts: tuple[int, ...] | None = None
    ends: tuple[int, ...] | None = None

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original ``[start, end)`` span of the folded span ``[start, end)``."""
        if self.starts is None or self.ends is None:
            return start, end
        if end <= start:
            position = self.starts[start] if start < len(self.starts) else len(self.original)
            return position, position
        return self.starts[start], self.ends[end - 1]


@lru_cache(maxsize=1)
def _short_tables() -> tuple[dict[int, int], re.Pattern[str]]:
    """For short texts: the 1:1 folds as a ``str.translate`` table, and a class of the characters it cannot fold
    (those that do not fold 1:1, and astral ones)."""
    table, _ = _tables()
    translate = {code: int(table[code]) for code in range(0x10000)
                 if table[code] != _SLOW and table[code] != code and not 0xD800 <= code <= 0xDFFF}
    slow = "".join(re.escape(chr(code)) for code in range(0x10000) if table[code] == _SLOW)
    return translate, re.compile(f"[{slow}\U00010000-\U0010FFFF]")


@lru_cache(maxsize=1)
def _latin_tables() -> tuple[bytes, re.Pattern[bytes]]:
    """The 1:1 folds of the Latin-1 characters that fold to a Latin-1 character, as a ``bytes.translate``
    table (numpy's 128 KB table is out of the CPU cache by the time the next note comes), and a class of
    the others."""
    table, _ = _tables()
    kept = [code for code in range(256) if table[code] != _SLOW and table[code] < 256]
    latin = bytes(int(table[code]) if code in kept else code for code in range(256))
    others = b"".join(re.escape(bytes([code])) for code in range(256) if code not in kept)
    return latin, re.compile(b"[" + others + b"]")


_SHORT = 128  # below this length a translate beats numpy's fixed cost (~10 us a call)


def normalize(text: str) -> NormalizedText:
    """Fold ``text`` for matching and keep offsets mappable back to ``text``."""
    if len(text) < _SHORT:  # words and phrases folded by the rules: most calls
        translate, slow = _short_tables()
        if text.isascii() or slow.search(text) is None:  # (every ASCII character folds 1:1)
            return NormalizedText(text, text.translate(translate))
    try:
        raw = text.encode("latin-1")  # half the notes (Western European ones): one bytes.translate
    except UnicodeEncodeError:
        raw = None
    if raw is not None:
        latin, others = _latin_tables()
        if others.search(raw) is None:
            return NormalizedText(text, raw.translate(latin).decode("latin-1"))
    table, other = _tables()
    units = table.take(np.frombuffer(text.encode("utf-16-le", "surrogatepass"), dtype=np.uint16))
    if not units.size or units.max() != _SLOW:
        return NormalizedText(text, units.tobytes().decode("utf-16-le", "surrogatepass"))
    if units.size != len(text):  # astral characters: UTF-16 units and str indices differ
        return _normalize_slow(text)
    return _normalize_marked(text, units, other)


def _normalize_marked(text: str, units: np.ndarray, other: dict[str, str]) -> NormalizedText:
    """The folded form and offset maps of a BMP ``text`` some of whose characters (marked ``_SLOW`` in
    ``units``) do not fold 1:1: each folded character's span is that of the character it comes from,
    and a character folding to nothing widens the span of the folded character before it."""
    slow = np.flatnonzero(units == _SLOW)
    forms = [other[text[i]] for i in slow.tolist()]
    widths = np.ones(len(text), dtype=np.int64)
    widths[slow] = [len(form) for form in forms]
    starts = np.repeat(np.arange(len(text)), widths)
    ends = starts + 1
    if not all(forms):  # a dropped mark: the folded character before it ends after it
        dropped = slow[widths[slow] == 0]
        before = np.cumsum(widths)[dropped] - 1  # its folded predecessor (-1: none)
        kept = before >= 0
        np.maximum.at(ends, before[kept], dropped[kept] + 1)  # (several marks in a row: the last)
    fast = units.tobytes().decode("utf-16-le", "surrogatepass")
    pieces, previous = [], 0
    for index, form in zip(slow.tolist(), forms):
        pieces.append(fast[previous:index])
        pieces.append(form)
        previous = index + 1
    pieces.append(fast[previous:])
    return NormalizedText(text, "".join(pieces), tuple(starts.tolist()), tuple(ends.tolist()))


def _normalize_slow(text: str) -> NormalizedText:
    table, other = _tables()
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for index, char in enumerate(text):
        folded = other.get(char)
        if folded is None:
            folded = chr(table[ord(char)]) if ord(char) < 0x10000 else char
        if not folded:
            if ends:
                ends[-1] = index + 1
            continue
        for piece in folded:
            chars.append(piece)
            starts.append(index)
            ends.append(index + 1)
    return NormalizedText(text, "".join(chars), tuple(starts), tuple(ends))


def to_folded(nt: NormalizedText, position: int) -> int:
    """Folded offset of the original offset ``position`` (first folded char at or after it)."""
    if nt.starts is None:
        return position
    return bisect_left(nt.starts, position)


def fold(text: str) -> str:
    """Folded matching form of ``text`` (see module docstring)."""
    return normalize(text).folded


def fold_table() -> dict[int, str]:
    """The folded form of every BMP character (surrogates aside): ``fold`` is character-wise,
    so ``fold(text)`` is the concatenation of its characters' forms."""
    table, other = _tables()
    return {code: other[chr(code)] if table[code] == _SLOW else chr(table[code])
            for code in range(0x10000) if not 0xD800 <= code <= 0xDFFF}
