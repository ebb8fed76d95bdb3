"""Names after a rank or a profession written as a title ("Notar Dittberner,")."""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.gates import Gate
from lvmh_pipeline.lib.privacy.names.cues.words import LETTER, UPPER, scan
from lvmh_pipeline.lib.privacy.names.guard import (
    AMBIGUOUS,
    COMMON,
    NAME,
    classify,
    fold,
    is_famous,
    is_place_month_or_brand,
    is_surname,
)
from lvmh_pipeline.lib.privacy.names.lexicon import CLIENT_HEADS, KIN_WORDS, NOT_NAMES, ROLE_TITLES

# A rank or a profession as a title ("Captain Ellsworth, retired", "Notar Dittberner, Termin",
# "el juez Quiroga dijo"); lower-case after an article in the Romance languages and English.
_ROLE_LOWER = frozenset(t.lower() for t in ROLE_TITLES if t[-1] != ".")
_ROLE_LOWER_WORDS = Gate(_ROLE_LOWER)  # a one-pass gate before _ARTICLE_THEN_LOWER
_ARTICLE_THEN_LOWER = re.compile(r"\b(?:[Tt]he|[Ee]l|[Ll]e|[Ii]l|[Ll]a|[Oo]|[Aa])[ \t]+([a-zà-ÿ]{4,})[ \t]+(?=[A-ZÀ-Þ])")
# a surname's particle ("Wethouder Van Dijk (Pieter)", "Senator De Luca,"): with it, the surname may be a word
_PARTICLE = r"(?:Van|De|Der|Den|Ter|Von|Di|Da|Del|Du|Le|La|van|von|der|den|ter)[ \t]+"
_ROLE_NAME_AFTER = re.compile(
    rf"[ \t\u00a0]+(?P<pre>{_PARTICLE}(?:(?:der|den|de)[ \t]+)?)?(?P<word>[{UPPER}][{LETTER}]+(?:['’\-][{UPPER}][{LETTER}]+)?)"
    rf"(?=(?:['’]s(?![{LETTER}]))?(?:[ \t]*(?:[,;:.()!?—–]|$|\n)|[ \t]+[a-zà-ÿ]))"  # "Senator Whitlow's aide"
)


# Nouns that make a compound with a client word ("Guest List", "VIP Lounge", "Gast Zimmer").
_NOT_AFTER_ROLE = frozenset(
    "list liste lounge room area event events evening night day days list book card club pass service".split()
)


_PAUSE_AFTER = re.compile(r"[ \t]*(?:[,;:()—–]|$|\n)")


def _role_ends(text: str) -> list[tuple[int, int]]:
    """(start, end) of the role words of ``text`` used as titles."""
    ends = []
    for start, stop, word in scan(text).capitals:
        if (
            word in ROLE_TITLES
            or word in CLIENT_HEADS
            or text[stop : stop + 1] == "." and word + "." in ROLE_TITLES
            or len(word) > 8 and word.endswith(("kunde", "kundin"))  # "Stammkundin", "Geschäftskunde"
        ):
            if not (start and text[start - 1] in "-'’."):
                dotted = text[stop : stop + 1] == "." and word + "." in ROLE_TITLES
                ends.append((start, stop + 1 if dotted else stop))  # "Capt. Ellsworth", not "VIP. Rappeler"
    if " " in text and _ROLE_LOWER_WORDS(text):
        for m in _ARTICLE_THEN_LOWER.finditer(text):
            if m.group(1) in _ROLE_LOWER:
                ends.append((m.start(1), m.end(1)))
    return ends


def _role_names(text: str) -> list[PiiSpan]:
    """A word missing from the lexicon (or a known surname) after a rank or a profession used as
    a title, closed by punctuation or a lower-case word: "Captain Ellsworth, retired", "Notar
    Dittberner, Termin am Montag", "Architektin Hollweg, sehr genau". Not "Chef Michelin", "Judge
    Judy" (famous), nor a place, a month or an ordinary (German) noun."""
    spans = []
    german = scan(text).german
    for role_start, role_end in _role_ends(text):
        m = _ROLE_NAME_AFTER.match(text, role_end)
        if not m:
            continue
        word = m.group("word")
        if german and ("-" in word or not _PAUSE_AFTER.match(text, m.end("word"))):
            continue  # "Unternehmer Tech-Sektor", German nouns after a role: a pause must follow
        if is_place_month_or_brand(word) or is_famous(text[role_start : m.end("word")]):
            continue
        if m.group("pre") and word.isupper():
            continue  # "Professor Richter von der LMU", "de la SNCF": an institution's acronym, no family name
        if m.group("pre") and len(word) > 2:
            spans.append(PiiSpan(m.start("pre"), m.end("word"), "NAME"))
            continue
        kind = classify(word)
        if kind == COMMON:
            continue
        if kind == AMBIGUOUS or kind == NAME and not is_surname(word) or word.isupper():
            continue  # "Captain America", "General Electric"; a given name is a first name's rule
        if len(word) < 3 or fold(word) in NOT_NAMES or fold(word) in KIN_WORDS or fold(word) in _NOT_AFTER_ROLE or (
            not is_surname(word) and fold(word).endswith(("ier", "ière", "eur", "euse", "iste", "ista", "ero", "era"))
        ):  # "Chef Pâtissier", "Chef Cuisinier": a role after a role
            continue
        spans.append(PiiSpan(m.start("word"), m.end("word"), "NAME"))
    return spans
