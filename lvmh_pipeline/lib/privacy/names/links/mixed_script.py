"""A family name in Latin letters right after an Arabic given name found: "السيدة هالة Abou
Chakra", "زوجته لينا Nassar،", "الأستاذ سامي El Khoury تحب …".

Arabic notes copy the family name as the passport or the CRM spells it, in Latin letters, after
the given name written in Arabic. The Latin run (a particle of an Arabic family name, then one
or two capitalised words) belongs to the name when it stands between the name and punctuation,
Arabic text or the end; a brand, a place, a month or an ordinary word there is no family name
("ريم Dior", "ليلى Dubai Mall").
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.cues import LETTER, UPPER
from lvmh_pipeline.lib.privacy.names.guard import COMMON, classify, is_famous, is_place_month_or_brand

__all__ = ["latin_family_after_arabic"]

_ARABIC_NAME = re.compile(r"[\u0621-\u064a]+(?:[ \t]+[\u0621-\u064a]+)*")
_LATIN_FAMILY = re.compile(
    r"[ \t]+(?P<run>(?:(?i:al|el|abou|abu|abi|bou|bu|ben|bin|ibn|abdel|abdul)[ \t\-]+)?"
    rf"(?P<first>[{UPPER}][{LETTER}'’]+)(?:[ \t\-]+(?P<second>[{UPPER}][{LETTER}'’]+))?)"
    r"(?=[ \t]*(?:[،,.;:!?()\-–—/\n]|$|[\u0621-\u064a]))"
)


def _family_word(word: str | None) -> bool:
    return word is None or classify(word) != COMMON and not is_place_month_or_brand(word)


def latin_family_after_arabic(text: str, anchors: list[tuple[int, int]]) -> list[PiiSpan]:
    """The Latin family name after each Arabic name in ``anchors`` (offsets of names found)."""
    out = []
    for start, end in anchors:
        if not _ARABIC_NAME.fullmatch(text, start, end):
            continue
        m = _LATIN_FAMILY.match(text, end)
        if not m or not (_family_word(m.group("first")) and _family_word(m.group("second"))):
            continue
        if is_place_month_or_brand(m.group("run")) or is_famous(m.group("run")):
            continue
        out.append(PiiSpan(m.start("run"), m.end("run"), "NAME"))
    return out
