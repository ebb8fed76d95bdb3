"""A drink named after an avoided diet in one list shares its avoidance: "nada con cerdo ni vino", "no pork
or wine at the dinner", "kein Schweinefleisch und kein Wein", "ni porc ni vin", "без свинины и вина",
"لا خنزير ولا نبيذ". Wine alone is a taste or a gift ("loves wine", "no wine in the hamper"): only the list
after a diet done without makes it the no-alcohol diet (:func:`listed_drinks`).
Hits are matcher tuples ``(start, end, concept, confidence)`` in folded coordinates.
"""

from __future__ import annotations

from lvmh_pipeline.lib.common.text import NormalizedText
from lvmh_pipeline.lib.concepts.context import LIST_FILLERS, ConceptMeta, gap_words
from lvmh_pipeline.lib.concepts.matcher import AliasMatch

__all__ = ["listed_drinks"]

_DRINKS = ("wine", "champagne")  # the taxonomy's drink words that are no alcohol cue
_AVOIDED = ("no_pork", "no_alcohol")
_NOR = frozenset({"ne", "noch", "nor", "nem", "ни"})  # folded "né", "weder … noch"


def listed_drinks(nt: NormalizedText, matches: list[AliasMatch], negated: list[bool], meta: ConceptMeta) -> None:
    """Relabel in place, as the no-alcohol diet, each drink listed right
    after a diet that does without pork or alcohol, only list words and negators between (a comma alone is no
    list: "no pork, wine lover"; nor is a verb: "não bebe (recusou o espumante)")."""
    drinks = {meta.by_name[name] for name in _DRINKS if name in meta.by_name}
    if all(m[2] not in drinks for m in matches):
        return  # (most notes name no drink)
    avoided = {meta.by_name[name] for name in _AVOIDED if name in meta.by_name}
    no_alcohol = meta.by_name.get("no_alcohol", -1)
    for i in range(1, len(matches)):
        start, end, concept, confidence = matches[i]
        before = matches[i - 1]
        if concept not in drinks or before[2] not in avoided or negated[i - 1]:
            continue
        gap = gap_words(nt, before, matches[i])
        if gap and all(word in LIST_FILLERS or word in _NOR for word in gap):  # not "recusou o espumante"
            matches[i] = (start, end, no_alcohol, confidence)
            negated[i] = False
