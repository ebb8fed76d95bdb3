"""A party whose name the writer masked: "○○당 후보로 나왔던", "XX党党员", "某党的候选人".

Korean, Chinese and Japanese notes hide a party's name behind placeholder marks ("○○", "ㅇㅇ",
"XX", "××") or "某" (a certain) before the word for party (당, 党, 黨). The mask hides which party,
not that the client belongs to one or ran for one: the mask and the party word are a POLITICS term
(the mask stands for the party's name: "[○○당] 후보", "[〇〇党]"), so the roles it touches join it
("○○당 비례대표 후보", "某党的候选人"), and so does an office beside it ("市議会議員・〇〇党":
:func:`special.categories.appositions`). One mark is a bullet ("○ 당일 방문"), and a party word that
starts another word ("당일", "당뇨", "당신", "党建") is none.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.common.text import NormalizedText, to_folded
from lvmh_pipeline.lib.privacy.special.lexicon import SPECIAL_KINDS, TERM

__all__ = ["masked_parties"]

_POLITICS = SPECIAL_KINDS.index("POLITICS")
_PARTY_CHARS = frozenset("당党黨")
# masks written as symbols or as letters: they start the span
_MASKED = re.compile(
    r"(?:(?P<symbols>[○◯〇●◎×✕＊*△□■]{2,4})|(?P<letters>(?<![ㄱ-ㅎ])ㅇ{2,3}|(?<![A-Za-z0-9])[XxOo]{2,3})|(?P<some>某))"
    r"(?P<party>당|(?:政)?[党黨])(?![일뇨신시장연분당황부첨혹나건])(?!建|派|委|支|章)"
)


def masked_parties(nt: NormalizedText) -> list[tuple]:
    """POLITICS term hits (folded offsets) for party words behind a mask; a cheap character check
    first, the pattern only then."""
    text = nt.original
    if not any(char in text for char in _PARTY_CHARS):
        return []
    found = []
    for match in _MASKED.finditer(text):
        found.append((to_folded(nt, match.start()), to_folded(nt, match.end()), _POLITICS, TERM, -1))
    return found
