"""Whether a Hangul word can be a name: a Korean name opening with a family name and no role, kin or
ordinary word (:func:`_ko_is_name`), a foreign name in Hangul (:func:`_ko_foreign`); whether a word
opens a clause (:func:`_ko_opens`). Shared by the honorific rules (:mod:`.core`) and the position
rules (:mod:`.positioned`).
"""

from __future__ import annotations

from lvmh_pipeline.lib.privacy.names.guard import COMMON, classify
from lvmh_pipeline.lib.privacy.names.lexicon import KO_ROLE_WORDS, KO_SURNAMES
from lvmh_pipeline.lib.privacy.names.scripts.korean.bare import _KO_KIN_IN_BRACKETS
from lvmh_pipeline.lib.privacy.names.word_forms import is_hangul_term

_KO_FILLER_WORDS = frozenset({"음", "어", "그", "저", "저기", "그러니까", "그니까", "뭐", "아", "에", "흠", "네"})
_KO_ROLE_ENDINGS = ("분", "들", "님", "씨", "사", "장", "원", "관")

def _ko_foreign(word: str) -> bool:
    """A Hangul word that may be a foreign name: no role, kin, filler or ordinary word."""
    return (
        word not in KO_ROLE_WORDS
        and word not in _KO_FILLER_WORDS
        and classify(word) != COMMON
        and not word.endswith(_KO_ROLE_ENDINGS)
    )


def _ko_opens(text: str, i: int) -> bool:
    """Does a word at ``i`` open the note, a sentence or a clause?"""
    before = text[:i].rstrip(" \t")
    return not before or before[-1] in ".!?。,，:：\n(（"


def _ko_is_name(word: str) -> bool:
    """A Hangul word starting with a surname that is no role, kin or ordinary word ("남편분(마이클)":
    her husband, respectfully, with his name in brackets), nor the plural of a role ("고객들께",
    "손님들이"), nor a term of the taxonomy ("알레르기: 고양이, 콩": an allergen)."""
    kin = word in _KO_KIN_IN_BRACKETS or word[-1] in "분님" and word[:-1] in _KO_KIN_IN_BRACKETS
    plural = word[-1] == "들" and word[:-1] in KO_ROLE_WORDS
    return (
        word[0] in KO_SURNAMES and word not in KO_ROLE_WORDS and not kin and not plural
        and classify(word) != COMMON and not is_hangul_term(word)
    )


# Surnames that a transcription writes as a hesitation too ("어, 소재는 세라믹": uh, not Mr 어).
_KO_HESITATION_SYLLABLES = frozenset("어음아에네그저")
