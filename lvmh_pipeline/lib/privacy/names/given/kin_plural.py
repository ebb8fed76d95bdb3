"""The given names listed after a kin word in the plural: "Two grandchildren: Wren and Bodhi", "Her
twins, Otis and Wilf, …", "Kids (Ottilie, 8 and Arlo, 5)" (one kin word, one name: :mod:`.kin`)."""

from __future__ import annotations

import re

from lvmh_pipeline.lib.common.text import caseless
from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.gates import Gate
from lvmh_pipeline.lib.privacy.names.cues import scan
from lvmh_pipeline.lib.privacy.names.guard import COMMON, classify, is_place_month_or_brand, is_vocabulary
from lvmh_pipeline.lib.privacy.names.positions.words import _CAP_RE, _given_form

__all__ = ["kin_lists"]

_PLURAL_KIN_WORDS = (
    "children|kids|grandchildren|grandkids|twins|sons|daughters|granddaughters|grandsons|nieces|nephews|enfants"
    "|petits-enfants|jumeaux|jumelles|figli|figlie|nipoti|gemelli|gemelle|hijos|hijas|nietos|nietas|gemelos|gemelas"
    "|filhos|filhas|netos|netas|gêmeos|enkelkinder|zwillinge|kinderen|kleinkinderen|tweeling"
)
_PLURAL_KIN = re.compile(rf"(?<![\w-])(?i:{_PLURAL_KIN_WORDS})(?:[ \t]*(?:[:(—–,]|-(?=[ \t]))[ \t]*|[ \t]+)")
_PLURAL_KIN_GATE = Gate(caseless(w) for w in _PLURAL_KIN_WORDS.split("|"))  # one pass before the regex
_LIST_ITEM = re.compile(r"(" + _CAP_RE.pattern + r")(?:[ \t]*,[ \t]*\d{1,2}(?!\d)|[ \t]*\([ \t]*\d{1,2}[ \t]*\))?")
_LIST_END = re.compile(r"[ \t]*(?:[,.;:)!?\n|/]|$)")  # "|", "/": the field of a CRM export ends
_LIST_JOIN = re.compile(r"[ \t]*(?:,[ \t]*(?:(?i:and|et|e|y|und|en|и)[ \t]+)?|[ \t]+(?:(?i:and|et|e|y|und|en|и)|&|\+)[ \t]+)")


def kin_lists(text: str) -> list[PiiSpan]:
    """The names listed after a kin word in the plural and a colon, a comma or a bracket: "Two
    grandchildren: Wren and Bodhi", "Her twins, Otis and Wilf, …", "Kids (Ottilie, 8 and Arlo,
    5)"; not an ordinary word, place, month or brand ("Kids: Harvard and Eton")."""
    spans = []
    for head in _PLURAL_KIN.finditer(text) if _PLURAL_KIN_GATE(caseless(text)) else ():
        # German capitalises its nouns ("Enkelkinder: Schule und Sport"): a known given name in the list
        german = scan(text).german or head.group().strip(" \t:(—–,-").casefold() in ("enkelkinder", "zwillinge")
        cursor, items, closed = head.end(), [], True
        while True:
            item = _LIST_ITEM.match(text, cursor)
            word = item.group(1) if item else ""
            if not word or classify(word) == COMMON or is_place_month_or_brand(word) or len(word) < 2:
                break
            items.append(PiiSpan(item.start(1), item.end(1), "NAME"))
            join = _LIST_JOIN.match(text, item.end())
            if not join:
                closed = _LIST_END.match(text, item.end()) is not None or item.end() > item.end(1)  # "Freya (7) loves"
                break
            cursor = join.end()
        words = [text[i.start : i.end] for i in items]
        # "Kids: Disney and Lego fans", "Twins: Identical, …": no list of names, a capitalised phrase
        if closed and words and (
            any(_given_form(w) for w in words) if german or len(words) == 1
            else all(_given_form(w) or not is_vocabulary(w) for w in words)
        ):
            spans += items
    return spans
