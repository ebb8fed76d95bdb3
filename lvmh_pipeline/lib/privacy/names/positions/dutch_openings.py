"""A Dutch or Frisian family name the lexicon does not know, opening a note or a sentence before a
verb only a person does: "Bosma belde over de riem", "Meijering komt zaterdag", "… . Nijholt wil
de tas in het zwart".

The word must be shaped as a Dutch family name (-stra, -ma, -inga, -ing, -holt, -huis, -veld,
-kamp, -berg, -broek, -dijk …): the person nouns the lexicon does not know either open a sentence
before the same verbs ("Koerier belde", "Bezoeker vroeg", "Iemand wil …") and keep their place.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.guard import COMMON, classify, is_place_month_or_brand, is_vocabulary

__all__ = ["dutch_opening_surnames"]

_VERBS = (
    "belde", "vroeg", "zoekt", "zocht", "wil", "wilde", "bestelde", "mailde", "appte", "twijfelt", "kwam", "komt",
    "heeft", "had", "haalde", "haalt", "kiest", "koos", "liet", "houdt", "draagt",
)
_DAYS = "maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|morgen|volgende|vandaag|straks"
_OPENING = re.compile(
    r"(?:^|(?<=[.!?\n])[ \t]*)[ \t]*([A-Z][a-zà-ÿ]{2,}(?:-[A-Z][a-zà-ÿ]{2,})?)[ \t]+"
    r"(?=(?:belde|vroeg|zoekt|zocht|wil(?:de)?|bestelde|mailde|appte|twijfelt|haalde|haalt|kiest|koos|draagt|"
    r"had[ \t]+(?:vragen|twijfels)|heeft[ \t]+(?:gebeld|gemaild|besteld|gekocht|vragen)|liet[ \t]+weten|houdt[ \t]+van|"
    rf"kwam[ \t]+(?:langs|terug|vandaag|gisteren)|komt[ \t]+(?:langs|terug|{_DAYS}))(?![\w]))",
    re.MULTILINE,
)
_SHAPE = re.compile(
    r"(?:stra|sma|ma|inga|enga|unga|ing|ink|holt|hout|huis|huizen|kamp|veld|velde|berg|burg|broek|dijk|dijck|"
    r"horst|wijk|meijer|sen|ssen|zen|oort|voort|laar|beek|bosch|ius|gra|nga|ijn)$"
)
_GATE = _VERBS


def dutch_opening_surnames(text: str) -> list[PiiSpan]:
    if not any(v in text for v in _GATE):
        return []
    spans = []
    for m in _OPENING.finditer(text):
        word = m.group(1)
        last = word.split("-")[-1].casefold()
        if len(word) < 5 or not _SHAPE.search(last) or classify(word) == COMMON:
            continue
        if is_vocabulary(word) or is_place_month_or_brand(word):
            continue
        spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    return spans
