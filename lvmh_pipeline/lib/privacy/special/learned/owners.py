"""Whose spouse the learned tagger read: a Romance possessive does not show its owner's gender.

"son compagnon", "su marido", "sua moglie" are an orientation only when the owner is of the
spouse's gender; the lexicon's partner rules (``contexts.titled_partners``) read that from a title
or a subject. The tagger reads the words alone, so a run made of a neutral possessive and a spouse
(:data:`_RUN`) is dropped when the note names its owner with the other gender's title, subject word
or person noun earlier in the sentence or the few sentences before (:data:`_REACH`), with no word of
the spouse's own gender after it: "madame Roux est passée avec son mari, euh non son compagnon" is
her partner, family like "her husband". A spouse with no owner named is left to the tagger.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.common.text import fold

__all__ = ["owned_by_other_gender"]

_REACH = 200  # characters before the run searched for its owner
_MEN = (r"mari|epoux|compagnon|conjoint|fiance|copain|marido|esposo|novio|companero|marito|compagno|fidanzato|"
        r"namorado|companheiro|noivo")
_WOMEN = (r"femme|epouse|compagne|conjointe|fiancee|copine|esposa|mujer|novia|companera|moglie|compagna|fidanzata|"
          r"namorada|companheira|noiva|mulher")
_POSSESSIVE = r"(?:(?:il|la|o|a) +)?(?:son|sa|su|sua|suo|seu|leur)"
_RUN = tuple(re.compile(rf"{_POSSESSIVE} +(?:{spouses})") for spouses in (_MEN, _WOMEN))
# the owner's words, per gender (folded): titles, subject pronouns, person nouns
_OWNERS = tuple(re.compile(rf"(?<![^\W_])(?:{words})(?![^\W_])") for words in (
    r"mme|madame|mlle|mademoiselle|sra|senora|signora|sig ra|senhora|dona|elle|ella|ela|la cliente|une cliente|"
    r"la clienta|una clienta|clienta|a cliente|uma cliente|la dame|une dame",
    r"monsieur|senor|signor|signore|senhor|don|le client|un client|el cliente|un cliente|il cliente|o cliente|"
    r"um cliente|le monsieur|un monsieur"))


def owned_by_other_gender(text: str, start: int, end: int) -> bool:
    """Is the run ``text[start:end]`` a neutral possessive and a spouse whose owner the note names
    with the other gender before it (module doc)?"""
    run = " ".join(fold(text[start:end]).lower().split())
    for gender, pattern in enumerate(_RUN):  # 0: a husband, 1: a wife
        if pattern.fullmatch(run):
            before = fold(text[max(0, start - _REACH) : start]).lower()
            owners = [m.end() for m in _OWNERS[gender].finditer(before)]
            if not owners:
                return False
            return _OWNERS[1 - gender].search(before, owners[-1]) is None
    return False
