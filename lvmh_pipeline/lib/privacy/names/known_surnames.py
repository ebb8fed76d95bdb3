"""Known family names standing alone ("Hoje veio a Ferreira", "Ieri Bianchi ha chiamato").

A capitalised word that the name lexicon holds as a family name, and as nothing else (no given
name, ordinary word, place, month, brand or public figure), is a name wherever it stands. The
lexicon is the evidence here; the cue-based detectors cover the names it does not hold.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.cues import scan
from lvmh_pipeline.lib.privacy.names.guard_words.houses import HOUSES
from lvmh_pipeline.lib.privacy.names.guard import (
    NAME,
    classify,
    is_famous,
    is_given_name,
    is_place_month_or_brand,
    is_surname,
    names_a_place_or_org,
)

__all__ = ["known_surnames"]

_CAPITALISED = re.compile(r"(?<![\w\-'’.])[A-ZÀ-ÖØ-ÞА-ЯЁ][a-zà-öø-ÿа-яё]{3,}(?![\w\-'’])")
_PREVIOUS = re.compile(r"([\w.]+)[ \t]+$")
# Words that open the name of a day or a feast, whose next capitalised word is no person.
_FEAST_HEADS = frozenset(
    "dia día day tag giorno jour fête fete festa fiesta feast festival noite noche nuit nacht "
    "semana settimana woche semaine week domingo sunday sonntag dimanche".split()
)
# Where a lone family name stands after "in", it names a place or a street: "em Braga", "en Serrano".
_LOCATIVES = frozenset("en em in à at".split())
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n])[ \t\"'«“(]*$")
_NEXT = re.compile(r"[ \t]+([A-ZÀ-ÖØ-ÞА-ЯЁ][\w\-'’]+)")


# "de Viseu", "from Hull", "di Bergamo" said as a phrase of its own: after a comma, a filler or a name,
# not after a noun ("o filho de Ferreira": her son)
_ORIGIN_BEFORE = re.compile(
    r"(?:[,;:(—–]|\[NAME\]|(?<![\w])(?i:uh|um|er|hum|hm|eh|euh|ehm|äh|ähm|uhm)|[A-ZÀ-ÖØ-Þ][\w\-'’]+)"
    r"[ \t]*(?:de|da|do|di|from|aus|uit)[ \t]+$"
)


def _origin_phrase(text: str, start: int) -> bool:
    """A particle of origin before ``start`` said as its own phrase ("…, de Viseu,")."""
    return _ORIGIN_BEFORE.search(text, max(0, start - 40), start) is not None


def _known_alone(word: str) -> bool:
    return (
        is_surname(word)
        and classify(word) == NAME
        and not is_given_name(word)
        and not is_place_month_or_brand(word)
    )


def known_surnames(text: str) -> list[PiiSpan]:
    """Spans of family names the lexicon knows, with no cue needed. Not in German, where
    every noun is capitalised ("ethische Wahl"), nor inside a run of capitalised words (a
    title, a brand, a list of artists: "Salgado Arthus-Bertrand"), which the pair and cue
    detectors judge."""
    spans = _gaelic_surnames(text) if "Mc" in text or "Mac" in text or "O'" in text or "O’" in text else []
    if scan(text).german:
        return spans
    for m in _CAPITALISED.finditer(text):
        word = m.group()
        if not _known_alone(word):
            continue
        before = _PREVIOUS.search(text, max(0, m.start() - 30), m.start())
        previous = text[max(0, m.start() - 30) : m.start()].split()[-2:]
        if any(names_a_place_or_org(w) or w.casefold() in _FEAST_HEADS for w in previous):
            continue  # "Rua Ferreira", "Saint Laurent", "Calle de Serrano", "Dia das Mães", "Festa da Trindade"
        if previous and previous[-1] in _LOCATIVES or _after_house(text, m.start()):
            continue  # "en Serrano"; "Loro Piana, Serrano": the street or district of a house's shop
        if _origin_phrase(text, m.start()):
            continue  # "a cliente, ehm, de Viseu, ligou": where she is from
        after = _NEXT.match(text, m.end())
        if after or before and before.group(1)[:1].isupper() and not _SENTENCE_START.search(text, 0, before.start()):
            continue
        if before and is_famous(f"{before.group(1)} {word}") or after and is_famous(f"{word} {after.group(1)}"):
            continue
        if _FIRM_AFTER.match(text, m.end()):
            continue  # "architect @ Foster + Partners": a firm's name, not a person the note speaks of
        spans.append(PiiSpan(m.start(), m.end(), "NAME"))
    return spans


# A house's name and a comma right before the word ("Boutique: Loro Piana, Serrano", "Dior, Montaigne")
_HOUSE_COMMA = re.compile(r"([A-Za-zÀ-ÿ&'’.]+(?:[ \t]+[A-Za-zÀ-ÿ&'’.]+)?)[ \t]*,[ \t]*$")


def _after_house(text: str, start: int) -> bool:
    """Does a house's name and a comma stand right before ``start`` (a shop's street or district)?"""
    m = _HOUSE_COMMA.search(text, max(0, start - 40), start)
    if m is None:
        return False
    words = m.group(1).split()
    return any(
        is_place_month_or_brand(" ".join(words[i:])) or " ".join(words[i:]).casefold() in HOUSES
        for i in range(len(words))
    ) or " ".join(words).casefold() in _TWO_WORD_HOUSES


_TWO_WORD_HOUSES = frozenset({"loro piana", "louis vuitton", "saint laurent", "tag heuer", "van cleef", "dolce gabbana"})


_FIRM_AFTER = re.compile(
    r"[ \t]*(?:\+|&|and|und|et|e|y|en)[ \t]*"
    r"(?:Partners?|Partner[ei]|Associates|Associés|Co\.?|Cie\.?|Sons|Söhne|Fils|Figli|Hijos|Zonen)(?![\w])"
)


# The shape of an Irish or Scottish family name ("McAllister", "MacKinnon", "O'Driscoll"), which no word
# has; not the houses, products and firms that have it.
_GAELIC = re.compile(r"(?<![\w\-'’.])(?:Mc|Mac|O['’])[A-Z][a-z]{2,}(?:'s|’s)?(?![\w\-'’])")
_GAELIC_NOT_NAMES = frozenset(
    "MacBook McDonald McDonalds McLaren McKinsey McQueen McCartney McFlurry MacGyver McMuffin McAfee McVitie "
    "McVities MacOS MacPro".split()
)


def _gaelic_surnames(text: str) -> list[PiiSpan]:
    spans = []
    for m in _GAELIC.finditer(text):
        word = m.group().removesuffix("'s").removesuffix("’s")
        before = _PREVIOUS.search(text, max(0, m.start() - 30), m.start())
        if word in _GAELIC_NOT_NAMES or before and is_famous(f"{before.group(1)} {word}"):
            continue
        spans.append(PiiSpan(m.start(), m.start() + len(word), "NAME"))
    return spans
