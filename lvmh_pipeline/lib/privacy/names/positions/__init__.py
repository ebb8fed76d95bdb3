"""Surnames recognised by their position, in alphabetic scripts (Latin, Cyrillic).

A surname at the start of a note or a line ("Keller, 45 Jahre"), before an age, after a given
name, or before a given name ("Orlova Anna"). Given names by position are in :mod:`..given`, which
reads the word shapes defined here. Each candidate is checked against :func:`..guard.classify`.

Modules: ``words`` (patterns and ordinary-word tests), ``checks`` (shape and acceptance of a
candidate), ``leading`` (surnames that open a note, a line or a sentence), ``ages`` (a surname
before an age), ``pairs`` (given name and surname pairs, either order), ``plural_family`` (a family
named in the plural before the couple's titles, "the Novaks, Mr and Mrs").
"""

from lvmh_pipeline.lib.privacy.names.positions.words import (
    ordinary_russian,
)
from lvmh_pipeline.lib.privacy.names.positions.leading import leading_names
from lvmh_pipeline.lib.privacy.names.positions.ages import age_names
from lvmh_pipeline.lib.privacy.names.positions.pairs import (
    surname_pairs,
    inverted_pairs,
)

__all__ = [
    "ordinary_russian",
    "leading_names",
    "age_names",
    "surname_pairs",
    "inverted_pairs",
]
