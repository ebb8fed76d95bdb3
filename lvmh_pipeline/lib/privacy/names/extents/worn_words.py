"""What a person has or wears, said after "mit" / "ohne": no name, though a name is written so.

German capitalises every noun, so "kam mit Bart" (came bearded) reads like "mit Bart" (with Bart, a
Dutch given name). After "mit", "ohne" or "samt", a noun of the body, of the hair or of what one wears
or walks with is the thing, not a companion ("kam mit Bart und Hut", "ohne Stock"); "mit Sohn Bart"
(a kin word between) and "mit Herrn Bart" (a title) name the person still.
"""

from __future__ import annotations

import re

__all__ = ["worn_after_with"]

# Body, hair, clothing and walking-aid nouns of German (lower case); those that are given names too matter
WORN_WORDS: frozenset[str] = frozenset(
    """bart vollbart schnurrbart schnauzer zopf zöpfe dutt pferdeschwanz glatze locken perücke brille
    sonnenbrille hut mütze kappe kopftuch schleier turban kippa schal mantel weste jacke krawatte fliege
    stock gehstock krücke krücken rollator rollstuhl gips verband schiene""".split()
)
_WITH_BEFORE = re.compile(r"(?<![\w])(?i:mit|ohne|samt)[ \t]+$")


def worn_after_with(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` one German noun of the body or of what one wears right after "mit" /
    "ohne" / "samt" ("wieder mit Bart", "ohne Stock")?"""
    word = text[start:end]
    return (
        word.casefold() in WORN_WORDS
        and word[:1].isupper()
        and _WITH_BEFORE.search(text, max(0, start - 6), start) is not None
    )
