"""An Italian married name: the husband's family name after "in" ("Chiara Colombo in Rossi", "Sig.ra
Bruni in Ferraro"), or the late husband's after "ved." ("Anna Neri ved. Galli").

Italian records give a married woman's own family name, then her husband's after "in" (a widow's
after "ved.", "vedova"): after a given name and a family name, or a title and a family name, the
capitalised word after "in" is the second family name, not a place ("… in Brianza": a place of
the lexicon of places, or no listed family name, stays).
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.guard import is_given_name, is_place_month_or_brand, is_surname, is_vocabulary

__all__ = ["married_names"]

_CAP = r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]+"
_MARRIED = re.compile(
    rf"(?<![\w])((?:{_CAP}|[A-Z][a-z]{{1,4}}\.(?:ra|na|ssa)?))[ \t]+({_CAP})[ \t]+(?:in|ved\.|vedova)[ \t]+({_CAP})(?![\w\-])"
)
_TITLES = ("Sig.ra", "Sig.na", "Signora", "Dott.ssa", "Prof.ssa", "Avv.", "Ing.", "Arch.", "Dr.", "Dott.", "Sig.")


def married_names(text: str) -> list[PiiSpan]:
    if " in " not in text and "ved" not in text:
        return []
    spans = []
    for m in _MARRIED.finditer(text):
        first, own, husband = m.group(1), m.group(2), m.group(3)
        if not (is_given_name(first) or first in _TITLES or first.casefold() == "signora"):
            continue
        if not (is_surname(own) or not is_vocabulary(own)) or is_place_month_or_brand(husband) or is_vocabulary(husband) and not is_surname(husband):
            continue
        if is_surname(husband):
            spans.append(PiiSpan(m.start(3), m.end(3), "NAME"))
    return spans
