"""An allergy the note calls a story, not the client's fact: "갑각류 알레르기는 예전 얘기", "땅콩 얘기는 농담이었대요",
"땅콩 알레르기 얘기는 따님 친구분 얘기였고", "알레르기는 지인 이야기였음". Korean names the allergen, a topic particle,
then what the talk was: an old one, a joke, a friend's or an acquaintance's.
Hits are matcher tuples ``(start, end, concept, confidence)`` in folded coordinates.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.common.text import NormalizedText
from lvmh_pipeline.lib.concepts.context import PLACEHOLDER, AllergyMeta
from lvmh_pipeline.lib.concepts.matcher import AliasMatch

__all__ = ["story_flags"]

_GATE = ("얘기", "이야기", "농담")
# After the allergen: an allergy word, "talk", a topic particle, up to two words, then the kind of story.
_STORY = re.compile(
    r"\s?(?:알레르기|알러지)?\s?(?:얘기|이야기)?\s?(?:는|은)\s?(?:[가-힣]{1,6}\s){0,2}?"
    r"(?:예전|옛날|옛|농담|장난|친구분|친구|지인분|지인|다른\s?(?:분|사람|손님|고객))\s?(?:얘기|이야기|이었|였|이에요|예요|일|인)?"
)
_STORY_END = re.compile(r"얘기|이야기|이었|였|이에요|예요|농담|장난")


def story_flags(nt: NormalizedText, matches: list[AliasMatch], allergy: AllergyMeta) -> list[int]:
    """The allergen matches followed, in their clause, by a story word (see the module)."""
    folded = nt.folded
    if not any(w in folded for w in _GATE):
        return []
    found = []
    for i, (start, end, concept, confidence) in enumerate(matches):
        if not allergy.allergen[concept] or confidence == PLACEHOLDER:
            continue
        m = _STORY.match(folded, end)
        if m and (_STORY_END.search(m.group()) or folded.startswith(("얘기", "이야기"), m.end())):
            found.append(i)
    return found
