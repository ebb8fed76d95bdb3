"""A nickname between a given name found and the family name: "Evelien ('Eef') van den Berg",
"Robert "Bob" Smith", "Maria (Mari) de la Fuente", "Johannes („Hannes“) von Berg".

A record writes the name a person goes by in quotes or brackets right after the given name, then
the family name. The word set off so is that nickname (a word of the language too: "Robert 'Bunny'
Hale"), and the capitalised words after it, a particle surname's particles with them, the family
name — no ordinary word, place or brand, and a pause or a lower-case word after it ("Anna (Anni)
Paris, …" is a place; "Maria (Mari) Dienstag" a day).
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.cues import LETTER, UPPER
from lvmh_pipeline.lib.privacy.names.guard import (
    COMMON,
    classify,
    is_given_name,
    is_place_month_or_brand,
    is_surname,
    is_vocabulary,
)

__all__ = ["nickname_between"]

_OPEN_QUOTES = "'‘“«„\""
_CLOSE_QUOTES = "'’”»“\""
_PARTICLE = r"(?:[Vv]an|[Vv]on|[Dd]e|[Dd]er|[Dd]en|[Dd]u|[Dd]a|[Dd]i|[Dd]el|[Dd]ella|[Dd]os|[Dd]as|[Ll]a|[Ll]e|[Tt]er|[Tt]en|[Zz]u|[Vv]om)"
# the nickname in brackets or quotes (or both), then the family name
_BETWEEN = re.compile(
    rf"[ \t]*(?P<open>[(（][ \t]*)?(?P<q>[{_OPEN_QUOTES}][ \u00a0]?)?(?P<nick>[{UPPER}][{LETTER}]{{1,11}})"
    rf"(?P<cq>[ \u00a0]?[{_CLOSE_QUOTES}])?(?P<close>[ \t]*[)）])?"
    rf"[ \t]+(?P<family>(?:{_PARTICLE}[ \t]+){{0,3}}[{UPPER}][{LETTER}'’]+(?:-[{UPPER}][{LETTER}'’]+)?)"
    rf"(?=[ \t]*(?:[,.;:!?+&/()\n–—]|$)|[ \t]+[a-zà-ÿ])"
)


def _set_off(m: re.Match[str]) -> bool:
    """Brackets or quotes, each pair closed: "('Eef')", "(Mari)", "'Bob'", "„Hannes“"."""
    bracket = bool(m.group("open")) == bool(m.group("close"))
    quotes = bool(m.group("q")) == bool(m.group("cq"))
    return bracket and quotes and bool(m.group("open") or m.group("q"))


def _family_ok(family: str) -> bool:
    words = family.split()
    head = words[-1]
    if len(words) > 1:  # "van den Berg", "de la Fuente": the particles say it is a family name
        return not is_place_month_or_brand(head) and classify(head) != COMMON or is_surname(head)
    return (
        not is_place_month_or_brand(head)
        and (is_surname(head) or classify(head) != COMMON and not is_vocabulary(head))
    )


def nickname_between(text: str, anchors: list[tuple[int, int]]) -> list[PiiSpan]:
    """The nickname and the family name after a given name found (see the module)."""
    if not any(c in text for c in "(（'‘“«„\""):
        return []
    out = []
    for start, end in anchors:
        last = text[start:end].split()[-1:] or [""]
        if not is_given_name(last[0]):
            continue
        m = _BETWEEN.match(text, end)
        if not m or not _set_off(m):
            continue
        nick, family = m.group("nick"), m.group("family")
        if is_place_month_or_brand(nick) or not _family_ok(family):
            continue
        out.append(PiiSpan(m.start("nick"), m.end("nick"), "NAME"))
        out.append(PiiSpan(m.start("family"), m.end("family"), "NAME"))
    return out
