"""A constraint the adviser asked about and the client answered no: "asked if she was allergic to soy, she said
no", "pregunté por la soja, dijo que no", "Ob er Soja verträgt? hab ich gefragt, er meinte, kein Problem",
"대두 알레르기 문의 → 없음", "问过大豆过敏→没有", "大豆アレルギー確認→なし", "perguntei sobre alergia a soja → não tem"
(:func:`asked_no_flags`). The question and its answer sit in the hit's field (a CRM line between "|" marks) or
sentence; the answer of no comes after the hit with no other constraint between them ("asked about soy and
sesame: no to soy, yes to sesame" keeps sesame). A note without a word of asking pays one regex search.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lvmh_pipeline.lib.common.regex_gates import RegexGate
from lvmh_pipeline.lib.common.text import NormalizedText

__all__ = ["asked_no_flags"]

# a word of asking or checking, said by the adviser
_ASKED = re.compile(
    r"(?i)\b(?:asked|checked|perguntei|perguntamos|pergunt[eé]|pregunt[eé]|preguntamos|chiesto|chiesta|gefragt|"
    r"nachgefragt|demand[ée]|gevraagd|спросила?|уточнила?|سألت|سألناها|سألته|سألتها)\b"
    r"|문의|질문|여쭤|물어|问过|問過|问了|問了|确认过|確認|聞いたら|伺った"
)
_ASKED_GATE = RegexGate(_ASKED)  # most notes hold none of its words: no search
# the answer of no: "she said no", "dijo que no", "meinte, kein Problem", "→ 없음", "→没有", "→なし", "→ não tem"
_NO = re.compile(
    r"(?i)\b(?:said|says|disse|diz|falou|dijo|dice|detto|sagte|sagt|meinte|meint|dit|zei|zegt|говорит|сказала?|قالت|قال)"
    r"\s*(?:que\s+|di\s+|,\s*)?(?:n[ãa]o\b|no\b|non\b|nein\b|nee\b|нет\b|لا(?!\S)|kein problem|keine\b|none\b)"
    r"|(?:→|->|=>|⇒)\s*(?:없음|없다|없으|없어|没有|沒有|无|無|なし|無し|ない"
    r"|(?:n[ãa]o(?:\s+tem)?|no|none|nein|keine|нет|لا)\s*(?:$|[|｜\n.;,)]))"
)
_FIELD = re.compile(r"[|｜\n.!?。！？;；]")
_REACH = 70  # original characters from the hit's end to the answer


def asked_no_flags(nt: NormalizedText, spans: Sequence[Sequence[int]], eligible: Sequence[bool]) -> list[bool]:
    """For each eligible hit, whether its field asks about it and answers no after it."""
    flags = [False] * len(spans)
    original = nt.original
    if not any(eligible) or not _ASKED_GATE.open(nt.folded) or _ASKED.search(original) is None:
        return flags
    starts = [nt.to_original(s[0], s[1])[0] for s in spans]
    for i, span in enumerate(spans):
        if not eligible[i]:
            continue
        o_start, o_end = nt.to_original(span[0], span[1])
        breaks = [m.end() for m in _FIELD.finditer(original, max(0, o_start - 90), o_start)]
        head = breaks[-1] if breaks else max(0, o_start - 90)
        stop = _FIELD.search(original, o_end, o_end + _REACH)
        tail = stop.start() if stop else min(len(original), o_end + _REACH)
        answer = _NO.search(original, o_end, tail)
        if answer is None or _ASKED.search(original, head, answer.start()) is None:
            continue
        if any(eligible[j] and o_end <= starts[j] < answer.start() for j in range(len(spans)) if j != i):
            continue  # another constraint stands between the hit and the answer: the answer is its own
        flags[i] = True
    return flags
