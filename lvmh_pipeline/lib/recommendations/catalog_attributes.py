"""Concept labels of each catalog product: category, house, colours and materials.

``catalog.csv`` has no colour or material columns, so they are read from the product's name and
description with an English keyword list whose labels are the taxonomy's (``rose_gold``,
``calfskin``). These sets are what client profile concepts are matched against.
"""

from __future__ import annotations

import re

import pandas as pd

from lvmh_pipeline.lib.recommendations.catalog import brand_to_concepts, category_to_concepts

PRODUCT_CONCEPTS_COLUMNS: list[str] = [
    "product_id",
    "category_concepts",  # tuple[str, ...]
    "brand_concepts",
    "colors",
    "materials",
]

# phrase -> (colour label or None, material label or None). Longer phrases win over their
# parts, so "white gold" is a material and not the colours white and gold.
_PHRASES: dict[str, tuple[str | None, str | None]] = {
    "black": ("black", None), "navy": ("navy", None), "navy blue": ("navy", None),
    "cognac": ("cognac", None), "tan": ("cognac", None), "brown": ("brown", None),
    "chocolate": ("brown", None), "beige": ("beige", None), "ecru": ("beige", None),
    "burgundy": ("burgundy", None), "bordeaux": ("burgundy", None), "grey": ("grey", None),
    "gray": ("grey", None), "graphite": ("grey", None), "white": ("white", None),
    "ivory": ("white", None), "red": ("red", None), "pink": ("pink", None), "green": ("green", None),
    "khaki": ("green", None), "blue": ("blue", None), "camel": ("camel", None),
    "gold": ("gold", "gold"), "yellow gold": ("gold", "gold"), "rose gold": ("rose_gold", "rose_gold"),
    "pink gold": ("rose_gold", "rose_gold"), "white gold": (None, "white_gold"),
    "silver": ("silver", "silver"), "sterling silver": ("silver", "silver"),
    # Hardware finishes say nothing about the product's colour or material.
    "gold-tone": (None, None), "gold-finish": (None, None), "pale gold-finish": (None, None),
    "silver-tone": (None, None), "silver-finish": (None, None), "gold-colour": (None, None),
    "leather": (None, "leather"), "cowhide": (None, "leather"), "nappa": (None, "leather"),
    "calfskin": (None, "calfskin"), "calf leather": (None, "calfskin"), "taurillon": (None, "calfskin"),
    "lambskin": (None, "lambskin"), "suede": (None, "suede"), "canvas": (None, "canvas"),
    "silk": (None, "silk"), "cashmere": (None, "cashmere"), "wool": (None, "wool"),
    "merino": (None, "wool"), "steel": (None, "steel"), "stainless steel": (None, "steel"),
    "titanium": (None, "titanium"), "ceramic": (None, "ceramic"), "diamond": (None, "diamond"),
    "diamonds": (None, "diamond"), "aluminium": (None, "aluminium"), "aluminum": (None, "aluminium"),
}
# A client who asks for leather is served by any leather.
_IMPLIED_MATERIALS: dict[str, str] = {"calfskin": "leather", "lambskin": "leather", "suede": "leather"}

# Their descriptions name scent notes ("pink pepper", "leather accord"), not colours or materials.
_NO_ATTRIBUTE_CATEGORIES: frozenset[str] = frozenset({"fragrance", "skincare"})

_PATTERN = re.compile(
    r"(?<![a-z])(" + "|".join(re.escape(p) for p in sorted(_PHRASES, key=len, reverse=True)) + r")(?![a-z])"
)


def colors_and_materials(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Colour and material labels named in an English product text, in order of appearance."""
    colors: dict[str, None] = {}
    materials: dict[str, None] = {}
    for match in _PATTERN.finditer(str(text).lower()):
        color, material = _PHRASES[match.group(1)]
        if color:
            colors[color] = None
        if material:
            materials[material] = None
            if material in _IMPLIED_MATERIALS:
                materials[_IMPLIED_MATERIALS[material]] = None
    return tuple(colors), tuple(materials)


def product_concepts(catalog: pd.DataFrame) -> pd.DataFrame:
    """One row per catalog product (same order) with its concept label sets
    (:data:`PRODUCT_CONCEPTS_COLUMNS`); ``category`` is expected normalized, as
    :func:`~lvmh_pipeline.lib.recommendations.catalog.read_catalog` leaves it."""
    rows = []
    brands = catalog["brand"].fillna("") if "brand" in catalog else pd.Series([""] * len(catalog))
    for pid, name, description, category, brand in zip(
        catalog["product_id"], catalog["name"], catalog["description"].fillna(""), catalog["category"], brands
    ):
        if str(category) in _NO_ATTRIBUTE_CATEGORIES:
            colors, materials = (), ()
        else:
            colors, materials = colors_and_materials(f"{name}. {description}")
        rows.append((str(pid), category_to_concepts(str(category)), brand_to_concepts(str(brand)), colors, materials))
    return pd.DataFrame(rows, columns=PRODUCT_CONCEPTS_COLUMNS)
