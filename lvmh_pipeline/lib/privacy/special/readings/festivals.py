"""A faith word that only says which calendar a festival follows ("Orthodox Christmas") is the
occasion's date, not the client's faith: the festival is a gift occasion, kept readable like
"Christmas" itself (the lexicon's ``keep`` phrases hold the plain order, "Orthodox Easter",
"православное Рождество", "orthodoxe Weihnachten").

Speech puts the adjective after the festival, or repeats the preposition for it: "на Рождество, на
православное", "Christmas, the Orthodox one", "pour Noël, l'orthodoxe", "zu Weihnachten (orthodox)",
"Рождество православное". A RELIGION span that is that one adjective, after a festival word in the
same clause with only punctuation, a preposition or an article between, stays readable
(:func:`festival_calendars`). The faith stated of a person stays a fact ("на Рождество, она
православная" has a subject between, "Orthodox, goes to church at Easter" has other words).
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.spans import PiiSpan

__all__ = ["festival_calendars"]

# a faith adjective, one word (any case and gender)
_FAITH_ADJECTIVE = re.compile(
    r"(?:orthodox\w*|ortodoss\w*|ortodox\w*|православ\w*|catholi\w*|katholi\w*|cat[oó]lic\w*|cattolic\w*|"
    r"католическ\w*|copt\w*|коптск\w*|julian\w*|julien\w*|юлианск\w*)", re.IGNORECASE)
# a festival a faith's calendar dates (the word before the adjective)
_FESTIVAL = re.compile(
    r"(?<!\w)(?:Christmas|Xmas|Easter|No[eë]l|P[aâ]ques|Weihnacht\w*|Oster\w*|Navidad|Pascua|Natal|P[aá]scoa|Natale|"
    r"Pasqua|Kerst\w*|Pasen|Рождеств\w*|Пасх\w*)(?!\w)", re.IGNORECASE)
# between the festival and its adjective: a space or a bracket ("Рождество православное", "Christmas
# (Orthodox)"), or punctuation and the preposition or article said again ("на Рождество, на православное");
# a comma alone may open the client's own faith ("for Christmas, Orthodox herself")
_BETWEEN = re.compile(
    r"[ \t]*[(\[]?[ \t]*|[\s,\-\u2013\u2014:]*(?:на|в|во|к|the|le|la|l'|el|lo|il|o|a|der|die|das|dem|den|de|het|zu|zum|"
    r"for|pour|para|per)\s*", re.IGNORECASE)
_REACH = 30  # characters before the adjective searched for its festival


def festival_calendars(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` without a RELIGION span that is one faith adjective dating a festival said just
    before it ("на Рождество, на [православное]", see the module doc)."""
    if not isinstance(text, str) or not any(s.kind == "RELIGION" for s in spans):
        return spans
    kept = []
    for span in spans:
        if span.kind == "RELIGION" and _FAITH_ADJECTIVE.fullmatch(text, span.start, span.end) and _dated(text, span):
            continue
        kept.append(span)
    return kept


def _dated(text: str, span: PiiSpan) -> bool:
    """A festival word ends right before ``span``, only :data:`_BETWEEN` between them."""
    floor = max(0, span.start - _REACH)
    for festival in _FESTIVAL.finditer(text, floor, span.start):
        if _BETWEEN.fullmatch(text, festival.end(), span.start):
            return True
    return False
