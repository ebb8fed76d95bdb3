"""Dictionary matching of taxonomy aliases with Aho-Corasick automata (one per note language).

Alphabetic notes are matched on ``" " + folded text + " "`` with aliases padded by spaces,
so word boundaries cost nothing: folding turns every separator into a space. Aliases in
CJK/Hangul/Arabic script are matched unpadded (no word boundaries: Japanese, Chinese and
Korean have no spaces, Arabic glues articles and prepositions to words). Notes in those
languages are matched unpadded and Latin aliases inside them get an explicit boundary check.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from lvmh_pipeline.lib.common.text import (
    DENSE_LANGUAGES,
    NormalizedText,
    is_arabic_char,
    is_word_char,
    uses_word_boundaries,
    word_end,
)
from lvmh_pipeline.lib.concepts.common_words import load_common_words
from lvmh_pipeline.lib.concepts.taxonomy import (
    ANY_LANGUAGE,
    DICTIONARY_MATCHERS,
    LANGUAGES,
    AliasPattern,
    Taxonomy,
    alias_pattern,
    load_taxonomy,
)

__all__ = ["AliasMatch", "AliasMatcher", "PhraseFinder", "get_matcher"]

STEM_CONFIDENCE = 0.9  # a stem alias ("vegetari*") may catch an unrelated word
FOREIGN_CONFIDENCE = 0.9  # an alias of another language than the note's (code-switching)
_MIN_FOREIGN_STEM = 6  # a stem shorter than this only matches in its own language
_MIN_FOREIGN_LETTERS = 4  # likewise a shorter alias ("a.s.", "tas", "oro")
# A hit right after one of these titles is a person's name ("Mme Blanc", "Signora Rossi").
_HONORIFICS = (
    "m mme mmes mlle madame monsieur mr mrs ms miss mister dr sir lady lord dame herr frau "
    "signora signor sig sigra sr sra srta dona senor senora mevrouw meneer dhr mevr "
    "господин госпожа"
).split()
_TITLE = -1  # automaton value marking a title
_TITLE_GAP_BREAK = re.compile(r"[,;:!?\n]")  # "M. Blanc" is a name, "... Mr, black" is not


@dataclass(frozen=True, slots=True)
class _Candidate:
    concept: int
    offset: int  # folded-text start = automaton end index + 1 - offset
    length: int  # alias length in folded characters
    stem: bool
    exact: str | None
    check_bounds: bool
    arabic: bool = False  # Arabic alias: the match extends over glued suffixes (ة, ها)
    foreign: bool = False  # an alias of another language than the note's

    @property
    def confidence(self) -> float:
        return min(STEM_CONFIDENCE if self.stem else 1.0, FOREIGN_CONFIDENCE if self.foreign else 1.0)


# One alias occurrence: (start, end, concept index into ``Taxonomy.concepts``, confidence),
# offsets in folded-text coordinates. A plain tuple: notes carry dozens of them.
AliasMatch = tuple[int, int, int, float]
# (language of the alias, concept index, parsed alias) of every dictionary alias of one layer.
_Alias = tuple[str, int, AliasPattern]


class AliasMatcher:
    """Finds taxonomy aliases in normalized notes; automata are built lazily per language.

    A note in a known language is matched with its own language's aliases (and ``*``) plus,
    for code-switched phrases ("vegan for dinners" in a Portuguese note), every other
    language's aliases that cannot be misread in it: the alias names one concept in every
    language, it is not a common word of the note's language (nor of English, the language
    notes switch to), written in an alphabetic script (a CJK or Arabic alias stays in its own
    language), long enough (short words and stems stay in their own language). The note's
    own language wins ties. ``?`` aliases form a second layer (``licensed=True``), matched
    only where an allergy cue licenses them.
    """

    def __init__(self, taxonomy: Taxonomy, common_words: Mapping[str, frozenset[str]] | None = None) -> None:
        self.taxonomy = taxonomy
        self._common = load_common_words() if common_words is None else common_words
        self._automata: dict[tuple[str, bool], tuple[ahocorasick.Automaton, bool]] = {}
        self._layers: dict[bool, tuple[list[_Alias], dict[str, set[int]]]] = {}

    def _layer(self, licensed: bool) -> tuple[list[_Alias], dict[str, set[int]]]:
        """The aliases of one layer and, per folded key, the concepts it names in any language."""
        if licensed not in self._layers:
            aliases: list[_Alias] = []
            owners: dict[str, set[int]] = {}
            for index, concept in enumerate(self.taxonomy.concepts):
                if concept.matcher not in DICTIONARY_MATCHERS:
                    continue
                for language, values in concept.aliases.items():
                    for alias in values:
                        pattern = alias_pattern(alias)
                        if pattern.licensed != licensed:
                            continue
                        aliases.append((language, index, pattern))
                        if pattern.exact is None:
                            for key in pattern.keys:
                                owners.setdefault(key, set()).add(index)
            self._layers[licensed] = (aliases, owners)
        return self._layers[licensed]

    def _crosses(self, alias: _Alias, note_language: str, owners: dict[str, set[int]]) -> bool:
        """May this alias of another language match in a note written in ``note_language``?"""
        language, index, pattern = alias
        if pattern.exact is None and any(owners[key] != {index} for key in pattern.keys):
            return False  # names another concept in some language
        if pattern.dense:
            # a CJK / Arabic phrase inside a note in another language is rare, and thousands of
            # distinct first characters at the automaton's root slow every note down (2x)
            return False
        english = language != "EN"
        for key in pattern.keys:
            if len(key) - key.count(" ") < _MIN_FOREIGN_LETTERS or (pattern.stem and len(key) < _MIN_FOREIGN_STEM):
                return False
            common = [self._common.get(word, frozenset()) for word in key.split()]
            if all(note_language in c for c in common) or (english and all("EN" in c for c in common)):
                return False
        return True

    def _build(self, language: str, licensed: bool) -> tuple[ahocorasick.Automaton, bool]:
        padded = uses_word_boundaries(language)
        aliases, owners = self._layer(licensed)
        every = language not in LANGUAGES  # unknown language: every alias, ambiguous ones skipped
        entries: dict[str, list[_Candidate]] = {}
        ambiguous: dict[str, set[int]] = {}
        own = [a for a in aliases if every or a[0] in (language, ANY_LANGUAGE)]
        foreign = [] if every else [a for a in aliases if a[0] not in (language, ANY_LANGUAGE)]
        for group, is_foreign in ((own, False), (foreign, True)):
            for alias in group:
                _, index, pattern = alias
                if is_foreign and not self._crosses(alias, language, owners):
                    continue
                for key in pattern.keys:
                    pad = padded and not pattern.dense
                    search = f" {key}" + ("" if pattern.stem else " ") if pad else key
                    if is_foreign and search in entries:
                        continue  # the note's own language wins
                    candidate = _Candidate(
                        index,
                        offset=len(search) - (1 if pad else 0),
                        length=len(key),
                        stem=pattern.stem,
                        exact=pattern.exact,
                        check_bounds=not pad and not pattern.dense,
                        arabic=pattern.dense and is_arabic_char(key[-1]),
                        foreign=is_foreign,
                    )
                    bucket = entries.setdefault(search, [])
                    if all(c != candidate for c in bucket):
                        bucket.append(candidate)
                    if pattern.exact is None and every:
                        ambiguous.setdefault(search, set()).add(index)
        automaton = ahocorasick.Automaton()
        for search, candidates in entries.items():
            if len(ambiguous.get(search, ())) > 1:  # only in the all-languages scope
                candidates = [c for c in candidates if c.exact is not None]
                if not candidates:
                    continue
            # case-sensitive candidates are tried first, the case-insensitive one last
            candidates.sort(key=lambda c: c.exact is None)
            only = candidates[0]
            plain = not (only.stem or only.exact or only.check_bounds or only.arabic or only.foreign)
            if len(candidates) == 1 and plain and only.length < 256:
                # the common case packed in one int: concept, offset, length
                automaton.add_word(search, (only.concept << 16) | (only.offset << 8) | only.length)
            else:
                automaton.add_word(search, tuple(candidates))
        if padded and not licensed:
            for title in _HONORIFICS:
                if f" {title} " not in entries:
                    automaton.add_word(f" {title} ", _TITLE)
        if len(automaton):
            automaton.make_automaton()
        return automaton, padded

    def automaton(self, language: str | None, licensed: bool = False) -> tuple[ahocorasick.Automaton, bool]:
        """The automaton for ``language`` (every language's aliases when unknown)."""
        key = (language or "").upper()
        key = key if key in LANGUAGES else "*"
        if (key, licensed) not in self._automata:
            self._automata[key, licensed] = self._build(key, licensed)
        return self._automata[key, licensed]

    def find(self, normalized: NormalizedText, language: str | None, *, licensed: bool = False) -> list[AliasMatch]:
        """Every alias occurrence, with nested (contained) matches removed; ``licensed``:
        the ``?`` aliases instead of the plain ones."""
        automaton, padded = self.automaton(language, licensed)
        folded = normalized.folded
        if not folded or automaton.kind != ahocorasick.AHOCORASICK:
            return []
        haystack = f" {folded} " if padded else folded
        shift = 1 if padded else 0
        size = len(folded)
        after_title: set[int] = set()
        found: list[AliasMatch] = []  # plain matches, nested ones dropped on the fly
        extra: list[AliasMatch] = []  # stem / case-sensitive / bounded matches
        last_start = last_end = -1
        for end_index, value in automaton.iter(haystack):
            if value.__class__ is not int:
                hit = _first_valid(normalized, value, end_index + 1 - shift)
                if hit is not None and hit[0] not in after_title:
                    extra.append(hit)
                continue
            if value == _TITLE:  # "Mme Blanc", "Herr Weiss": the next word is a name ...
                title_end = end_index - shift  # the space (or "." / ",") after the title
                following = title_end
                while following < size and folded[following] == " ":
                    following += 1
                o_start, o_end = normalized.to_original(title_end, following)
                # ... unless it is written in lower case ("la señora no toma alcohol",
                # "Monsieur pescétarien"): names are capitalised
                if not _TITLE_GAP_BREAK.search(normalized.original, o_start, o_end) and o_end < len(
                    normalized.original
                ) and normalized.original[o_end].isupper():
                    after_title.add(following)
                continue
            start = end_index + 1 - ((value >> 8) & 0xFF) - shift
            end = start + (value & 0xFF)
            if start in after_title:
                continue
            # matches arrive by increasing end: a nested one shares the previous end, or
            # swallows the previous ones ("mariage" inside "anniversaire mariage")
            if end == last_end and start >= last_start:
                continue
            while found and found[-1][0] >= start:
                found.pop()
            found.append((start, end, value >> 16, 1.0))
            last_start, last_end = start, end
        return _merge(found, extra) if extra else found


def _first_valid(normalized: NormalizedText, candidates: tuple[_Candidate, ...], stop: int) -> AliasMatch | None:
    """The first candidate that passes its boundary / case checks at this position."""
    folded = normalized.folded
    size = len(folded)
    for cand in candidates:
        start = stop - cand.offset
        end = start + cand.length
        if cand.check_bounds and (
            (start > 0 and is_word_char(folded[start - 1]))
            or (not cand.stem and end < size and is_word_char(folded[end]))
        ):
            continue
        if cand.stem or cand.arabic:
            end = word_end(folded, end)
        if cand.exact is not None:
            o_start, o_end = normalized.to_original(start, end)
            if not _same_case(normalized.original, o_start, o_end, cand.exact):
                continue
        return (start, end, cand.concept, cand.confidence)
    return None


def _same_case(text: str, start: int, end: int, exact: str) -> bool:
    """The text equals a case-sensitive alias; at a sentence start a capital first letter is
    grammar, not a proper noun ("Bordeaux préféré." is the colour)."""
    found = text[start:end]
    if found == exact:
        return True
    before = text[:start].rstrip()
    sentence_start = not before or before[-1] in ".!?;:\n"
    return sentence_start and exact[:1].islower() and found == exact[:1].upper() + exact[1:]


def _merge(found: list[AliasMatch], extra: list[AliasMatch]) -> list[AliasMatch]:
    """Insert the few ``extra`` matches into the sorted, non-nested ``found`` list, keeping
    it non-nested; on equal spans the plain (exact) alias wins over a stem."""
    for hit in _drop_nested(extra):
        start, end = hit[0], hit[1]
        i = bisect_left(found, (start,))
        if i > 0 and found[i - 1][1] >= end:
            continue  # inside the previous match
        if i < len(found) and found[i][0] == start and found[i][1] >= end:
            continue  # inside (or equal to) the match starting at the same place
        j = i
        while j < len(found) and found[j][1] <= end:
            j += 1  # matches nested in this one
        found[i:j] = [hit]
    return found


def _drop_nested(matches: list[AliasMatch]) -> list[AliasMatch]:
    """Keep the longest match where one lies inside another ("anniversaire mariage" beats
    "mariage"); partial overlaps are both kept ("VIP clients" / "clients since 2017")."""
    if len(matches) < 2:
        return matches
    matches.sort(key=lambda m: (m[0], -m[1], -m[3], m[2]))  # longest, then exact over stem
    kept = []
    reach = -1  # furthest end among matches starting at or before the current one
    for match in matches:
        if match[1] <= reach:
            continue
        kept.append(match)
        reach = match[1]
    return kept


class PhraseFinder:
    """Occurrences of a small list of aliases (same syntax as the taxonomy) in folded text:
    whole words, stems, CJK/Arabic phrases (those without word boundaries unless
    ``bounded``). Used for budget keywords, flexibility words and month names, where a regex
    alternation would cost a scan of every position. ``values`` (parallel to ``aliases``)
    are returned with each occurrence."""

    def __init__(self, aliases: Iterable[str], values: Iterable[object] | None = None, *, bounded: bool = False) -> None:
        self._automaton = ahocorasick.Automaton()
        aliases = list(aliases)
        payloads = list(values) if values is not None else [None] * len(aliases)
        for alias, value in zip(aliases, payloads, strict=True):
            pattern = alias_pattern(alias)
            for key in pattern.keys:
                padded = bounded or not pattern.dense
                search = (f" {key}" + ("" if pattern.stem else " ")) if padded else key
                self._automaton.add_word(search, (len(search), 1 if padded else 0, len(key), pattern.stem, value))
        self._empty = not aliases
        if aliases:
            self._automaton.make_automaton()

    def find(self, folded: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, object]]:
        """(start, end, value) of every occurrence inside ``folded[start:end]``, in order."""
        stop = len(folded) if end is None else end
        if self._empty or stop <= start:
            return []
        haystack = f" {folded[start:stop]} "
        found = []
        for end_index, (size, lead, length, stem, value) in self._automaton.iter(haystack):
            first = end_index + 1 - size + lead  # haystack offset of the alias
            last = first + length
            if stem or (lead == 0 and is_arabic_char(haystack[last - 1])):
                last = min(word_end(haystack, last), len(haystack) - 1)
            found.append((first - 1 + start, last - 1 + start, value))
        found.sort()  # stems can end after a later match; (start, end) never tie
        return found


def get_matcher(taxonomy: Taxonomy | None = None) -> AliasMatcher:
    """The shared matcher of ``taxonomy`` (the shipped one by default)."""
    return _matcher_for(taxonomy or load_taxonomy())


@lru_cache(maxsize=8)
def _matcher_for(taxonomy: Taxonomy) -> AliasMatcher:
    return AliasMatcher(taxonomy)
