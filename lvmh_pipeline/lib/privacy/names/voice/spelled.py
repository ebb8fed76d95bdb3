"""A word spelt out letter by letter right after it is a name: "priya shah, s-h-a-h", "Frau Gül,
G-Ü-L", "hale, h a l e … no, H-A-L-E".

An advisor spells a family name (or an unusual given name) so that the record gets it right, and
spells nothing else: the word the letters spell, said just before them, is a person's name whatever
else it is (a word, a title, a name the lexicon lacks). The spelling itself is found with the name
(:func:`..occurrences.name_occurrences` takes a found name spelt out).
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.occurrences.forms import _plain

__all__ = ["spelled_names"]

_LETTERS = r"[^\W\d_]"
# letters joined by hyphens or dots ("s-h-a-h", "G.Ü.L"), three or more
_SPELLING = re.compile(rf"(?<![\w\-])(?:{_LETTERS}[\-.][ ]?){{2,}}{_LETTERS}(?![\w\-])")
_WORDS = re.compile(rf"{_LETTERS}[\w'’]*")


def spelled_names(text: str) -> list[PiiSpan]:
    """The word (up to three words back) that the letters after it spell out."""
    if "-" not in text and "." not in text:
        return []
    spans = []
    for m in _SPELLING.finditer(text):
        letters = _plain("".join(c for c in m.group() if c.isalpha()))
        if len(letters) < 3:
            continue
        window_start = max(0, m.start() - 40)
        for w in reversed(list(_WORDS.finditer(text, window_start, m.start()))):
            if _plain(w.group()) == letters:
                spans.append(PiiSpan(w.start(), w.end(), "NAME"))
                break
    return spans
