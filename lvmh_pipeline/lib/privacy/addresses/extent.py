"""Where a street address found by :mod:`.streets` ends: at a line break, and after the city that
follows it when nothing else does ("Keizersgracht 10, Amsterdam", "Via Roma 12, Milano", "Calle
Mayor 5, Madrid", "14 Baker Street, London").

A note's lines are separate fields ("Livraison: …" then "CB: …"): an address never runs over a
line break. The city after a street and its number is one to three capitalised words closing the
clause (a line break, a full stop, a semicolon, a bracket, a comma, a bar or the end of the note), none of
them a month, a weekday, a word of courtesy or time, a colour or a house ("…, Ende Mai", "…, Bitte
klingeln", "Tank 3, Cartier" stay).
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.addresses.dates import DAY_MONTH, HOUR, MONTH
from lvmh_pipeline.lib.privacy.names.guard_words.places_and_brands import BRANDS_AND_PRODUCTS
from lvmh_pipeline.lib.privacy.spans import PiiSpan

__all__ = ["city_end", "fit_address"]

_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽА-ЯЁ"
_CITY_WORD = rf"[{_UP}][\w'’\-]+"
_PARTICLE = r"(?:am|an|de|del|di|da|do|dos|la|le|les|sur|en|upon|on|aan|den|van|im|bei)"
_CITY = re.compile(
    rf",[ \t]?(?P<city>{_CITY_WORD}(?:[ \t](?:{_PARTICLE}[ \t])?{_CITY_WORD}){{0,2}})"
    r"(?=[ \t]*(?:$|[\n.;)!?,|]))"
)
_NOT_A_CITY = re.compile(
    rf"(?<![\w])(?:{MONTH}|(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|"
    r"jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|maandag|"
    r"dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|lunes|martes|miércoles|jueves|viernes|sábado|domingo|"
    r"lunedì|martedì|mercoledì|giovedì|venerdì|sabato|segunda|terça|quarta|quinta|sexta|ende|anfang|mitte|"
    r"fin|début|debut|inizio|fine|principio|finales|início|eind|begin|bitte|danke|merci|thanks|thank|please|"
    r"grazie|gracias|obrigad[oa]|bedankt|graag|svp|pls|asap|urgent|urgente|dringend|today|tomorrow|"
    r"heute|morgen|aujourd|demain|hoy|mañana|oggi|domani|hoje|amanhã|vandaag|morgen|tel|mobile|email|mail|"
    r"phone|whatsapp|ok|vip|tbc|tbd|"
    # colours and leathers written after a model and its size ("Birkin 30, Gold")
    r"gold|silver|black|white|noir|blanc|rouge|rose|argent|gris|bleu|vert|schwarz|weiß|weiss|rot|nero|bianco|"
    r"rosso|negro|blanco|preto|branco|zwart|wit|goud|zilver|monogram|damier|epi|togo|epsom|swift|clemence|"
    r"clémence))(?![\w])"
)

_DATE_FIRST = re.compile(rf"{DAY_MONTH}|{HOUR}")


def fit_address(text: str, span: PiiSpan) -> PiiSpan | None:
    """``span`` cut at its first line break (None when no house number is left before it) and
    taken on over the city that follows it; None for a span opening on a day and a month or an hour (see the module)."""
    start, end = span.start, span.end
    if _DATE_FIRST.match(text, start):
        return None  # "14 March Bond St", "14h, av. Montaigne": a day or an hour, then the shop
    cut = text.find("\n", start, end)
    if cut >= 0:
        end = start + len(text[start:cut].rstrip(" \t,;:"))
        if not any(c.isdigit() for c in text[start:end]):
            return None
    return PiiSpan(start, city_end(text, end) or end, span.kind)


def city_end(text: str, end: int) -> int | None:
    """The end of the city written right after ``end`` (", Amsterdam"), or None (see the module)."""
    city = _CITY.match(text, end)
    if city is None or _NOT_A_CITY.search(city.group("city")):
        return None
    # a house's name after a model and its size ("Tank 3, Cartier") is no city
    return None if any(w.casefold() in BRANDS_AND_PRODUCTS for w in city.group("city").split()) else city.end()
