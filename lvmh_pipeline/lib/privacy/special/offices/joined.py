"""An elected office, the body it sits in and the party it holds it for, as one span (POLITICS).

A typed or dictated note often writes the office, then its assembly or district, then the party, in
brackets or after a preposition: "deputy at the State Assembly for the Greens", "diputada autonómica
(PP, Valencia)", "депутат областной думы («Новые люди»)", "도의회 의원, 국민의힘". The dev writers mark
the office with the body and the party as one span (85 joined spans against 11 apart, the 11 all with
the holder's name between the office and the party). :mod:`.seats` finds the office beside its party as
a span of its own and leaves the words between readable; here the office and the party become one span
when what lies between is the seat's body or place only.

So a POLITICS span (the party) takes in the words back to an office written at most :data:`_REACH`
characters before it in the same sentence, where the gap names the body (an assembly word) or is at
most two words ("provincial (", ", "), and holds no sentence end, placeholder, other
fact, conjunction, correction, relative, and no name set off by commas ("deputado, o Ricardo Alves, do
PT", "il senatore Colombo, di …"); a bracket in the gap must open right before the party (at most two
short words between: "(groupe …", "(indicada pelo …" is too far). A member of a body is an office only
with an assembly word in the gap ("member of the County Authority for …"); "assistant of the
deputy" is somebody else's office (:data:`seats._BEFORE` and the aides below).
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.spans import PiiSpan
from lvmh_pipeline.lib.privacy.special.contexts.words import REDACTION_MARK, SENTENCE_END, dense, word_pattern
from lvmh_pipeline.lib.privacy.special.extent.conjunctions import CONJUNCTIONS
from lvmh_pipeline.lib.privacy.special.offices.seats import _BEFORE, _CORRECTION, _OFFICES, _OTHER_PERSON

__all__ = ["offices_with_parties"]

_REACH = 50  # characters at most between the office and the party
# an office, or an assembly written before its seat with a space ("도의회 의원", "市議会 議員")
_OFFICE = word_pattern(_OFFICES)
_SPACED_SEAT = re.compile(r"[^\s(（]*(?:의회|議会|议会)[ \t]?(?:의원|議員|议员)")
# a member of a body: an office only with an assembly word in the gap
_MEMBER = re.compile(r"(?<![^\W_])(?:member|membre|miembro|membro|mitglied|lid|член|عضو)(?![^\W_])", re.IGNORECASE)
_BODY = re.compile(
    r"(?<![^\W_])(?:council|assembly|authority|parliament|senate|legislature|conseil|assemblée|consejo|asamblea|"
    r"parlamento|senado|congreso|conselho|assembleia|câmara|consiglio|assemblea|landtag|bundestag|stadtrat|"
    r"gemeinderat|raad|staten|kamer|дума\w*|совет\w*|собрани\w*)(?![^\W_])|مجلس|المجلس", re.IGNORECASE)
# an aide's title before the office makes it somebody else's ("assistant of the deputy", "помощник депутата")
_AIDE = re.compile(r"(?<![^\W_])(?:assistant|aide|secretary|assistente|asistente|assessor|referent\w*|"
                   r"medewerker|помощник\w*|секретар\w*)[ \t]+(?:\w+[ \t]+)?$", re.IGNORECASE)
# a name set off in the gap: a capitalised word before a comma, or after a comma (fillers allowed)
_NAME_ASIDE = re.compile(r"[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’-]+,|,[ \t]*(?:[a-zà-ÿа-яё]{1,6}[ \t,]+)*[A-ZÀ-ÖØ-ÞА-ЯЁ]")
_WORD = re.compile(r"[^\W\d_]+")
# a hedge in the gap: the party is a second thought ("député, enfin, élu …")
_HEDGES = frozenset("enfin well mean bueno bom also allora ну то есть".split())


def offices_with_parties(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` (sorted, non-overlapping, original offsets) with each POLITICS span grown back over an
    office written before it and the body between (module doc); an office span it reaches joins it."""
    if not any(s.kind == "POLITICS" for s in spans):
        return spans
    out: list[PiiSpan] = []
    for span in spans:
        if span.kind == "POLITICS":
            floor = out[-1].end if out else 0
            start = _office_before(text, span.start, floor)
            if start is None and out and out[-1].kind == "POLITICS":
                start = _office_before(text, span.start, out[-1].start)
                if start is not None and start == out[-1].start:
                    span = PiiSpan(out.pop().start, span.end, "POLITICS")
                    out.append(span)
                    continue
            if start is not None:
                span = PiiSpan(start, span.end, "POLITICS")
        out.append(span)
    return out


def _office_before(text: str, party: int, floor: int) -> int | None:
    """Start of the office the party at ``party`` is held for, written after ``floor``; None if none."""
    low = max(floor, party - _REACH)
    window = text[low:party]
    cut = None
    for cut in SENTENCE_END.finditer(window):
        pass
    base = low + (cut.end() if cut is not None else 0)
    found = [m for m in _OFFICE.finditer(text, base, party)] + [m for m in _SPACED_SEAT.finditer(text, base, party)]
    found += [m for m in _MEMBER.finditer(text, base, party) if _BODY.search(text, m.end(), party)]
    for match in sorted(found, key=lambda m: -m.start()):
        if match.end() < party and _joinable(text, match.start(), match.end(), party):
            return match.start()
    return None


def _joinable(text: str, start: int, end: int, party: int) -> bool:
    gap = text[end:party]
    if REDACTION_MARK.search(gap) or _CORRECTION.search(gap.split("(")[0].split("（")[0]) or _OTHER_PERSON.search(gap):
        return False
    words = _WORD.findall(gap.casefold())
    if any(w in CONJUNCTIONS or w in _HEDGES for w in words) or _NAME_ASIDE.search(gap):
        return False
    if not _BODY.search(gap) and not _short(gap):
        return False  # "prefeito numa cidade pequena do interior pelo …": a place, read apart (:mod:`.seats`)
    bracket = max(gap.rfind("("), gap.rfind("（"))
    if bracket >= 0 and len(_WORD.findall(gap[bracket:])) > 1:
        return False  # "(indicada pelo …": the bracket says something else first
    if gap.count("(") + gap.count("（") > (1 if bracket >= 0 else 0) or ")" in gap or "）" in gap:
        return False
    before = _WORD.findall(text[max(0, start - 24) : start])[-1:]
    if any(w.casefold() in _BEFORE for w in before) or _AIDE.search(text[max(0, start - 30) : start]):
        return False
    return not _OTHER_PERSON.search(re.split(r"[.!?;。！？\n]", text[max(0, start - 30) : start])[-1])


def _short(gap: str) -> bool:
    """Is ``gap`` at most two written words ("provincial (", ", ", " Île-de-France (groupe "), or in a
    script without spaces at most three letters?"""
    if any(dense(c) for c in gap):
        return sum(c.isalnum() for c in gap) <= 3
    return len([t for t in gap.split() if any(c.isalnum() for c in t)]) <= 2
