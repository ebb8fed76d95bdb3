"""The type of a diabetes and the device that treats it, told as asides after the condition (HEALTH).

A note names the condition, then adds its type and its pump past commas: "diabetic, type one, she
has the little pump thing", "diabétique, type un, elle a la pompe", "diabética, tipo uno, lleva la
bomba", "Diabetikerin, Typ eins, hat die Pumpe". The type and the device are the health fact as
much as the condition: they join its span. A type alone joins too ("diabetic, type two"); a pump
said without a diabetes before it stays the lexicon's ("insulin pump").
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan

__all__ = ["diabetes_types"]

_DIABETES = re.compile(r"diab|Zucker|suiker|диабет|糖尿|당뇨|سكري|السكر", re.IGNORECASE)
_GAP = r"[ \t]*(?:[,;(\-–—][ \t]*|[ \t]+)"
_TYPE = (r"(?:type|tipo|typ|тип[а-я]*)[ \t]*(?:one|two|1|2|I|II|un|deux|uno|due|dos|um|dois|eins|zwei|een|één|twee|"
         r"один|два|первый|второй)(?!\w)")
_WHO = r"(?:(?:she|he|elle|il|ella|él|lei|lui|ela|ele|sie|er|ze|hij|она|он)[ \t]+)?"
_HAS = (r"(?:has|wears|uses|is[ \t]+on|with|a|porte|utilise|avec|tiene|lleva|usa|con|ha|porta|tem|usa|com|hat|trägt|"
        r"mit|heeft|draagt|met|носит|с)")
_ARTICLE = (r"(?:(?:the|a|an|la|une|el|una|il|un|lo|a|o|uma|um|die|eine|einen|de|een|het|her|his|sa|son|su|sua)[ \t]+)?")
_SMALL = r"(?:(?:little|small|petite|pequeña|piccola|pequena|kleine|kleinen|klein)[ \t]+)?"
_PUMP = (r"(?:insulin[ \t]+)?(?:pump|pompe(?:[ \t]+à[ \t]+insuline)?|bomba(?:[ \t]+de[ \t]+insulina)?|microinfusore|"
         r"Insulinpumpe|Pumpe|insulinepomp|pomp|помп[а-я]*|sensor|capteur|Sensor)(?:[ \t]+thing|[ \t]+truc)?(?!\w)")
_ASIDES = re.compile(rf"{_GAP}(?:{_TYPE}(?:{_GAP}{_WHO}{_HAS}[ \t]+{_ARTICLE}{_SMALL}{_PUMP})?"
                     rf"|{_WHO}{_HAS}[ \t]+{_ARTICLE}{_SMALL}{_PUMP})", re.IGNORECASE)


def diabetes_types(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` (sorted, non-overlapping, original offsets) with each diabetes span taking the type
    and the pump written as asides right after it; a HEALTH span inside them joins, another span
    cuts them short."""
    out: list[PiiSpan] = []
    for span in spans:
        if out and out[-1].kind == "HEALTH" and span.kind == "HEALTH" and span.end <= out[-1].end:
            continue  # a pump the lexicon reads inside the grown span ("insulin pump")
        if out and span.start < out[-1].end:
            out[-1] = PiiSpan(out[-1].start, span.start, out[-1].kind)
        if span.kind == "HEALTH" and _DIABETES.search(text, span.start, span.end):
            match = _ASIDES.match(text, span.end)
            if match is not None:
                end = match.end()
                if "(" in match.group(0) and text[end : end + 1] == ")":
                    end += 1  # "diabética (tipo 2)": the bracket closes with its aside
                span = PiiSpan(span.start, end, span.kind)
        out.append(span)
    return out
