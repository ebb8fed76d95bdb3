"""Where a name found is cut in two: "son / daughter of", a bracket or an "and" between two names.

"حمد بن ناصر المري", "Mohammed bin Rashid", "مريم بنت حمد", "アイシャ・ビンティ・…", "Мариам бинт …": "son /
daughter of" between two names is no identifier, it stays; so do a bracket between two names ("فيصل
(العتيبي)") and an "and" ("Rosa y Luis").
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan

__all__ = ["may_split", "split_at_son_of"]

_AND_WORDS = r"[ \t]+(?:y|e|et|and|und|en|i|и)[ \t]+(?=[A-ZÀ-ÖØ-ÞА-ЯЁ])"
_AND = re.compile(_AND_WORDS)


def _has_and(text: str) -> bool:
    return (" y " in text or " e " in text or " et " in text or " and " in text or " und " in text or " en " in text
            or " i " in text or " и " in text) and _AND.search(text) is not None


# ... and in katakana and Cyrillic ("アイシャ・ビンティ・…", "Мариам бинт …")
_SON_OF_OTHER = r"[・=＝](?:ビンティ|ビント|ビン|イブン)[・=＝]|[ \t]+(?:бин|бинт|ибн|Бин|Бинт|Ибн)[ \t]+(?=\S)"
_SON_OF_OTHER_SCRIPTS = re.compile(_SON_OF_OTHER)
_SON_OF = re.compile(rf"[ \t]+(?:بن|ابن|بنت|bin|ibn|bint|Bin|Ibn|Bint)[ \t]+(?=\S)|[ \t]*\([ \t]*|{_AND_WORDS}|{_SON_OF_OTHER}")


def split_at_son_of(text: str, span: PiiSpan) -> list[PiiSpan]:
    """``span`` in the parts that "son of", a bracket or an "and" leave of it."""
    parts, cursor = [], span.start
    for m in _SON_OF.finditer(text, span.start, span.end):
        if m.start() > cursor and m.end() < span.end:
            parts.append(PiiSpan(cursor, m.start(), span.kind))
            cursor = m.end()
    return parts + [PiiSpan(cursor, span.end, span.kind)] if parts else [span]


def may_split(text: str) -> bool:
    """Does ``text`` hold a word that may cut a name (cheap test before :func:`split_at_son_of`)?"""
    return (
        "بن" in text or "bin" in text or "ibn" in text or "Bin" in text or "(" in text or _has_and(text)
        or _SON_OF_OTHER_SCRIPTS.search(text) is not None
    )
