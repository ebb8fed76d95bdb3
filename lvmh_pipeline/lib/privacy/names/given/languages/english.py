"""Is a note written in English? Read where a word is a kin word in English only: "son" ("Wife Amber
is vegan; son Hunter (Eton)") is the French possessive in a French note ("son Hunter": his Hunter
boots), the kin word in an English one, whatever word stands before it."""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["english_note"]

_ENGLISH = frozenset("the and is are was his her he she for with wants likes next last please to of who at this that will has".split())
_FRENCH = frozenset("le la les et est sont il elle pour avec veut aime un une des du au aux qui".split())
_WORD = re.compile(r"[a-z]+")


@lru_cache(maxsize=64)
def english_note(text: str) -> bool:
    """More than twice as many English function words as French ones, at least three; or two and no French one."""
    n_en = n_fr = 0
    for word in _WORD.findall(text.casefold()):
        n_en += word in _ENGLISH
        n_fr += word in _FRENCH
    return n_en >= 3 and n_en > 2 * n_fr or n_en >= 2 and n_fr == 0
