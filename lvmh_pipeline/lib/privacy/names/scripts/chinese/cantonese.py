"""Cantonese familiar names written in Latin letters in a Chinese note ("司机 Ah Keung 取货", "助理Ah Wai").

Hong Kong writes the familiar 阿- form of a name in its Cantonese romanisation: "Ah" and a syllable, "Ah Keung" (阿強), "Ah Wai" (阿偉), "Ah Ming". In a Chinese note it is a person where a
person word stands before it ("司机", "助理", "客户" …) or where the Chinese text runs on right
after it ("Ah Keung 取货"); the syllable is no English word, place or brand ("Ah OK", "Ah Paris").
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.guard import COMMON, classify, is_place_month_or_brand, is_vocabulary
from lvmh_pipeline.lib.privacy.names.scripts.chinese.latin import _ZH_PERSON_CUE_END
from lvmh_pipeline.lib.privacy.names.scripts.cjk_common import HAN

__all__ = ["cantonese_familiar_names"]

# "Ah Keung", "Ah-Wai": the familiar prefix, then one syllable (a vowel in it)
_AH_NAME = re.compile(r"(?<![A-Za-z])Ah[ \-]?([A-Z][a-z]{0,2}[aeiouy][a-z]{0,3})(?![A-Za-z\-])")
# the Chinese text going on right after the name ("Ah Keung 取货", "Ah Wai，明天")
_HAN_AFTER = re.compile(rf"[ \u3000]?[{HAN}，。、；：！？（）]")


def cantonese_familiar_names(text: str) -> list[PiiSpan]:
    """"Ah Keung", "Ah Wai": a Cantonese familiar name after a person word or before Chinese text."""
    if "Ah" not in text:
        return []
    spans = []
    for m in _AH_NAME.finditer(text):
        word = m.group(1)
        if classify(word) == COMMON or is_vocabulary(word) or is_place_month_or_brand(word):
            continue
        cue = _ZH_PERSON_CUE_END.search(text, max(0, m.start() - 6), m.start()) is not None
        if cue or _HAN_AFTER.match(text, m.end()):
            spans.append(PiiSpan(m.start(), m.end(), "NAME"))
    return spans
