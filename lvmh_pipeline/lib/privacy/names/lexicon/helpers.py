"""Helpers that build the word lists of the lexicon."""

from __future__ import annotations


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


def _with_lower(titles: tuple[str, ...]) -> tuple[str, ...]:
    return titles + tuple(t.lower() for t in titles if t.lower() != t)
