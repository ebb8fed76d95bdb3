"""A German or Dutch subordinate clause puts "cannot tolerate" last: "weil sie kein Nickel verträgt", "da er keine
Nüsse verträgt", "omdat ze geen nikkel verdraagt". The negator before the allergen belongs to the tolerance verb
that ends the clause: the allergen is stated, not denied.

:func:`verb_final_intolerances` clears, in place, the negation of an allergen match followed only by such a verb
(whitespace between). Spans are folded.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.common.text import NormalizedText
from lvmh_pipeline.lib.concepts.context import ConceptMeta
from lvmh_pipeline.lib.concepts.matcher import AliasMatch

__all__ = ["verb_final_intolerances"]

# The tolerance verb ending the clause (folded: umlauts gone), with an optional "really" / "at all" / "well".
_VERB = re.compile(
    r"\s+(?:(?:gut|wirklich|so gut|eigentlich|goed|echt)\s+)?(?:vertragt|vertragen|vertragst|vertragen kann|vertragen konnen|"
    r"verdraagt|verdragen|verdraag|kan verdragen|kunnen verdragen)(?![^\W\d_])"
)
_LANGUAGES = frozenset({"DE", "NL"})
_PUNCTUATION = re.compile(r"[^\w\s]")


def verb_final_intolerances(nt: NormalizedText, matches: list[AliasMatch], negated: list[bool], meta: ConceptMeta,
                            language: str | None) -> None:
    """Un-negates the allergens a verb-final "cannot tolerate" states (see the module); the allergen of a general
    denial ("allergy_unspecified": "keine Allergien, verträgt alles") stays denied."""
    folded = nt.folded
    if (language or "").upper() not in _LANGUAGES or not any(negated) or "verdra" not in folded and "vertrag" not in folded:
        return
    for i, (_, end, concept, _) in enumerate(matches):
        if not negated[i] or meta.categories[concept] != "allergy" or concept == meta.allergy_unspecified:
            continue
        verb = _VERB.match(folded, end)
        if verb and not _PUNCTUATION.search(nt.original, *nt.to_original(end, verb.end())):
            negated[i] = False  # (a comma between: "kein Nickel, verträgt aber Gold" is another clause)
