"""Where two address spans found by different finders overlap: the street's own extent wins.

- a labelled clause ("Deliver to …", "Lieferung an …") that runs past the street, its number and its
  city into the rest of the sentence (a deadline, a request: "…, 1010 Wien, please by Friday") ends
  where the street found inside it ends; a flat, a floor or a room after the street stays in it;
- a labelled clause that opens on a building's or a hotel's name before the street ("Grand Hotel, 5 Rue
  X") starts at the street: the building names a place, the street and its number are the address;
- a "Plaza Mayor, 25"-shaped street whose number is the house number of a number-first street
  written right after it ("Plaza Hotel, 12 Avenue X, 75008 Paris") gives way to that street.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.addresses.extent import fit_address
from lvmh_pipeline.lib.privacy.spans import PiiSpan

__all__ = ["streets_win"]

# a flat, a floor, a room, a box after the street: part of the address
_UNIT_AFTER = re.compile(
    r"[ \t]*,?[ \t]*(?i:apt|apto|app|appt|apartment|appartement|flat|suite|ste|unit|floor|fl|bus|bte|boîte|étage|etage"
    r"|piso|planta|puerta|andar|sala|bloco|bloque|escalera|esc|portal|dpto|depto|interno|int|scala|porta|stock|og|eg"
    r"|verdieping|hs|huis|room|rm|chambre|zimmer|kamer|habitación|quarto|camera|c/o|кв|офис|номер|этаж)(?![^\W\d_])"
)
# the rest of a sentence after the street: a lower-case word first
_SENTENCE_GOES_ON = re.compile(r"[ \t]*,?[ \t]*[a-zß-öø-ÿа-яё]")
# a building's name before the street: capitalised words and a comma, no digit
_BUILDING_FIRST = re.compile(r"(?:[A-ZÀ-Þ][\w'’\-]*[ \t]){0,3}[A-ZÀ-Þ][\w'’\-]*,[ \t]?$")


def _inner_street(text: str, outer: PiiSpan, spans: list[PiiSpan]) -> PiiSpan | None:
    """The street span lying inside ``outer`` that ends before it, taken over its city."""
    for inner in spans:
        if inner is outer or not (outer.start <= inner.start and inner.end < outer.end):
            continue
        if not any(c.isdigit() for c in text[inner.start : inner.end]):
            continue
        fitted = fit_address(text, inner)
        if fitted is not None and fitted.end < outer.end:
            return fitted
    return None


def streets_win(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` with the overlaps settled for the street's extent (see the module)."""
    if len(spans) < 2:
        return spans
    out = []
    for span in spans:
        if any(
            other.start > span.start and other.start < span.end < other.end
            and text[other.start : span.end].strip().isdigit()
            for other in spans
        ):
            continue  # "Plaza Hotel, 12" before "12 Avenue X, 75008 Paris"
        inner = _inner_street(text, span, spans)
        if inner is not None and _SENTENCE_GOES_ON.match(text, inner.end) and not _UNIT_AFTER.match(text, inner.end):
            start = inner.start if _BUILDING_FIRST.fullmatch(text, span.start, inner.start) else span.start
            span = PiiSpan(start, inner.end, span.kind)
        out.append(span)
    return out
