"""Literal gates derived from a regex: a cheap "can it match in this note at all?" before the search.

A rule that searches a whole note with a regex of many alternatives opening on a word boundary
("(?i)\\b(?:asked|checked|perguntei|…)") makes the regex engine try every position of the note
(~20-60 µs a note). Most such regexes can only match where one of a few literal strings occurs:
:class:`RegexGate` reads them off the parsed pattern (the alternatives of the most selective
literal run every match must hold), folds them like the note, and asks the note's folded text
about them in the shared literal pass of :mod:`~lvmh_pipeline.lib.common.literals` (one scan of
the folded note answers every gate). A closed gate proves the regex cannot match in the note's
original text, in its folded text, nor in any part of either; an open one proves nothing.

Soundness: folding is character-wise, so a literal written in the original text folds to its
folded form inside the folded text; a literal character that a case-insensitive regex equates
with some character folding otherwise ("σ"/"ς") cannot be required (it ends the literal run),
and a regex without a required literal (two characters or more, or one beyond ASCII) gets an
always-open gate.
"""

from __future__ import annotations

import re
from functools import lru_cache

import _sre

from lvmh_pipeline.lib.common.literals import Literals
from lvmh_pipeline.lib.common.text import fold, fold_table

try:  # the parser of the ``re`` module (private, stable since Python 3.11)
    from re import _casefix, _constants, _parser
except ImportError:  # pragma: no cover - another Python: every gate stays open
    _parser = None

__all__ = ["RegexGate", "required_literals"]

_MAX_SET = 256  # literal alternatives kept in a set (beyond: the run ends there)
_MAX_CLASS = 16  # characters of a class read as alternatives
_MIN_LENGTH = 2  # a shorter ASCII literal is in nearly every note: no gate (a CJK character may do)


class RegexGate:
    """Whether ``pattern`` may match in a note, from the note's folded text."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self._pattern = pattern
        self._literals: Literals | None | bool = False  # read on the first question (not at import)

    @property
    def literals(self) -> frozenset[str] | None:
        """The folded literals one of which every match holds (None: the gate is always open)."""
        return required_literals(self._pattern)

    def open(self, folded: str) -> bool:
        """False only when the regex cannot match in the note whose folded text is ``folded``."""
        if self._literals is False:
            literals = required_literals(self._pattern)
            self._literals = Literals(sorted(literals)) if literals else None
        return self._literals is None or self._literals.any_in(folded)


def required_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Folded strings one of which occurs (folded) in every match of ``pattern``, or None."""
    if _parser is None or not isinstance(pattern.pattern, str):
        return None
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except (re.error, RecursionError):  # pragma: no cover - compiled already, so it parses
        return None
    exact, required = _sequence(list(parsed), bool(parsed.state.flags & re.IGNORECASE))
    return _best([s for s in (exact, required) if s is not None])


def _best(candidates: list[frozenset[str]]) -> frozenset[str] | None:
    """The most selective candidate: longest shortest literal, then fewest literals."""
    usable = [c for c in candidates if c and all(len(s) >= _MIN_LENGTH or (s and not s.isascii()) for s in c)]
    if not usable:
        return None
    return max(usable, key=lambda c: (min(map(len, c)), -len(c)))


def _sequence(items: list, ignore: bool) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    """(every string the items can match, if few; else None), (a required set, or None)."""
    current = {""}  # the literal run being read: every string it can match
    candidates: list[frozenset[str]] = []
    broken = False
    for op, av in items:
        exact, required = _node(op, av, ignore)
        if exact is not None and len(current) * len(exact) <= _MAX_SET:
            current = {a + b for a in current for b in exact}
            continue
        broken = True  # the run ends here: it is a candidate, and so is what the item requires
        candidates.append(frozenset(current))
        if exact is not None:
            current = set(exact)
        else:
            if required is not None:
                candidates.append(required)
            current = {""}
    if not broken:
        return frozenset(current), None
    candidates.append(frozenset(current))
    return None, _best(candidates)


