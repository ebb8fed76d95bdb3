"""Names listed next to a name found in an Arabic note ("زوار اليوم: Al-Otaibi، El Amrani، وبن صالح"):
the item before it written in Latin letters (a family name with its article, or a capitalised word
that is no ordinary word, place or brand), and the item after it that is a family name with "بن",
"ابن" or "آل" and a known name, glued to the "و" of the list ("وبن صالح")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.cues import LETTER, UPPER, alternation
from lvmh_pipeline.lib.privacy.names.guard import COMMON, classify, is_place_month_or_brand
from lvmh_pipeline.lib.privacy.names.lexicon import ARABIC_TITLES
from lvmh_pipeline.lib.privacy.names.links.words import _ARABIC, _ARABIC_PARTICLE_START
from lvmh_pipeline.lib.privacy.names.person_names import person_names

__all__ = ["arabic_list_names"]

_LATIN_ITEM_BEFORE = re.compile(
    rf"(?:^|(?<=[:：،,]))[ \t]*((?:(?:Al|El|Bin|Ibn|Abu|Bou|Ben|Ould)[- ])?[{UPPER}][{LETTER}]+(?:['’\-][{LETTER}]+)*)"
    rf"[ \t]*[،,][ \t]*(?:(?:{alternation(ARABIC_TITLES)})[ \t]+)?$"
)
_FAMILY_AFTER = re.compile(
    rf"[ \t]*[،,][ \t]*و?((?:بن|ابن|آل)[ \t]+([{_ARABIC}]{{3,}}))(?=[ \t]*(?:[،,.:;)(]|$|\n))"
)


def arabic_list_names(text: str, anchors: Iterable[tuple[int, int]]) -> list[PiiSpan]:
    spans = []
    lexicon = person_names()
    for start, end in anchors:
        m = _LATIN_ITEM_BEFORE.search(text, max(0, start - 40), start)
        if m:
            word = m.group(1)
            if _ARABIC_PARTICLE_START.match(word) or classify(word) != COMMON and not is_place_month_or_brand(word):
                spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
        m = _FAMILY_AFTER.match(text, end)
        if m and (m.group(2) in lexicon.given or m.group(2) in lexicon.surnames):
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    return spans
