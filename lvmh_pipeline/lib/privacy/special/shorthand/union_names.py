"""A union's name written in a bracket right after a union role (UNION).

Writers take the bracket into the span: the name says which union the person belongs to, as much
as the role does ("delegada sindical (UGT)", "shop steward (GMB)", "工会主席（某某总工会）"; dev
writers: 6 brackets of 6 after a union role). So a UNION span followed, past at most one space, by
a bracket of at most :data:`_REACH` characters that holds a name grows over it: the bracket opens
on a capital letter (an acronym or a proper name, "(CGT)", "(Unite)"), or, in CJK, Korean or
Arabic, holds a union word ("总工会", "노총", "نقابة"). A bracket of dates, counts or lower-case
remarks ("(since 2019)", "(30周年)") stays readable.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.spans import PiiSpan

__all__ = ["union_brackets"]

_REACH = 24  # characters inside the bracket, at most
_BRACKET = re.compile(rf"[ \t]?[(（](?P<inside>[^()（）\[\]\n]{{1,{_REACH}}})[)）]")
_NAME_START = re.compile(r"[A-ZÀ-ÝА-Я]")
_UNION_WORDS = re.compile(r"工会|工會|联合会|聯合會|労組|組合|総連|連合|노총|노조|노동조합|نقابة|اتحاد")


def _names_a_union(inside: str) -> bool:
    """Whether a bracket's content reads as a union's name (module doc)."""
    inside = inside.strip()
    return bool(_NAME_START.match(inside) or _UNION_WORDS.search(inside))


def union_brackets(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` (sorted, non-overlapping, original offsets) with each UNION span grown over the
    bracketed union name right after it (module doc)."""
    if not any(s.kind == "UNION" for s in spans) or not any(c in text for c in "(（"):
        return spans
    out: list[PiiSpan] = []
    for index, span in enumerate(spans):
        match = _BRACKET.match(text, span.end) if span.kind == "UNION" else None
        following = spans[index + 1].start if index + 1 < len(spans) else len(text)
        if match is not None and _names_a_union(match.group("inside")) and match.end() <= following:
            span = PiiSpan(span.start, match.end(), span.kind)
        elif match is not None and match.end() > following and spans[index + 1].kind == "UNION" \
                and spans[index + 1].end <= match.end() and _names_a_union(match.group("inside")):
            span = PiiSpan(span.start, match.end(), span.kind)  # the name inside was a span of its own
        out.append(span)
    merged: list[PiiSpan] = []
    for span in out:
        if merged and span.start < merged[-1].end:
            last = merged.pop()
            span = PiiSpan(last.start, max(last.end, span.end), last.kind)
        merged.append(span)
    return merged
