"""A headache or migraine the client has, told as her condition ("hat Migräne", "suffers from migraines",
"souffre de migraines", "편두통이 있으셔서", "片頭痛持ち", "有偏头痛"), next to a request to keep the room
unscented ("bitte kein Duft im Salon", "no scent in the lounge", "pas de parfum dans le salon") is no
fragrance allergy: the note names no reaction to a perfume, only a courtesy for the visit. A headache a
perfume gives ("scents give her migraines", "香水で頭痛") stays a cue (dev writers 26:0 for those, 1:0 for
the condition with a room request).
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.common.literals import Literals
from lvmh_pipeline.lib.common.text import NormalizedText, to_folded
from lvmh_pipeline.lib.concepts.context import ConceptMeta
from lvmh_pipeline.lib.concepts.matcher import AliasMatch

__all__ = ["condition_headaches"]

# Folded headache words (substrings of the cue's text).
_HEADACHE = re.compile("head|migr|emicran|tete|kopf|testa|cabeza|cabeca|jaqueca|enxaqueca|hoofd|голов|мигр|頭|头|두통|صداع")
# Having or suffering from it, right before the headache word (folded, the last words before it).
_HAS_BEFORE = re.compile(
    r"(?:has|have|had|suffers from|suffering from|prone to|hat|leidet an|leidet unter|a des|a une|souffre de|souffre d|"
    r"sujette aux|sujet aux|tiene|sufre de|padece|padece de|ha|ha l|soffre di|soffre d|tem|sofre de|sofre com|heeft|"
    r"lijdt aan|у нее|у него|страдает|عندها|عنده|تعاني من|يعاني من|有|患有|常有)\s?(?:\S+\s)?$"
)
# Having it, right after the headache word: "편두통이 있으셔서", "片頭痛持ち", "頭痛持ち".
_HAS_AFTER = re.compile(r"^(?:\S{0,3}\s?(?:이|가)?\s?(?:있|심하)|\S{0,3}持ち|がある|があり)")
# The room the request keeps unscented (folded).
_PLACES = Literals((
    "salon", "room", "lounge", "suite", "boutique", "store", "shop", "raum", "laden", "geschaft", "salle", "magasin",
    "sala", "salotto", "salottino", "negozio", "tienda", "loja", "winkel", "zaal", "ruimte", "winkel", "зал", "салон",
    "комнат", "магазин", "الصالون", "المحل", "الغرفه", "살롱", "매장", "룸", "サロン", "店内", "部屋", "フロア", "沙龙", "店里",
    "房间", "店内",
))
_SENTENCE = re.compile(r"[.;!?\n。！？；]")
_WORD_END = re.compile(r"[a-zа-яё\u0600-\u06ff]*")  # (a dense word ends where it is found)
_CLAUSE = re.compile(r"[,:、，،：→]|\s[-–—]\s")


def condition_headaches(nt: NormalizedText, matches: list[AliasMatch], meta: ConceptMeta) -> list[AliasMatch]:
    """``matches`` without the headache cues told as the client's condition in a sentence that names a room
    and whose perfumes ("Duft", "sem perfume") stand in another clause than the headache ("Frau X hat
    Migräne, bitte kein Duft im Salon"): nothing then pairs the perfume with a cue. Not "has migraines
    from perfume" (one clause)."""
    cue = meta.by_name.get("allergy_cue", -1)
    perfume = {meta.fragrance_product, meta.fragrance_allergy}
    if cue < 0 or not any(m[2] in perfume for m in matches) or not _PLACES.any_in(nt.folded):
        return matches
    folded, original = nt.folded, nt.original
    drop = set()
    for k, (start, end, concept, _) in enumerate(matches):
        word = _HEADACHE.search(folded, start, end) if concept == cue else None
        if word is None:
            continue
        # the headache word itself (a reaction cue's span runs on to its trigger: "enxaqueca, sem perfume")
        start, end = word.start(), _WORD_END.match(folded, word.end()).end()
        if not (_HAS_BEFORE.search(folded[max(0, start - 30) : start]) or _HAS_AFTER.match(folded[end : end + 8])):
            continue
        o_start, o_end = nt.to_original(start, end)
        lo = max((m.end() for m in _SENTENCE.finditer(original, 0, o_start)), default=0)
        stop = _SENTENCE.search(original, o_end)
        hi = stop.start() if stop else len(original)
        spans = [nt.to_original(m[0], m[1]) for m in matches if m[2] in perfume]
        inside = [(a, b) for a, b in spans if lo <= a and b <= hi]
        if (inside and _PLACES.any_in(folded[to_folded(nt, lo) : to_folded(nt, hi)])
                and all(_CLAUSE.search(original, *((o_end, a) if a >= o_end else (b, o_start))) for a, b in inside)):
            drop.add(k)
    return [m for k, m in enumerate(matches) if k not in drop] if drop else matches
