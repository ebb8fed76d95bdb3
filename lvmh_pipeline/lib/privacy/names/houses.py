"""A product line named after a person is no client, in any script.

Houses name lines after people: Berluti "Andy", Cartier "Santos-Dumont", Chaumet "Joséphine" ("쇼메
조세핀"), "Lady Dior" ("레이디 디올"). A word is such a line, not a name, where it

- stands right after a house (so do the words after it: "Berluti Andy Mokassins") of :data:`HOUSES` (a space, a hyphen or a middle dot between):
  "Berluti Andy", "Chaumet Joséphine", "쇼메 조세핀", "ショーメ ジョゼフィーヌ"; a house that is a given
  name too (Tiffany, Fred, Céline, Chloé) says nothing of the word after it;
- is joined by a hyphen to a product line ("Santos-Dumont": Santos is a Cartier line);
- is, or is part of, a house written in another script ("モエ・エ・シャンドン", "디올").
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.names.guard_words import BRANDS_AND_PRODUCTS
from lvmh_pipeline.lib.privacy.names.guard_words.houses import HOUSES, HOUSES_OTHER_SCRIPTS
from lvmh_pipeline.lib.privacy.names.person_names import person_names

__all__ = ["product_line"]

# the separator between a house and its line, then the house (letters of any script) before it
_HOUSE_BEFORE = re.compile(r"([^\W\d_]+)(?:[ \t\u00a0]|[ \t]?[-・·][ \t]?)$")
_DENSE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")


def _house(word: str) -> bool:
    low = word.casefold()
    if low in HOUSES_OTHER_SCRIPTS:
        return True
    return low in HOUSES and low not in person_names().given


def product_line(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a product line named after a person (see the module)?"""
    word = text[start:end]
    if not word:
        return False
    before = _HOUSE_BEFORE.search(text, max(0, start - 24), start)
    if before and _house(before.group(1)):
        return True  # "Berluti Andy", "Berluti Andy Mokassins": the line, and what it is
    if " " in word.strip():
        return False
    if before and text[before.end(1) : start].strip() == "-" and before.group(1).casefold() in BRANDS_AND_PRODUCTS:
        return True  # "Santos-Dumont"
    if _DENSE.match(word):
        s, e = start, end
        while s > 0 and _DENSE.match(text[s - 1]) and text[s - 1] not in "・":
            s -= 1
        while e < len(text) and _DENSE.match(text[e]) and text[e] not in "・":
            e += 1
        return any(part in HOUSES_OTHER_SCRIPTS for part in re.split("[・·]", text[s:e]))
    return False
