"""The assembly a party sits in, written right after the party (POLITICS).

A party followed by the elected body where the person holds its seat ("del PSOE en el ayuntamiento",
"Labour on the city council", "PD in consiglio comunale", "SPD im Stadtrat", "от ЕР в городской думе")
tells the person's political engagement with its place: the note writers mark the party and the
assembly as one span. So a POLITICS span takes in a preposition (with its article) and an assembly
word right after it, with one adjective of the assembly between ("town council", "consiglio comunale").
An assembly with no party before it stays readable ("she works at the town hall", "visite à la mairie"),
and so does an assembly after a redaction token of another kind or across a sentence end, and one that only
qualifies the noun after it ("standing for the Greens in the council elections": the election's).
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.spans import PiiSpan

__all__ = ["assemblies_after_parties"]

# a preposition of place, with its article or contraction, before the assembly
_PREPOSITIONS = (
    r"en el|en la|en|in the|on the|at the|in|on|au|à la|à l['’]|dans le|dans la|im|in der|in den|beim|"
    r"nel|nella|al|alla|no|na|em|in de|in het|op het|bij de|в|во|на|في"
)
# the elected bodies, lower-case or capitalised (matched case-insensitively)
_ASSEMBLIES = (
    # ES, EN, FR, DE, IT, PT, NL, RU, AR
    r"ayuntamiento|concejo|cabildo|diputación|parlamento|senado|congreso|asamblea|"
    r"council|parliament|assembly|senate|legislature|statehouse|"
    r"conseil municipal|conseil régional|conseil départemental|conseil|mairie|assemblée|sénat|"
    r"stadtrat|gemeinderat|kreistag|landtag|bundestag|stadtparlament|rathaus|"
    r"consiglio comunale|consiglio regionale|consiglio|comune|senato|regione|"
    r"câmara municipal|câmara|assembleia|prefeitura|"
    r"gemeenteraad|provinciale staten|tweede kamer|raad|"
    r"городской думе|думе|госдуме|совете|парламенте|законодательном собрании|"
    r"المجلس البلدي|البرلمان|مجلس النواب|مجلس الشورى|المجلس"
)
# one adjective of the assembly before it ("city council", "town council", "regional parliament")
_ADJECTIVE = r"(?:(?:city|town|county|borough|parish|district|regional|state|local|municipal|provincial)[ \t]+)?"
# a noun after the assembly makes it a modifier of something else: an election, a tax, a building
# ("in the council elections", "aux élections du conseil": the candidacy's, read by :mod:`.predicates`)
_NOT_THE_SEAT = (r"elections?|electoral|tax|estate|flats?|housing|house|offices?|workers?|depot|meeting|candidates?|"
                 r"race|polls?|vote|wahlen?|wahlkampf|élections?|elecciones|elezioni|eleições|verkiezingen|выбора[хм]?|"
                 r"انتخابات")
_AFTER = re.compile(
    rf"[ \t]+(?:{_PREPOSITIONS})[ \t]*{_ADJECTIVE}(?:{_ASSEMBLIES})(?![^\W_])(?![ \t]+(?:{_NOT_THE_SEAT})(?![^\W_]))",
    re.IGNORECASE)


def assemblies_after_parties(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` (sorted, non-overlapping, original offsets) with each POLITICS span grown over the
    assembly written right after it (module doc); other spans as they are."""
    if not any(s.kind == "POLITICS" for s in spans):
        return spans
    out = []
    for i, span in enumerate(spans):
        if span.kind == "POLITICS":
            match = _AFTER.match(text, span.end)
            ceiling = spans[i + 1].start if i + 1 < len(spans) else len(text)
            if match is not None and match.end() <= ceiling:
                span = PiiSpan(span.start, match.end(), span.kind)
        out.append(span)
    return out
