"""Occurrences of a fixed set of literal strings in one Aho-Corasick pass.

Checking dozens of cue phrases one ``str.find`` / ``in`` at a time scans a note once per
phrase; :class:`Literals` scans it once for all of them (the phrase lists of negation
corrections, dislikes and likings are built once per process).
"""

from __future__ import annotations

from collections.abc import Iterable

import ahocorasick

__all__ = ["Literals", "Words"]


class Literals:
    """A fixed set of non-empty literal strings (duplicates count once)."""

    def __init__(self, literals: Iterable[str]) -> None:
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
        automaton = self._for(text)
        if automaton is None:
            return False
        for _ in automaton.iter(text):
            return True
        return False


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
