"""A wedding word right after a shortened anniversary word ("aniv. boda 10/oct", "aniv. de casamento em maio",
"aniv boda") names the wedding's anniversary, as "aniversario de boda" does; the aliases know the long forms and
the French and Italian "anniv." already.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lvmh_pipeline.lib.concepts.matcher import AliasMatch

if TYPE_CHECKING:
    from lvmh_pipeline.lib.concepts.context import ConceptMeta

__all__ = ["short_anniversaries"]

_SHORT = frozenset({"aniv", "aniver", "anv"})
_OF = frozenset({"de", "do", "da", "del"})


def short_anniversaries(folded: str, matches: list[AliasMatch], meta: ConceptMeta, found: list[int]) -> None:
    """Relabels, in ``matches``, the wedding hits among ``found`` said after a shortened anniversary word."""
    wedding, anniversary = meta.by_name.get("wedding", -1), meta.wedding_anniversary
    if wedding < 0 or anniversary < 0 or "aniv" not in folded and "anv" not in folded:
        return
    for i in found:
        start, end, concept, confidence = matches[i]
        if concept != wedding:
            continue
        before = folded[max(0, start - 16) : start].split()[-2:]
        if before and before[-1] in _OF:
            before.pop()
        if before and before[-1] in _SHORT:
            matches[i] = (start, end, anniversary, confidence)
