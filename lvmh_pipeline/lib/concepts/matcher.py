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

Search keys, candidates and :class:`PhraseFinder` are in
:mod:`~lvmh_pipeline.lib.concepts.alias_keys` (``PhraseFinder`` is re-exported here); the
sorted, non-nested match lists are kept by :mod:`~lvmh_pipeline.lib.concepts.match_lists`.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Mapping
from functools import lru_cache

import ahocorasick

from lvmh_pipeline.lib.common.text import NormalizedText, uses_word_boundaries
from lvmh_pipeline.lib.concepts.alias_keys import (
    AliasMatch,
    PhraseFinder,
    _Candidate,
    _first_valid,
    _Layer,
    _Value,
)
from lvmh_pipeline.lib.concepts.common_words import load_common_words
from lvmh_pipeline.lib.concepts.dense_guards import GUARDED_LANGUAGES, constrained_concepts, glued_constraints, inner_hits
from lvmh_pipeline.lib.concepts.match_lists import drop_nested as _drop_nested
from lvmh_pipeline.lib.concepts.match_lists import merge_matches as _merge
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
        self._constrained = constrained_concepts(taxonomy)  # checked for a longer word around them (KO/JA/ZH)

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
            if value < 0:  # _TITLE: "Mme Blanc", "Herr Weiss": the next word is a name ...
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
            if after_title and start in after_title:
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
        if extra:
            found = _merge(found, extra)
        if found and language is not None and language.upper() in GUARDED_LANGUAGES:
            found, glued = glued_constraints(folded, found, language.upper(), self._constrained)
            if glued:  # the shorter aliases inside a dropped one ("알레르기" in "심하게 알레르기")
                inner = _drop_nested([hit for m in glued for hit in inner_hits(normalized, automaton, slot, m)])
                inner = glued_constraints(folded, inner, language.upper(), self._constrained)[0]
                found = _merge(found, inner) if inner else found
        return found


def get_matcher(taxonomy: Taxonomy | None = None) -> AliasMatcher:
    """The shared matcher of ``taxonomy`` (the shipped one by default)."""
    return _matcher_for(taxonomy or load_taxonomy())


@lru_cache(maxsize=8)
def _matcher_for(taxonomy: Taxonomy) -> AliasMatcher:
    return AliasMatcher(taxonomy)
