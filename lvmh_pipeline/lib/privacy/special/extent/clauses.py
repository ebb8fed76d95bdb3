"""The whole clause of an Art. 9 fact: the opt-in ``strict-clauses`` privacy policy.

The default policy redacts the fact and the predicate of a short core (:mod:`.predicates`);
writers who read a note for special-category data often mark the whole clause that states it
("she's getting a bit forgetful, early-stage dementia", "sehr stolz auf ihre serbischen
Wurzeln"). :func:`clause_spans` widens each span to its clause: between clause punctuation (a
comma, a full stop, a semicolon or a colon before a space or the end, ``!?``, CJK and Arabic
punctuation, brackets, a spaced dash, a line break). Overlapping clauses merge into one span of
the first fact's kind. Measured on the notes written to defeat the detectors (session 30, `w33`):
about twice the spans redacted, at several times the over-redaction of the default, hence a
setting, not the default.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lvmh_pipeline.lib.privacy.spans import PiiSpan

__all__ = ["clause_spans"]

_BOUNDARY = re.compile(r"[.,;:!?](?=\s|$)|[!?。！？；：，、،؛؟()（）\[\]\n]|\s[-–—]\s")


def _clause(text: str, span: PiiSpan, cuts: Sequence[tuple[int, int]]) -> tuple[int, int]:
    start = max((end for s, end in cuts if end <= span.start), default=0)
    end = min((s for s, _ in cuts if s >= span.end), default=len(text))
    while start < span.start and text[start].isspace():
        start += 1
    while end > span.end and text[end - 1].isspace():
        end -= 1
    return start, end


def clause_spans(text: str, spans: Sequence[PiiSpan]) -> list[PiiSpan]:
    """``spans`` widened to their clauses in ``text``, merged where they overlap, sorted."""
    if not spans:
        return []
    cuts = [m.span() for m in _BOUNDARY.finditer(text)]
    merged: list[PiiSpan] = []
    for span in sorted(spans):
        start, end = _clause(text, span, cuts)
        start, end = min(start, span.start), max(end, span.end)
        if merged and start < merged[-1].end:
            last = merged[-1]
            merged[-1] = PiiSpan(last.start, max(last.end, end), last.kind)
        else:
            merged.append(PiiSpan(start, end, span.kind))
    return merged
