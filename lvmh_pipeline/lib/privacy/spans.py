"""The span of a detected identifier, shared by every detector of :mod:`lvmh_pipeline.lib.privacy`."""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple


class PiiSpan(NamedTuple):
    """A detected identifier: ``text[start:end]`` is of kind ``kind`` (EMAIL, PHONE, …)."""

    start: int
    end: int
    kind: str


def non_overlapping(spans: Iterable[PiiSpan]) -> list[PiiSpan]:
    """``spans`` sorted, each dropped where it overlaps one kept before it."""
    kept: list[PiiSpan] = []
    for span in sorted(spans):
        if not kept or span.start >= kept[-1].end:
            kept.append(span)
    return kept


def add_free(spans: Iterable[PiiSpan], new: Iterable[PiiSpan]) -> list[PiiSpan]:
    """``spans`` with each of ``new`` (in order) that overlaps none kept so far, sorted."""
    out = list(spans)
    for span in sorted(new):
        if not any(s.start < span.end and span.start < s.end for s in out):
            out.append(span)
    return sorted(out)
