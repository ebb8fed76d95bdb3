"""A house number said in words beside its street, as a voice transcription spells it out: "il
habite douze rue du Faubourg Saint-Honoré", "forty-two Elm Street", "calle Mayor doce", "via
Manzoni ventitré", "Goethestraße zwölf", "Herengracht twaalf".

The street patterns of :mod:`.streets` need figures and :mod:`.labelled` a label before the
clause; here the street word in its usual place says it is an address: the number words come
right before a French or English street word with a capitalised street name after (before the
name and the English street word), or right after a capitalised street name that a Romance
street word opens or a German or Dutch street suffix ends. One to six number words (a thousand inside them: "mil e duzentos") of
:func:`~lvmh_pipeline.lib.privacy.spoken.phones.is_number_word` ("vingt-deux", "forty two");
"un", "one", "ein" alone are articles as often as numbers ("une place Vendôme"), and a unit after
the number makes it a count ("calle Mayor dos semanas").
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.gates import Gate
from lvmh_pipeline.lib.privacy.spans import PiiSpan
from lvmh_pipeline.lib.privacy.spoken.phones import is_number_word

__all__ = ["find_said_addresses"]

_UP = "A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁ"
_NAME = rf"[{_UP}][\w'’\-]*"
_FR_LINK = r"(?:(?:de la|de l['’]|du|des|de|d['’]|la|le|les)\s?)"
_ROMANCE_LINK = r"(?:(?:de la|de los|de las|de|del|della|dello|dei|degli|delle|di|da|do|dos|das|d['’])\s?)"
_WORDS_BEFORE = re.compile(r"([^\W\d_]+)([\s\-]+)$")
_WORDS_AFTER = re.compile(r"[\s\-]+([^\W\d_]+)")
_ONE = frozenset("un une one een één ein eine uno una um uma один одна".split())
_JOINS = frozenset("et y e und and en".split())
_MAX_WORDS = 6
# a thousand inside a house number ("rua Augusta, mil e duzentos", "dois mil e dez"), never its last word
# ("calle Mayor dos mil euros": a unit, an amount)
_THOUSANDS = frozenset("mil mille tausend duizend thousand".split())
_UNIT_AFTER = re.compile(
    r"[\s,]*(?i:semaines?|jours?|mois|ans|fois|weeks?|days?|months?|years?|times|semanas?|días|dias|meses|años|anos|"
    r"veces|vezes|settimane|giorni|mesi|anni|volte|wochen|tage|monate|jahre|mal|weken|dagen|maanden|jaar|keer|"
    r"euros?|dollars?|pounds?|mille|mil|thousand|tausend|duizend|hundred|cent)(?!\w)"
)

# Number first: "douze rue du Faubourg Saint-Honoré", "forty two Elm Street".
_FR_STREET = re.compile(
    r"(?<=\s)(?i:rue|avenue|boulevard|place|quai|allée|impasse|chemin|cours|square|passage|faubourg)\s"
    rf"{_FR_LINK}?{_NAME}(?:(?:\s{_FR_LINK}|[ \-]){_NAME}){{0,4}}"
)
_EN_STREET = re.compile(
    rf"(?<=\s)(?:{_NAME}\s){{1,3}}(?:Street|Road|Avenue|Lane|Drive|Place|Square|Terrace|Crescent|Gardens|Mews|Walk|"
    r"Row|Close|Grove|Hill)(?!\w)"
)
# Number after: "calle Mayor doce", "Goethestraße zwölf".
_STREET_THEN_NUMBER = re.compile(
    r"(?<!\w)(?i:via|viale|piazza|corso|calle|avenida|paseo|plaza|rua|praça|travessa|alameda)\s"
    rf"{_ROMANCE_LINK}?{_NAME}(?:(?:\s{_ROMANCE_LINK}|[ \-]){_NAME}){{0,3}},?"
    rf"|(?<!\w)[{_UP}][\w\-]*(?:straße|strasse|weg|platz|allee|gasse|straat|laan|gracht|plein|kade|singel)(?!\w)"
)
_GATE = Gate(
    form for word in (
        "rue avenue boulevard place quai allée impasse chemin cours square passage faubourg Street Road Avenue Lane "
        "Drive Place Square Terrace Crescent Gardens Mews Walk Row Close Grove Hill via viale piazza corso calle "
        "avenida paseo plaza rua praça travessa alameda straße strasse weg platz allee gasse straat laan gracht plein "
        "kade singel"
    ).split() for form in (word, word.capitalize())
)


def _said(words: list[str]) -> bool:
    """Number words (joined by "et", "y" …) that are more than an article alone."""
    numbers = [w for w in words if w.casefold() not in _JOINS]
    return (
        bool(numbers) and all(is_number_word(w) for w in numbers if w.casefold() not in _THOUSANDS)
        and numbers[-1].casefold() not in _THOUSANDS and words[0].casefold() not in _JOINS
        and words[-1].casefold() not in _JOINS and not (len(numbers) == 1 and numbers[0].casefold() in _ONE)
    )


def _number_before(text: str, start: int) -> int | None:
    """The start of the number words that end right before ``start`` (a street)."""
    first, pos, words = None, start, []
    while len(words) < _MAX_WORDS and (m := _WORDS_BEFORE.search(text, max(0, pos - 40), pos)) is not None:
        word = m.group(1)
        if not (is_number_word(word) or word.casefold() in _JOINS or word.casefold() in _THOUSANDS):
            break
        words.insert(0, word)
        pos = m.start()
        if _said(words):
            first = pos
    return first


def _number_after(text: str, end: int) -> int | None:
    """The end of the number words right after ``end`` (a street name), unless a unit follows."""
    last, pos, words = None, end, []
    while len(words) < _MAX_WORDS and (m := _WORDS_AFTER.match(text, pos)) is not None:
        word = m.group(1)
        if not (is_number_word(word) or word.casefold() in _JOINS or word.casefold() in _THOUSANDS):
            break
        words.append(word)
        pos = m.end()
        if _said(words):
            last = pos
    return None if last is None or _UNIT_AFTER.match(text, last) else last


def find_said_addresses(text: str) -> list[PiiSpan]:
    """Streets with their house number said in words (see the module)."""
    if not _GATE(text):
        return []
    spans = []
    for pattern in (_FR_STREET, _EN_STREET):
        for m in pattern.finditer(text):
            start = _number_before(text, m.start())
            if start is not None:
                spans.append(PiiSpan(start, m.end(), "ADDRESS"))
    for m in _STREET_THEN_NUMBER.finditer(text):
        end = _number_after(text, m.end())
        if end is not None:
            spans.append(PiiSpan(m.start(), end, "ADDRESS"))
    return sorted(spans)
