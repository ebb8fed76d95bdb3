"""A perfume near an allergy cue that is not the cue's object: declared fine right after its word ("香水OK",
"perfume ok"), or with another allergen between the cue and it across a shorthand field ("/", "→", "|")."""

from __future__ import annotations

import re

from lvmh_pipeline.lib.common.text import NormalizedText
from lvmh_pipeline.lib.concepts.matcher import AliasMatch

__all__ = ["declared_fine", "object_between"]

# A perfume declared fine right after its word ("香水OK", "香水は大丈夫", "香水没问题", "향수는 괜찮", "perfume ok")
_FINE_AFTER = re.compile(r"\s?(?:は|も|는|은|도|:)?\s?(?:ok(?![a-z])|okay|fine|大丈夫|平気|問題な|没问题|沒問題|可以|괜찮|문제\s?없)")
_FIELD = re.compile(r"\s/\s|→|\|")


def declared_fine(folded: str, end: int) -> bool:
    """Whether the perfume word ending at ``end`` of the folded note is declared fine right after it."""
    return _FINE_AFTER.match(folded, end) is not None


def object_between(nt: NormalizedText, matches: list[AliasMatch], paired: list[int], cue: AliasMatch, perfume: AliasMatch,
                   own: int) -> bool:
    """Another allergen stands between an allergy cue and a perfume, a field of shorthand ("/", "→", "|") between
    the perfume and it: it is the cue's object ("メンズ香水 2本 / 犬の毛でくしゃみ"; not "Allergie: nikkel + parfum")."""
    lo, hi = (cue[1], perfume[0]) if cue[1] <= perfume[0] else (perfume[1], cue[0])
    for b in paired:
        b_start, b_end, concept, _ = matches[b]
        if lo <= b_start and b_end <= hi and concept != own:
            gap = (perfume[1], b_start) if perfume[1] <= b_start else (b_end, perfume[0])
            if _FIELD.search(nt.original, *nt.to_original(*gap)):
                return True
    return False
