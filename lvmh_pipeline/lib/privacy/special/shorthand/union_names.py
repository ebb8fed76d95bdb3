"""A union's name written in a bracket right after a union role (UNION).

Writers take the bracket into the span: the name says which union the person belongs to, as much
as the role does ("delegada sindical (UGT)", "shop steward (GMB)", "工会主席（某某总工会）"; dev
writers: 6 brackets of 6 after a union role). So a UNION span followed, past at most one space, by
a bracket of at most :data:`_REACH` characters that holds a name grows over it: the bracket opens
on a capital letter (an acronym or a proper name, "(CGT)", "(Unite)"), or, in CJK, Korean or
Arabic, holds a union word ("总工会", "노총", "نقابة"). A bracket of dates, counts or lower-case
remarks ("(since 2019)", "(30周年)") stays readable.

Spoken notes give the name a few words later, after a comma, often with a hedge ("he's a shop steward
at the depot, GMB I think", "delegato in fabbrica, della FIOM"): a UNION span grows over the words up
to a union's name (:data:`_KNOWN`; an acronym of three letters or fewer only as written, a longer name
whatever its case) that stands after a comma within :data:`_AFTER_REACH` characters of it in the same
sentence (:func:`_named_after`). A name after another sentence stays as it is, and so does a name the
lexicon already made a span of its own: the role, the name and the words between stay apart ("Betriebsrat
bei [NAME], IG Metall": the dev writers mark the name alone there, 2 notes of 2).
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.spans import PiiSpan

__all__ = ["union_brackets"]

_REACH = 24  # characters inside the bracket, at most
_BRACKET = re.compile(rf"[ \t]?[(（](?P<inside>[^()（）\[\]\n]{{1,{_REACH}}})[)）]")
_NAME_START = re.compile(r"[A-ZÀ-ÝА-Я]")
_UNION_WORDS = re.compile(r"工会|工會|联合会|聯合會|労組|組合|総連|連合|노총|노조|노동조합|نقابة|اتحاد")


_AFTER_REACH = 40  # characters from the end of a union span to the end of the name after a comma
# unions known by name, every language; short acronyms are matched as written (:func:`_named_after`)
_KNOWN = ("Unite Unison GMB RMT Usdaw CWU NEU UCU PCS NASUWT Aslef Teamsters UAW SEIU AFL-CIO CGT CFDT FO CGC UNSA "
          "SUD CCOO UGT CGIL CISL UIL FIOM USB CUT CGTP Verdi ver.di IG-Metall IG Metall IG BCE GEW NGG EVG FNV CNV "
          "ФНПР").split()
_LONG = "|".join(re.escape(n) for n in _KNOWN if len(n) > 3)
_SHORT = "|".join(re.escape(n) for n in _KNOWN if len(n) <= 3)
_NAME_AFTER = re.compile(
    rf"[^.;!?\n()\[\]]*?,[ \t]*(?:(?:the|la|le|el|il|de|della|del|da|do|die|der)[ \t]+)?"
    rf"(?:(?i:{_LONG})|{_SHORT})(?![^\W_])")


def _named_after(text: str, span: PiiSpan, ceiling: int) -> PiiSpan:
    """``span`` grown over a union's name after a comma a few words on (module doc)."""
    match = _NAME_AFTER.match(text, span.end)
    if match is None or match.end() > min(ceiling, span.end + _AFTER_REACH):
        return span
    return PiiSpan(span.start, match.end(), span.kind)


def _names_a_union(inside: str) -> bool:
    """Whether a bracket's content reads as a union's name (module doc)."""
    inside = inside.strip()
    return bool(_NAME_START.match(inside) or _UNION_WORDS.search(inside))


def union_brackets(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` (sorted, non-overlapping, original offsets) with each UNION span grown over the
    bracketed union name right after it, or over a known union's name after a comma a few words on
    (module doc)."""
    if not any(s.kind == "UNION" for s in spans):
        return spans
    out: list[PiiSpan] = []
    for index, span in enumerate(spans):
        match = _BRACKET.match(text, span.end) if span.kind == "UNION" else None
        following = spans[index + 1].start if index + 1 < len(spans) else len(text)
        if span.kind == "UNION" and match is None:
            span = _named_after(text, span, following)
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
