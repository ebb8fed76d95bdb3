"""An origin told as a birth to parents from somewhere else (ORIGIN).

Writers tell an origin by a birthplace and the parents' one: "born in Leeds to parents from Lagos",
"née à Lyon de parents venus d'Oran", "nacida en Madrid de padres de Lima", "nata a Roma da genitori
di Asmara", "nascido em Lisboa de pais vindos de Luanda". The fact is a birth word, then in its clause
the parents (after "to", "de", "da", "di", "of") and a capitalised place after "from", "de", "di",
"da", "do" (maybe past one or two words: "venus de", "originari di"). The span runs from the birth word
to the end of the place's capitalised words. The parents' demonym ("to Nigerian parents", "de parents
marocains") is a lexicon frame already; a birth alone ("born in Leeds"), parents alone ("the parents
of Marco came"), parents without a place ("de parents divorcés", "to parents who love jewellery")
stay readable. The words are this module's own lists, matched case-blind at word starts, the place
case-sensitive.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.special.contexts.origin.ancestry import with_origin
from lvmh_pipeline.lib.privacy.spans import PiiSpan
from lvmh_pipeline.lib.privacy.special.contexts.words import mentions_any

__all__ = ["born_to_parents"]

_BORN = r"born|née?s?|nacid[oa]s?|nascid[oa]s?|nat[oaie]"
_PARENTS = r"parents|padres|pais|genitori"
_FROM = r"from|of|de|des|du|d['’]|di|da|dal|dalla|do"
_PLACE = r"[A-ZÀ-Ý][^\W\d_]+(?:[ -][A-ZÀ-Ý][^\W\d_]+)*"
# born ... (to|de|da|di|of) [one word] parents [up to two words] (from|de|di …) Place, in one clause
_FACT = re.compile(
    rf"(?<!\w)(?:{_BORN})(?!\w)[^,;:.!?\n()→|]{{0,50}}?(?<!\w)(?:to|of|de|da|di)\s+(?:\w+\s+)?(?:{_PARENTS})(?!\w)"
    rf"(?:\s+[^\W\d_]+){{0,2}}?\s+(?:{_FROM})\s*(?=(?-i:{_PLACE}))",
    re.IGNORECASE)
_PLACE_RE = re.compile(_PLACE)
_GATE = ("parents", "padres", "pais", "genitori")


def born_to_parents(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` (sorted, non-overlapping) with each birth to parents from a named place of ``text``
    as an ORIGIN span, merged with the ORIGIN spans it overlaps; one that would overlap a span of
    another category or a placeholder stays as it was."""
    if not mentions_any(text, _GATE):
        return spans
    out = list(spans)
    for fact in _FACT.finditer(text):
        place = _PLACE_RE.match(text, fact.end())
        start, end = fact.start(), place.end()
        if "[" in text[start:end] or any(s.kind != "ORIGIN" and s.start < end and start < s.end for s in out):
            continue
        out = with_origin(out, start, end)
    return sorted(out)
