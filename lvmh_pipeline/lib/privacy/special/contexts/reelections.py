"""A re-election named without its office (POLITICS).

A client who holds an elected seat is often told by the vote alone ("a gift for herself after her
re-election in March", "na de herverkiezing", "再選のお祝い", "连任之后"): a re-election is won in a
political vote unless its sentence names another body that elects ("the golf club board is up for
re-election", "他连任董事长", "Wiederwahl in den Vereinsvorstand", "sa réélection au CSE"), which stays
readable (:data:`_BODIES`, matched as parts of words: "golfclub", "Sportverein"). The span is the
re-election word (the campaign shorthand with it: "her re-elect campaign"); the participles ("re-elected president of the club") are left out, and so are the
Japanese and Korean words that also start other words ("再選択", "재선정": only their forms with a
context, "再選され", "재선에 성공", and before a celebration, which stays readable: "[再選]のお祝い").
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.spans import PiiSpan
from lvmh_pipeline.lib.privacy.special.contexts.words import SENTENCE_END, mentions_any, word_pattern

__all__ = ["reelections"]

_REELECTIONS = (
    "re-election", "reelection", "re-elect campaign", "reelect campaign", "re-elect bid", "reelect bid", "réélection", "reelección", "rielezione", "reeleição", "Wiederwahl", "herverkiezing",
    "переизбрани*", "إعادة انتخاب", "再選され", "再選後", "连任", "連任", "재선에 성공", "재선되", "재선된",
)
# the word alone before a celebration, which stays readable ("再選のお祝い", "재선 축하": a gift occasion)
_REELECTION = re.compile(word_pattern(_REELECTIONS).pattern + r"|再選(?=の?お?祝い)|재선(?= ?축하)", re.IGNORECASE)
_GATE = ("elec", "élec", "elez", "eleiç", "wahl", "kiezing", "избран", "انتخاب", "再選", "连任", "連任", "재선")
# bodies other than a political assembly that elect their officers (lower case, parts of words)
_BODIES = (
    "club", "clube", "board", "committee", "society", "association", "associa", "asocia", "comité", "comitato",
    "verein", "vorstand", "bestuur", "vereniging", "betriebsrat", "gewerkschaft", "vakbond", "union", "syndic",
    "sindaca", "sindica", "cse", "клуб", "правлени", "профсоюз", "نادي", "جمعية", "مجلس الإدارة", "董事", "理事",
    "会长", "會長", "协会", "協會", "俱乐部", "工会", "クラブ", "協会", "会長", "組合", "클럽", "협회", "이사회", "회장", "노조",
)


def reelections(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` (sorted, non-overlapping) with each re-election word of ``text`` that no span
    touches and whose sentence names no other electing body as a POLITICS span."""
    if not mentions_any(text, _GATE):
        return spans
    low = text.lower()
    out = list(spans)
    for match in _REELECTION.finditer(text):
        if any(s.start < match.end() and match.start() < s.end for s in out):
            continue
        before = list(SENTENCE_END.finditer(text, 0, match.start()))
        after = SENTENCE_END.search(text, match.end())
        sentence = low[before[-1].end() if before else 0 : after.start() if after else len(text)]
        if not any(body in sentence for body in _BODIES):
            out.append(PiiSpan(match.start(), match.end(), "POLITICS"))
    return sorted(out)
