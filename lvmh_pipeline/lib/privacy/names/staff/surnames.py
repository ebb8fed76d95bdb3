"""A driver, an assistant or a guide named by a bare family name after the role noun.

"Ophalen door chauffeur Mo.", "Abholung durch Fahrer Berger, Montag", "tour group, guide Li.", "гид
Ли.": the role noun says a person follows, and a listed family name closed by a pause or by the next
clause in lower case is that person, a short one too (Mo, Li, Ng). Not an ordinary word, a place or
a brand ("guide Michelin", "driver Uber"), nor an acronym.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.names.guard import COMMON, classify, is_place_month_or_brand, is_surname, is_vocabulary

__all__ = ["staff_surname"]

# What closes a staff member's bare family name: a pause, or the next clause in lower case
_STAFF_NAME_END = re.compile(r"[ \t]*(?:[,.;:!?)]|$|\n)|[ \t]+[a-zà-ÿа-яё]")


def staff_surname(text: str, first: re.Match[str]) -> bool:
    """Is ``first`` (the capitalised word right after a staff or guide noun) a bare family name?"""
    word = first.group()
    return (
        is_surname(word)
        and classify(word) != COMMON
        and not is_vocabulary(word)
        and not is_place_month_or_brand(word)
        and not (word.isupper() and len(word) > 1)
        and _STAFF_NAME_END.match(text, first.end()) is not None
    )
