"""Dictionary matching of taxonomy aliases with Aho-Corasick automata.

Alphabetic notes are matched on ``" " + folded text + " "`` with aliases padded by spaces,
so word boundaries cost nothing: folding turns every separator into a space. Aliases in
CJK/Hangul/Arabic script are matched unpadded (no word boundaries: Japanese, Chinese and
Korean have no spaces, Arabic glues articles and prepositions to words). Notes in those
languages are matched unpadded and Latin aliases inside them get an explicit boundary check.

The eight alphabetic note languages share one automaton: each key holds one value per
language (``None`` where the key is no alias of that language), so a process builds and
keeps a single trie for them. JA, ZH, KO and AR notes get one automaton each (their many
distinct first characters would slow every other note's scan down), as do notes of an
unknown language.
"""

from __future__ import annotations

import gc
import re
from bisect import bisect_left
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import NamedTuple

import ahocorasick

from lvmh_pipeline.lib.common.text import (
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
_SHARED = tuple(lang for lang in LANGUAGES if uses_word_boundaries(lang))  # one automaton for these
_UNKNOWN = "*"  # the scope of notes in an unknown language: every language's aliases


class _Candidate(NamedTuple):
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
# An automaton value: the packed int of a plain alias, a tuple of candidates, or _TITLE.
_Value = int | tuple[_Candidate, ...]


class _Key(NamedTuple):
    """One search string of a dictionary alias, in padded (alphabetic) or unpadded notes."""

    search: str
    own: _Candidate  # in a note of the alias's language
    foreign: tuple[_Candidate, ...]  # the automaton value in a note of a language it crosses into
    exact: bool  # case-sensitive


class _Layer:
    """The aliases of one layer (plain or ``?``), parsed once: per note language, the keys of
    its own aliases, and the keys of every alias with the note languages it crosses into."""

    def __init__(self, aliases: list[tuple[str, int, AliasPattern, frozenset[str]]]) -> None:
        self._aliases = aliases
        self._keys: dict[bool, list[list[_Key]]] = {}  # per padded-ness, per alias
        self._by_language: dict[str, list[int]] = {}  # positions of each language's aliases
        for position, alias in enumerate(aliases):
            self._by_language.setdefault(alias[0], []).append(position)

    def keys(self, padded: bool) -> list[list[_Key]]:
        if padded not in self._keys:
            self._keys[padded] = [_keys(index, pattern, padded, bool(crossing)) for _, index, pattern, crossing in self._aliases]
        return self._keys[padded]

    def own(self, language: str, padded: bool) -> list[tuple[int, _Key]]:
        """(concept, key) of the aliases of ``language`` and ``*`` (every alias for ``*``), in order."""
        keys = self.keys(padded)
        if language in LANGUAGES:
            positions = sorted(self._by_language.get(language, []) + self._by_language.get(ANY_LANGUAGE, []))
        else:
            positions = range(len(self._aliases))
        return [(self._aliases[p][1], key) for p in positions for key in keys[p]]

    def crossing(self, padded: bool) -> list[tuple[_Key, frozenset[str]]]:
        """(key, note languages it crosses into) of every alias that crosses, in order."""
        return [(key, alias[3]) for alias, keys in zip(self._aliases, self.keys(padded)) if alias[3] for key in keys]


def _keys(index: int, pattern: AliasPattern, padded: bool, crosses: bool) -> list[_Key]:
    pad = padded and not pattern.dense
    stem, exact, dense = pattern.stem, pattern.exact, pattern.dense
    keys = []
    for key in pattern.keys:
        search = f" {key}" + ("" if stem else " ") if pad else key
        fields = (index, len(search) - (1 if pad else 0), len(key), stem, exact, not pad and not dense,
                  dense and is_arabic_char(key[-1]))
        foreign = (_Candidate(*fields, True),) if crosses else ()
        keys.append(_Key(search, _Candidate(*fields, False), foreign, exact is not None))
    return keys


class AliasMatcher:
    """Finds taxonomy aliases in normalized notes; automata are built lazily.

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
        # (scope, licensed) -> (automaton, padded, slot of each language in the values)
        self._automata: dict[tuple[str, bool], tuple[ahocorasick.Automaton, bool, dict[str, int]]] = {}
        self._layers: dict[bool, _Layer] = {}

    def _layer(self, licensed: bool) -> _Layer:
        if licensed not in self._layers:
            parsed: list[tuple[str, int, AliasPattern]] = []
            owners: dict[str, set[int]] = {}  # per folded key, the concepts it names in any language
            for index, concept in enumerate(self.taxonomy.concepts):
                if concept.matcher not in DICTIONARY_MATCHERS:
                    continue
                for language, values in concept.aliases.items():
                    for alias in values:
                        pattern = alias_pattern(alias)
                        if pattern.licensed != licensed:
                            continue
                        parsed.append((language, index, pattern))
                        if pattern.exact is None:
                            for key in pattern.keys:
                                owners.setdefault(key, set()).add(index)
            self._layers[licensed] = _Layer([(*alias, self._crossing(*alias, owners)) for alias in parsed])
        return self._layers[licensed]

    def _crossing(self, language: str, index: int, pattern: AliasPattern, owners: dict[str, set[int]]) -> frozenset[str]:
        """The note languages (other than its own) in which this alias may match."""
        if language == ANY_LANGUAGE:
            return frozenset()  # matched in every language already
        if pattern.exact is None and any(owners[key] != {index} for key in pattern.keys):
            return frozenset()  # names another concept in some language
        if pattern.dense:
            # a CJK / Arabic phrase inside a note in another language is rare, and thousands of
            # distinct first characters at the automaton's root slow every note down (2x)
            return frozenset()
        blocked: set[str] = set()  # note languages in which every word of a key is common
        for key in pattern.keys:
            if len(key) - key.count(" ") < _MIN_FOREIGN_LETTERS or (pattern.stem and len(key) < _MIN_FOREIGN_STEM):
                return frozenset()
            common = [self._common.get(word, frozenset()) for word in key.split()]
            if language != "EN" and all("EN" in c for c in common):
                return frozenset()
            everywhere = set(common[0])  # the languages in which each word of the key is common
            for languages in common[1:]:
                everywhere &= languages
            blocked |= everywhere
        return frozenset(LANGUAGES) - blocked - {language}

    def _own_values(self, language: str, licensed: bool) -> tuple[dict[str, _Value], set[str]]:
        """Search string -> automaton value of the aliases of ``language`` (every language's
        for ``*``, ambiguous ones skipped), and every search string they hold."""
        every = language not in LANGUAGES
        entries: dict[str, list[_Candidate]] = {}
        ambiguous: dict[str, set[int]] = {}
        for index, key in self._layer(licensed).own(language, uses_word_boundaries(language)):
            bucket = entries.setdefault(key.search, [])
            if key.own not in bucket:
                bucket.append(key.own)
            if every and not key.exact:
                ambiguous.setdefault(key.search, set()).add(index)
        values: dict[str, _Value] = {}
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
                values[search] = (only.concept << 16) | (only.offset << 8) | only.length
            else:
                values[search] = tuple(candidates)
        return values, set(entries)

    def _build(self, languages: tuple[str, ...], licensed: bool) -> None:
        """One automaton for notes in any of ``languages``: each key holds a value per language
        (None where it is no alias of that language)."""
        padded = uses_word_boundaries(languages[0])
        slots = {language: slot for slot, language in enumerate(languages)}
        merged: dict[str, list[_Value | None]] = {}
        taken: dict[str, set[str]] = {}
        for language, slot in slots.items():
            values, taken[language] = self._own_values(language, licensed)
            for search, value in values.items():
                merged.setdefault(search, [None] * len(languages))[slot] = value
        if languages[0] in LANGUAGES:  # aliases of other languages, in order: the first one wins
            crossing = self._layer(licensed).crossing(padded)
            for language, slot in slots.items():
                seen = taken[language]
                for key, into in crossing:
                    if language in into and key.search not in seen:
                        seen.add(key.search)
                        merged.setdefault(key.search, [None] * len(languages))[slot] = key.foreign
        if padded and not licensed:
            for title in _HONORIFICS:
                for language, slot in slots.items():
                    if f" {title} " not in taken[language]:
                        merged.setdefault(f" {title} ", [None] * len(languages))[slot] = _TITLE
        automaton = ahocorasick.Automaton()
        for search, per_language in merged.items():
            automaton.add_word(search, tuple(per_language))
        if len(automaton):
            automaton.make_automaton()
        for language in languages:
            self._automata[language, licensed] = (automaton, padded, slots)

    def automaton(self, language: str | None, licensed: bool = False) -> tuple[ahocorasick.Automaton, bool, int]:
        """The automaton for notes in ``language`` (every language's aliases when unknown),
        whether it matches padded text, and the position of the language's value in its values."""
        key = (language or "").upper()
        key = key if key in LANGUAGES else _UNKNOWN
        if (key, licensed) not in self._automata:
            collecting = gc.isenabled()
            gc.disable()  # the build allocates ~10^5 small tuples that never form cycles
            try:
                self._build(_SHARED if key in _SHARED else (key,), licensed)
            finally:
                if collecting:
                    gc.enable()
        automaton, padded, slots = self._automata[key, licensed]
        return automaton, padded, slots[key]

    def find(self, normalized: NormalizedText, language: str | None, *, licensed: bool = False) -> list[AliasMatch]:
        """Every alias occurrence, with nested (contained) matches removed; ``licensed``:
        the ``?`` aliases instead of the plain ones."""
        automaton, padded, slot = self.automaton(language, licensed)
        folded = normalized.folded
        if not folded or automaton.kind != ahocorasick.AHOCORASICK:
            return []
        haystack = f" {folded} " if padded else folded
        shift = 1 if padded else 0
        base = 1 - shift  # start of a plain match = end_index + base - its offset
        size = len(folded)
        after_title: set[int] = set()
        found: list[AliasMatch] = []  # plain matches, nested ones dropped on the fly
        extra: list[AliasMatch] = []  # stem / case-sensitive / bounded matches
        last_start = last_end = -1
        for end_index, values in automaton.iter(haystack):
            value = values[slot]
            if value is None:
                continue  # an alias of another language only
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
            start = end_index + base - ((value >> 8) & 0xFF)
            end = start + (value & 0xFF)
            if start in after_title:
                continue
            # matches arrive by increasing end: a nested one shares the previous end, or
            # swallows the previous ones ("mariage" inside "anniversaire mariage"; the last
            # one kept starts at last_start)
            if end == last_end and start >= last_start:
                continue
            if last_start >= start:
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
