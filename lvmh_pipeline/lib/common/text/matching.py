"""Helpers for regex matching over notes: the redaction token, clause limits, a caseless literal
gate and line-anchored matching."""

from __future__ import annotations

import re
from functools import lru_cache

from lvmh_pipeline.lib.common.text.folding import NormalizedText

# A token that pseudonymization puts in place of redacted words ("[NAME]", "[HEALTH]", "[EMAIL]").
REDACTION_TOKEN = re.compile(r"\[[A-Z]+\]")

_CLAUSE_BREAK = re.compile(r"[.;!?,:\n。！？；：、，؛؟،]")


def same_clause(nt: NormalizedText, start: int, end: int) -> bool:
    """True when no clause punctuation (``. , ; : ! ?`` and CJK/Arabic forms) lies in the
    original text under the folded span ``[start, end)``."""
    if end <= start:
        return True
    o_start, o_end = nt.to_original(start, end)
    return _CLAUSE_BREAK.search(nt.original, o_start, o_end) is None


@lru_cache(maxsize=8)
def caseless(text: str) -> str:
    """``text`` case-folded so that wherever a regex with ``re.IGNORECASE`` matches a literal
    word, ``caseless(word)`` occurs in it: a sound one-pass gate before such a regex (offsets
    are not kept). The dotted and dotless i ("İ", "ı"), which the regex takes for "i", are "i"."""
    if text.isascii():
        return text.lower()
    if "\u0130" in text or "\u0131" in text:
        text = text.replace("\u0130", "i").replace("\u0131", "i")
    return text.casefold()


def line_matches(pattern: re.Pattern[str], text: str, after: str = "") -> list[re.Match[str]]:
    """``list(pattern.finditer(text))`` for a ``pattern`` that can only match at the start of
    ``text``, of a line or right after a character of ``after`` (it opens with ``^`` or
    ``(?<=\\n)`` …): tried at those places alone, not at every character."""
    starts = {0}
    for mark in "\n" + after:
        at = text.find(mark)
        while at >= 0:
            starts.add(at + 1)
            at = text.find(mark, at + 1)
    found: list[re.Match[str]] = []
    end = 0
    for start in sorted(starts):
        if start >= end and (m := pattern.match(text, start)) is not None:
            found.append(m)
            end = m.end() if m.end() > m.start() else start + 1
    return found
