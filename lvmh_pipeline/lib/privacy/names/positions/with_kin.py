"""A person who opens a note or a line with a relative: "Rose Okonjo and her daughter …", "Rosa
Huamán y su hija …", "Hope Ferrante and her husband came in", "Rosa Quaranta e la figlia …",
"Анна Петрова и её дочь …".

The words before "and her daughter" are the person the relative belongs to: a name, even a given
name that is a word too or a family name missing from the lexicon. Not an ordinary word, a title
alone, a place, a month or a brand ("Paris and her daughter", "Lady Dior and her daughter"); in a
German note, where nouns are capitalised ("Stammkundin und ihre Tochter"), one of the words must
be a listed name.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.cues import LETTER, UPPER, scan
from lvmh_pipeline.lib.privacy.names.guard import AMBIGUOUS, COMMON, NAME, classify, fold, is_place_month_or_brand
from lvmh_pipeline.lib.privacy.names.lexicon import KIN_WORDS, MEETING_PHRASES, NOT_NAMES, TITLE_WORDS_LOWER

__all__ = ["names_with_kin"]

_CAP = rf"[{UPPER}][{LETTER}'’]+(?:-[{UPPER}][{LETTER}'’]+)?"
_PARTICLE = r"(?:de|da|del|de la|di|do|dos|das|van|von|van der|van den|le|la|du|al|el)"
_POSSESSIVES = frozenset(
    """her his their its su sus sa son ses leur leurs la il lo le a o os as seu sua seus suas ihre ihr
    ihrem ihren seine sein seinem seinen haar zijn hun de het его её ее их""".split()
)
_WITH_KIN = re.compile(
    rf"(?:^|(?<=\n))[ \t]*(?:[-•*·>][ \t]*)?(?:[^\W\d_][^\W\d_ \t]*(?:[ \t]+[^\W\d_]+){{0,2}}[ \t]*:[ \t]*)?"
    rf"(?P<name>{_CAP}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_CAP}){{0,3}})"
    rf"[ \t]+(?:and|y|e|et|und|en|и|&|\+)[ \t]+(?:(?P<det>[{LETTER}]+)[ \t]+)?(?P<kin>[{LETTER}\-]+)",
    re.MULTILINE,
)
# Sons of a firm's name ("& Fils", "e Figli", "und Söhne"), no relatives of a person.
_FIRM_KIN = frozenset("fils figli hijos filhos söhne zonen sons".split())
# A verb of meeting opening the line before the name ("Rencontré Aurélien et sa compagne", "Met
# Priya and her mother"): the note's words, no part of the name
_MEETING_WORDS = frozenset(p for p in MEETING_PHRASES if " " not in p)
_KIN_GATE = re.compile(r"[ \t](?:and|y|e|et|und|en|и|&|\+)[ \t]")


def names_with_kin(text: str) -> list[PiiSpan]:
    """The name opening a note or a line before "and her <kin word>" (see the module docstring)."""
    if not _KIN_GATE.search(text):
        return []
    spans = []
    for m in _WITH_KIN.finditer(text):
        det, kin = m.group("det"), m.group("kin")
        if fold(kin) not in KIN_WORDS or det is not None and fold(det) not in _POSSESSIVES:
            continue
        if det is None and fold(kin) in _FIRM_KIN:
            continue  # "Mercier & Fils", "Navarro e Figli": a firm
        start = m.start("name")
        first, _, rest = m.group("name").partition(" ")
        if rest and fold(first) in _MEETING_WORDS and classify(first) != NAME:
            start = m.end("name") - len(rest.lstrip())
        words = [w for w in text[start : m.end("name")].split() if w[0].isupper()]
        kinds = [classify(w) for w in words]
        if (
            COMMON in kinds
            or any(fold(w) in NOT_NAMES for w in words)
            or any(is_place_month_or_brand(w) or fold(w).rstrip(".") in TITLE_WORDS_LOWER or fold(w) in KIN_WORDS for w in words)
            or scan(text).german and not any(k in (NAME, AMBIGUOUS) for k in kinds)
        ):
            continue
        spans.append(PiiSpan(start, m.end("name"), "NAME"))
    return spans
