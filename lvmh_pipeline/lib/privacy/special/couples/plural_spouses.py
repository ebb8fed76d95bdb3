"""A couple of two people named side by side, then a plural spouse word of one gender (ORIENTATION).

A CRM line may name the two of a couple and say what they are to each other with one plural word:
"Ade & Sam (husbands)", "[NAME] and [NAME], wives", "[NAME] y [NAME] (maridos)", "[NAME] und [NAME] –
Ehefrauen". Two husbands or two wives are a same-sex couple: the plural word is a ``partners`` hit. A
plural of mixed gender ("spouses", "époux", "esposos", "echtgenoten") tells nothing, and so does a
plural not right after a pair ("the ladies came without their husbands"), nor the husbands or wives
of somebody else ("Tom and Jerry, wives of the two brothers").
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.common.text import NormalizedText, to_folded
from lvmh_pipeline.lib.privacy.special.lexicon import PARTNER, SPECIAL_KINDS, TERM

__all__ = ["plural_spouses"]

_ORIENTATION = SPECIAL_KINDS.index("ORIENTATION")
_PERSON = r"(?:\[NAME\]|[A-ZÀ-ÝА-ЯЁ][\w'’\-]*)(?:[ \t]+(?:\[NAME\]|[A-ZÀ-ÝА-ЯЁ][\w'’\-]*))?"
_AND = r"[ \t]*(?:&|\+|and|und|et|y|e|en|и)[ \t]*"
# the plural of a husband or of a wife (never a mixed plural)
_PLURALS = (r"husbands|wives|maris|épouses|Ehemänner|Ehefrauen|maridos|esposas|mariti|mogli|"
            r"мужья|жёны|жены")
_PATTERN = re.compile(rf"(?<![\w\]]){_PERSON}{_AND}{_PERSON}[ \t]*(?:\(|,|–|—|-|:)[ \t]*(?P<plural>{_PLURALS})(?![\w])"
                      r"(?![ \t]+(?:of|to|de|des|du|di|dei|degli|delle|von|der|des|van|del|do|da|dos|das)(?![\w]))",
                      re.IGNORECASE)
_GATE = re.compile(rf"(?<![\w])(?:{_PLURALS})(?![\w])", re.IGNORECASE)


def plural_spouses(nt: NormalizedText) -> list[tuple]:
    """ORIENTATION ``partners`` hits (folded offsets) for a plural spouse word right after a pair."""
    text = nt.original
    if not _GATE.search(text):
        return []
    return [(to_folded(nt, m.start("plural")), to_folded(nt, m.end("plural")), _ORIENTATION, TERM, PARTNER)
            for m in _PATTERN.finditer(text)]
