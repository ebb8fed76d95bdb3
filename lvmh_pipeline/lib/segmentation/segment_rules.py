"""Segment definitions: reading ``segments.json`` and checking each rule before it runs.

A rule is JSONLogic over the columns of the client feature view. This module never evaluates
anything: it parses the file (a malformed file is one :class:`SegmentsFileError` naming the file,
line and column), then checks every segment on its own (a bad segment is a
:class:`SegmentProblem` naming it, and the others go on):

- only the operators of :data:`ALLOWED_OPERATORS` (an allowlist: no date, string, object or
  extension operator of the engine, nothing that reaches outside the rule and its data);
- every ``var`` is a column of the view (with a close match suggested), or ``""`` (the
  element) inside ``some`` / ``all`` / ``none``;
- operand kinds fit the operator (numbers for arithmetic and ``<``, a list for ``some``, no
  list compared with ``==`` …), from the column kinds of the view;
- size limits (nodes, depth) so a rule file cannot make evaluation expensive.
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ALLOWED_OPERATORS: frozenset[str] = frozenset({
    "var", "==", "!=", "<", "<=", ">", ">=", "and", "or", "!", "!!", "in", "some", "all", "none",
    "+", "-", "*", "/", "%", "min", "max", "if",
})
MAX_FILE_BYTES = 1_000_000
MAX_NODES = 500
MAX_DEPTH = 32
_ID = re.compile(r"^[a-z0-9][a-z0-9_]{0,63}$")
_KNOWN_FIELDS = {"id", "name", "description", "rule", "enabled"}


class SegmentsFileError(ValueError):
    """The segments file as a whole cannot be used (unreadable, invalid JSON, wrong shape)."""


@dataclass(frozen=True)
class SegmentDefinition:
    """One segment: a stable ``id`` (snake_case), a display ``name``, a description and its rule."""

    id: str
    name: str
    description: str
    rule: Any
    reads: tuple[str, ...] = ()  # the view's columns the rule reads


@dataclass(frozen=True)
class SegmentProblem:
    """Why a segment was left out (``severity`` error) or what looks wrong (warning)."""

    segment: str
    problem: str
    severity: str = "error"

    def __str__(self) -> str:
        return f'segment "{self.segment}": {self.problem}'


@dataclass
class SegmentFile:
    """What a segments file yields: the usable definitions and the problems of the others."""

    source: str
    definitions: list[SegmentDefinition] = field(default_factory=list)
    problems: list[SegmentProblem] = field(default_factory=list)


def parse_segments(text: str, source: str, kinds: Mapping[str, str]) -> SegmentFile:
    """Parse and check a segments document (``{"segments": [{"id", "name", "description", "rule"}, …]}``)
    against the column ``kinds`` of the view."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise SegmentsFileError(f"{source}: invalid JSON at line {error.lineno}, column {error.colno}: {error.msg}") from error
    if not isinstance(document, dict) or not isinstance(document.get("segments"), list):
        raise SegmentsFileError(f'{source}: expected an object with a "segments" list, e.g. '
                                '{"segments": [{"id": "vip_at_risk", "name": "VIP at risk", "rule": {...}}]}')
    result = SegmentFile(source)
    seen: set[str] = set()
    for position, entry in enumerate(document["segments"], start=1):
        label = entry.get("id") if isinstance(entry, dict) and isinstance(entry.get("id"), str) else f"#{position}"
        problem = _entry_problem(entry, seen)
        if problem is None:
            problem, reads = check_rule(entry["rule"], kinds)
        if problem is not None:
            result.problems.append(SegmentProblem(label, problem))
            continue
        seen.add(entry["id"])
        for extra in sorted(set(entry) - _KNOWN_FIELDS):
            result.problems.append(SegmentProblem(label, f'unknown field "{extra}" ignored', "warning"))
        if entry.get("enabled", True) is False:
            continue
        result.definitions.append(SegmentDefinition(
            id=entry["id"], name=str(entry.get("name") or entry["id"]),
            description=str(entry.get("description") or ""), rule=entry["rule"], reads=tuple(sorted(reads)),
        ))
    return result


