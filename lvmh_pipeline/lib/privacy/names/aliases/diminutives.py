"""A diminutive said right after the full name, set off by a comma: "звонила Светлана Котова,
Светочка, …", "Павел, Павлик, сын …", "Federica Monti, Fede, …".

A voice note names the person, then the form the family uses. The word after the comma is that
form where it is no ordinary word, place or brand and has a diminutive's shape. Russian capitalises
no common noun inside a sentence, so there a capitalised word with a diminutive's own ending is one
("Светочка", "Павлик", "Димочка" of Дмитрий), and a short form ("Ваня", "Вика") where it starts as the
given name does (ё read as е); a Latin-script form must start as the given name does, be shorter
and shaped like a pet name ("Gabi", "Patty", "Kathy"), or be longer and end as a diminutive does
("Fernandinha", "Juanito", "Paoletta", "Geertje", "Gretchen", "Jeannette").
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.guard import COMMON, classify, is_given_name, is_place_month_or_brand
from lvmh_pipeline.lib.privacy.names.links.nicknames import _clipped, _pet_shaped
from lvmh_pipeline.lib.privacy.names.occurrences.forms import _plain

__all__ = ["apposed_diminutives"]

_AFTER = re.compile(
    r"[ \t]*,[ \t]*([A-ZÀ-ÖØ-ÞА-ЯЁ][a-zà-öø-ÿа-яё]{2,11})"
    r"(?=[ \t]*(?:[,.;:!?—–)(]|$|\n)|[ \t]+[a-zà-ÿа-яё])"
)
_CYRILLIC = re.compile("[а-яё]")
# Endings of Russian diminutives: Светочка, Танечка, Ванюша, Павлик, Димочка, Сашенька, Мишутка,
# Настюша — a form of its own, whatever the stem (Дмитрий: Димочка); the short endings ("Ваня",
# "Миша", "Вика") only on the given name's first letters
_RU_DIMINUTIVE = re.compile(r"(?:очка|ечка|енька|онька|ушка|юшка|ютка|утка|юша|уша|уля|юля|уся|юся|ечек|очек|ик)$")
_RU_SHORT = re.compile(r"(?:ня|ша|ся|ка|ля|ья)$")


def _ru_fold(word: str) -> str:
    return word.casefold().replace("ё", "е")


# Endings that make a Latin-script name longer and smaller: Portuguese and Spanish "Fernandinha",
# "Joãozinho", "Carlitos", "Juanito", "Rosita", "Anabelita"; Italian "Giuliett(in)a", "Paoletto",
# "Robertino", "Marcuccio"; Dutch "Geertje", "Anneke", "Keesje", "Pietje"; German "Gretchen", "Hänsel",
# "Liesl"; French "Pierrot", "Jeannette", "Louison" (stem: the name less a final vowel)
_LATIN_DIMINUTIVE = re.compile(
    r"(?:z|c|t|s|ch|e)?(?:inha|inho|itos|itas|ito|ita|illo|illa|ico|ica|ino|ina|etto|etta|uccio|uccia|tje|pje|je|ke"
    r"|chen|lein|erl|el|l|ot|ette|et|on)"
)


def _longer_diminutive(w: str, g: str) -> bool:
    """"fernandinha" of "fernanda", "carolinha" of "carolina", "rosita" of "rosa": three letters or
    more of the given name, then a diminutive's ending, no shorter than the name."""
    if len(w) < len(g) or w == g:
        return False
    return any(w.startswith(g[:k]) and _LATIN_DIMINUTIVE.fullmatch(w, k) for k in range(len(g), 2, -1))


def _built_on(word: str, given: str) -> bool:
    """Is ``word`` a diminutive built on ``given``?"""
    if _CYRILLIC.match(word.casefold()):
        w, g = _ru_fold(word), _ru_fold(given)
        return w != g and (bool(_RU_DIMINUTIVE.search(w)) or w[:2] == g[:2] and bool(_RU_SHORT.search(w)))
    w, g = _plain(word), _plain(given)
    if _longer_diminutive(w, g):
        return True  # "Fernandinha" of Fernanda, "Juanito" of Juan
    if _cut_short(w, g):
        return True  # "Ale" of Alessandra, "Guille" of Guillermo, "Caro" of Caroline
    return (_clipped(w, g) or w[:3] == g[:3] and len(w) < len(g)) and _pet_shaped(word)  # "Patty" of Patricia


def _cut_short(w: str, g: str) -> bool:
    """"ale" of "alessandra": the given name's first three letters or more, two letters short of it
    at least (a clipped form, the commonest nickname of the Romance languages and of English)."""
    return 3 <= len(w) <= len(g) - 2 and g.startswith(w)


def apposed_diminutives(text: str, anchors: list[tuple[int, int]]) -> list[PiiSpan]:
    """Diminutives of a given name found, right after the name and a comma (see the module)."""
    if "," not in text:
        return []
    out = []
    for start, end in anchors:
        given = [w for w in text[start:end].split() if len(w) >= 3 and is_given_name(w)]
        if not given:
            continue
        m = _AFTER.match(text, end)
        if not m:
            continue
        word = m.group(1)
        if is_place_month_or_brand(word):
            continue
        if classify(word) == COMMON and not any(len(word) >= 4 and _cut_short(_plain(word), _plain(g)) for g in given):
            continue  # "Valentina Rossi, Vale per gli amici": a clipped form, a word too
        if any(_built_on(word, g) for g in given):
            out.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    return out
