"""A name written in another script than the note's: a note in Latin letters that opens with a
Hangul, Arabic, Han, kana or Cyrillic name before a pause ("최 유나, also Frau Choi, …", "سلمى, eh,
mevrouw …"), or gives that spelling after a word restating whom it means ("met zijn vrouw, dus
美玲,", "la moglie, cioè 美玲, …", "his wife, i.e. 秀兰").

Only where the rest of the note is in Latin letters (an engraving or a product name in another
script sits inside a sentence, not at the note's start or after "i.e."); one to three words of
one script, a Han or kana name of two to six characters.

In a note of any script, a word of Arabic, Hangul, Cyrillic or katakana letters glossed by a listed
given name in Latin letters in brackets is that name, both spellings ("لحفيدته سيلين (Céline)"); a given
name that is an ordinary word too only after a kin word ("ورد (Rose)" is a flower).
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.guard import fold, is_given_name, is_vocabulary
from lvmh_pipeline.lib.privacy.names.lexicon import ARABIC_KIN_WORDS, KIN_WORDS
from lvmh_pipeline.lib.privacy.names.guard_words import PLACES

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
    """Names in another script than a Latin note's, at its opening or after a restating word; a
    name in any other script than Latin glossed by its Latin spelling (:func:`glossed_names`)."""
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
    if "(" in text or "（" in text:
        spans += glossed_names(text)  # "لحفيدته سيلين (Céline)"
    return spans


# A word of another script, then its Latin spelling in brackets: "سيلين (Céline)", "Хлоя (Chloé)", "클로이(Chloé)"
_GLOSSED = re.compile(
    r"(?<![\w\u0621-\u064A])([\u0621-\u064A]{2,12}|[가-힣]{2,6}|[А-ЯЁ][а-яё]{1,14}|[\u30a1-\u30fa\u30fc]{2,10})"
    r"[ \t]?[(（][ \t]*([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’\-]+)[ \t]*[)）]"
)


def glossed_names(text: str) -> list[PiiSpan]:
    """A given name written in another script with its Latin spelling in brackets after it: both
    are the name, a brand's name too ("سيلين (Céline)"); not a place ("دبي (Dubai)"), a word that is no
    given name ("كريم (Crème)") nor an ordinary word of the other script ("وردة (Rose)": the flower)."""
    spans = []
    for m in _GLOSSED.finditer(text):
        latin = m.group(2)
        if not is_given_name(latin) or fold(latin) in PLACES:
            continue
        if is_vocabulary(latin) and not _kin_before(text, m.start(1)):
            continue  # "ورد (Rose)", "로즈(Rose)": a flower, a colour; "لحفيدته سيلين (Céline)": his granddaughter
        from lvmh_pipeline.lib.privacy.names.links.words import _foreign_ok  # (links import this package)

        if _foreign_ok(m.group(1)):
            spans += [PiiSpan(m.start(1), m.end(1), "NAME"), PiiSpan(m.start(2), m.end(2), "NAME")]
    return spans


_WORD_BEFORE = re.compile(r"(\S+)[ \t]+$")


def _kin_before(text: str, start: int) -> bool:
    """A kin word right before ``start`` ("لابنته", "дочь", "daughter"), an Arabic proclitic glued to it."""
    m = _WORD_BEFORE.search(text, max(0, start - 24), start)
    if not m:
        return False
    word = m.group(1)
    return word in KIN_WORDS or word in ARABIC_KIN_WORDS or word[:1] in "لوبف" and word[1:] in ARABIC_KIN_WORDS
