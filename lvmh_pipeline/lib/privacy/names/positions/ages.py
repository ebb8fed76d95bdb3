"""Surnames written before an age ("Orlov, около 70", "Keller 45 ans")."""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.cues import is_capitalised, is_cyrillic, scan, surname_shaped
from lvmh_pipeline.lib.privacy.names.guard import (
    AMBIGUOUS, NAME, UNKNOWN, classify, is_given_name, is_place_month_or_brand,
)
from lvmh_pipeline.lib.privacy.names.lexicon import KIN_WORDS
from lvmh_pipeline.lib.privacy.names.positions.checks import _kind
from lvmh_pipeline.lib.privacy.names.positions.leading import _extend_back
from lvmh_pipeline.lib.privacy.names.positions.pairs import _CYRILLIC_SURNAME
from lvmh_pipeline.lib.privacy.names.positions.words import (
    _LAST_WORD,
    _NAME_BEFORE_AGE,
    _NOTE_START,
    _NUMBER,
    _SENTENCE_START,
    _SIZE_BEFORE,
    _UNIT_AFTER,
    _WEAK_AFTER,
    _WORD_AGE,
    _given_form,
    _ordinary,
)


def _ages(text: str):
    """(number match, "strong" | "weak") for each age: "45 ans", "(62)", "fifty-two years"."""
    for start in scan(text).tens:
        m = _WORD_AGE.match(text, start)
        if m:
            yield m, "strong"
    for m in _NUMBER.finditer(text):
        if _UNIT_AFTER.match(text, m.end()):
            yield m, "strong"
        elif (
            text[m.start() - 1 : m.start()] == "(" and text[m.end() : m.end() + 1] == ")"
            or text[max(0, m.start() - 2) : m.start()].lstrip(" \t")[-1:] == ","
        ) and len(m.group()) == 2 and _WEAK_AFTER.match(text, m.end()):
            yield m, "weak"


_GIVEN_BEFORE = re.compile(r"([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)[ \t]+$")


def _place_surname(text: str, start: int, word: str) -> bool:
    """"Carmen Sevilla, 52 años", "Giulia Milano (61)": a place after a known given name and
    before an age is the family name (a place's own name before an age is rare: "Sevilla, 52")."""
    if not is_place_month_or_brand(word) or classify(word) == NAME:
        return False
    given = _GIVEN_BEFORE.search(text, max(0, start - 30), start)
    return given is not None and is_given_name(given.group(1)) and classify(given.group(1)) == NAME


def age_names(text: str) -> list[PiiSpan]:
    spans = []
    german = scan(text).german
    for number, strength in _ages(text):
        before = _NAME_BEFORE_AGE.search(text, max(0, number.start() - 60), number.start())
        if not before:
            continue
        word = before.group(1)
        sep = before.group("sep").strip()
        if strength == "weak" and sep not in ("(", ",", ""):
            continue
        if not is_capitalised(word) or _ordinary(word) and not _place_surname(text, before.start(1), word):
            continue
        start = _extend_back(text, before.start(1))
        kind = NAME if classify(text[start : before.end(1)]) == NAME else _kind(word)
        if (
            kind == UNKNOWN
            and german
            and strength == "strong"
            and not surname_shaped(word)
            and not _NOTE_START.match(text, 0, start)
        ):
            continue  # "Firmenjubiläum 25 Jahre": in German an unknown word before an age is a noun
        if (
            kind == UNKNOWN
            and is_cyrillic(word)
            and not _CYRILLIC_SURNAME.fullmatch(word)
            and not _given_form(word)
            and not _NOTE_START.match(text, 0, start)
        ):
            continue  # "Юбилей Компании, 25 лет": Russian capitalises nouns in telegraphic notes
        if kind == UNKNOWN:
            previous = _LAST_WORD.search(text, max(0, start - 30), start)
            if previous and previous.group(1).casefold() in KIN_WORDS:
                continue  # "petite-fille Sorbonne, 20 ans": a kin word takes known given names only
        # "(38)" after a size word or a product is a size: "Taille (38)", "Bague Clash (52)";
        # a colour before it ("Rose (38)") is one only at the start of a sentence.
        if strength == "weak" and (
            _SIZE_BEFORE.search(text, max(0, start - 25), start)
            or kind == AMBIGUOUS and _SENTENCE_START.search(text, 0, start)
        ):
            continue
        spans.append(PiiSpan(start, before.end(1), "NAME"))
    return spans
