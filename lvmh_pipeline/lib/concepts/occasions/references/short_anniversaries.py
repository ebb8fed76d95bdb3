"""An anniversary word right after an ordination or a vow ("Ordination anniv.", "anniversaire d'ordination",
"Priesterjubiläum") names that event's anniversary, a celebration, not a wedding's (:func:`ordination_anniversaries`).
A wedding word right after a shortened anniversary word ("aniv. boda 10/oct", "aniv. de casamento em maio",
"aniv boda") names the wedding's anniversary, as "aniversario de boda" does; the aliases know the long forms and
the French and Italian "anniv." already.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lvmh_pipeline.lib.concepts.matcher import AliasMatch

if TYPE_CHECKING:
    from lvmh_pipeline.lib.concepts.context import ConceptMeta

__all__ = ["ordination_anniversaries", "short_anniversaries"]

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


# Folded stems of an ordination or religious vows, the event right before or after the anniversary word.
_ORDINATION = ("ordination", "ordinazione", "ordenacion", "ordenacao", "priesterweihe", "priesterjubil", "wijding",
               "рукоположени", "profession religieuse", "professione religiosa", "profesion religiosa", "叙階", "서품",
               "晋铎", "سيامة", "sacerdo", "priesthood", "kloostergelofte", "ordained")


def ordination_anniversaries(folded: str, matches: list[AliasMatch], meta: ConceptMeta, found: list[int]) -> None:
    """Relabels, in ``matches``, the wedding-anniversary hits among ``found`` told of an ordination or vows
    within a few words: a celebration."""
    anniversary, celebration = meta.wedding_anniversary, meta.by_name.get("celebration", -1)
    if anniversary < 0 or celebration < 0 or not any(stem in folded for stem in _ORDINATION):
        return
    for i in found:
        start, end, concept, confidence = matches[i]
        if concept == meta.birthday and any(stem in folded[end : end + 32].split(",")[0].split(".")[0] for stem in _ORDINATION):
            matches[i] = (start, end, celebration, confidence)  # "anniversaire d'ordination", "cumple 25 años de ordenación"
            continue
        if concept != anniversary or any(
                stem in folded[max(0, start - 24) : start] or stem in folded[end : end + 24] for stem in ("mariage", "wedding", "boda", "matrimonio", "hochzeit", "casamento", "huwelijk")):
            continue
        if any(stem in folded[max(0, start - 24) : end + 24] for stem in _ORDINATION):
            matches[i] = (start, end, celebration, confidence)
