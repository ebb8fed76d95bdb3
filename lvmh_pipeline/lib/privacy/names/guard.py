"""Is a capitalised word a person's name, an ordinary word, both, or unknown?

Every rule that accepts a word without a title ("Keller, 57 jaar", "Anna Krause", "sa fille
Chloé") asks :func:`classify`. A word of the name lexicon is a ``NAME``; one that is also an
ordinary word ("Rose", "Koch", "Blanc") is ``AMBIGUOUS`` and needs a strong cue; a listed
ordinary word — German noun, role, kin, month, city, brand, product, colour — or a word with a
noun's shape (German "-ung", "-heit", compounds ending in "-geschenk") is ``COMMON``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lvmh_pipeline.lib.privacy.names.lexicon import ARABIC_COMMON, KO_HONORIFIC_VERB_FORMS, KO_ROLE_WORDS, ZH_COMMON_WORDS
from lvmh_pipeline.lib.privacy.names.guard_words import (
    BRANDS_AND_PRODUCTS,
    COLOURS_AND_MATERIALS,
    DIET_AND_HEALTH,
    FAMOUS_NAMES,
    FUNCTION_WORDS,
    GERMAN_COMPOUND_HEADS,
    GERMAN_NOUN_SUFFIXES,
    GERMAN_NOUNS,
    HEADINGS,
    MONTHS_AND_DAYS,
    NOTE_WORDS,
    PLACE_OR_ORG_BEFORE,
    PLACES,
    PRODUCT_WORDS,
    RUSSIAN_WORDS,
    SERVICES_AND_OCCASIONS,
)
from lvmh_pipeline.lib.privacy.names.guard_words.named_places import HEADING_TAILS
from lvmh_pipeline.lib.privacy.names.person_names import person_names, plain
from lvmh_pipeline.lib.privacy.names.word_forms import is_concept_word, russian_ordinary_form

_SAINT_PREFIXES = ("saint-", "sainte-", "st-", "ste-", "st.-", "san-", "santa-", "sankt-")

NAME = "name"
AMBIGUOUS = "ambiguous"
COMMON = "common"
UNKNOWN = "unknown"

COMMON_WORDS: frozenset[str] = (
    GERMAN_NOUNS
    | NOTE_WORDS
    | MONTHS_AND_DAYS
    | FUNCTION_WORDS
    | HEADINGS
    | SERVICES_AND_OCCASIONS
    | PLACES
    | BRANDS_AND_PRODUCTS
    | PRODUCT_WORDS
    | COLOURS_AND_MATERIALS
    | DIET_AND_HEALTH
    | RUSSIAN_WORDS
    | ARABIC_COMMON
    | KO_ROLE_WORDS
    | KO_HONORIFIC_VERB_FORMS  # "오신 고객님": who came, no 오 + 신
    | ZH_COMMON_WORDS
)
# Words that follow a title without being a surname ("Frau Doktor", "Herr Kunde", "Miss Dior").
NOT_AFTER_TITLE: frozenset[str] = GERMAN_NOUNS | NOTE_WORDS | BRANDS_AND_PRODUCTS | RUSSIAN_WORDS


def fold(word: str) -> str:
    """Case-folded ``word`` without a possessive or a final dot ("Meyer's" → "meyer")."""
    for tail in ("'s", "’s"):
        if word.endswith(tail) and len(word) > len(tail) + 1:
            word = word[: -len(tail)]
            break
    return word.rstrip(".").casefold()


def _noun_shaped(word: str, low: str) -> bool:
    if any(ch.isdigit() for ch in word):
        return True
    if len(word) > 1 and word.isupper() and len(word) <= 4:
        return True  # VIP, CEO, NYC, NAME, МГУ
    if len(word) >= 7 and word.isupper() and low.endswith(HEADING_TAILS):
        return True  # KLANTPROFIEL, KUNDENPROFIL: a heading glued into one word
    return _noun_morphology(low)


def _noun_morphology(low: str) -> bool:
    """German abstract nouns and compounds ("Beziehung", "Kunstgeschichte"), holidays and places
    named after a saint ("Saint-Valentin", "St-Tropez")."""
    if low.startswith(_SAINT_PREFIXES):
        return True
    if len(low) >= 6 and low.endswith(GERMAN_NOUN_SUFFIXES):
        return True
    head, dash, tail = low.rpartition("-")
    if dash and head and len(tail) >= 4 and tail not in GERMAN_COMPOUND_HEADS:
        low = tail  # "Rosenthal-Kaplan": a compound's head is its last part, not "plan" across it
    if len(low) >= 7:
        for i in range(3, len(low) - 3):
            if low[i:] in GERMAN_COMPOUND_HEADS:
                return True
    return False


@lru_cache(maxsize=65536)
def classify(word: str) -> str:
    """NAME, AMBIGUOUS, COMMON or UNKNOWN for one word (any script, any case)."""
    low = fold(word)
    if not low:
        return COMMON
    lexicon = person_names()
    if low in lexicon.given or low in lexicon.surnames:
        return AMBIGUOUS if low in COMMON_WORDS or low in lexicon.ambiguous else NAME
    if low in COMMON_WORDS or _noun_shaped(word, low) or is_concept_word(low) or russian_ordinary_form(low):
        return COMMON  # a listed word, a noun's shape, a term of the taxonomy ("Диабет", "Свинину")
    if not low.isascii() and lexicon.is_name(low):
        # "Antônio", "Lefevre": a known name spelt with other accents
        return AMBIGUOUS if plain(low) in _PLAIN_AMBIGUOUS() else NAME
    if "-" in low.strip("-"):
        # "Anna-Lena", "Berg-Schmidt", "Fox-Miller": every part a known name, one of them no
        # ordinary word; "Rose-Gold", "Roos-goud" are colours, "Ex-vegan" a diet
        kinds = [classify(part) for part in low.split("-")]
        if all(k in (NAME, AMBIGUOUS) for k in kinds) and NAME in kinds:
            return NAME
        if all(k == AMBIGUOUS for k in kinds) and _double_family_name(low.split("-")):
            return AMBIGUOUS  # "Costa-Bell", "Klein-Bauer": two family names that are words too, no colour
        if all(k in (AMBIGUOUS, COMMON) for k in kinds) and COMMON in kinds or all(k == AMBIGUOUS for k in kinds):
            return COMMON
        if NAME not in kinds and any(k == COMMON and len(part) > 3 for k, part in zip(kinds, low.split("-"), strict=True)):
            return COMMON  # "Ex-vegan": an ordinary word and no name ("Al-Sayed": a particle)
    return UNKNOWN


def _double_family_name(parts: list[str]) -> bool:
    """Every part a listed family name, none a colour or a material ("rose-gold" is a colour)."""
    surnames = person_names().surnames
    return len(parts) == 2 and all(p in surnames and p not in COLOURS_AND_MATERIALS for p in parts)


@lru_cache(maxsize=1)
def _PLAIN_AMBIGUOUS() -> frozenset[str]:
    return frozenset(plain(w) for w in person_names().ambiguous) | frozenset(plain(w) for w in COMMON_WORDS)


def is_known(word: str) -> bool:
    """In the name lexicon (ambiguous or not)."""
    return classify(word) in (NAME, AMBIGUOUS)


def is_common(word: str) -> bool:
    """An ordinary word and no known name."""
    return classify(word) == COMMON


def is_vocabulary(word: str) -> bool:
    """A listed ordinary word ("rose", "weiss", "paris"), whether or not it is a name too."""
    return fold(word) in COMMON_WORDS


def is_place_month_or_brand(word: str) -> bool:
    """"Paris", "Mai", "Kelly": ordinary words that open a note before a comma as names would."""
    low = fold(word)
    return low in PLACES or low in MONTHS_AND_DAYS or low in BRANDS_AND_PRODUCTS


@lru_cache(maxsize=65536)
def is_given_name(word: str) -> bool:
    low = fold(word)
    lexicon = person_names()
    if lexicon.is_given(low):
        return True
    parts = low.split("-")
    return (
        len(parts) > 1
        and all(p and lexicon.is_given(p) for p in parts)
        and any(p not in lexicon.ambiguous for p in parts)
    )  # "Anna-Lena", not "Rose-Gold"


@lru_cache(maxsize=65536)
def is_surname(word: str) -> bool:
    low = fold(word)
    lexicon = person_names()
    if lexicon.is_surname(low):
        return True
    parts = low.split("-")
    # "Berg-Schmidt", "Fox-Miller", "Visser-de" … : a double-barrelled family name
    return (
        len(parts) > 1
        and all(p and lexicon.is_name(p) for p in parts)
        and any(lexicon.is_surname(p) for p in parts)
        and any(p not in lexicon.ambiguous for p in parts)
    )


def rejected_after_title(word: str) -> bool:
    """A word that follows a title as a role or a product, not a surname ("Herr Kunde"); a
    colour or a material right after a title is a surname ("Herr Leder", "Frau Seide")."""
    low = fold(word)
    return (low in NOT_AFTER_TITLE or _noun_morphology(low)) and not is_known(word) and low not in COLOURS_AND_MATERIALS


def is_famous(name: str) -> bool:
    """A public figure or a house named after one ("Helmut Newton", "Marc Jacobs")."""
    return " ".join(name.split()).casefold() in FAMOUS_NAMES


def names_a_place_or_org(word: str) -> bool:
    """A word after which capitalised words name a place or an organisation ("Saint", "Via")."""
    return word.casefold() in PLACE_OR_ORG_BEFORE


# A Brazilian state after a slash ("Jardins/SP", "Leblon/RJ"): the word before it is a district or a city
_STATE_AFTER = re.compile(
    r"[ \t]?/[ \t]?(?:AC|AL|AP|AM|BA|CE|DF|ES|GO|MA|MT|MS|MG|PA|PB|PR|PE|PI|RJ|RN|RS|RO|RR|SC|SP|SE|TO)(?![A-Za-z])"
)


def before_state_code(text: str, end: int) -> bool:
    """Does a state code after a slash follow ``end`` ("cliente Jardins/SP": a district, no name)?"""
    return _STATE_AFTER.match(text, end) is not None
