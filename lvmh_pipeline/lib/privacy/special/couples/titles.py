"""A Chinese client's title and a spouse of the same gender joined to it (ORIENTATION).

Chinese writes the client's title after the name ("张先生", "王女士", "[NAME]小姐") and joins the
spouse who came along with a conjunction, without a possessive: "张先生与丈夫一起来店", "[NAME]先生
（[NAME]）和老公来的", "王女士跟太太看对戒". A husband of a "先生" or a wife of a "女士", "小姐" is a
same-sex spouse: a ``partners`` hit, like the glued "他男朋友" of the lexicon. The title must follow
a name (a placeholder or one to three Chinese characters: "先生" alone is also "husband", "她先生"),
the spouse must be joined to it by a conjunction or a "的", maybe past the name in brackets
("（Michael Zhang）") and a "的" or "他的"/"她的" of the title's gender, and nothing else stands between:
"张先生的女儿和丈夫" (a kin word) is the daughter's husband, "张先生和王女士的丈夫" another title's.
A "太太"/"夫人" after a name is a married woman's title, so it opens no same-sex couple ("王太太和丈夫").
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.common.text import NormalizedText, to_folded
from lvmh_pipeline.lib.privacy.special.lexicon import PARTNER, SPECIAL_KINDS, TERM

__all__ = ["titled_spouses"]

_ORIENTATION = SPECIAL_KINDS.index("ORIENTATION")
_NAME = r"(?:\[NAME\]|[\u4e00-\u9fff]{1,3})"
_ASIDE = r"(?:[ \t]*[（(][^（）()\n]{1,40}[）)])?"  # the name in other letters: "（Michael Zhang）"
_JOIN = r"[ \t]*(?:与|與|和|跟|同|及|偕|带着|帶著|陪着|陪著|的)[ \t]*"
# (title, possessive of its gender, spouses of its gender)
_COUPLES = (
    (r"先生", r"他的|他", r"丈夫|老公|男朋友|男友|未婚夫|先生"),
    (r"女士|小姐", r"她的|她", r"妻子|老婆|太太|女朋友|女友|未婚妻|夫人"),
)
_PATTERNS = tuple(
    re.compile(rf"{_NAME}(?:{title}){_ASIDE}{_JOIN}(?:(?:{own})[ \t]*)?(?P<spouse>{spouses})")
    for title, own, spouses in _COUPLES)
_GATE = ("先生", "女士", "小姐")


def titled_spouses(nt: NormalizedText) -> list[tuple]:
    """ORIENTATION ``partners`` hits (folded offsets) for a spouse joined to a Chinese title of the
    same gender (module doc)."""
    text = nt.original
    if not any(title in text for title in _GATE):
        return []
    found = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            if match.group("spouse") == "先生" and not match.group().rstrip("先生").endswith(("他的", "他")):
                continue  # "张先生和先生": only "他(的)先生" is a husband
            start, end = match.span("spouse")
            found.append((to_folded(nt, start), to_folded(nt, end), _ORIENTATION, TERM, PARTNER))
    return found
