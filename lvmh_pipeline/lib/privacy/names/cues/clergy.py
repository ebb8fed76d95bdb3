"""Names after a clerical title ("Father Kieran, he's retiring", "Padre Anselmo", "Sœur Marie-Claire",
"о. Сергий").

A priest, a monk or a nun is called by a title and a given name; the title is a kin word too
("Father", "Sister", "Padre", "Madre"), which the kin rules take only after a possessive ("her
father Kieran"). Capitalised before a capitalised word, in the middle of a sentence too ("her
parish priest, Father Kieran,"), it is the title: the word after it is the person when it is a
known given name or a word missing from the lexicon, closed by punctuation or a lower-case word,
and no ordinary word, place, month, brand or holiday ("Father Christmas", "Mother Nature", "Padre
Nuestro").
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.cues.words import LETTER, UPPER
from lvmh_pipeline.lib.privacy.names.guard import (
    AMBIGUOUS, COMMON, NAME, UNKNOWN, classify, fold, is_famous, is_given_name, is_place_month_or_brand, is_vocabulary,
)

__all__ = ["clergy_names"]

_TITLES = (
    "Father|Sister|Brother|Mother|Friar|Padre|Fray|Sor|Suor|Fra|Frate|Frei|Irmã|Irmão|Madre|Père|Sœur|Soeur"
    "|Frère|Mère|Pater|Zuster|Broeder|Pastoor|Abbé|Mgr|Monseigneur|Monsignor|Monsignore"
)
_GATE = tuple(_TITLES.split("|"))
_CLERGY = re.compile(
    rf"(?<![{LETTER}\-'’.])(?:{_TITLES})[ \t]+(?P<name>[{UPPER}][{LETTER}]+(?:-[{UPPER}][{LETTER}]+)?)"
    rf"(?=(?:['’]s(?![{LETTER}]))?(?:[ \t]*(?:[,;:.()!?—–]|$|\n)|[ \t]+[a-zà-ÿ]))"
)
# Words after such a title that name no one: holidays, prayers, personifications
_NOT_PERSONS = frozenset(
    "christmas time nature earth superior general church nostro nuestro noël noel natale navidad natal fouettard "
    "ignoto anonymous unknown".split()
)


# Russian: "отец Сергий", "о. Алексий", "матушка Ксения" — a church name after "о." (also "island")
# only when it is a known given name or has a church name's ending
_RU_CLERGY = re.compile(
    r"(?<![а-яёА-ЯЁ\-.])(?P<title>о\.|[Оо]тец|[Бб]атюшка|[Мм]атушка|[Ии]гумен|[Ии]гуменья|[Аа]рхимандрит|[Пп]ротоиерей|"
    r"[Ии]ерей|[Дд]иакон|[Мм]онахиня|[Сс]вященник)[ \t]+(?P<name>[А-ЯЁ][а-яё]{2,})(?![а-яё\-])"
)


def _russian_clergy(text: str) -> list[PiiSpan]:
    spans = []
    for m in _RU_CLERGY.finditer(text):
        word = m.group("name")
        if classify(word) == COMMON or is_place_month_or_brand(word):
            continue
        if m.group("title") == "о." and not (is_given_name(word) or word.endswith("ий")):
            continue  # "о. Бали": an island
        spans.append(PiiSpan(m.start("name"), m.end("name"), "NAME"))
    return spans


def clergy_names(text: str) -> list[PiiSpan]:
    spans = _russian_clergy(text) if any("а" <= c <= "я" for c in text[:300]) else []
    if not any(t in text for t in _GATE):
        return spans
    for m in _CLERGY.finditer(text):
        word = m.group("name")
        kind = classify(word)
        if fold(word) in _NOT_PERSONS or is_place_month_or_brand(word) or is_famous(m.group()):
            continue
        if kind == COMMON or kind == AMBIGUOUS and not is_given_name(word):
            continue
        if kind == UNKNOWN and (is_vocabulary(word) or len(word) < 3 or word.isupper()):
            continue
        if kind == NAME or kind == AMBIGUOUS or kind == UNKNOWN:
            spans.append(PiiSpan(m.start("name"), m.end("name"), "NAME"))
    return spans
