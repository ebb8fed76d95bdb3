"""Occurrences of a fixed set of literal strings in one Aho-Corasick pass.

Checking dozens of cue phrases one ``str.find`` / ``in`` at a time scans a note once per
phrase; :class:`Literals` scans it once for all of them (the phrase lists of negation
corrections, dislikes and likings are built once per process).
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Iterable

import ahocorasick

__all__ = ["Literals", "Words"]


class Literals:
    """A fixed set of non-empty literal strings (duplicates count once)."""

    def __init__(self, literals: Iterable[str]) -> None:
        literals = list(literals)
        self._automaton = ahocorasick.Automaton()
        # an ASCII text (most folded notes) holds none of the other literals: the automaton of
        # the ASCII ones alone reads it faster (fewer branches per state)
        self._ascii = ahocorasick.Automaton()
        for literal in literals:
            if not literal:
                raise ValueError("empty literal")
            self._automaton.add_word(literal, len(literal))
            if literal.isascii():
                self._ascii.add_word(literal, len(literal))
        self._empty = not len(self._automaton)
        if not self._empty:
            self._automaton.make_automaton()
        if len(self._ascii):
            self._ascii.make_automaton()
        self._literals = tuple(dict.fromkeys(literals)) if not self._empty else ()
        self._bit = 0  # its bit in the shared pass (0: not in it yet)

    def _for(self, text: str) -> ahocorasick.Automaton | None:
        if not text.isascii():
            return self._automaton
        return self._ascii if len(self._ascii) else None

    def starts(self, text: str, start: int = 0) -> list[int]:
        """Start offset of every occurrence of every literal in ``text[start:]`` (overlapping
        ones included), one per (literal, position), in no particular order."""
        if self._empty or len(text) <= start:
            return []
        automaton = self._for(text)
        return [end + 1 - length for end, length in automaton.iter(text, start)] if automaton is not None else []

    def any_in(self, text: str) -> bool:
        """Whether some literal occurs in ``text`` (``any(w in text for w in literals)``)."""
        if self._empty or not text:
            return False
        bit = self._bit or _share(self)
        if bit > 0:  # one pass over ``text`` answers every shared set's question
            return bool(_shared_mask(text) & bit)
        automaton = self._for(text)
        if automaton is None:
            return False
        for _ in automaton.iter(text):
            return True
        return False


# The shared pass: the gates of a note (~10 sets, most asked about the same folded or padded
# text) are answered by one scan of an automaton of all their literals, each literal valued by
# the bits of the sets holding it; the masks of the last dozen texts are kept. A set joins on its
# first question (at most _MAX_SHARED sets; later ones scan alone).
_MAX_SHARED = 192  # ~75 sets on the demo notes, more once privacy, concepts and tests share a process
_LOCK = threading.Lock()
_shared: list[Literals] = []
_state: tuple[ahocorasick.Automaton, ahocorasick.Automaton, dict[str, int]] | None = None


def _share(literals: Literals) -> int:
    global _state
    with _LOCK:
        if literals._bit:
            return literals._bit
        if len(_shared) >= _MAX_SHARED:
            literals._bit = -1
            return -1
        _shared.append(literals)
        bits: dict[str, int] = {}
        for index, member in enumerate(_shared):
            for literal in member._literals:
                bits[literal] = bits.get(literal, 0) | (1 << index)
        every, ascii_only = ahocorasick.Automaton(), ahocorasick.Automaton()
        for literal, mask in bits.items():
            every.add_word(literal, (len(literal), mask))
            if literal.isascii():
                ascii_only.add_word(literal, (len(literal), mask))
        every.make_automaton()
        if len(ascii_only):
            ascii_only.make_automaton()
        _state = (every, ascii_only, {})
        literals._bit = 1 << (len(_shared) - 1)
        return literals._bit


def _shared_mask(text: str) -> int:
    """OR of the bits of the shared sets with a literal in ``text``. The gates ask about a
    folded note and about it padded by a space each side: one scan of the padded text answers
    both (a literal inside the padding's bounds occurs in the bare text)."""
    every, ascii_only, masks = _state
    mask = masks.get(text)
    if mask is None:
        padded = f" {text} "
        automaton = every if not padded.isascii() else ascii_only if len(ascii_only) else None
        mask = outer = 0
        if automaton is not None:
            last = len(padded) - 2  # the end (inclusive) of the bare text in the padded one
            for end, (length, bits) in automaton.iter(padded):
                outer |= bits
                if end <= last and end >= length:  # starts at 1 or later
                    mask |= bits
        if len(masks) >= 24:  # the oldest text and its padded form go (the note's own texts stay)
            for key in list(itertools.islice(masks, 2)):
                del masks[key]
        masks[text] = mask
        masks[padded] = outer
    return mask


class Words:
    """Whole-word occurrences of fixed words in folded text (words separated by spaces): the
    words of ``set(folded.split())`` that are among them, with their positions, in one pass
    instead of a split, a set of every word and a search per word found. Empty words and
    words with a space (never a word of the split) are left out."""

    def __init__(self, words: Iterable[str]) -> None:
        self._automaton = ahocorasick.Automaton()
        self._ascii = ahocorasick.Automaton()  # the ASCII words alone, for an ASCII text (see Literals)
        for word in words:
            if word and " " not in word:
                self._automaton.add_word(f" {word} ", word)
                if word.isascii():
                    self._ascii.add_word(f" {word} ", word)
        self._empty = not len(self._automaton)
        if not self._empty:
            self._automaton.make_automaton()
        if len(self._ascii):
            self._ascii.make_automaton()

    def found(self, folded: str) -> list[tuple[int, str]]:
        """(start, word) of every occurrence in ``folded`` (whose only whitespace is " "), by start."""
        if self._empty or not folded:
            return []
        # " word " ends (inclusive) at end: its leading space, at end - len(word) - 1 in the
        # padded text, is where the word starts in the folded one
        if folded.isascii():
            if not len(self._ascii):
                return []
            automaton = self._ascii
        else:
            automaton = self._automaton
        hits = [(end - len(word) - 1, word) for end, word in automaton.iter(f" {folded} ")]
        hits.sort()
        return hits
