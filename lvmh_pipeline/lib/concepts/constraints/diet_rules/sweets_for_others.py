"""Sugar-free sweets ordered for an event, the boutique, the guests or a gift are no low-sugar diet of the client:
"sugar-free truffles for the store launch", "zuckerfreie Kekse für den Empfang", "galletas sin azúcar para los
invitados", "biscuits sans sucre pour la soirée", "печенье без сахара для гостей", "ゲスト用にシュガーフリーのクッキー",
"고객 증정용 무설탕 쿠키" (:func:`sweets_for_others`). The sugar-free word must stand next to a sweet and, in the same
field or sentence, a word of an event, a shop, guests or a gift to someone else; a note naming diabetes keeps it.
A note without a sugar-free low-sugar hit pays nothing.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lvmh_pipeline.lib.common.text import NormalizedText

if TYPE_CHECKING:
    from lvmh_pipeline.lib.concepts.context import ConceptMeta
    from lvmh_pipeline.lib.concepts.matcher import AliasMatch

__all__ = ["sweets_for_others"]

_SUGAR_FREE = re.compile(r"(?i)sugar[- ]?free|zuckerfrei|sin az[uú]car|sans sucre|senza zucchero|suikervrij|без сахара"
                         r"|sem a[çc][uú]car|بدون سكر|シュガーフリー|砂糖不使用|無糖|无糖|무설탕|슈가프리")
_SWEETS = re.compile(
    r"(?i)\b(?:mints?|cand(?:y|ies)|sweets|chocolates?|pralines?|truffles?|cookies|biscuits?|macarons?|pralinen|kekse|"
    r"bonbons?|s[üu]ßigkeiten|caramel(?:os|le|s)?|dulces|galletas|chocolatinas|bombones|cioccolatini|dolci|biscotti|"
    r"snoep(?:jes)?|koekjes|конфет\w*|печень\w*|шоколад\w*|balas|doces|bombons|chocolates|biscoitos)\b"
    r"|حلويات|شوكولات\w*|キャンディ|クッキー|チョコ|お菓子|캔디|사탕|초콜릿|쿠키|과자|巧克力|糖果|点心|饼干"
)
_OTHERS = re.compile(
    r"(?i)\b(?:event|events|boutique|store|shop|lounge|guests|clients|customers|team|colleagues?|gift|"
    r"evento|eventos|invitados|clientes|tienda|[ée]v[ée]nement|soir[ée]e|invit[ée]s|magasin|"
    r"kundenevent|veranstaltung|empfang|g[äa]ste|kunden|laden|evenement|gasten|klanten|winkel|"
    r"ospiti|negozio|loja|convidados|мероприяти\w*|гост\w*|клиент\w*)\b|\w*event\b"
    r"|الفعالية|فعالية|الضيوف|للعملاء|العملاء|ギフト|ゲスト|イベント|同僚|お客様|선물|행사|고객 증정|손님|동료|친구|客户|客人|活动|送人|同事"
)
_OWN = re.compile(r"(?i)diab|당뇨|糖尿|سكري|диабет")
_FIELD = re.compile(r"[|｜\n.!?。！？;；/／]")


def sweets_for_others(nt: NormalizedText, matches: list[AliasMatch], meta: ConceptMeta) -> list[int]:
    """The low-sugar hits that name sugar-free sweets for an event, a shop, guests or someone's gift."""
    low_sugar = meta.by_name.get("low_sugar", -1)
    hits = [i for i, m in enumerate(matches) if m[2] == low_sugar]
    original = nt.original
    if not hits or _SUGAR_FREE.search(original) is None or _OWN.search(original):
        return []
    found = []
    for i in hits:
        o_start, o_end = nt.to_original(matches[i][0], matches[i][1])
        if not _SUGAR_FREE.search(original, max(0, o_start - 2), o_end + 2):
            continue
        breaks = [m.end() for m in _FIELD.finditer(original, max(0, o_start - 60), o_start)]
        head = breaks[-1] if breaks else max(0, o_start - 60)
        stop = _FIELD.search(original, o_end, o_end + 60)
        tail = stop.start() if stop else min(len(original), o_end + 60)
        if _SWEETS.search(original, max(head, o_start - 20), min(tail, o_end + 20)) and _OTHERS.search(original, head, tail):
            found.append(i)
    return found
