"""A line named after a person after its product noun, in Arabic, with its house close by.

"طلبت من شوميه تاج جوزفين", "ساعة سانتوس من كارتييه": a given name right after a product noun is
the line of a house named a few words before the noun or after the name. Without a house the noun
and the name read "the name's tiara" ("خاتم مريم": Maryam's ring) and the name stays a person.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.names.guard_words.houses import ARABIC_PRODUCT_NOUNS, HOUSES_ARABIC
from lvmh_pipeline.lib.privacy.names.venues.words import ARABIC_LINE_NOUNS

__all__ = ["arabic_line"]

_WORD = re.compile(r"[\u0621-\u064a]+")
_NOUNS = ARABIC_PRODUCT_NOUNS | ARABIC_LINE_NOUNS
_PROCLITICS = ("وال", "بال", "فال", "لل", "ال", "و", "ب", "ل", "ف")


def _plain(word: str) -> str:
    for prefix in _PROCLITICS:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            return word[len(prefix) :]
    return word


def _house(word: str) -> bool:
    return word in HOUSES_ARABIC or _plain(word) in HOUSES_ARABIC or word.startswith("من") and word[2:] in HOUSES_ARABIC


def arabic_line(text: str, start: int, end: int) -> bool:
    """Is the Arabic word at ``text[start:end]`` a house's line after its product noun?"""
    before = _WORD.findall(text, max(0, start - 60), start)
    if not before or (before[-1] not in _NOUNS and _plain(before[-1]) not in _NOUNS):
        return False
    if text[start - 1 : start] not in (" ", "\t"):
        return False
    after = _WORD.findall(text, end, min(len(text), end + 40))[:3]
    return any(_house(w) for w in before[-4:-1] + after)
