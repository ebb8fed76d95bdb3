"""A family name that opens a voice note and is said again right after a title: "x, … señor x …",
"hmm x, monsieur x, …", "so die x, … frau x"; and one that opens it before an age in words, given
its capital by :mod:`..positions.lowercase` ("so X fifty three came in").

An advisor dictating a note often says the client's family name first, alone, then again with a
title. The title shows the second one is a name; the first, the same word at the note's opening
before a comma, is the same name, even where it is a word too ("moreno", "weiss", "leone") or the
lexicon lacks it. Both are names here, and only here: the word elsewhere stays ("a white dial").
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.guard_words import FUNCTION_WORDS
from lvmh_pipeline.lib.privacy.names.lexicon import TITLE_WORDS_LOWER, is_filler
from lvmh_pipeline.lib.privacy.names.guard import COMMON, classify, is_vocabulary
from lvmh_pipeline.lib.privacy.names.voice.lowercase_families import DICTATION_WORDS, is_age_word

__all__ = ["opening_before_age", "opening_said_again"]

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# an article a speaker may put before a family name ("die x", "la x")
_ARTICLES = frozenset("die der la el il le the de het".split())
_BLANK = re.compile(r"[ \t]+")
_COMMA_AFTER = re.compile(r"[ \t]*,")


def _opening(words: list) -> int | None:
    """The index of the note's first word after fillers, dictation words and one article."""
    i = 0
    while i < min(len(words), 4) and (is_filler(words[i].group()) or words[i].group().casefold() in DICTATION_WORDS):
        i += 1
    if i < len(words) - 1 and words[i].group().casefold() in _ARTICLES:
        i += 1
    return i if i < len(words) - 2 else None


def opening_said_again(text: str) -> list[PiiSpan]:
    """The opening word before a comma and its later occurrences right after a title (see the module)."""
    if "," not in text:
        return []
    words = list(_WORD.finditer(text[:400]))
    i = _opening(words)
    if i is None:
        return []
    first = words[i]
    word = first.group().casefold()
    if len(word) < 3 or word in FUNCTION_WORDS or is_filler(word) or not _COMMA_AFTER.match(text, first.end()):
        return []
    later = [
        w for k, w in enumerate(words[i + 2 :], i + 2)
        if w.group().casefold() == word and words[k - 1].group().casefold() in TITLE_WORDS_LOWER
        and _BLANK.fullmatch(text, words[k - 1].end(), w.start()) is not None
    ]
    if not later:
        return []
    return [PiiSpan(w.start(), w.end(), "NAME") for w in (first, *later)]


def opening_before_age(text: str) -> list[PiiSpan]:
    """The note's first word after fillers, capitalised, no ordinary word, right before an age in words
    with a blank between ("so X fifty three"; with a comma the rules of :mod:`..positions` read it)."""
    words = list(_WORD.finditer(text[:200]))
    i = 0
    while i < min(len(words), 4) and (is_filler(words[i].group()) or words[i].group().casefold() in DICTATION_WORDS):
        i += 1
    if i + 1 >= len(words) or not words[i].group()[:1].isupper() or len(words[i].group()) < 4:
        return []
    first, age = words[i], words[i + 1]
    word = first.group()
    if _BLANK.fullmatch(text, first.end(), age.start()) is None or not is_age_word(age.group()):
        return []
    if classify(word) == COMMON or is_vocabulary(word) or word.casefold() in FUNCTION_WORDS:
        return []
    return [PiiSpan(first.start(), first.end(), "NAME")]
