"""Ordinary words that look like names when capitalised (vocabulary for :mod:`..guard`).

German capitalises every noun and every language capitalises the first word of a sentence, so
many ordinary words stand where a surname could stand. These lists hold such words, lower-case,
per topic; the checks live in :mod:`..guard`. Word lists only: ``german`` (nouns, compound
heads, noun suffixes, adjective endings), ``note_words`` (words that open a note or sentence,
months and days), ``places_and_brands`` (places, brands, colours, famous names),
``topics`` (Russian words, function words, headings, products, services, diet and health).
"""

from lvmh_pipeline.lib.privacy.names.guard_words.german import (
    GERMAN_NOUNS,
    GERMAN_COMPOUND_HEADS,
    GERMAN_NOUN_SUFFIXES,
    ADJECTIVE_ENDINGS,
)
from lvmh_pipeline.lib.privacy.names.guard_words.note_words import NOTE_WORDS, MONTHS_AND_DAYS, SURNAME_ADJECTIVES
from lvmh_pipeline.lib.privacy.names.guard_words.places_and_brands import (
    PLACES,
    CITIES_AFTER_FROM,
    BRANDS_AND_PRODUCTS,
    COLOURS_AND_MATERIALS,
    FAMOUS_NAMES,
    PLACE_OR_ORG_BEFORE,
)
from lvmh_pipeline.lib.privacy.names.guard_words.topics import (
    RUSSIAN_WORDS,
    FUNCTION_WORDS,
    HEADINGS,
    PRODUCT_WORDS,
    SERVICES_AND_OCCASIONS,
    DIET_AND_HEALTH,
)

__all__ = [
    "GERMAN_NOUNS",
    "GERMAN_COMPOUND_HEADS",
    "GERMAN_NOUN_SUFFIXES",
    "ADJECTIVE_ENDINGS",
    "NOTE_WORDS",
    "MONTHS_AND_DAYS",
    "SURNAME_ADJECTIVES",
    "PLACES",
    "CITIES_AFTER_FROM",
    "BRANDS_AND_PRODUCTS",
    "COLOURS_AND_MATERIALS",
    "FAMOUS_NAMES",
    "PLACE_OR_ORG_BEFORE",
    "RUSSIAN_WORDS",
    "FUNCTION_WORDS",
    "HEADINGS",
    "PRODUCT_WORDS",
    "SERVICES_AND_OCCASIONS",
    "DIET_AND_HEALTH",
]
