"""Phrase tables of the note composer, one JSON file per language under ``phrases/``.

An entry is either a plain string or ``{"M": ..., "F": ...}`` when it agrees with the gender
of the person it describes. Keyed tables (professions, colours, hobbies, ...) use the same
canonical keys in every language; :func:`check_book` verifies that.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np

from .config import LANGUAGES

Phrase = str | dict[str, str]
PhraseBook = dict[str, dict[str, Any]]  # language -> table

# Keyed sub-tables whose keys must be identical across languages.
KEYED_TABLES: tuple[str, ...] = (
    "professions", "relatives", "products", "occasions", "colors", "materials", "hobbies", "places",
    "allergies", "diets", "styles", "collections",
)
REQUIRED: tuple[str, ...] = KEYED_TABLES + (
    "sep", "clause_sep", "end", "or", "titles", "name", "couple", "surnames", "openings",
    "with_relative", "age", "status", "need_occasion", "need_gift", "need_self", "months",
    "month_forms", "relative_times", "budget", "color_like", "color_dislike", "material_like",
    "house_like", "hobby_frames", "travel_frames", "family_frames", "family_kids", "followers",
    "allergy_frames", "holder_frames", "allergy_negative", "diet_frames", "intents", "next_actions",
    "closings", "pii", "distractors", "style_frames", "collection_frames", "purposes",
    "relative_hobby", "insights", "hobby_extras", "travel_extras", "need_details",
    "home_frames",
)
RELATIVE_GENDER: dict[str, str] = {
    "wife": "F", "husband": "M", "daughter": "F", "son": "M", "mother": "F", "father": "M",
    "sister": "F", "brother": "M", "friend_f": "F", "friend_m": "M", "granddaughter": "F",
    "grandson": "M", "colleague": "M",
}


@lru_cache(maxsize=1)
def load_book() -> PhraseBook:
    """All phrase tables, keyed by upper-case language code (cached, read-only by convention)."""
    root = resources.files(__package__).joinpath("phrases")
    return {lang: json.loads(root.joinpath(f"{lang.lower()}.json").read_text(encoding="utf-8")) for lang in LANGUAGES}


def check_book(book: PhraseBook) -> list[str]:
    """Problems in the tables (missing sections, keys differing from French); empty when sound."""
    problems: list[str] = []
    ref = book["FR"]
    for lang, table in book.items():
        problems += [f"{lang}: missing {k}" for k in REQUIRED if k not in table]
        for k in KEYED_TABLES:
            if k in table and set(table[k]) != set(ref[k]):
                diff = sorted(set(table[k]) ^ set(ref[k]))
                problems.append(f"{lang}: {k} keys differ: {diff}")
        for k in ("ready_to_buy", "hesitant", "will_return", "complaint", "price_sensitive"):
            if k not in table.get("intents", {}):
                problems.append(f"{lang}: intents missing {k}")
        if len(table.get("months", [])) != 12:
            problems.append(f"{lang}: needs 12 months")
    return problems


def resolve(phrase: Phrase, gender: str) -> str:
    """The string of ``phrase`` for a person of ``gender`` (F | M)."""
    if isinstance(phrase, dict):
        return phrase[gender]
    return phrase


def pick(rng: np.random.Generator, phrases: list[Phrase] | Phrase, gender: str = "F") -> str:
    """One phrase at random, resolved for ``gender``."""
    if isinstance(phrases, list):
        # rng.random() is several times cheaper than rng.integers() for a single draw.
        return resolve(phrases[int(rng.random() * len(phrases))], gender)
    return resolve(phrases, gender)


def surname(book: PhraseBook, language: str, idx: int, gender: str) -> tuple[str, str]:
    """(native, latin) forms of surname ``idx`` of ``language``; equal for Latin scripts.

    Entries are a string, a ``[native, latin]`` pair, or ``[native_f, latin_f, native_m,
    latin_m]`` where the surname agrees with gender (Russian).
    """
    entry = book[language]["surnames"][idx]
    if isinstance(entry, list):
        if len(entry) == 4 and gender == "M":
            return entry[2], entry[3]
        return entry[0], entry[1]
    return entry, entry
