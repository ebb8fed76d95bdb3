"""A name in the German or Dutch genitive before a kin or staff word: "Kellers Tochter hat sie
empfohlen", "Annas Mann", "Jansens dochter", "Müllers Fahrer".

The -s glued to a capitalised word before a kin word says whose relative it is: a person's (the
family name of a referring client, a given name). The word without its -s must be a listed name
(one that is a word too: "Keller") or a word missing from the lexicon, and no ordinary word, place,
brand or kin word ("Nachbars Tochter", "Vaters Frau", "Berlins Töchter" stay).
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.guard import (
    COMMON, UNKNOWN, classify, is_given_name, is_place_month_or_brand, is_surname, is_vocabulary,
)
from lvmh_pipeline.lib.privacy.names.lexicon import KIN_WORDS

__all__ = ["genitive_names"]

_RELATIVES = (
    "Tochter|Töchter|Sohn|Söhne|Frau|Mann|Ehefrau|Ehemann|Mutter|Vater|Schwester|Bruder|Enkelin|Enkel|Nichte|Neffe"
    "|Tante|Onkel|Freundin|Freund|Partnerin|Partner|Verlobte|Verlobter|Witwe|Kinder|Eltern|Schwiegertochter"
    "|Schwiegersohn|Schwiegermutter|Cousine|Cousin|Sekretärin|Sekretär|Assistentin|Assistent|Fahrer|Chauffeur"
    "|dochter|zoon|vrouw|man|moeder|vader|zus|zuster|broer|kleindochter|kleinzoon|nicht|neef|tante|oom|vriendin"
    "|vriend|partner|verloofde|weduwe|kinderen|ouders|schoondochter|schoonzoon|secretaresse|assistente|chauffeur"
)
_GENITIVE = re.compile(
    rf"(?<![\w\-'’])([A-ZÄÖÜ][a-zäöüßéè]+(?:-[A-ZÄÖÜ][a-zäöüßéè]+)?)s[ \t]+(?:{_RELATIVES})(?![\w\-])"
)
_KIN = frozenset(w.casefold() for w in KIN_WORDS)
_ARTICLE_BEFORE = re.compile(r"(?<![\w])(?i:des|der|eines|einer|meines|seines|ihres|unseres|dieses|jedes|het|de)[ \t]+$")


def genitive_names(text: str) -> list[PiiSpan]:
    spans = []
    for m in _GENITIVE.finditer(text):
        stem = m.group(1)
        if len(stem) < 3 or stem.casefold() in _KIN or is_place_month_or_brand(stem) or is_place_month_or_brand(stem + "s"):
            continue
        if _ARTICLE_BEFORE.search(text, max(0, m.start() - 10), m.start()) or is_vocabulary(stem[:-1]) and stem.endswith("e"):
            continue  # "des Hauses Tochter": a noun's genitive takes an article, a name's none
        known = is_surname(stem) or is_given_name(stem)
        if not known and (classify(stem) != UNKNOWN or is_vocabulary(stem) or classify(stem + "s") == COMMON):
            continue
        if known and classify(stem) == COMMON:
            continue
        spans.append(PiiSpan(m.start(1), m.end(1) + 1, "NAME"))
    return spans
