"""A meatless diet kept on some days only is flexitarian: "평일엔 채식, 주말엔 고기", "주 3일은 채식하신대요",
"주중에만 채식", "週3日はベジタリアン", "工作日吃素". The vegetarian match is relabelled in place.
Hits are matcher tuples ``(start, end, concept, confidence)`` in folded coordinates (folded digits are 0s).
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.common.text import NormalizedText
from lvmh_pipeline.lib.concepts.context import ConceptMeta
from lvmh_pipeline.lib.concepts.matcher import AliasMatch

__all__ = ["part_time_meatless"]

# The days named right before the diet word, in its clause
_SOME_DAYS = re.compile(
    r"(?:주\s?\d\s?(?:일|회|번)|일주일에\s?(?:\d|한|두|세|네)\s?(?:일|번|회|차례)|평일|주중|週\s?\d\s?日|平日|工作日|周一到周五)"
    r"\s?(?:은|는|엔|에는|에만|만|정도는?|は|だけ|の)?\s?$"
)
_REACH = 16
_BREAK = re.compile(r"[.;!?\n。！？；]")


def part_time_meatless(nt: NormalizedText, matches: list[AliasMatch], negated: list[bool], meta: ConceptMeta) -> None:
    vegetarian, flexitarian = meta.by_name.get("vegetarian", -1), meta.by_name.get("flexitarian", -1)
    folded = nt.folded
    for i, (start, end, concept, confidence) in enumerate(matches):
        if concept != vegetarian or negated[i]:
            continue
        days = _SOME_DAYS.search(folded, max(0, start - _REACH), start)
        if days is None:
            continue
        o_lo, o_hi = nt.to_original(days.end(), start)
        if _BREAK.search(nt.original, o_lo, o_hi) is None:
            matches[i] = (start, end, flexitarian, confidence)
