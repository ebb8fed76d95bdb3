"""A family name in Latin letters right after an Arabic given name found: "السيدة هالة Abou
Chakra", "زوجته لينا Nassar،", "الأستاذ سامي El Khoury تحب …"; a family name said after a given
name restated ("السيد عمر، عمر بلاك،") and the same family name spelt again in Latin letters
("أيوه Black زي اللون": yes, Black, like the colour).

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
from lvmh_pipeline.lib.privacy.names.guard import (
    COMMON, classify, is_famous, is_given_name, is_place_month_or_brand, is_surname,
)
from lvmh_pipeline.lib.privacy.names.houses import product_line
from lvmh_pipeline.lib.privacy.names.person_names import person_names
from lvmh_pipeline.lib.privacy.names.scripts.arabic.leading import _PERSON_SUBJECT_VERBS
from lvmh_pipeline.lib.privacy.names.scripts.arabic.shapes import _EXCLUDED, number_word
from lvmh_pipeline.lib.privacy.names.word_forms import is_concept_word

__all__ = ["latin_family_after_arabic", "latin_glosses", "restated_arabic_families"]

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


# "السيد عمر، عمر بلاك،": a given name found, said again at once with the family name after it
_RESTATED_GAP = re.compile(r"[ \t]*[،,.…]+[ \t]*(?:(?:يعني|اه|آه|ام|امم|اممم|طيب)[ \t]*[،,]?[ \t]*)?$")
_NEXT_WORD = re.compile(r"[ \t]+([\u0621-\u064a]{3,})(?=[ \t]*(?:[،,.:;؛()\-–—/!?؟]|$|\n))")


def restated_arabic_families(text: str, anchors: list[tuple[int, int]]) -> list[PiiSpan]:
    """The family name after an Arabic given name said twice in a row ("السيد عمر، عمر بلاك،"):
    the speaker restates the name in full; the word after it, closed by punctuation, is no
    ordinary word, number, term of the note or verb of a person."""
    words = {(s, e): text[s:e] for s, e in anchors if _ARABIC_NAME.fullmatch(text, s, e) and " " not in text[s:e]}
    out = []
    for (start, end), word in words.items():
        if not any(w == word and e <= start and _RESTATED_GAP.search(text, e, start) for (s, e), w in words.items()):
            continue
        m = _NEXT_WORD.match(text, end)
        if not m:
            continue
        family = m.group(1)
        if family in _EXCLUDED or number_word(family) or is_concept_word(family) or family in _PERSON_SUBJECT_VERBS:
            continue
        out.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    return out


# Consonant skeletons: a family name in Arabic script spelt again in Latin letters ("بلاك … Black زي
# اللون"), the same consonants once vowels, h and doubled letters are left out
_LATIN_DIGRAPHS = (("ck", "k"), ("ph", "f"), ("sh", "x"), ("ch", "x"), ("th", "t"), ("kh", "k"), ("gh", "g"), ("dh", "d"))
_LATIN_CLASS = dict(zip("bptdszcxjgkqrlmnfv", "BPTDSSKXKKKKRLMNFF"))
_ARABIC_CLASS = {
    **dict.fromkeys("بپ", "B"), **dict.fromkeys("تطث", "T"), **dict.fromkeys("دضذ", "D"), **dict.fromkeys("سصزظ", "S"),
    "ش": "X", **dict.fromkeys("جغقكگخ", "K"), "ر": "R", "ل": "L", "م": "M", "ن": "N", **dict.fromkeys("فڤ", "F"),
}
_LATIN_CAPITALISED = re.compile(r"(?<![A-Za-z])[A-Z][a-z]{2,}(?![A-Za-z])")


def _collapsed(classes: list[str]) -> str:
    return "".join(c for i, c in enumerate(classes) if c and (i == 0 or c != classes[i - 1]))


def _latin_skeleton(word: str) -> str:
    low = word.casefold()
    for pair, one in _LATIN_DIGRAPHS:
        low = low.replace(pair, one)
    return _collapsed([("P" if c == "p" else _LATIN_CLASS.get(c, "")) for c in low]).replace("P", "B")


def _arabic_skeleton(word: str) -> str:
    core = word[2:] if word.startswith("ال") and len(word) > 4 else word
    return _collapsed([_ARABIC_CLASS.get(c, "") for c in core])


def latin_glosses(text: str, anchors: list[tuple[int, int]]) -> list[PiiSpan]:
    """A capitalised Latin word of an Arabic note that spells a family name found in Arabic script
    ("عمر بلاك، أيوه Black"): the same consonants, three or more of them, or two where the Latin word
    is a listed name; no place, month, brand or product line."""
    found = {w for s, e in anchors for w in text[s:e].split() if _ARABIC_NAME.fullmatch(w) and w not in person_names().given}
    skeletons = {_arabic_skeleton(w) for w in found} - {""}
    if not skeletons:
        return []
    out = []
    for m in _LATIN_CAPITALISED.finditer(text):
        word = m.group()
        skeleton = _latin_skeleton(word)
        if skeleton not in skeletons or len(skeleton) < 2 or any(s <= m.start() < e for s, e in anchors):
            continue
        if len(skeleton) < 3 and not (is_surname(word) or is_given_name(word)):
            continue
        if is_place_month_or_brand(word) or product_line(text, m.start(), m.end()):
            continue
        out.append(PiiSpan(m.start(), m.end(), "NAME"))
    return out
