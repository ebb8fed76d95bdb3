"""Non-alcoholic drinks: "doesn't drink coffee", "ne boit pas de café", "不喝咖啡" is no abstention
from alcohol (:mod:`.abstentions`), "no drinks" is drinks served."""

from __future__ import annotations

import re

from lvmh_pipeline.lib.common.text import NormalizedText, fold, is_dense_char
from lvmh_pipeline.lib.concepts.negation import Scope, folded_set

__all__ = ["DENSE_SOFT_BEFORE", "drinks_noun", "soft_drink_after", "soft_drink_in_scope"]

_TOKEN = re.compile(r"\S+")
# Non-alcoholic drinks: "doesn't drink coffee" is no abstention from alcohol.
_SOFT_DRINKS = frozenset(
    fold(w) for w in (
        "coffee café caffè kaffee koffie кофе tea thé tè tee thee чай чая milk lait latte milch melk leite leche "
        "молоко молока juice jus succo saft sap suco zumo сок сока soda sodas cola coke water eau acqua wasser agua "
        "água воду воды caffeine caféine koffein cafeina кофеин قهوه القهوه شاي الشاي حليب عصير ماء مويه "
        "refrigerante refrigerantes refresco refrescos limonade limonada energy"  # "deixou de beber refrigerante"
    ).split()
)
_DENSE_SOFT_DRINKS = ("咖啡", "茶", "牛奶", "果汁", "水", "可乐", "奶", "汤",
                      "白酒", "啤酒", "烈酒", "洋酒",  # one kind of alcohol is no abstention from all ("不喝白酒")
                      "含糖", "饮料", "饮品", "甜饮")  # "不喝含糖饮料": sugary drinks
# Words between a drinking verb and its drink ("doesn't drink | the | coffee")
_DRINK_GLUE = folded_set("a the any de du des d la le l del di il lo un una uno al el")
# The drink put first, before a bare "喝": "牛奶也不喝", "连鸡汤都不喝" (no abstention from alcohol).
DENSE_SOFT_BEFORE = re.compile(r"(?:咖啡|茶|奶|果汁|水|可乐|汤|饮料)[也都还]?(?:不|没|从不|从来不)$")


def drinks_noun(folded: str, start: int, end: int) -> bool:
    """"no drinks", "pas de boissons": drinks served, not drinking."""
    return folded[start:end] in ("drinks", "drink") and folded[max(0, start - 4) : start].split()[-1:] == ["no"]


def soft_drink_in_scope(scope: Scope, end: int, stop: int, dense: bool) -> bool:
    """A non-alcoholic drink after folded offset ``end`` of ``scope``, before ``stop`` and any break."""
    folded = scope.folded
    if dense:
        return folded[end : min(stop, end + 3)].strip().startswith(_DENSE_SOFT_DRINKS)
    for m in _TOKEN.finditer(folded, end, min(stop, end + 40)):
        if scope.has_break(end, m.start()):
            return False
        word = m.group()
        if word in _SOFT_DRINKS:
            return True
        if word not in _DRINK_GLUE:
            return False
    return False


def soft_drink_after(nt: NormalizedText, end: int) -> bool:
    """A non-alcoholic drink right after folded offset ``end`` ("doesn't drink | coffee",
    "ne boit pas | de café", "不喝 | 咖啡"; Arabic read word by word: "ما يشرب | قهوة")."""
    folded = nt.folded
    dense = any(0 <= at < len(folded) and is_dense_char(folded[at]) and not "\u0600" <= folded[at] <= "\u06ff"
                for at in (end, end - 1))
    return soft_drink_in_scope(Scope(nt, ()), end, len(nt.folded), dense)
