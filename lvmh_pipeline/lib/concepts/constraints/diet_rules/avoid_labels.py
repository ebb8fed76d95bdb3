"""A label of what a person does without, a colon, then a list: "Avoids: alcohol, pork", "忌口：猪肉、海鲜",
"못 드시는 것: 술, 돼지고기", "Не ест: свинину, алкоголь", "NG食材：アルコール". Each diet cue of the list is
done without (:func:`labelled_avoided`), whoever the label is said of ("太太忌口：…": the writers list a
relative's diet). A label of tastes ("dislikes:", "苦手なもの：") is no such label.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.common.text import NormalizedText
from lvmh_pipeline.lib.concepts.matcher import AliasMatch

__all__ = ["labelled_avoided"]

_REACH = 40  # original characters from the colon to the cue
_LABEL = re.compile(
    r"(?:(?<![^\W\d_])(?:avoids?|does not (?:eat|drink)|doesn.?t (?:eat|drink)|won.?t (?:eat|drink)|can.?t have|"
    r"restrictions|no-?go|évite|evite|ne mange pas|ne boit pas|interdits|meidet|isst kein\w*|trinkt kein\w*|"
    r"verzichtet auf|tabu|evita|non mangia|non beve|no come|no toma|não come|não bebe|restrições|vermijdt|eet geen|"
    r"drinkt geen|не ест|не пь[её]т|избегает|нельзя|исключить|ng)|"
    r"ng食材|食べられないもの|飲めないもの|避けるもの|"
    r"못 드시는 ?(?:것|거)|안 드시는 ?(?:것|거)|기피 ?음식|기피|금지 ?음식|"
    r"忌口|不吃|不能吃|不喝|禁忌|不碰|"
    r"ممنوع|ما ياكل|ما تاكل|لا يأكل|لا تأكل|يتجنب|تتجنب)\s*[:：]\s*$"
)
_SEPARATORS = re.compile(r"[,、，،/・+&]|\s(?:and|or|et|ou|und|oder|e|o|y|en|и|или|و)\s|和|及|与|랑|하고|と|や")
_ITEM = 16  # original characters of one item of the list


def labelled_avoided(nt: NormalizedText, cue: AliasMatch) -> bool:
    """The diet cue ``cue`` (folded offsets) is an item of a list after a label of things done without
    and its colon, in the same sentence: only list separators and short items between."""
    original = nt.original
    o_start = nt.to_original(cue[0], cue[1])[0]
    head = original[max(0, o_start - _REACH) : o_start]
    colon = max(head.rfind(":"), head.rfind("："))
    if colon < 0 or any(c in head[colon:] for c in ".;!?。！？；\n"):
        return False
    if not _LABEL.search(head[max(0, colon - 24) : colon + 1].lower()):
        return False
    items = _SEPARATORS.split(head[colon + 1 :])
    return all(len(item.strip()) <= _ITEM for item in items[:-1]) and not items[-1].strip()
