"""The special-category tests' measure of one span: redacted with its category or not."""

from __future__ import annotations

from lvmh_pipeline.lib.privacy.special.categories import find_special_categories


def covered(text: str, span: str, kind: str) -> bool:
    """More than half the letters of ``span`` inside a detected span of ``kind`` (the rule of
    ``lib/privacy/quality.py``)."""
    start = text.index(span)
    letters = [i for i in range(start, start + len(span)) if text[i].isalnum()]
    found = find_special_categories(text)
    inside = sum(1 for i in letters if any(s.start <= i < s.end and s.kind == kind for s in found))
    return inside * 2 > len(letters)


def whole(text: str, span: str, kind: str) -> bool:
    """Every letter of ``span`` inside a detected span of ``kind`` (stricter than :func:`covered`)."""
    start = text.index(span)
    found = find_special_categories(text)
    return all(any(s.start <= i < s.end and s.kind == kind for s in found)
               for i in range(start, start + len(span)) if text[i].isalnum())


def spans_of(text: str) -> list[tuple[str, str]]:
    """(text, kind) of every detected span: the failure message of these tests."""
    return [(text[s.start : s.end], s.kind) for s in find_special_categories(text)]
