"""A retired status told with a verb of going is the retirement to come: "gaat in oktober met pensioen",
"va bientôt à la retraite", "geht nächstes Jahr in den Ruhestand" — the status words ("met pensioen", "in pensione",
"à la retraite", "im Ruhestand") are otherwise a profession ("retired"), a verb of going a few words before them makes
them the event (dev writers label it ``retirement``, dated by its month); so do the years of work it ends said right
after a status word ("in pensione dopo 40 anni", "met pensioen na 40 jaar").

Hits are matcher tuples ``(start, end, concept, confidence)`` in folded coordinates.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.common.text import NormalizedText, fold
from lvmh_pipeline.lib.concepts.context import ConceptMeta
from lvmh_pipeline.lib.concepts.matcher import AliasMatch

__all__ = ["going_retired"]

# The status phrases a verb of going turns into the event (folded); adjectives ("retired", "pensionato") are not.
_STATUS_PHRASES = frozenset(fold(w) for w in (
    "met pensioen", "in pensione", "à la retraite", "en retraite", "im ruhestand", "на пенсии",
))
# Verbs of going (folded words), present or future: "gaat", "va", "geht", "part", "vai", "уходит".
_GOING = frozenset(fold(w) for w in (
    "gaat gaan zal zullen going goes will va vont partira part partent partiront andra vanno andranno "
    "geht gehen wird werden vai vao ira iran уходит уйдет уйдёт выходит выйдет"
).split())
# ... or the years of work it ends said right after it: "in pensione dopo 40 anni", "met pensioen na 40 jaar",
# "retired after 35 years", "jubilado tras 30 años" (dev writers: the retirement).
_AFTER_YEARS_STATUS = _STATUS_PHRASES | frozenset(fold(w) for w in (
    "retired", "pensionato", "pensionata", "jubilado", "jubilada", "aposentado", "aposentada", "pensionné", "pensionnée",
    "pensioned", "pensioniert", "gepensioneerd",
))
_AFTER_YEARS = re.compile(r",?\s+(?:after|apres|dopo|tras|despues de|depois de|na|nach|после)\s+(?:\d+|[^\W\d_]+)\s+"
                          r"(?:years?|yrs?|ans|annees|anni|anos|años|jaar|jr|jahren|лет|года)\b")
_REACH = 4  # words between the verb and the status phrase ("gaat in oktober met pensioen")
_CLAUSE_END = re.compile(r"[.;:!?,()\n→]")


def going_retired(nt: NormalizedText, matches: list[AliasMatch], meta: ConceptMeta) -> list[AliasMatch]:
    """``matches`` with each retired-status phrase after a verb of going in its clause relabelled ``retirement``."""
    retired, retirement = meta.by_name.get("retired", -1), meta.by_name.get("retirement", -1)
    if retired < 0 or retirement < 0 or not any(m[2] == retired for m in matches):
        return matches
    folded = nt.folded
    out = []
    for m in matches:
        if m[2] == retired and (folded[m[0] : m[1]] in _STATUS_PHRASES and _going_before(folded, m[0])
                                or folded[m[0] : m[1]] in _AFTER_YEARS_STATUS and _AFTER_YEARS.match(folded, m[1])):
            m = (m[0], m[1], retirement, m[3])
        out.append(m)
    return out


def _going_before(folded: str, start: int) -> bool:
    """A verb of going within :data:`_REACH` words before ``start``, in its clause."""
    head = folded[max(0, start - 60) : start]
    stop = max((c.end() for c in _CLAUSE_END.finditer(head)), default=0)
    return not _GOING.isdisjoint(head[stop:].split()[-_REACH:])
