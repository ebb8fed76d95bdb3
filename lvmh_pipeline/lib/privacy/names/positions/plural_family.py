"""A family named in the plural before the couple's titles: "the Novaks, Mr and Mrs …", "die Brandts
(Herr und Frau)", "les Marchal — M. et Mme", "los Ibarra, Sr. y Sra.": the titles that follow say the
plural word is the family's name, one missing from the lexicon too; not an ordinary word, a place or
a brand, nor a word before the titles of another name ("the Parisians, Mr and Mrs Dupont").
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.guard import COMMON, classify, is_place_month_or_brand, is_surname, is_vocabulary

__all__ = ["plural_families"]

_COUPLE_TITLES = (
    r"(?:Mr\.?|Mister)[ \t]+(?:and|&|\+)[ \t]+(?:Mrs\.?|Ms\.?)|Herr[ \t]+und[ \t]+Frau|Hr\.?[ \t]+(?:und|&|\+)[ \t]+Fr\.?"
    r"|M\.?[ \t]+et[ \t]+Mme|Monsieur[ \t]+et[ \t]+Madame|Sr\.?[ \t]+y[ \t]+Sra\.?|(?i:señor[ \t]+y[ \t]+señora)"
    r"|(?i:il[ \t]+signor[ \t]+e[ \t]+la[ \t]+signora|signori)|Dhr\.?[ \t]+(?:en|&)[ \t]+[Mm]evr\.?|(?i:meneer[ \t]+en[ \t]+mevrouw)"
    r"|Sr\.?[ \t]+e[ \t]+Sra\.?|(?i:o[ \t]+senhor[ \t]+e[ \t]+a[ \t]+senhora)"
)
_PLURAL = re.compile(
    r"(?<![\w\[])(?i:the|die|les|los|las|os|as|gli|i|de)[ \t]+([A-Z][a-zà-ÿ'’\-]{2,20})[ \t]*[,(—–:][ \t]*(?:"
    + _COUPLE_TITLES + r")(?:[ \t]+([A-Z][a-zà-ÿ'’\-]+))?"
)
_GATE = ("Mr", "Herr", "Hr", "M.", "Monsieur", "Sr", "señor", "Señor", "signor", "Signor", "Dhr", "meneer", "Meneer", "senhor")


def plural_families(text: str) -> list[PiiSpan]:
    """The family word in the plural before the couple's titles."""
    if not any(g in text for g in _GATE):
        return []
    spans = []
    for m in _PLURAL.finditer(text):
        word = m.group(1)
        stem = word[:-2] if word.endswith("es") and not is_surname(word[:-1]) else word[:-1] if word.endswith("s") else word
        if any(classify(w) == COMMON and not is_surname(w) or is_place_month_or_brand(w) for w in {word, stem}):
            continue
        if is_vocabulary(stem) and not is_surname(stem):
            continue
        if m.group(2) and not word.startswith(m.group(2)):
            continue  # "the Parisians, Mr and Mrs Dupont": the titles name another family
        spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    return spans
