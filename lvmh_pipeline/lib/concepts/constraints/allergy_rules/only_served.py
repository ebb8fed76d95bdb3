"""A food after "only" with no allergy word near it is what is served or eaten, no allergy
("к кофе только орехи", "only cheese and nuts for her")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lvmh_pipeline.lib.common.literals import Literals
from lvmh_pipeline.lib.common.text import fold
from lvmh_pipeline.lib.concepts.matcher import AliasMatch

if TYPE_CHECKING:
    from lvmh_pipeline.lib.concepts.context import ConceptMeta

__all__ = ["negate_only_served"]

# "Only" before a food with no allergy word in its sentence: what is served or eaten ("к кофе только
# орехи", "only cheese and nuts for her"), no allergy.
_ONLY = frozenset(fold(w) for w in "only just solo solamente seulement uniquement nur alleen só apenas только лишь".split())
_ONLY_GATE = Literals((" only ", " just ", " solo ", " solamente ", " seulement ", " uniquement ", " nur ", " alleen ",
                       " so ", " apenas ", " только ", " лишь "))
_FOODS = frozenset("shellfish tree_nuts peanut eggs fish sesame soy mustard celery".split())  # what is served
_ONLY_WINDOW = 4  # words from "only" to the food: "только сыр и орехи"
_ONLY_CHARS = 60  # no allergy word this near the food
# A food alias that itself says allergy or avoidance ("Schimmelpilzallergie", "sem lactose") is no food served.
_NOT_BARE = ("allerg", "alerg", "аллерг", "intoler", "sem ", "sin ", "sans ", "senza ", "ohne ", "zonder ", "without ",
             "free", "frei", "libre", "livre", "без ")


def _only_served(folded: str, matches: list[AliasMatch], i: int, meta: ConceptMeta) -> bool:
    start, end = matches[i][0], matches[i][1]
    if any(part in folded[start:end] + " " for part in _NOT_BARE):
        return False
    if _ONLY.isdisjoint(folded[max(0, start - _ONLY_CHARS) : start].split()[-_ONLY_WINDOW:]):
        return False
    lo, hi = start - _ONLY_CHARS, end + _ONLY_CHARS
    concept = matches[i][2]
    for k, m in enumerate(matches):
        if k != i and m[2] == concept:
            return False  # the allergen is stated elsewhere ("Nickelallergie: nur nickelfreie…, Nickel auch nicht")
        if lo <= m[0] < hi and (m[2] in meta.licensors or any(stem in folded[m[0] : m[1]] for stem in _NOT_BARE[:4])):
            return False
    return True


def negate_only_served(folded: str, matches: list[AliasMatch], negated: list[bool], meta: ConceptMeta) -> None:
    """Negate, in place, the food allergens said after "only" with no allergy word near them."""
    names = meta.names
    foods = [i for i, m in enumerate(matches) if names[m[2]] in _FOODS and not negated[i]]
    if foods and _ONLY_GATE.any_in(folded):
        for i in foods:
            if _only_served(folded, matches, i, meta):
                negated[i] = True