def _node(op: object, av: object, ignore: bool) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    c = _constants
    if op is c.LITERAL:
        return _literal(av, ignore), None
    if op is c.IN:
        return _class(av, ignore), None
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return frozenset(("",)), None  # zero-width: the run goes on
    if op is c.SUBPATTERN:
        _, add, remove, body = av
        return _sequence(list(body), bool((ignore or add & re.IGNORECASE) and not remove & re.IGNORECASE))
    if op is c.ATOMIC_GROUP:
        return _sequence(list(av), ignore)
    if op is c.BRANCH:
        return _branch(av[1], ignore)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, high, body = av
        exact, required = _sequence(list(body), ignore)
        if low == high == 1:
            return exact, required
        if low == 0:
            return None, None
        return None, _best([s for s in (exact, required) if s is not None])
    return None, None


def _branch(alternatives: list, ignore: bool) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    infos = [_sequence(list(alternative), ignore) for alternative in alternatives]
    if all(exact is not None for exact, _ in infos):
        union = frozenset().union(*(exact for exact, _ in infos))
        if len(union) <= _MAX_SET:
            return union, None
    union: set[str] = set()
    for exact, required in infos:
        own = _best([s for s in (exact, required) if s is not None])
        if own is None:
            return None, None
        union |= own
    return None, frozenset(union)


def _class(items: list, ignore: bool) -> frozenset[str] | None:
    c = _constants
    chars: list[int] = []
    for op, av in items:
        if op is c.LITERAL:
            chars.append(av)
        elif op is c.RANGE and av[1] - av[0] < _MAX_CLASS:
            chars.extend(range(av[0], av[1] + 1))
        else:
            return None  # a category, a negation, a wide range
    if len(chars) > _MAX_CLASS:
        return None
    forms = [_literal(code, ignore) for code in chars]
    return None if None in forms else frozenset().union(*forms)


@lru_cache(maxsize=4096)
def _literal(code: int, ignore: bool) -> frozenset[str] | None:
    """The folded forms of what a literal character matches (of each character a case-insensitive
    regex equates with it when ``ignore``), or None when one of them can stand in a folded text
    without being its own folded form ("1" from "¹")."""
    variants = _case_class(code) if ignore else {code}
    if variants is None or not _unfixed().isdisjoint(variants):
        return None
    return frozenset(_char_fold(x) for x in variants)


def _char_fold(code: int) -> str:
    return fold(chr(code))


def _case_class(code: int) -> set[int] | None:
    """Every character ``re.IGNORECASE`` may equate with ``code`` (a superset), None beyond the BMP."""
    lower, upper = _case_maps()
    seen, todo = {code}, [code]
    while todo:
        x = todo.pop()
        if x >= 0x10000:
            return None
        linked = _variants(x)
        linked += [*lower.get(x, ()), *upper.get(x, ()), *_casefix._EXTRA_CASES.get(x, ())]
        for y in linked:
            if y not in seen:
                seen.add(y)
                todo.append(y)
    return seen


@lru_cache(maxsize=1)
def _case_maps() -> tuple[dict[int, list[int]], dict[int, list[int]]]:
    """The BMP characters whose lower / upper case is a given character."""
    lower: dict[int, list[int]] = {}
    upper: dict[int, list[int]] = {}
    for code in range(0x10000):
        low, up, simple = _variants(code)
        for into, variant in ((lower, low), (upper, up), (lower, simple)):
            if variant != code:
                into.setdefault(variant, []).append(code)
    return lower, upper


def _variants(code: int) -> list[int]:
    """The lower and upper case of a character (itself when not one character) and the simple
    lower case the regex engine compares."""
    char = chr(code)
    return [ord(v) if len(v) == 1 else code for v in (char.lower(), char.upper())] + [_sre.unicode_tolower(code)]


@lru_cache(maxsize=1)
def _unfixed() -> frozenset[int]:
    """Characters a folded text may hold that are not their own folded form ("1" from "¹")."""
    table = fold_table()
    image = {ord(c) for folded in table.values() for c in folded}
    return frozenset(code for code in image if table.get(code, chr(code)) != chr(code))
