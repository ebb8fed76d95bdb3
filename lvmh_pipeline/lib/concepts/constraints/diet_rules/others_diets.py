"""A diet asked for the guests of an event is not the client's (:func:`others_diets`): a CRM field that opens with
the guests and names the diet they need, "guests: vegan option x3", "Gäste: 2x vegetarisch", "invitados: opción
vegana x2", "гостям: 3 веганских меню", "الضيوف: خيار نباتي ×2". Narrow on purpose: a relative's or a partner's diet
stays, even tied to something for them (the writers list it as the note's). A note without a diet hit or a colon
pays nothing.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lvmh_pipeline.lib.common.text import NormalizedText

if TYPE_CHECKING:
    from lvmh_pipeline.lib.concepts.context import ConceptMeta
    from lvmh_pipeline.lib.concepts.matcher import AliasMatch

__all__ = ["others_diets"]

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
