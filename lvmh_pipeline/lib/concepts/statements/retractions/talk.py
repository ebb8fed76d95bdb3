"""An allergy the note calls a story, not the client's fact: "갑각류 알레르기는 예전 얘기", "땅콩 얘기는 농담이었대요",
"땅콩 알레르기 얘기는 따님 친구분 얘기였고", "알레르기는 지인 이야기였음". Korean names the allergen, a topic particle,
then what the talk was: an old one, a joke, a friend's or an acquaintance's. A child's, a sibling's or a friend's allergy
told in small talk is no fact of the client's either ("ちなみに息子さんが卵アレルギーで…と雑談", "聊天时提到儿子对花生过敏",
"아들이 땅콩 알레르기라 … 수다"): a chat word in its sentence, the relative before it (:data:`_CHAT`).
Hits are matcher tuples ``(start, end, concept, confidence)`` in folded coordinates.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.common.text import NormalizedText
from lvmh_pipeline.lib.concepts.context import REDACTED_ALLERGEN, AllergyMeta
from lvmh_pipeline.lib.concepts.matcher import AliasMatch

__all__ = ["story_flags"]

_GATE = ("얘기", "이야기", "농담")
# After the allergen: an allergy word, "talk", a topic particle, up to two words, then the kind of story.
_STORY = re.compile(
    r"\s?(?:알레르기|알러지)?\s?(?:얘기|이야기)?\s?(?:는|은)\s?(?:[가-힣]{1,6}\s){0,2}?"
    r"(?:예전|옛날|옛|농담|장난|친구분|친구|지인분|지인|다른\s?(?:분|사람|손님|고객))\s?(?:얘기|이야기|이었|였|이에요|예요|일|인)?"
)
_STORY_END = re.compile(r"얘기|이야기|이었|였|이에요|예요|농담|장난")


_CHAT = re.compile(r"雑談|世間話|おしゃべり|聊天|闲聊|聊到|閒聊|수다|잡담")
_CHAT_GATE = ("雑談", "世間話", "おしゃべり", "聊", "閒聊", "수다", "잡담")
# Relatives and friends other than the partner (whose allergy the gift for them needs): the allergy's possessor.
_OTHERS = re.compile(r"息子|娘さん|お嬢さん|お子さん|子供|子ども|お孫さん|弟さん|妹さん|お兄さん|お姉さん|ご友人|お友達|"
                     r"儿子|女儿|孩子|孙子|孙女|弟弟|妹妹|哥哥|姐姐|朋友|同事|"
                     r"아들|아드님|따님|딸(?!기)|아이가|애가|손주|손자|손녀|동생|친구|동료")
_CHAT_SENTENCE = re.compile(r"[.!?\n。！？；;]")


def _chatted(nt: NormalizedText, matches: list[AliasMatch], allergy: AllergyMeta) -> list[int]:
    """The allergens said of a relative or friend, before them in a sentence told as small talk."""
    original = nt.original
    found = []
    for i, (start, end, concept, confidence) in enumerate(matches):
        if not allergy.allergen[concept] or confidence == REDACTED_ALLERGEN:
            continue
        o_start, o_end = nt.to_original(start, end)
        lo = max((b.end() for b in _CHAT_SENTENCE.finditer(original, 0, o_start)), default=0)
        stop = _CHAT_SENTENCE.search(original, o_end)
        hi = stop.start() if stop else len(original)
        if _CHAT.search(original, lo, hi) and _OTHERS.search(original, max(lo, o_start - 16), o_start):
            found.append(i)
    return found


def story_flags(nt: NormalizedText, matches: list[AliasMatch], allergy: AllergyMeta) -> list[int]:
    """The allergen matches followed, in their clause, by a story word, or told of a relative in small talk (see the
    module)."""
    folded = nt.folded
    found = _chatted(nt, matches, allergy) if any(w in nt.original for w in _CHAT_GATE) else []
    if not any(w in folded for w in _GATE):
        return found
    for i, (start, end, concept, confidence) in enumerate(matches):
        if not allergy.allergen[concept] or confidence == REDACTED_ALLERGEN:
            continue
        m = _STORY.match(folded, end)
        if m and (_STORY_END.search(m.group()) or folded.startswith(("얘기", "이야기"), m.end())):
            found.append(i)
    return found
