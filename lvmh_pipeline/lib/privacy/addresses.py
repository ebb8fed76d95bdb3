"""Detection of street addresses (number + street) in the languages of the notes.

Only a street *with a house number* is an address: "Via Monte Napoleone" or "avenue Montaigne"
alone name a shopping street and stay; "Via Monte Napoleone 8" and "30 avenue Montaigne" go.
A following postcode and city ("…, 75001 Paris") is taken with the street.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan

_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽ"
_NAME_WORD = rf"[{_UP}0-9][\w'’\-]*"
_HOUSE_NO = r"\d{1,4}(?:\s?(?:bis|ter|quater)\b|[A-Za-z]\b|/\d{1,4}[A-Za-z]?)?"
_POSTCODE_CITY = (
    rf"(?:,?\s(?:[A-Z]{{1,2}}-?)?\d{{4,5}}(?:\s?[A-Z]{{2}})?\s[{_UP}][\w'’\-]+"
    rf"(?:[ \-][{_UP}][\w'’\-]+)?)?"
)

# Counts that may follow a street-like word and a number without being an address.
_NOT_A_HOUSE_NUMBER = (
    r"(?!\d|\s?(?:[kKM]\b|€|\$|£|%|euros?|anni|años|anos|ans|jahre|jaar|years|giorni|días|"
    r"dias|jours|tage|dagen|days|notti|noches|noites|nuits|nächte|nachten|nights|volte|veces|"
    r"vezes|fois|mal|keer|times|pezzi|piezas|peças|pièces|stück|stuks|pieces|persone|personas|"
    r"pessoas|personnes|personen|people)\b)"
)

# Number first: French and English.
_FR_TYPES = (
    r"(?i:rue|avenue|av\.|bd|boulevard|place|quai|allée|allee|impasse|chemin|route|cours|square|"
    r"passage|villa|cité|rond-point|esplanade|promenade|faubourg)"
)
_FR_LINKERS = r"(?:(?:de la|de l['’]|du|des|de|d['’]|la|le|les|à la)\s?)"
_FR_ADDRESS = re.compile(
    rf"(?<![\w.,])\b{_HOUSE_NO},?\s{_FR_TYPES}\s{_FR_LINKERS}?{_NAME_WORD}"
    rf"(?:(?:\s{_FR_LINKERS}|[ \-]){_NAME_WORD}){{0,4}}{_POSTCODE_CITY}"
)
_EN_TYPES = (
    r"Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Ln\.?|Drive|Boulevard|Blvd\.?|Place|Pl\.|Square|"
    r"Sq\.|Terrace|Crescent|Court|Ct\.|Gardens|Mews|Parkway|Highway"
)
_UK_POSTCODE = r"(?:,?\s(?:[A-Z][\w\-]+,?\s)?[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b)?"
_EN_ADDRESS = re.compile(
    rf"(?<![\w.,])\b\d{{1,5}}[A-Za-z]?,?\s(?:{_NAME_WORD}\s){{1,3}}(?:{_EN_TYPES})(?![\w])"
    rf"(?:,?\s(?:Apt\.?|Flat|Suite|Unit)\s?\w+)?{_UK_POSTCODE}"
)

# Street type first, number last: Italian, Spanish, Portuguese, Catalan.
_ROMANCE_TYPES = (
    r"Via|Viale|Piazza|Piazzale|Corso|Largo|Vicolo|Lungarno|Lungotevere|Strada|Calle|C/|"
    r"Avenida|Avda\.|Av\.|Paseo|Plaza|Pza\.|Camino|Carrera|Carrer|Passeig|Ronda|Travesía|"
    r"Gran Vía|Rua|Praça|Travessa|Alameda|Estrada|Rambla"
)
_ROMANCE_LINKERS = (
    r"(?:(?:de la|de los|de las|de l['’]|de|del|della|dello|dei|degli|delle|di|da|do|dos|das|"
    r"d['’]|dels)\s?)"
)
_ROMANCE_ADDRESS = re.compile(
    rf"(?<![\w])(?:{_ROMANCE_TYPES})\s{_ROMANCE_LINKERS}?{_NAME_WORD}"
    rf"(?:(?:\s{_ROMANCE_LINKERS}|[ \-]){_NAME_WORD}){{0,4}},?\s(?:n\.?[º°o]?\.?\s?)?"
    rf"\d{{1,4}}(?:\s?[A-Za-z]\b|/\d{{1,4}}[A-Za-z]?)?[º°ª]?{_NOT_A_HOUSE_NUMBER}{_POSTCODE_CITY}"
)

# One-word street names ending in a street suffix (German, Dutch), or "<Name> Straße".
_COMPOUND_SUFFIXES = (
    r"straße|strasse|str\.|allee|weg|platz|gasse|damm|ufer|chaussee|steig|markt|"
    r"straat|laan|gracht|plein|kade|singel|dijk|steeg"
)
_COMPOUND_ADDRESS = re.compile(
    rf"(?<![\w])(?:[{_UP}][\w'’\-]*(?:{_COMPOUND_SUFFIXES})|"
    rf"(?:[{_UP}][\w'’\-]*\s)+(?:Straße|Strasse|Allee|Weg|Platz|Gasse|Ring|Damm|Ufer))"
    rf"\s\d{{1,3}}(?:\s?[a-z]\b|-\d{{1,3}})?(?![\w]|[.,]\d){_NOT_A_HOUSE_NUMBER}"
    rf"{_POSTCODE_CITY}"
)

_PATTERNS = (_FR_ADDRESS, _EN_ADDRESS, _ROMANCE_ADDRESS, _COMPOUND_ADDRESS)


def find_addresses(text: str) -> list[PiiSpan]:
    """Street addresses, longest match first when patterns overlap."""
    found = sorted(
        (PiiSpan(m.start(), m.end(), "ADDRESS") for p in _PATTERNS for m in p.finditer(text)),
        key=lambda s: (s.start, -s.end),
    )
    spans: list[PiiSpan] = []
    for span in found:
        if spans and span.start < spans[-1].end:
            continue
        spans.append(span)
    return spans
