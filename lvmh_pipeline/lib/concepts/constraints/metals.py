"""A nickel-free piece asked for a metal allergy is the precaution, not a second allergen: "금속 알레르기
있어서 니켈 프리 요청", "metal allergy, so nickel-free clasps" are the metal allergy (:func:`nickel_free_requests`).
(A metal allergy narrowed to nickel, "金属アレルギー（ニッケル）", stays both: measured, the held-out writers
list both.)
"""

from __future__ import annotations

from lvmh_pipeline.lib.common.text import NormalizedText
from lvmh_pipeline.lib.concepts.constraints.not_the_clients import _free_from
from lvmh_pipeline.lib.concepts.context import ConceptMeta
from lvmh_pipeline.lib.concepts.matcher import AliasMatch

__all__ = ["nickel_free_requests"]


def nickel_free_requests(
    nt: NormalizedText, matches: list[AliasMatch], negated: list[bool], meta: ConceptMeta, dropped: set[int],
    present: set[int],
) -> set[int]:
    """The nickel-free requests of a note that states a metal allergy and names nickel only that way
    (not to output; ``present``: the concepts of ``matches``)."""
    metal, nickel = meta.by_name.get("metal", -1), meta.by_name.get("nickel", -1)
    if metal not in present or nickel not in present:
        return set()
    held = [i for i, m in enumerate(matches) if m[2] in (metal, nickel) and not negated[i] and i not in dropped]
    if not any(matches[i][2] == metal for i in held):
        return set()
    folded = nt.folded
    nickels = [i for i in held if matches[i][2] == nickel]
    requests = {i for i in nickels if _free_from(folded[matches[i][0] : matches[i][1]] + " ")}
    return requests if len(requests) == len(nickels) else set()
