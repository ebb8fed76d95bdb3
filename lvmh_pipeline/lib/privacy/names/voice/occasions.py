"""A given name that is a word too after a person's occasion: "para el cumple de Candela", "la
comunión de Paz", "le baptême de Capucine", "il compleanno di Aurora", "Geburtstag von Sonne".

Birthdays, weddings, christenings and the like are someone's: a capitalised given name of the
lexicon right after "<occasion> of" is that someone, even one that is an ordinary word too (the
lexicon's ambiguous names; not a listed word, a place, a month or a brand: "la boda de Sevilla",
"el cumpleaños de Mayo").
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.gates import Gate
from lvmh_pipeline.lib.common.text import caseless
from lvmh_pipeline.lib.privacy.names.guard import AMBIGUOUS, classify, is_given_name, is_place_month_or_brand, is_vocabulary

__all__ = ["occasion_names"]

_OCCASIONS = (
    "cumple|cumpleaños|santo|boda|bautizo|comunión|comunion|confirmación|graduación|quinceañera|quince"
    "|birthday|christening|wedding|graduation|bar mitzvah|bat mitzvah"
    "|anniversaire|mariage|baptême|bapteme|communion|remise de diplôme"
    "|compleanno|matrimonio|battesimo|comunione|cresima|laurea|onomastico"
    "|aniversário|aniversario|casamento|batizado|formatura|festa"
    "|geburtstag|hochzeit|taufe|kommunion|konfirmation|verjaardag|bruiloft|doop"
)
_OCCASION_OF = re.compile(
    rf"(?<![\w])(?i:{_OCCASIONS})[ \t]+(?i:de|di|of|von|van|do|da|des|du|della|del)[ \t]+(?:(?i:la|el|il|a|o)[ \t]+)?"
    r"([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)(?![\w'’\-])"
)
_GATE = Gate(caseless(w) for w in _OCCASIONS.split("|"))


def occasion_names(text: str) -> list[PiiSpan]:
    if not _GATE(caseless(text)):
        return []
    spans = []
    for m in _OCCASION_OF.finditer(text):
        word = m.group(1)
        if classify(word) == AMBIGUOUS and is_given_name(word) and not is_vocabulary(word) and not is_place_month_or_brand(word):
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    return spans
