"""A given name set off by commas right after a titled surname found: "el señor Levi, Isaac, eh,
que …", "Mrs Okoro, Adaeze, uh, wants …", "Herr Brandt, Jonas, ähm, kommt …".

The title before the surname says a person is named; the word between the commas is the rest of
the name when it is a known given name before a lower-case word, or any other word the speaker
hesitates after — not a place, a month, a brand or an ordinary word ("Mr Hale, London, …", "Mme
Roy, Noël, …", "Mrs Hale, Senior, asked …" stay).
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.cues import LETTER, UPPER
from lvmh_pipeline.lib.privacy.names.guard import (
    COMMON, NAME, classify, is_given_name, is_place_month_or_brand, is_vocabulary,
)
from lvmh_pipeline.lib.privacy.names.lexicon import TITLE_WORDS_LOWER, is_filler
from lvmh_pipeline.lib.privacy.names.positions.words import _ordinary

__all__ = ["apposed_given_names"]

_APPOSED = re.compile(
    rf"[ \t]*,[ \t]+([{UPPER}][{LETTER}]{{2,}}(?:-[{UPPER}][{LETTER}]+)?),[ \t]+(?=[a-zß-ÿа-яё])"
)
_NEXT = re.compile(rf"([{LETTER}]+)")
_TITLE_BEFORE = re.compile(rf"(?<![{LETTER}])([{LETTER}]+\.?)[ \t]+$")


def apposed_given_names(text: str, ordered: list[tuple[int, int]]) -> list[PiiSpan]:
    """Given names between commas after a surname that follows a title (see the module)."""
    out = []
    for start, end in ordered:
        m = _APPOSED.match(text, end)
        if not m:
            continue
        title = _TITLE_BEFORE.search(text, max(0, start - 20), start)
        if not title or title.group(1).casefold().rstrip(".") not in TITLE_WORDS_LOWER:
            continue
        word = m.group(1)
        if classify(word) == COMMON or _ordinary(word) or is_vocabulary(word) or is_place_month_or_brand(word):
            continue
        nxt = _NEXT.match(text, m.end())
        if not (is_given_name(word) and classify(word) == NAME or nxt and is_filler(nxt.group(1))):
            continue  # "Mrs Hale, Senior, asked …": an unknown word needs the speaker's hesitation after it
        out.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    return out
