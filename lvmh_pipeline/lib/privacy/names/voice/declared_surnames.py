"""A word the note says is the family name: "Silver is the surname", "Blanco es el apellido", "Серый это фамилия".

An advisor who fears a family name will be read as a word (a colour, a metal, "small") says so: the
word right before "is the surname" (in any of the twelve languages written in Latin or Cyrillic
letters) is a family name whatever else it is. A pronoun before the phrase ("this is the surname",
"das ist der Nachname") names nothing; nor does a word in lower case the lexicon does not list as a
family name ("the second is the surname"). Other occurrences of the name are found from this one
(:func:`..occurrences.name_occurrences`).
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan

__all__ = ["declared_surnames"]

_SURNAME_PHRASE = (
    r"(?i:is[ \t]+(?:the|her|his|their|my)[ \t]+(?:surname|last[ \t]+name|family[ \t]+name)"
    r"|es[ \t]+(?:el|su)[ \t]+apellido|é[ \t]+o[ \t]+(?:seu[ \t]+)?(?:sobrenome|apelido|nome[ \t]+de[ \t]+família)"
    r"|è[ \t]+il[ \t]+(?:suo[ \t]+)?cognome|(?:c['’]est|est)[ \t]+(?:le|son)[ \t]+nom(?:[ \t]+de[ \t]+famille|(?![ \t]+(?:du|des|de|d['’])))"
    r"|ist[ \t]+(?:der|ihr|sein)[ \t]+(?:Nachname|Familienname)|is[ \t]+(?:de|haar|zijn)[ \t]+achternaam"
    r"|(?:это|—|-)[ \t]+(?:его[ \t]+|её[ \t]+|ее[ \t]+)?фамилия)"
)
_DECLARED = re.compile(
    r"(?<![\w\-])(?P<word>[^\W\d_][^\W\d_'’\-]*(?:-[^\W\d_]+)?)[ \t]*,?[ \t]+" + _SURNAME_PHRASE + r"(?![\w])"
)
# pronouns and demonstratives that open the phrase without naming anyone
_PRONOUNS = frozenset(
    """this that it which what who one here there the other first second last name surname
    esto eso ese este ello cual que qué isto isso esse este aquilo qual questo quello quella ciò che cui
    ce cela ça ceci lui elle qui das dies es der die dieser diese welcher dit dat het deze die wat
    это то что он она оно кто""".split()
)


def declared_surnames(text: str) -> list[PiiSpan]:
    """The word before a phrase saying it is the family name."""
    if not any(k in text for k in ("name", "apellido", "sobrenome", "apelido", "família", "cognome", "nom",
                                   "Nachname", "Familienname", "achternaam", "фамилия")):
        return []
    from lvmh_pipeline.lib.privacy.names.guard import is_surname

    spans = []
    for m in _DECLARED.finditer(text):
        word = m.group("word")
        if word.casefold() in _PRONOUNS or len(word) < 2:
            continue
        if not word[0].isupper() and not is_surname(word):
            continue
        spans.append(PiiSpan(m.start("word"), m.end("word"), "NAME"))
    return spans
