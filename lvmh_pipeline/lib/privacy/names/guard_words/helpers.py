"""Helper that builds the word lists of the guard vocabulary."""

from __future__ import annotations


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())
