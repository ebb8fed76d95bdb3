"""Korean given names romanised as two hyphenated syllables ("Seung-hyun", "Da-eun", "Tae-yang"),
in a note of any language: both parts are syllables of the Korean romanisations (revised and
McCune–Reischauer spellings), the first capitalised, the second in lower case; not a doubled
syllable ("Ha-ha", "So-so", "Yo-yo") nor a few words of that shape ("A-ha", "Bo-ho", "Ta-da").
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan

_SYLLABLES = frozenset(
    """a ae ah bin bo bok byung byeong chae chan chang cheol chul chun da dae do dong eun gi geun gil gwang gyeong
    gyu ha hae han hee heon ho hoon hui hun hwa hwan hye hyo hyuk hyeok hyun hyeon il in jae jang je jeong ji jin
    jo joo joon ju jun jung kang ki kwang kyu kyung man mi min mo mok myung myeong na nam ni ok ra rae ri rin ro
    sang se seo seok seon seong seul si sik so sol soo sook su suk sun sung ta tae wan won woo wook woong ya yang
    ye yeol yeon yeong yi yo yong yoo yoon young yu yul yun seung hyung hyeong beom geon gun shin sin""".split()
)
_NOT_NAMES = frozenset("a-ha ah-ha bo-ho ta-da yo-ho".split())
_ROMAN = re.compile(r"(?<![\w'’-])([A-Z][a-z]{0,5})-([a-z]{1,6})(?![\w'’-])")


def is_roman_given(word: str) -> bool:
    """Two hyphenated syllables of the Korean romanisations, in any case ("Min-ji", "seo-yeon"),
    neither doubled nor a word of that shape."""
    first, _, second = word.casefold().partition("-")
    return (
        first != second and word.casefold() not in _NOT_NAMES and first in _SYLLABLES and second in _SYLLABLES
    )


def korean_roman_names(text: str) -> list[PiiSpan]:
    """Romanised Korean given names of two hyphenated syllables (see the module)."""
    if "-" not in text:
        return []
    spans = []
    for m in _ROMAN.finditer(text):
        first, second = m.group(1).lower(), m.group(2)
        if first == second or f"{first}-{second}" in _NOT_NAMES:
            continue
        if first in _SYLLABLES and second in _SYLLABLES:
            spans.append(PiiSpan(m.start(), m.end(), "NAME"))
    return spans
