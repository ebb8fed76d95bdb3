"""A noble title before a particle and the family name: "Hrn. Baron v. Stein", "Graf von Lehndorff",
"le Comte de Vauban", "il Conte di Serravalle", "Baron van Hövell".

Baron, Graf, Count, Duke … are family names too ("Frau Baron", "Steffi Graf"), so they are no title
of :mod:`..lexicon.titles`; before a particle (written out or short: "v.", "v.d.") they are the
title, and the family name is what follows the particle ("v. Stein", "von Lehndorff": Stein,
Lehndorff). The title and the particle stay: "der Baron" further on is the person by rank, no name.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.cues.words import LETTER, UPPER
from lvmh_pipeline.lib.privacy.names.guard import COMMON, classify, is_place_month_or_brand

__all__ = ["NOBLE_BEFORE_PARTICLE", "noble_names", "noble_title"]

_NOBLE = (
    r"Baron|Graf|Fürst|Prinz|Herzog|Markgraf|Landgraf|Count|Earl|Duke|Viscount|Marquess|Baronet|Comte|Vicomte|"
    r"Marquis|Duc|Prince|Conte|Marchese|Duca|Principe|Conde|Marqués|Duque|Barão|Visconde|Graaf|Burggraaf|Барон|Граф|Князь"
)
_SHORT = r"v\.[ \t]?d\.|v\.|v/d|vd"
_FULL = r"von[ \t]+und[ \t]+zu|von[ \t]+der|von[ \t]+dem|van[ \t]+der|van[ \t]+den|von|vom|zu|van|de[ \t]+la|de|du|des|d['’]|di|del|della|фон|де"
# The title and the particle, then the family name (hyphenated too), or its placeholder once a pass
# has replaced it ("Baron v. [NAME]": the title stays a title on the next pass)
NOBLE_BEFORE_PARTICLE = re.compile(
    rf"(?<![{LETTER}])(?:{_NOBLE})[ \t]+(?:(?P<short>{_SHORT})[ \t]*|(?P<full>(?:{_FULL}))(?:[ \t]+|(?<=['’])))"
    rf"(?P<family>[{UPPER}][{LETTER}'’]+(?:-[{UPPER}][{LETTER}'’]+)?|\[NAME\])"
)


def noble_names(text: str) -> list[PiiSpan]:
    """The family names after a noble title and a particle (see the module)."""
    spans = []
    for m in NOBLE_BEFORE_PARTICLE.finditer(text):
        family = m.group("family")
        if family == "[NAME]":
            continue
        if classify(family) == COMMON or is_place_month_or_brand(family) and not m.group("short"):
            continue  # "Duke of Edinburgh", "Comte de Paris": a place, no family name
        spans.append(PiiSpan(m.start("family"), m.end("family"), "NAME"))
    return spans


# The title alone, with an article before it ("le Comte", "il Conte", "der Graf")
_TITLE_ALONE = re.compile(rf"(?:(?:[Ll]e|[Ll]a|[Ii]l|[Ee]l|[Dd]er|[Dd]ie|[Tt]he|[Oo])[ \t]+)?(?P<noble>{_NOBLE})")


def noble_title(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a noble title (its article too) before its particle and family name
    ("Graf" of "Graf von Lehndorff", "le Comte" of "le Comte de Vauban")? It names a rank, no one."""
    m = _TITLE_ALONE.fullmatch(text, start, end)
    return m is not None and NOBLE_BEFORE_PARTICLE.match(text, m.start("noble")) is not None