def read_segments_file(path: Path, kinds: Mapping[str, str]) -> SegmentFile:
    """:func:`parse_segments` of a file (UTF-8, at most :data:`MAX_FILE_BYTES`)."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise SegmentsFileError(f"{path}: {size} bytes, more than the {MAX_FILE_BYTES} a segments file may hold")
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as error:
        raise SegmentsFileError(f"{path}: not UTF-8 text ({error.reason} at byte {error.start})") from error
    except OSError as error:
        raise SegmentsFileError(f"{path}: cannot be read ({error.strerror})") from error
    return parse_segments(text, str(path), kinds)


def _entry_problem(entry: object, seen: set[str]) -> str | None:
    if not isinstance(entry, dict):
        return "a segment must be an object with id, name, description and rule"
    identifier = entry.get("id")
    if not isinstance(identifier, str) or not _ID.match(identifier):
        return 'needs an "id" of lower-case letters, digits and underscores (e.g. "vip_at_risk")'
    if identifier in seen:
        return "the id is used by an earlier segment"
    if "rule" not in entry:
        return 'has no "rule"'
    if not isinstance(entry.get("name", ""), str) or not isinstance(entry.get("description", ""), str):
        return '"name" and "description" must be text'
    if not isinstance(entry.get("enabled", True), bool):
        return '"enabled" must be true or false'
    return None


# --- static checks ---------------------------------------------------------------------------

class _RuleError(Exception):
    pass


@dataclass
class _Walk:
    kinds: Mapping[str, str]
    nodes: int = 0
    reads: set[str] = field(default_factory=set)


def check_rule(rule: Any, kinds: Mapping[str, str]) -> tuple[str | None, set[str]]:
    """``(problem, columns read)``: the first problem of ``rule`` (None when it is usable)."""
    walk = _Walk(kinds)
    try:
        _kind(rule, walk, depth=0, element=False)
    except _RuleError as error:
        return str(error), walk.reads
    except RecursionError:
        return f"nested deeper than {MAX_DEPTH} levels", walk.reads
    return None, walk.reads


def _show(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:59] + "…"


def _kind(node: Any, walk: _Walk, depth: int, element: bool) -> str:
    """The kind a node evaluates to: number, text, bool, list, null or any."""
    walk.nodes += 1
    if walk.nodes > MAX_NODES:
        raise _RuleError(f"more than {MAX_NODES} nodes")
    if depth > MAX_DEPTH:
        raise _RuleError(f"nested deeper than {MAX_DEPTH} levels")
    if node is None:
        return "null"
    if isinstance(node, bool):
        return "bool"
    if isinstance(node, (int, float)):
        return "number"
    if isinstance(node, str):
        return "text"
    if isinstance(node, list):
        for item in node:
            _kind(item, walk, depth + 1, element)
        return "list"
    if not isinstance(node, dict):
        raise _RuleError(f"unsupported value {_show(node)}")
    if len(node) != 1:
        raise _RuleError(f"an operation must have exactly one operator, got {sorted(node) or 'none'} in {_show(node)}")
    operator, args = next(iter(node.items()))
    if operator not in ALLOWED_OPERATORS:
        hint = difflib.get_close_matches(operator, sorted(ALLOWED_OPERATORS), n=1)
        raise _RuleError(f'unknown operator "{operator}"' + (f' (did you mean "{hint[0]}"?)' if hint else "")
                         + f"; allowed: {' '.join(sorted(ALLOWED_OPERATORS))}")
    if operator == "var":
        return _var(args, walk, element)
    args = args if isinstance(args, list) else [args]
    if operator in ("some", "all", "none"):
        if len(args) != 2:
            raise _RuleError(f'"{operator}" takes a list and a condition, got {len(args)} arguments')
        _expect(operator, _kind(args[0], walk, depth + 1, element), {"list"}, args[0])
        _kind(args[1], walk, depth + 1, element=True)
        return "bool"
    found = [_kind(arg, walk, depth + 1, element) for arg in args]
    return _operator_kind(operator, args, found)


def _var(args: Any, walk: _Walk, element: bool) -> str:
    parts = args if isinstance(args, list) else [args]
    if not parts or len(parts) > 2 or not isinstance(parts[0], str):
        raise _RuleError(f'"var" takes a column name (and an optional default), got {_show(args)}')
    name = parts[0]
    if name == "":
        if not element:
            raise _RuleError('{"var": ""} (the current element) only makes sense inside some / all / none')
        return "text"
    if element:
        raise _RuleError(f'inside some / all / none only {{"var": ""}} (the list element) can be read, not "{name}"')
    if name not in walk.kinds:
        hint = difflib.get_close_matches(name, sorted(walk.kinds), n=1)
        raise _RuleError(f'unknown variable "{name}": not a column of client_features'
                         + (f' (did you mean "{hint[0]}"?)' if hint else ""))
    walk.reads.add(name)
    return walk.kinds[name]


def _expect(operator: str, kind: str, allowed: set[str], arg: Any) -> None:
    if kind not in allowed | {"any", "null"}:
        raise _RuleError(f'wrong type for "{operator}": {_show(arg)} is {kind}, expected {" or ".join(sorted(allowed))}')


def _operator_kind(operator: str, args: list, kinds: list[str]) -> str:
    def count(low: int, high: int | None = None) -> None:
        if len(args) < low or (high is not None and len(args) > high):
            wanted = f"{low}" if high == low else f"{low} to {high}" if high else f"at least {low}"
            raise _RuleError(f'"{operator}" takes {wanted} arguments, got {len(args)}')

    if operator in ("!", "!!"):
        count(1, 1)
        return "bool"
    if operator in ("and", "or"):
        count(1)
        return "bool" if all(k == "bool" for k in kinds) else "any"
    if operator in ("==", "!="):
        count(2, 2)
        for arg, kind in zip(args, kinds, strict=True):
            if kind == "list":
                raise _RuleError(f'wrong type for "{operator}": {_show(arg)} is a list; use "in" or "some" to test its elements')
        _same_kind(operator, args, kinds)
        return "bool"
    if operator in ("<", "<=", ">", ">="):
        count(2, 3 if operator in ("<", "<=") else 2)
        for arg, kind in zip(args, kinds, strict=True):
            _expect(operator, kind, {"number", "text"}, arg)
        _same_kind(operator, args, kinds)
        return "bool"
    if operator == "in":
        count(2, 2)
        _expect(operator, kinds[0], {"number", "text"}, args[0])
        _expect(operator, kinds[1], {"list", "text"}, args[1])
        return "bool"
    if operator in ("+", "*", "min", "max"):
        count(1)
    elif operator in ("-",):
        count(1, 2)
    elif operator in ("/", "%"):
        count(2, 2)
    if operator in ("+", "*", "min", "max", "-", "/", "%"):
        for arg, kind in zip(args, kinds, strict=True):
            _expect(operator, kind, {"number"}, arg)
        return "number"
    if operator == "if":
        count(1)
        branches = {k for i, k in enumerate(kinds) if i % 2 == 1 or i == len(kinds) - 1}
        return branches.pop() if len(branches) == 1 else "any"
    raise _RuleError(f'operator "{operator}" is not supported')  # pragma: no cover (allowlist and branches agree)


def _same_kind(operator: str, args: list, kinds: list[str]) -> None:
    known = [(arg, kind) for arg, kind in zip(args, kinds, strict=True) if kind not in ("any", "null")]
    if len({kind for _, kind in known}) > 1:
        (a, ka), (b, kb) = known[0], next((x for x in known if x[1] != known[0][1]))
        raise _RuleError(f'wrong types for "{operator}": compares {_show(a)} ({ka}) with {_show(b)} ({kb})')
