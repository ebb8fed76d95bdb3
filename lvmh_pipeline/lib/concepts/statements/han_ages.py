"""An age reached said the Chinese or Japanese way, as a birthday: "满六十", "滿70歲", "満九十歳", and the
sixtieth birthday "花甲" (:func:`full_ages`, called by :func:`.ages.spoken_ages`). Hits are matcher tuples
``(start, end, concept, confidence)`` in folded coordinates.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.common.text import NormalizedText, to_folded
from lvmh_pipeline.lib.concepts.context import ConceptMeta
from lvmh_pipeline.lib.concepts.matcher import AliasMatch

__all__ = ["FULL_AGE_GATE", "full_ages"]

# A Chinese / Japanese age reached: "满六十", "滿70歲", "満六十歳", and the sixtieth birthday "花甲" (not "年过花甲",
# "花甲老人": an age described). Without "岁" the age must be a round one and end its clause ("满六十，"), so
# "满500减50", "满一年", "满月" stay out.
FULL_AGE_GATE = ("满", "滿", "満", "花甲")
_FULL_AGE = re.compile(r"(?<![过過逾近已])(?:[满滿満]\s?([0-9一二三四五六七八九十百]{1,4})(?:\s?(周岁|週歲|岁|歲|歳)|(?=[，,。.！!；;、\s）)]|$|了|啦|嘛))"
                       r"|花甲(?!老人|之人)(?:之年)?)")
_HAN_AGE = "一二三四五六七八九"


def _han_age(numeral: str) -> int:
    """The value of digits or Han numerals up to 99 ("六十", "七十五", "十八", "70"); 0 when unread."""
    if numeral.isdigit():
        return int(numeral)
    tens, ten, units = numeral.partition("十")
    if not ten or len(tens) > 1 or len(units) > 1:
        return 0
    tens_value = _HAN_AGE.find(tens) + 1 if tens else 1
    units_value = _HAN_AGE.find(units) + 1 if units else 0
    return 0 if tens_value == 0 or (units and units_value == 0) else tens_value * 10 + units_value


def full_ages(nt: NormalizedText, matches: list[AliasMatch], birthday: int, meta: ConceptMeta) -> list[AliasMatch]:
    """A ``birthday`` hit on each age reached said the Chinese way ("满六十", "满18岁", "花甲") where no
    occasion hit is already there."""
    added = []
    for found in _FULL_AGE.finditer(nt.original):
        if found.group(1) is not None:
            age = _han_age(found.group(1))
            if not (10 <= age <= 120 and (found.group(2) or age % 10 == 0)):
                continue
        start, end = to_folded(nt, found.start()), to_folded(nt, found.end())
        if not any(m[0] < end + 4 and start < m[1] + 4 and meta.occasion[m[2]] and m[2] != meta.next_month for m in matches):
            added.append((start, end, birthday, 1.0))
    return added
