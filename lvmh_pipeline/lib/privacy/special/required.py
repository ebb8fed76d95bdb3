"""The literals a regex's every match holds, read off the regex itself (so they never drift from it).

:func:`required_literals` parses a pattern and gives a set of strings such that every match of
the pattern contains one of them (or ``None`` when it finds none): a one-pass gate
(:class:`~lvmh_pipeline.lib.privacy.gates.Gate`) skips the regex on a text that holds none.
A run of fixed parts in a row ("herz" then "leiden|geschichte") gives the strings of their
product; alternatives give the union of theirs; zero-width parts (lookarounds, boundaries) add
nothing; a part of open length (``[^\\W\\d_]{3,}``) ends a run. Of the candidate sets the one whose
shortest string is longest is taken (fewest strings on a tie).
"""

from __future__ import annotations

import re
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]

__all__ = ["required_literals", "required_sets"]

_LIMIT = 4096  # strings of a product at most
_CLASS = 8  # characters of a character class expanded at most


def required_literals(pattern: re.Pattern[str] | str, reverse: bool = False) -> tuple[str, ...] | None:
    """Strings one of which every match of ``pattern`` holds (each reversed with ``reverse``: a
    regex read on reversed text), or ``None``. A case-insensitive pattern has none."""
    source, flags = (pattern.pattern, pattern.flags) if isinstance(pattern, re.Pattern) else (pattern, 0)
    if flags & re.IGNORECASE:
        return None
    parsed = P.parse(source, flags)
    if parsed.state.flags & re.IGNORECASE:
        return None
    found = _required(list(parsed))
    if not found:
        return None
    return tuple(sorted(s[::-1] if reverse else s for s in found))


def _fixed(item) -> set[str] | None:
    """Every string ``item`` can match, when they are few; else ``None``."""
    op, av = item
    if op is C.LITERAL:
        return {chr(av)}
    if op is C.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is C.LITERAL:
                chars.add(chr(value))
            elif kind is C.RANGE and value[1] - value[0] < _CLASS:
                chars.update(chr(c) for c in range(value[0], value[1] + 1))
            else:
                return None
        return chars if len(chars) <= _CLASS else None
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return {""}
    if op is C.SUBPATTERN:
        return _sequence(list(av[3]))
    if op is C.ATOMIC_GROUP:
        return _sequence(list(av))
    if op is C.BRANCH:
        union: set[str] = set()
        for alternative in av[1]:
            strings = _sequence(list(alternative))
            if strings is None:
                return None
            union |= strings
        return union if len(union) <= _LIMIT else None
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[1] <= 2:
        inner = _sequence(list(av[2]))
        if inner is None:
            return None
        union, power = set(), {""}
        for times in range(av[1] + 1):
            if times >= av[0]:
                union |= power
            power = {a + b for a in power for b in inner}
        return union if len(union) <= _LIMIT else None
    return None


def _sequence(items: list) -> set[str] | None:
    strings = {""}
    for item in items:
        part = _fixed(item)
        if part is None or len(strings) * len(part) > _LIMIT:
            return None
        strings = {a + b for a in strings for b in part}
    return strings


def _required(items: list, every: list[set[str]] | None = None) -> set[str] | None:
    """A set of strings one of which every match of the sequence ``items`` holds, or ``None``
    (all such sets found on the way added to ``every``)."""
    candidates: list[set[str]] = []
    run = {""}
    for item in items:
        part = _fixed(item)
        if part is not None and len(run) * len(part) <= _LIMIT:
            run = {a + b for a in run for b in part}
            continue
        candidates.append(run)
        run = part if part is not None else {""}
        if part is None:
            candidates.append(_inner(item, every))
    candidates.append(run)
    usable = [_pruned(c) for c in candidates if c and "" not in c]
    if every is not None:
        every.extend(usable)
    if not usable:
        return None
    return max(usable, key=lambda c: (min(map(len, c)), -len(c)))


def _inner(item, every: list[set[str]] | None = None) -> set[str] | None:
    """The required strings of a part of open length (a group's, a repeat's: ``every`` gets theirs)."""
    op, av = item
    if op is C.SUBPATTERN:
        return _required(list(av[3]), every)
    if op is C.ATOMIC_GROUP:
        return _required(list(av), every)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _required(list(av[2]), every)
    if op is C.BRANCH:
        union: set[str] = set()
        for alternative in av[1]:
            strings = _required(list(alternative))
            if strings is None:
                return None
            union |= strings
        return union
    return None


def _pruned(strings: set[str]) -> set[str]:
    """``strings`` without those that hold a shorter one of them (the shorter one is found anyway)."""
    return {s for s in strings
            if not any(s[i:j] in strings for i in range(len(s)) for j in range(i + 1, len(s) + 1) if j - i < len(s))}


def required_sets(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], ...]:
    """Every set of strings one of which each match of ``pattern`` holds (each match holds one
    of every set): the candidates :func:`required_literals` chooses from, along the pattern."""
    if pattern.flags & re.IGNORECASE:
        return ()
    found: list[set[str]] = []
    _required(list(P.parse(pattern.pattern, pattern.flags)), found)
    return tuple(tuple(sorted(c)) for c in found)
