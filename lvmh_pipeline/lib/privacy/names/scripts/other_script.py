"""A name written in another script than the note's: a note in Latin letters that opens with a
Hangul, Arabic, Han, kana or Cyrillic name before a pause ("최 유나, also Frau Choi, …", "سلمى, eh,
mevrouw …"), or gives that spelling after a word restating whom it means ("met zijn vrouw, dus
美玲,", "la moglie, cioè 美玲, …", "his wife, i.e. 秀兰").

Only where the rest of the note is in Latin letters (an engraving or a product name in another
script sits inside a sentence, not at the note's start or after "i.e."); one to three words of
one script, a Han or kana name of two to six characters.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan

_SCRIPTS = (
    r"[가-힣]{1,4}(?:[ \t]+[가-힣]{1,4}){0,2}",  # "최 유나": a surname written apart
    r"[\u0621-\u064A]{2,12}(?:[ \t]+[\u0621-\u064A]{2,12}){0,2}",
    r"[\u3041-\u30ff\u4e00-\u9fff々]{2,6}",
    r"[А-ЯЁ][а-яё]{1,14}(?:[ \t]+[А-ЯЁ][а-яё]{1,14}){0,2}",
)
_RUN = "(?:" + "|".join(_SCRIPTS) + ")"
_OPENING = re.compile(rf"^[ \t\"'“‘]*({_RUN})(?=[ \t]*(?:[,;:(—–]|-[ \t]))")
# "i.e.", "that is", "cioè", "ossia", "also", "d.h.", "dus", "c'est-à-dire", "o sea", "es decir", "ou seja"
_RESTATING = re.compile(
    r"(?<![A-Za-zÀ-ÿ])(?:i\.e\.|that is|cioè|ossia|also|d\.h\.|dus|c['’]est-à-dire|o sea|es decir|ou seja|ou melhor)"
    rf",?[ \t]+({_RUN})(?=[ \t]*[,;:()—–.\n]|[ \t]+[A-Za-zÀ-ÿ]|$)"
)
_CUES = ("i.e.", "that is", "cioè", "ossia", "also", "d.h.", "dus", "est-à-dire", "o sea", "es decir", "ou seja", "ou melhor")
_LATIN = re.compile(r"[A-Za-zÀ-ÿ]")
_OTHER = re.compile(r"[가-힣\u0621-\u064A\u3041-\u30ff\u4e00-\u9fffА-Яа-яЁё]")


def _latin_note(text: str, run: str) -> bool:
    """Whether the note, but for ``run``, is written in Latin letters."""
    latin = len(_LATIN.findall(text))
    return latin >= 20 and len(_OTHER.findall(text)) - len(_OTHER.findall(run)) <= latin // 10


def other_script_names(text: str) -> list[PiiSpan]:
    """Names in another script than a Latin note's, at its opening or after a restating word."""
    head = text.lstrip(" \t\"'“‘")[:1]
    spans = []
    if head and _OTHER.match(head):
        m = _OPENING.match(text)
        if m and _latin_note(text, m.group(1)):
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    if any(c in text for c in _CUES):
        spans += [
            PiiSpan(m.start(1), m.end(1), "NAME") for m in _RESTATING.finditer(text) if _latin_note(text, m.group(1))
        ]
    return spans
