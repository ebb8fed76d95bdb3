"""Aliases as Aho-Corasick search keys: a key per alias spelling, padded by spaces in alphabetic
notes (word boundaries for free) or bare in CJK/Hangul/Arabic ones; the candidates an automaton
value holds and the checks one passes at a position (word boundaries, case, Arabic suffixes).
Used by :class:`~lvmh_pipeline.lib.concepts.matcher.AliasMatcher` (taxonomy aliases, per note
language) and :class:`PhraseFinder` (a small list of aliases: budget keywords, month names).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

import ahocorasick

from lvmh_pipeline.lib.common.literals import Literals
from lvmh_pipeline.lib.common.text import NormalizedText, is_arabic_char, is_word_char, word_end
from lvmh_pipeline.lib.concepts.taxonomy import ANY_LANGUAGE, LANGUAGES, AliasPattern, alias_pattern

__all__ = ["FOREIGN_CONFIDENCE", "STEM_CONFIDENCE", "AliasMatch", "PhraseFinder"]

STEM_CONFIDENCE = 0.9  # a stem alias ("vegetari*") may catch an unrelated word
FOREIGN_CONFIDENCE = 0.9  # an alias of another language than the note's (code-switching)


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


class PhraseFinder:
    """Occurrences of a small list of aliases (same syntax as the taxonomy) in folded text:
    whole words, stems, CJK/Arabic phrases (those without word boundaries unless
    ``bounded``). Used for budget keywords, flexibility words and month names, where a regex
    alternation would cost a scan of every position. ``values`` (parallel to ``aliases``)
    are returned with each occurrence."""

    def __init__(self, aliases: Iterable[str], values: Iterable[object] | None = None, *, bounded: bool = False) -> None:
        self._automaton, self._ascii = ahocorasick.Automaton(), ahocorasick.Automaton()
        aliases = list(aliases)
        payloads = list(values) if values is not None else [None] * len(aliases)
        for alias, value in zip(aliases, payloads, strict=True):
            pattern = alias_pattern(alias)
            for key in pattern.keys:
                padded = bounded or not pattern.dense
                search = (f" {key}" + ("" if pattern.stem else " ")) if padded else key
                self._automaton.add_word(search, (len(search), 1 if padded else 0, len(key), pattern.stem, value))
                if search.isascii():  # an ASCII text (most folded notes) is read with these alone: fewer branches
                    self._ascii.add_word(search, (len(search), 1 if padded else 0, len(key), pattern.stem, value))
        self._empty = not aliases
        if aliases:
            self._automaton.make_automaton()
        if len(self._ascii):
            self._ascii.make_automaton()
        # the search strings, asked in the shared literal pass: a whole note holding none of them is not scanned
        self._keys = Literals(self._automaton.keys()) if aliases else None

    def find(self, folded: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, object]]:
        """(start, end, value) of every occurrence inside ``folded[start:end]``, in order."""
        stop = len(folded) if end is None else end
        if self._empty or stop <= start:
            return []
        haystack = f" {folded[start:stop]} "
        if start == 0 and stop == len(folded) and not self._keys.any_in(haystack):
            return []  # (a whole note: the shared pass has read it padded, a window it has not)
        automaton = self._automaton if not haystack.isascii() else self._ascii if len(self._ascii) else None
        found = []
        for end_index, (size, lead, length, stem, value) in automaton.iter(haystack) if automaton is not None else ():
            first = end_index + 1 - size + lead  # haystack offset of the alias
            last = first + length
            if stem or (lead == 0 and is_arabic_char(haystack[last - 1])):
                last = min(word_end(haystack, last), len(haystack) - 1)
            found.append((first - 1 + start, last - 1 + start, value))
        found.sort()  # stems can end after a later match; (start, end) never tie
        return found
