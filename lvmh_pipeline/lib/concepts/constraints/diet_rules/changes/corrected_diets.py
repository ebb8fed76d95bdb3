"""A meatless diet the speaker corrects to another one is only the second: "vegetarian, no wait, vegan now",
"végétarien, enfin non, végan", "vegetariano, anzi, vegano", "ベジタリアン、いや、ヴィーガン", "素食，不对，是纯素".

:func:`corrected_diets` gives the first diet's match (not to output) when a correction word stands between it and
a different meatless diet a few words later in the same sentence. Spans are folded.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.common.text import NormalizedText
from lvmh_pipeline.lib.concepts.context import PAIR_BREAK, ConceptMeta
from lvmh_pipeline.lib.concepts.matcher import AliasMatch

__all__ = ["corrected_diets"]

_MEATLESS = ("vegetarian", "vegan", "pescatarian", "flexitarian")
# A speaker's correction (folded: accents gone, lower case), as a word of its own.
_CORRECTION = re.compile(
    r"(?<![^\W\d_])(?:no wait|wait no|sorry|i mean|correction|or rather|enfin non|non pardon|pardon|ou plutot|plutot|"
    r"je veux dire|anzi|no scusa|cioe|bueno no|mejor dicho|perdon|quiero decir|ou melhor|quer dizer|desculpa|"
    r"nein|nee|korrektur|ik bedoel|нет|то есть|вернее|точнее|лучше сказать|لا لا|قصدي|اقصد|عفوا|"
    r"いや|じゃなくて|ではなく|아니|아니요|아니다|정정|不对|不對|更正|应该是|應該是)(?![^\W\d_])"
)
_GAP = 48  # folded characters between the two diets


def corrected_diets(nt: NormalizedText, matches: list[AliasMatch], negated: list[bool], meta: ConceptMeta) -> set[int]:
    """The meatless-diet matches taken back for another meatless diet right after them (see the module)."""
    diets = {meta.by_name[n] for n in _MEATLESS if n in meta.by_name}
    held = [i for i, m in enumerate(matches) if m[2] in diets and not negated[i]]
    found = set()
    for a, b in zip(held, held[1:]):
        first, second = matches[a], matches[b]
        gap = nt.folded[first[1] : second[0]]
        if first[2] != second[2] and len(gap) <= _GAP and _CORRECTION.search(gap) \
                and not PAIR_BREAK.search(nt.original, *nt.to_original(first[1], second[0])):
            found.add(a)
    return found
