"""Given name and surname pairs, in either order, and Russian given-name case forms."""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.cues import LETTER, alternation, scan
from lvmh_pipeline.lib.privacy.names.guard import (
    AMBIGUOUS,
    NAME,
    classify,
    is_famous,
    is_given_name,
    is_place_month_or_brand,
    is_surname,
    names_a_place_or_org,
)
from lvmh_pipeline.lib.privacy.names.lexicon import FILLERS
from lvmh_pipeline.lib.privacy.names.positions.words import _ordinary_not_word

_PREVIOUS_LOWER = re.compile(rf"(?<![{LETTER}])[a-zà-ÿа-яё][{LETTER}'’]*[ \t]+$")


_CLOSING_AFTER = re.compile(r"[ \t]*(?:[,;:.!?)]|$)")


# Russian surnames and patronymics by their endings, in any case ("Орловым", "Соколовой").
_CYRILLIC_SURNAME = re.compile(
    r"(?<![\u0400-\u04ff\-])([А-ЯЁ][а-яё]{2,}(?:(?:ов|ев|ёв|ин|ын)(?:а|у|ым|е|ой|ою|ых|ыми|ы)?"
    r"|(?:ск|цк)(?:ий|ая|ого|ому|им|ом|ой|ую|ие|их)|енко|ук|юк|ян|швили|дзе"
    r"|вич(?:а|у|ем|е)?|вн(?:а|ы|е|у|ой)|ичн(?:а|ы|е|у|ой)))"
    r"(?![\u0400-\u04ff])"
)


_LOWER_AFTER = re.compile(r"[ \t]+[a-zà-ÿа-яё]")
_NEXT_WORD = re.compile(r"[ \t]+([\w'’-]+)")


def surname_pairs(text: str) -> list[PiiSpan]:
    """Two listed surnames side by side inside a sentence, closed by punctuation or a lower-case
    word: an Iberian double surname without its given name ("Conversa com Machado Reis, cliente
    antigo", "con García Ortega, quiere"). Not in German, where nouns are capitalised, nor a place
    ("Costa Rica", "Torres Novas") or a famous pair."""
    found = scan(text)
    if found.german or len(found.capitals) < 2:
        return []
    spans = []
    capitals = found.capitals
    for (s1, e1, w1), (s2, e2, w2) in zip(capitals, capitals[1:]):
        if text[e1:s2] != " " or not s1:
            continue
        if not (is_surname(w1) and classify(w1) == NAME and is_surname(w2) and classify(w2) in (NAME, AMBIGUOUS)):
            continue
        if not _PREVIOUS_LOWER.search(text, max(0, s1 - 30), s1):
            continue
        if (
            is_given_name(w1)
            or any(is_place_month_or_brand(w) or _ordinary_not_word(w) for w in (w1, w2))
            or names_a_place_or_org(w1)
            or is_famous(f"{w1} {w2}")
        ):
            continue  # a given name first is given_name_pairs' ("Anna Keller")
        if _CLOSING_AFTER.match(text, e2) or _LOWER_AFTER.match(text, e2):
            spans += [PiiSpan(s1, e1, "NAME"), PiiSpan(s2, e2, "NAME")]  # one per surname
    return spans


_FILLER_BEFORE = re.compile(rf"(?<![{LETTER}])(?:{alternation(FILLERS)})[ \t]*[,.…]*[ \t]+$", re.IGNORECASE)


def inverted_pairs(text: str) -> list[PiiSpan]:
    """A listed surname, then a listed given name, inside a sentence after a lower-case word or
    a hesitation and closed by punctuation or a lower-case word: the family name written first
    ("Gestern war Schneider Petra da", "ähm Wagner Sabine kam vorbei", "è passata Colombo
    Giulia"). German too: the given name carries it. Not a place, a brand or a famous pair."""
    found = scan(text)
    if len(found.capitals) < 2:
        return []
    spans = []
    capitals = found.capitals
    for (s1, e1, w1), (s2, e2, w2) in zip(capitals, capitals[1:]):
        if text[e1:s2] != " ":
            continue
        if not (is_surname(w1) and classify(w1) in (NAME, AMBIGUOUS) and is_given_name(w2) and classify(w2) == NAME):
            continue  # (the lexicon first: cheaper than the searches before)
        if not (_PREVIOUS_LOWER.search(text, max(0, s1 - 30), s1) or _FILLER_BEFORE.search(text, max(0, s1 - 30), s1)):
            continue
        if (
            is_surname(w2)
            or is_given_name(w1) and classify(w1) == NAME
            or any(is_place_month_or_brand(w) or _ordinary_not_word(w) for w in (w1, w2))
            or names_a_place_or_org(w1)
            or is_famous(f"{w1} {w2}")
        ):
            continue  # "Anna Keller" is given_name_pairs'; "Louis Vuitton", "Costa Rica"
        if _CLOSING_AFTER.match(text, e2) or _LOWER_AFTER.match(text, e2):
            spans += [PiiSpan(s1, e1, "NAME"), PiiSpan(s2, e2, "NAME")]  # one per name, as surname_pairs
    return spans
