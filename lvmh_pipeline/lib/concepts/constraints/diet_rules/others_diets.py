"""A diet asked for the guests of an event is not the client's (:func:`others_diets`): a CRM field that opens with
the guests and names the diet they need, "guests: vegan option x3", "Gäste: 2x vegetarisch", "invitados: opción
vegana x2", "гостям: 3 веганских меню", "الضيوف: خيار نباتي ×2". Narrow on purpose: a relative's or a partner's diet
stays, even tied to something for them (the writers list it as the note's). A note without a diet hit or a colon
pays nothing.

A relative's diet the note then says is not the client's is not the client's either (:func:`denied_relatives_diets`):
"奥さんはヴィーガンだけどご本人は違う", "아내분이 비건이신데 본인은 아니시고", "她老公吃素，她自己不吃素". Only
Japanese, Korean and Chinese; a note without a word for the client herself ("本人", "自己", "본인") pays nothing.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lvmh_pipeline.lib.common.text import NormalizedText

if TYPE_CHECKING:
    from lvmh_pipeline.lib.concepts.context import ConceptMeta
    from lvmh_pipeline.lib.concepts.matcher import AliasMatch

__all__ = ["denied_relatives_diets", "others_diets"]

_GUESTS = re.compile(r"(?i)\s*(?:guests|invit[ée]s|g[äa]ste|invitados|ospiti|gasten|convidados|гост\w*|الضيوف|하객|손님|ゲスト"
                     r"|来宾|宾客|客人)\s*[:：]")
_FIELD = re.compile(r"[|｜\n.!?。！？;；／]|\s/\s")


def others_diets(nt: NormalizedText, matches: list[AliasMatch], negated: list[bool], meta: ConceptMeta) -> list[int]:
    """The diet hits of a field that opens with the guests and a colon."""
    original = nt.original
    if ":" not in original and "：" not in original:
        return []
    categories = meta.categories
    found = []
    for i, m in enumerate(matches):
        if categories[m[2]] != "diet" or negated[i]:
            continue
        o_start = nt.to_original(m[0], m[1])[0]
        breaks = [b.end() for b in _FIELD.finditer(original, max(0, o_start - 60), o_start)]
        if breaks and _GUESTS.match(original, breaks[-1], o_start):
            found.append(i)
    return found


# A relative as the subject right before a diet word (folded text): "ご主人が", "남편분이", "他太太是", "她老公".
_KIN_SUBJECT = re.compile(
    r"(?:ご主人様?|旦那様|旦那さん|奥様|奥さん|息子さん|娘さん|お嬢様|お母様|お父様|ご友人|お子様|お子さん|ご家族|"
    r"남편분|남편|아내분|아내|와이프분|와이프|아드님|따님|어머님|아버님|친구분|동료분|"
    r"先生|丈夫|老公|太太|妻子|老婆|爱人|愛人|儿子|兒子|女儿|女兒|妈妈|媽媽|母亲|母親|爸爸|父亲|父親|朋友|同事)"
    r"\s?(?:様|さん|님)?\s?(?:は|が|も|은|는|이|가|도|是|也|在|都)?\s?(?:的)?\s?$"
)
# The client herself (folded): the gate, and the subject of the denial after the relative's diet.
_SELF_WORDS = ("本人", "自己", "본인", "私は")
_SELF = re.compile(r"(?:ご本人|本人|私|[她他]自己|自己|客户|客人|고객님\s?본인|본인|고객님)\s?(?:様|님)?\s?(?:は|も|은|는|이|가|的话|呢)?\s?")
# A denial right after the client ("は違います", "은 아니시고", "不是", "全然大丈夫"), in folded text.
_DENIED = re.compile(r"(?:全然|全く|まったく|전혀|并|並)?\s?(?:違|ちが|じゃな|ではな|大丈夫|平気|아니|아냐|괜찮|不是|没有|沒有|都可以|什么都吃|都吃)")
_KIN_REACH, _DENIAL_REACH = 10, 40  # characters from a relative to the diet word, from the diet word to the denial
_STOP = re.compile(r"[。.!?！？\n]")


def denied_relatives_diets(nt: NormalizedText, matches: list[AliasMatch], negated: list[bool], meta: ConceptMeta) -> list[int]:
    """The diet hits said of a relative right before them and denied for the client after them (in the sentence):
    the client herself with a denial, or a negated hit of the same diet after the client ("他自己不吃素")."""
    folded = nt.folded
    if not any(w in folded for w in _SELF_WORDS):
        return []
    categories = meta.categories
    found = []
    for i, m in enumerate(matches):
        if categories[m[2]] != "diet" or negated[i] or not _KIN_SUBJECT.search(folded, max(0, m[0] - _KIN_REACH), m[0]):
            continue
        stop = _STOP.search(folded, m[1], m[1] + _DENIAL_REACH)
        hi = stop.start() if stop else min(len(folded), m[1] + _DENIAL_REACH)
        for own in _SELF.finditer(folded, m[1], hi):
            if own.end() == own.start():
                continue
            if _DENIED.match(folded, own.end()) or any(
                    k != i and negated[k] and n[2] == m[2] and own.end() <= n[0] < own.end() + 6 for k, n in enumerate(matches)):
                found.append(i)
                break
    return found
