"""Surnames that open a note, a line or a sentence ("Keller, 45 Jahre, sucht …")."""

from __future__ import annotations

import re

from lvmh_pipeline.lib.common.text import line_matches
from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.cues import LETTER, is_initial, scan
from lvmh_pipeline.lib.privacy.names.guard import (
    AMBIGUOUS,
    COMMON,
    NAME,
    classify,
    fold,
    is_given_name,
    is_place_month_or_brand,
    is_surname,
)
from lvmh_pipeline.lib.privacy.names.guard_words import COLOURS_AND_MATERIALS
from lvmh_pipeline.lib.privacy.names.positions.checks import (
    _accept,
    _after_words,
    _known_subject,
    _person_word_after,
    _shape_ok,
    _words_at,
)
from lvmh_pipeline.lib.privacy.names.positions.dutch_openings import dutch_opening_surnames
from lvmh_pipeline.lib.privacy.names.positions.pairs import _LOWER_AFTER
from lvmh_pipeline.lib.privacy.names.positions.words import (
    _DETERMINER_AFTER,
    _IMPERATIVE_GIVEN,
    _LINE_START,
    _WORD_BEFORE,
    _ordinary,
)


_PREPOSITIONS = frozenset({"para", "pour", "per", "for", "für", "voor", "для", "pra", "à", "a"})


def leading_names(text: str) -> list[PiiSpan]:
    spans = []
    german = scan(text).german
    for line in line_matches(_LINE_START, text):  # at line starts only
        candidates = _words_at(text, line.end())
        if candidates and candidates[0].group().casefold() in _PREPOSITIONS:
            candidates = candidates[1:]  # "Para Luz, su hija": the name after the preposition
        note_start = not text[: line.start()].strip()
        # The longest run of words followed by a delimiter or an age: "Anna Keller, 57".
        while candidates:
            end = candidates[-1].end()
            age, kind, delimiter, mark = _after_words(text, end)
            words = [m.group() for m in candidates]
            if (age or delimiter) and _accept(
                words, kind, mark, note_start, german, person_after=_person_word_after(text, end)
            ):
                spans.append(PiiSpan(candidates[0].start(), end, "NAME"))
                break
            if note_start and _known_subject(text, words, end) and not (
                len(words) == 1 and words[0].casefold() in _IMPERATIVE_GIVEN and _DETERMINER_AFTER.match(text, end)
            ):
                spans.append(PiiSpan(candidates[0].start(), end, "NAME"))  # "Keller zoekt een tas"
                break
            candidates.pop()
        if line.end() >= len(text):
            break
    if ". " in text or "; " in text:
        spans += _sentence_start_names(text, german)
    if not german:
        spans += dutch_opening_surnames(text)
    return spans


def _known_person(words: list[str]) -> bool:
    """Known names (or names that are words too), no place, month, brand, colour or material."""
    cores = [w.split()[-1] for w in words if not is_initial(w)]
    return bool(cores) and _shape_ok(words) and all(
        classify(w) in (NAME, AMBIGUOUS) and not _ordinary(w) and not is_place_month_or_brand(w)
        and fold(w) not in COLOURS_AND_MATERIALS
        for w in cores
    )


_ABBREVIATION_BEFORE = re.compile(rf"(?<![{LETTER}])[{LETTER}]{{1,3}}\.$")  # "St. Barth", "Dr. …"


def _listed_surname(words: list[str]) -> bool:
    """Known surnames that are no ordinary word ("Ortega", "Anna Keller") opening a sentence
    before a comma and a lower-case word: a person, not "Paris, …" nor "Sin embargo, …"."""
    cores = [w.split()[-1] for w in words if not is_initial(w)]
    return (
        bool(cores)
        and len(cores[-1]) >= 4
        and is_surname(cores[-1])
        and _shape_ok(words)
        and all(classify(w) == NAME and not _ordinary(w) and not is_place_month_or_brand(w) for w in cores)
    )


# A sentence start inside a line: "Vino ayer. Iglesias, clienta habitual, …".
_SENTENCE_INSIDE = re.compile(r"[.!?;]([ \t]+)(?=[A-ZÀ-ÞА-ЯЁ])")  # group 1: the blanks


def _sentence_start_names(text: str, german: bool) -> list[PiiSpan]:
    """A name opening a sentence before a delimiter and a client, role or kin word ("…. Iglesias,
    clienta habitual", "…. Martín (cliente VIP)"), or before an age; not "…. Paris, 3 jours"."""
    spans = []
    for m in _SENTENCE_INSIDE.finditer(text):
        candidates = _words_at(text, m.end())
        first = candidates[0].group() if candidates else ""
        if first and not is_initial(first) and classify(first.split()[-1]) not in (NAME, AMBIGUOUS):
            continue  # both tests below want every word a known name: the first one is none
        while candidates:
            end = candidates[-1].end()
            age, kind, delimiter, mark = _after_words(text, end)
            words = [w.group() for w in candidates]
            person_after = bool(mark) and mark != ":" and _person_word_after(text, end)
            if (age or person_after) and _known_person(words):
                spans.append(PiiSpan(candidates[0].start(), end, "NAME"))
                break
            if (
                mark == ","
                and _LOWER_AFTER.match(text, delimiter.end())
                and not _ABBREVIATION_BEFORE.search(text, max(0, m.start(1) - 6), m.start(1))
                and _listed_surname(words)
            ):
                spans.append(PiiSpan(candidates[0].start(), end, "NAME"))  # "…. Ortega, muy puntual"
                break
            candidates.pop()
    return spans


def _extend_back(text: str, start: int) -> int:
    """Start of the name whose last word starts at ``start``: a given name or particle before."""
    m = _WORD_BEFORE.search(text[max(0, start - 40) : start])
    if not m:
        return start
    word = m.group(1) or ""
    if m.group(2) or (word and is_given_name(word) and classify(word) != COMMON):
        return start - (len(m.group()))
    return start
