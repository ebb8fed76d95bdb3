"""A family named in the plural before the couple's titles: "the Novaks, Mr and Mrs …", "die Brandts
(Herr und Frau)", "les Marchal — M. et Mme", "los Ibarra, Sr. y Sra.": the titles that follow say the
plural word is the family's name, one missing from the lexicon too; not an ordinary word, a place or
a brand, nor a word before the titles of another name ("the Parisians, Mr and Mrs Dupont").
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.guard import (
    COMMON, classify, is_famous, is_place_month_or_brand, is_surname, is_vocabulary,
)

__all__ = ["particle_families", "plural_families"]

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
    """The family word in the plural before the couple's titles; a family named with its particle."""
    spans = particle_families(text) if any(p in text for p in _PARTICLE_GATE) else []
    if not any(g in text for g in _GATE):
        return spans
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


# "the van der Bergs sent us", "los de la Fuente", "les de Villiers", "die von Arnims": an article of
# the plural, a surname's particle and the family name (in the plural or not). After English "the"
# and after a particle of two words the shape is a family's; after one particle in the other languages
# ("los de Valencia", "i di Milano": those from …) the name must be a listed surname.
_PARTICLE_FAMILY = re.compile(
    r"(?<![\w\[])(?P<article>[Tt]he|[Ll]es|[Ll]os|[Ll]as|[Dd]ie|[Gg]li|[Oo]s|[Aa]s)[ \t]+"
    r"(?P<name>(?P<particle>(?i:van[ \t]+der|van[ \t]+den|van[ \t]+de|von[ \t]+der|de[ \t]+la|de[ \t]+los|de[ \t]+las|"
    r"van|von|de|di|da|du|del|della|dos|das|le|la|d['’])|O['’])[ \t]*(?P<word>[A-Z][a-zà-ÿ'’\-]{2,20}))(?![\w\-])"
)
_PARTICLE_GATE = (" van ", " von ", " de ", " di ", " da ", " du ", " del", " dos ", " das ", " le ", " la ", " d'", " d’", " O'", " O’",
                  " Van ", " Von ", " De ", " Di ", " Da ", " Du ", " Del", " Dos ", " Das ", " Le ", " La ", " D'", " D’")


def particle_families(text: str) -> list[PiiSpan]:
    spans = []
    for m in _PARTICLE_FAMILY.finditer(text):
        word, particle = m.group("word"), m.group("particle")
        stem = word[:-1] if word.endswith("s") and len(word) > 4 else word
        if any(is_place_month_or_brand(w) or classify(w) == COMMON and not is_surname(w) for w in {word, stem}):
            continue
        if is_famous(m.group("name")) or is_vocabulary(word) and not is_surname(word):
            continue
        english = m.group("article").casefold() == "the"
        if not (english or " " in particle or "\t" in particle or is_surname(stem) or is_surname(f"{particle} {stem}")):
            continue
        spans.append(PiiSpan(m.start("name"), m.end("name"), "NAME"))
    return spans
