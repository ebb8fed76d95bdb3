"""Whether a note can hold a non-food allergy at all, for a fraction of an extraction's cost.

Pseudonymization redacts the allergen of every non-food allergy (a taxonomy concept with a
``special_category``: nickel, pollen, penicillin …) that concept extraction finds in a note.
Such a hit has only three sources: an alias of one of those concepts found by the alias
matcher (plain or licensed), a perfume named as what an allergy is to (relabelled
``fragrance``), and a food colouring named next to clothes (relabelled ``textile_dye``).
:func:`may_name_special_allergen` runs the matcher alone and answers False when none of these
concepts is there: then extraction cannot return a special-category hit, and the step skips it
(most notes; extraction is most of pseudonymization's time).
"""

from __future__ import annotations

from functools import lru_cache

from lvmh_pipeline.lib.common.text import normalize
from lvmh_pipeline.lib.concepts.matcher import get_matcher
from lvmh_pipeline.lib.concepts.taxonomy import Taxonomy

__all__ = ["may_name_special_allergen", "special_allergen_sources"]

# concepts extraction relabels into a special-category allergen (see the module doc)
_RELABELLED = ("fragrance_product", "food_colouring")


@lru_cache(maxsize=4)
def special_allergen_sources(taxonomy: Taxonomy) -> frozenset[int]:
    """Indices of the concepts a special-category allergy hit can come from."""
    names = taxonomy.names
    sources = {i for i, c in enumerate(taxonomy.concepts) if c.special_category}
    sources |= {names.index(name) for name in _RELABELLED if name in names}
    return frozenset(sources)


def may_name_special_allergen(text: str, language: str | None, taxonomy: Taxonomy) -> bool:
    """False when ``extract(text, language, taxonomy=taxonomy)`` cannot return a hit whose
    concept has a ``special_category`` (no alias of one of their sources in the note)."""
    if not isinstance(text, str) or not text.strip():
        return False
    sources = special_allergen_sources(taxonomy)
    nt = normalize(text)
    matcher = get_matcher(taxonomy)
    return any(m[2] in sources for m in matcher.find(nt, language)) or any(
        m[2] in sources for m in matcher.find(nt, language, licensed=True))
