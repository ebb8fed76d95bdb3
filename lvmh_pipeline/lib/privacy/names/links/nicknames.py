"""Other spellings of a name found, in Latin script: a clipped given name ("Federica Monti, la Fede",
"Gabriela, 'a Gabi'"), a particle surname written in one word ("Di Marco … Dimarco") and the
first part of a French compound given name in Arabic script ("جان" of "جان بيير").

A clipped form is the first three letters or more of a given name found in the note, written
with a capital where an article or a quote marks it as a person (Italian, Portuguese and Spanish
put an article before a familiar first name), so the word it also is ("la Vale": the valley)
stays unless the note names the person so.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.cues import LETTER, UPPER
from lvmh_pipeline.lib.privacy.names.guard import is_given_name, is_place_month_or_brand, is_vocabulary
from lvmh_pipeline.lib.privacy.names.occurrences.forms import _plain

__all__ = ["nickname_links"]

# An article or a quote before a capitalised word ("la Fede", "'a Gabi'", "o Zé", "el Nacho")
_MARKED = re.compile(
    rf"(?:(?<![{LETTER}])(?:la|il|lo|a|o|el|la|le)[ \t]+|['‘“«\"][ \t]*(?:(?:la|il|a|o|el)[ \t]+)?)"
    rf"([{UPPER}][{LETTER}]{{2,}})(?![{LETTER}])"
)
_WORD = re.compile(rf"[{UPPER}][{LETTER}'’]+(?:[ \t]+[{UPPER}][{LETTER}'’]+)?")


def _clipped(word: str, given: str) -> bool:
    """"fede" of "federica", "pati" of "patricia", "gabi" of "gabriela": the first three letters,
    then the others in order."""
    if len(word) < 3 or word == given or len(word) >= len(given) or not given.startswith(word[:3]):
        return False
    rest = iter(given[3:])
    return all(c in rest for c in word[3:])


def nickname_links(text: str, anchors: list[tuple[int, int]]) -> list[PiiSpan]:
    found = {text[s:e] for s, e in anchors if "[" not in text[s:e]}
    if not found:
        return []
    given = {_plain(w) for name in found for w in name.split() if len(w) >= 5 and is_given_name(w)}
    out = []
    if given:
        for m in _MARKED.finditer(text):
            word = _plain(m.group(1))
            if not any(_clipped(word, g) for g in given) or is_place_month_or_brand(m.group(1)):
                continue
            if is_vocabulary(m.group(1)) and not any(s - 12 < m.end() and m.start() < e + 12 for s, e in anchors):
                continue  # "la Fede cattolica" away from Federica: the word
            out.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    # "De Santis, no, Desantis": a particle surname found, written again in one word
    joined = {_plain(name.replace(" ", "")): name for name in found if " " in name.strip() and len(name) <= 30}
    if joined:
        for m in _WORD.finditer(text):
            w = m.group().split()[0]
            if _plain(w) in joined and w != joined[_plain(w)]:
                out.append(PiiSpan(m.start(), m.start() + len(w), "NAME"))
    return out + _arabic_compound_given(text, anchors)


# "جان بيير", "جان مارك": Jean- of a French compound given name in Arabic script (جان is a title too)
_JEAN = re.compile(r"(?<![\u0621-\u064a])جان[ \t]+$")


def _arabic_compound_given(text: str, anchors: list[tuple[int, int]]) -> list[PiiSpan]:
    out = []
    for start, end in anchors:
        if "\u0621" <= text[start : start + 1] <= "\u064a" or text[start:end] == "[NAME]":
            m = _JEAN.search(text, max(0, start - 6), start)
            if m:
                out.append(PiiSpan(m.start(), m.start() + 3, "NAME"))
    return out
