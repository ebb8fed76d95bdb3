"""An allergen marked "not OK" in Japanese, Korean or Chinese shorthand is avoided, not denied: "ラテックスNG",
"卵と、エビ・カニがだめ", "땅콩 X", "芒果不行" say the client cannot have it, where "アレルギーなし" denies
(:func:`avoid_marked`). The allergy word itself marked so ("알레르기 X") still denies.
"""

from __future__ import annotations

import re

__all__ = ["avoid_marked"]

# Right after the allergen (folded text: punctuation is space), a topic particle first.
_MARKS = re.compile(r"(?:は|が|も|은|는|이|가|도)? ?(?:ng(?![a-z])|ダメ|だめ|駄目|無理|不可|x(?![a-z])|안 ?돼|안 ?됨|금지|不行|不能碰|不能吃)")


def avoid_marked(folded: str, end: int) -> bool:
    """A not-OK mark right after folded offset ``end`` (the end of an allergen)."""
    return _MARKS.match(folded, end) is not None
