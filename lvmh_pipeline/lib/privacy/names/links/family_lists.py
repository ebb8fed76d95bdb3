"""The given names of a couple or a family listed after its family name found: "de heer en mevrouw
Vermeulen, Joris en Lies, …", "famille Roy : Luc, Anne et Zoé", "Mr and Mrs Hale, Tom and May.".

After the family name, a comma or a colon, then two to five capitalised words joined by commas and
one "and" (in the note's language), closed by punctuation or the note's end. Every word must be a
listed given name (a month or a word too: "Jan", "May") or a capitalised word that is no ordinary
word, place, month or brand, and one at least a listed given name: "Müller, Paris and Rome." is no
family.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.cues import LETTER, UPPER
from lvmh_pipeline.lib.privacy.names.guard import COMMON, classify, is_given_name, is_place_month_or_brand, is_vocabulary

__all__ = ["family_given_lists"]

_NAME = rf"[{UPPER}][{LETTER}]+(?:-[{UPPER}][{LETTER}]+)?"
_AND = r"(?:and|&|en|et|und|y|e|i|и|och|og)"
_LIST = re.compile(
    rf"[ \t]*[,:][ \t]*(?P<items>{_NAME}(?:[ \t]*,[ \t]*{_NAME}){{0,3}}[ \t]+{_AND}[ \t]+{_NAME})"
    r"(?=[ \t]*(?:[,.;:)!?\n—–]|$))"
)
_ITEM = re.compile(_NAME)


def _person_word(word: str) -> bool:
    return is_given_name(word) or not (classify(word) == COMMON or is_vocabulary(word) or is_place_month_or_brand(word))


def family_given_lists(text: str, anchors: list[tuple[int, int]]) -> list[PiiSpan]:
    """Given names listed right after a family name found (see the module)."""
    out = []
    for _, end in anchors:
        m = _LIST.match(text, end)
        if not m:
            continue
        items = [i for i in _ITEM.finditer(m.group("items")) if not re.fullmatch(_AND, i.group())]
        words = [i.group() for i in items]
        if not all(_person_word(w) for w in words) or not any(is_given_name(w) for w in words):
            continue
        at = m.start("items")
        out += [PiiSpan(at + i.start(), at + i.end(), "NAME") for i in items]
    return out
