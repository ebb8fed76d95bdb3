"""Occurrences of a fixed set of literal strings in one Aho-Corasick pass.

Checking dozens of cue phrases one ``str.find`` / ``in`` at a time scans a note once per
phrase; :class:`Literals` scans it once for all of them (the phrase lists of negation
corrections, dislikes and likings are built once per process).
"""

from __future__ import annotations

from collections.abc import Iterable

import ahocorasick

__all__ = ["Literals"]


class Literals:
    """A fixed set of non-empty literal strings (duplicates count once)."""

    def __init__(self, literals: Iterable[str]) -> None:
        self._automaton = ahocorasick.Automaton()
        for literal in literals:
            if not literal:
                raise ValueError("empty literal")
            self._automaton.add_word(literal, len(literal))
        self._empty = not len(self._automaton)
        if not self._empty:
            self._automaton.make_automaton()

    def starts(self, text: str) -> list[int]:
        """Start offset of every occurrence of every literal in ``text`` (overlapping ones
        included), one per (literal, position), in no particular order."""
        if self._empty or not text:
            return []
        return [end + 1 - length for end, length in self._automaton.iter(text)]

    def any_in(self, text: str) -> bool:
        """Whether some literal occurs in ``text`` (``any(w in text for w in literals)``)."""
        if self._empty or not text:
            return False
        for _ in self._automaton.iter(text):
            return True
        return False
