"""A couple's count of days together is their relationship anniversary: "남친이랑 100일", "애인과
이백일", "在一起一百天", "付き合って百日" (dev writers label it ``relationship_anniversary``; a baby's
hundredth day, "손녀 백일", stays the celebration the taxonomy gives it).

Hits are matcher tuples ``(start, end, concept, confidence)`` in folded coordinates.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.common.text import NormalizedText
from lvmh_pipeline.lib.concepts.context import ConceptMeta
from lvmh_pipeline.lib.concepts.matcher import AliasMatch

__all__ = ["couple_days"]

_HUNDREDS_KO = r"(?:백|이백|삼백|오백|천|[0-9]{3,4})\s?일(?!\s?(?:잔치|상|사진))"
_DAYS = re.compile(
    # a partner then the count: "여자친구랑 백일", "남친이랑 100일", "애인과 사귄 지 이백일"
    r"(?:여자\s?친구|남자\s?친구|여친|남친|애인|연인)\s?(?:랑|이랑|하고|와|과|이)?\s?"
    r"(?:(?:사귄|만난)\s?지\s?)?" + _HUNDREDS_KO
    + r"|(?:在一起|恋爱|戀愛|交往|相恋|相戀)(?:一百|两百|三百|五百|一千|[0-9]{3,4})天"
    + r"|(?:付き合って|交際)(?:百|二百|三百|五百|千|[0-9]{3,4})日"
)
# What a note must hold for _DAYS to find anything (one cheap look per note): the couple's words.
_GATE = ("친구", "여친", "남친", "애인", "연인", "在一起", "恋爱", "戀愛", "交往", "相恋", "相戀", "付き合って", "交際")


def couple_days(nt: NormalizedText, matches: list[AliasMatch], meta: ConceptMeta) -> list[AliasMatch]:
    """``matches`` with a ``relationship_anniversary`` hit on each count of a couple's days (see the module) that
    no occasion hit overlaps."""
    relationship = meta.by_name.get("relationship_anniversary", -1)
    folded = nt.folded
    if relationship < 0 or not any(g in folded for g in _GATE):
        return matches
    occasion = meta.occasion
    added = [
        (found.start(), found.end(), relationship, 1.0)
        for found in _DAYS.finditer(folded)
        if not any(m[0] < found.end() and found.start() < m[1] and occasion[m[2]] for m in matches)
    ]
    return sorted([*matches, *added], key=lambda m: (m[0], m[1])) if added else matches
