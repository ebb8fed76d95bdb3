"""Hangul words a name rule or the learned name tagger may read as names that their form shows are none.

- a word with a syllable of a verb's tense or politeness ending ("셨", "했", "었", "겠", "습"):
  no Korean or foreign name written in Hangul holds one ("보셨는데", "하셨고", "있었어요");
- a word that ends in a connective or copula ending of two syllables or more ("비건인데",
  "확정이라", "구의원이시고요", "서프라이즈라서"): a clause, not a name;
- a word that opens with a term of the concept taxonomy and ends in a particle or ending of at most two
  syllables ("베이지로", "양모는"): the term with its particle (:func:`hangul_tail`, read by the
  tagger's concept check).
"""

from __future__ import annotations

import re

__all__ = ["hangul_tail", "korean_word_form"]

# syllables of tense and politeness endings that no name holds
_VERB_SYLLABLES = frozenset("셨했었았겠습됐였갔왔봤줬웠렸켰졌났")
_ENDINGS = (
    "인데", "는데", "은데", "던데", "이라", "이라서", "라서", "이라고", "라고", "이고요", "고요", "이시고", "시고", "하고",
    "시고요", "이시고요", "하셔서", "셔서", "하시고", "으신", "이신데", "이에요", "예요", "어요", "아요", "니다",
    "이었", "때문에", "에서", "에게", "께서", "으로", "로만", "까지", "부터", "처럼", "보다",
)
_TAIL = re.compile(r"[가-힣]{1,2}")
_HANGUL_WORD = re.compile(r"[가-힣]+")


def hangul_tail(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` one or two Hangul syllables: a particle or an ending after a term?"""
    return _TAIL.fullmatch(text, start, end) is not None


def korean_word_form(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]``, a Hangul word, an inflected word rather than a name (see the module)?"""
    word = text[start:end]
    if not _HANGUL_WORD.fullmatch(word):
        return False
    if any(ch in _VERB_SYLLABLES for ch in word):
        return True
    return len(word) >= 3 and word.endswith(_ENDINGS)
