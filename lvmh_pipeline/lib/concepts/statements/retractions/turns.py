"""Spoken turns that take back what was just said and say it again: "땅콩 알레르기… 아니 콩",
"ピーナッツ…いや、大豆", "对花生过敏，不对，是大豆", "wool, no sorry, the dye", "땅콩 말고 견과류". What stands before the
turn is taken back (:func:`turn_after`); what follows it is said anew and keeps no denial from before
the turn (:func:`turn_between`: "가죽 알레르기 아니고 염료에 두드러기" — the leather is denied, the dye is not).
A list asked about and answered after an arrow is denied: "계란, 우유, 땅콩 여쭤봄 → 다 없음", "eggs, nuts, wool
checked -> none" (:func:`arrow_answered`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lvmh_pipeline.lib.common.text import NormalizedText, to_folded

__all__ = ["arrow_answered", "turn_after", "turn_between", "turned"]

# A pause, then "no": Korean "아니" and Japanese "いや" open a correction also before a word ("… 아니 콩").
# In Latin and Cyrillic notes "no" set off by commas before the word said anew, a cut-off compound first:
# "Nickel-, nee, Kobaltallergie", "nuts, no, peanuts", "шерсть, нет, кашемир".
# A filler may come before the "no" ("견과류 알레르기, 아 아니다 땅콩", "ナッツ、あ、いや、ピーナッツ", "坚果，啊不对，花生",
# "nuts, uh, no, peanuts").
_FILLER = r"(?:(?:아|어|음|앗|あ|あっ|あー|えっと|啊|呃|哦|ah|uh|oh|euh|äh|ähm|eh|э|ой)[^\S\n]*[,，、]?[^\S\n]*)?"
_TURN_AFTER = re.compile(
    r"[^\S\n]*(?:…+|\.{2,}|[,，、])[^\S\n]*" + _FILLER + r"(?:아니다|아니지|아니야|아니요|아니|いや|いえ)(?=[\s、,，])"
    r"|[^\S\n]*(?:…+|\.{2,}|[,，、])[^\S\n]*" + _FILLER + r"(?:不对|不對)(?=[\s、,，]|是)"
    # "not X (but Y)" said right after it: "견과류, 땅콩 말고 tree nuts", "ピーナッツじゃなくて木の実" (not "말고도": besides)
    r"|[^\S\n]?(?:[은는이가을를][^\S\n]?)?말고(?![도는요])|[^\S\n]?(?:は|が)?(?:じゃなくて|じゃなく|ではなくて|ではなく)"
    r"|-?[^\S\n]*(?:…+|,)[^\S\n]*" + _FILLER + r"(?:nee|nein|no|non|não|nao|нет)[^\S\n]*,(?=[^\S\n]*(?:[^\W\d_]|\[[A-Z]))",
    re.IGNORECASE,
)
# Between a denied allergy word and the allergen said after it: the turn ("아니고", "아니라", "… 아니",
# "じゃなくて", "ではなく", "不对", "而是", ", no,", "нет,").
_TURN = re.compile(
    r"아니(?:고|라(?!면))\s|(?:…+|\.{2,}|[,，、])\s*(?:아니|いや|いえ|不对|不對)(?=[\s、,，])|じゃなくて|ではなく|而是"
    r"|(?:…+|\.{2,}|,)\s*(?:no|non|nein|nee|não|нет)\s*,",
    re.IGNORECASE,
)
# Every turn holds one of these: a quick test.
_TURN_STEMS = ("아니", "いや", "いえ", "じゃなくて", "ではなく", "不对", "不對", "而是", "no", "non", "nein", "nee", "não", "нет")


def turn_after(text: str, position: int) -> bool:
    """A turn starts at ``position`` of the original ``text`` (right after a hit)."""
    return _TURN_AFTER.match(text, position) is not None


def turned(nt: NormalizedText, cue: Sequence[int], allergen: Sequence[int]) -> bool:
    """A turn between an allergy word and the allergen after it (folded spans): "가죽 알레르기 아니고 염료"."""
    return cue[1] <= allergen[0] and turn_between(nt.original, *nt.to_original(cue[1], allergen[0]))


def turn_between(text: str, start: int, end: int) -> bool:
    """A turn stands in ``text[start:end]`` (original offsets)."""
    if end <= start:
        return False
    gap = text[start:end]
    return any(stem in gap for stem in _TURN_STEMS) and _TURN.search(gap) is not None


# An answer after an arrow that denies: "→ 다 없음", "-> none", "→ alle nein", "→ 全部没有", "→ all fine". The
# answer is the whole clause: "-> no samples", "→ no usar muestras", "→ なしで" are what to do about the
# allergy, not a denial of it.
ARROWS = ("→", "->", "=>")
_ARROW_ANSWER = re.compile(
    r"(?:→|->|=>)\s*(?:(?:다|모두|전부|all|alle|tous|toutes|tutti|todos|todas|tudo|все|全部|都|全て)\s*)?"
    r"(?:(?:없|아님|아니|음성|괜찮)[가-힣]*|none|nein|keine|aucune|nessuna|ninguna|nenhuma|нет|なし|ない|没有|无|無|لا|"
    r"negative|négatif|negativ|no|non|fine|ok)(?![^\W\d_])[^\S\n]*(?=[,.;:!?)\]\n、。，；！？/]|$)",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[.;!?\n。！？；]")
_ARROW_REACH = 80  # characters from an item to the arrow's answer
_ARROW_WORDS = 2  # words between the list and the arrow that are no item ("여쭤봄", "checked")


def arrow_answered(nt: NormalizedText, spans: Sequence[Sequence[int]], own: int) -> bool:
    """Hit ``own`` (folded spans, every hit of the note) stands in a list that an arrow's answer denies in
    its sentence, the list followed by at most two other words before the arrow."""
    end = spans[own][1]
    o_end = nt.to_original(end, end)[0]
    found = _ARROW_ANSWER.search(nt.original, o_end, o_end + _ARROW_REACH)
    if found is None or _SENTENCE.search(nt.original, o_end, found.start()):
        return False
    stop = to_folded(nt, found.start())
    words = 0
    for word in re.finditer(r"\S+", nt.folded[end:stop]):
        at = end + word.start()
        if not any(s[0] <= at < s[1] for s in spans):
            words += 1
    return words <= _ARROW_WORDS
