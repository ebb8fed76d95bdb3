"""A noun for a person, opening a note or a sentence before a guessed age: "Caballero ~50 años",
"Cavaliere sui 70 anni", "Dama de unos 60", "Mann um die 40", "Man, approx. 55".

An advisor who does not know a walk-in's name writes what the person is (a gentleman, a lady, a man)
and an age guessed ("~", "around", "de unos", "sui", "um die", "около"). Some of those nouns are family
names too (Caballero, Cavaliere, Mann), or read as a leading name; before a guessed age they are no
name. Before an exact age alone ("Caballero, 50 años") the word may be the client's family name: it stays.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan

__all__ = ["person_noun_before_age"]

# Nouns for an adult stranger, case-folded, in the notes' languages
_PERSON_NOUNS = frozenset(
    """caballero dama señor señora hombre mujer chico chica joven
    cavaliere signore signora uomo donna ragazzo ragazza
    senhor senhora homem mulher rapaz moça moço
    monsieur madame dame homme femme
    gentleman lady man woman guy gent
    herr mann frau
    heer meneer mevrouw man vrouw""".split()
)
_OPENING = re.compile(r"(?:^|[.!?\n;•\-–—*]|\(|:)[ \t]*$")
# a guessed age after the noun: an "about" word or sign, then one or two digits
_GUESSED_AGE = re.compile(
    r"[ \t]*,?[ \t]*(?:~|≈|±|\+/-|(?i:ca\.?|circa|approx\.?|about|around|roughly|some|de[ \t]+unos|de[ \t]+unas|unos"
    r"|sobre[ \t]+los|uns|de[ \t]+uns|cerca[ \t]+de|sui|sulla|verso[ \t]+i|di[ \t]+circa|vers|environ|dans[ \t]+les|la"
    r"|um[ \t]+die|etwa|rond[ \t]+de|rond|ongeveer|около|лет[ \t]+под))[ \t]*\d{1,2}(?!\d)"
)


def person_noun_before_age(text: str, span: PiiSpan) -> bool:
    """Is ``span`` a noun for a person opening a note or sentence before a guessed age (see the module)?"""
    word = text[span.start : span.end]
    if word.casefold() not in _PERSON_NOUNS:
        return False
    return _OPENING.search(text, max(0, span.start - 6), span.start) is not None and bool(_GUESSED_AGE.match(text, span.end))
