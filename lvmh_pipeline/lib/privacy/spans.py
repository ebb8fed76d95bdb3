"""The span of a detected identifier, shared by every detector of :mod:`lvmh_pipeline.lib.privacy`."""

from __future__ import annotations

from typing import NamedTuple


class PiiSpan(NamedTuple):
    """A detected identifier: ``text[start:end]`` is of kind ``kind`` (EMAIL, PHONE, …)."""

    start: int
    end: int
    kind: str
