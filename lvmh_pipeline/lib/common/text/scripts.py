"""Scripts of characters: which are written without spaces (CJK, kana, Hangul) or are Arabic,
what a word character is for Latin/Cyrillic word boundaries, and which languages match without them."""

from __future__ import annotations

# Scripts matched without word boundaries: CJK ideographs, kana, Hangul and Arabic.
_DENSE_RANGES: tuple[tuple[int, int], ...] = (
    (0x0600, 0x06FF),  # Arabic
    (0x0750, 0x077F),  # Arabic supplement
    (0x08A0, 0x08FF),  # Arabic extended-A
    (0x1100, 0x11FF),  # Hangul jamo
    (0x2E80, 0x9FFF),  # CJK radicals .. unified ideographs (kana, CJK punctuation inside)
    (0xA960, 0xA97F),  # Hangul jamo extended-A
    (0xAC00, 0xD7FF),  # Hangul syllables
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0xFB50, 0xFDFF),  # Arabic presentation forms-A
    (0xFE70, 0xFEFF),  # Arabic presentation forms-B
    (0xFF66, 0xFFDC),  # halfwidth katakana / Hangul
    (0x20000, 0x2FA1F),  # CJK extensions
)

# Languages whose aliases are matched without word boundaries.
DENSE_LANGUAGES: frozenset[str] = frozenset({"JA", "ZH", "KO", "AR"})


def is_dense_char(char: str) -> bool:
    """True for a character of a script written without spaces (CJK, kana, Hangul) or Arabic."""
    code = ord(char)
    if code < 0x0600:
        return False
    return any(lo <= code <= hi for lo, hi in _DENSE_RANGES)


def has_dense_script(text: str) -> bool:
    """True if ``text`` contains at least one CJK, kana, Hangul or Arabic character."""
    return any(is_dense_char(c) for c in text)


def is_word_char(char: str) -> bool:
    """Letter or digit of an alphabetic script (dense-script characters are not word chars
    for the purpose of Latin/Cyrillic word boundaries)."""
    return char.isalnum() and not is_dense_char(char)


def is_arabic_char(char: str) -> bool:
    """A letter of the Arabic script (its words take suffixes glued to them: ة, ها, ون)."""
    return "\u0600" <= char <= "\u06ff" or "\u0750" <= char <= "\u077f" or "\u08a0" <= char <= "\u08ff"


def word_end(text: str, position: int) -> int:
    """End of the word that reaches ``position``: Latin/Cyrillic/Greek letters and digits,
    or Arabic letters (CJK has no words to extend)."""
    size = len(text)
    while position < size and (is_word_char(text[position]) or is_arabic_char(text[position])):
        position += 1
    return position


def uses_word_boundaries(language: str | None) -> bool:
    """Whether notes in ``language`` are matched with word boundaries around Latin aliases."""
    return (language or "").upper() not in DENSE_LANGUAGES

