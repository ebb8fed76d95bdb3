"""A staff member's given name alone before the job title a boutique gives its staff ("담당: x 매니저",
"x 실장님이 안내", "x 팀장께 전달"): a given name of the lexicon, even one that is a word too (유리
"glass", 하늘 "sky"), since no word of that kind stands before a staff title; not a word of place,
scope or role ("전담 매니저", "매장 매니저", "영업 팀장").
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.guard import COMMON, classify, is_given_name
from lvmh_pipeline.lib.privacy.names.lexicon import KO_ROLE_WORDS

__all__ = ["ko_staff_given_names"]

_STAFF_TITLES = "매니저|실장|팀장|과장|대리|부장|차장|주임|점장|부점장|사원|디렉터|어드바이저|스타일리스트"
_BEFORE_TITLE = re.compile(
    rf"(?<![가-힣])([가-힣]{{2}})[ \t]?(?:{_STAFF_TITLES})(?:님)?(?![가-힣])"
    rf"|(?<![가-힣])([가-힣]{{2}})[ \t]?(?:{_STAFF_TITLES})(?:님)?(?=[이가은는을를의께도와과한])"
)


def ko_staff_given_names(text: str) -> list[PiiSpan]:
    """Spans of given names right before a staff title (see the module)."""
    if not any(t in text for t in _STAFF_TITLES.split("|")):
        return []
    spans = []
    for m in _BEFORE_TITLE.finditer(text):
        group = 1 if m.group(1) else 2
        word = m.group(group)
        if word in KO_ROLE_WORDS or not is_given_name(word) or classify(word) == COMMON:
            continue
        spans.append(PiiSpan(m.start(group), m.end(group), "NAME"))
    return spans
