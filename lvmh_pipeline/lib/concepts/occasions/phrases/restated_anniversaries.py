"""A bare "anniversaire" / "aniversário" (a birthday by default in French and Portuguese) restated right after by a
couple's count of years or their marriage: "pour leur anniversaire, cinq ans ensemble", "o aniversário deles, dez
anos de casados" — the couple's anniversary the next match names, no birthday (:func:`restated_anniversaries`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lvmh_pipeline.lib.common.text import NormalizedText
from lvmh_pipeline.lib.concepts.matcher import AliasMatch

if TYPE_CHECKING:
    from lvmh_pipeline.lib.concepts.context import ConceptMeta

__all__ = ["restated_anniversaries"]

_BARE = frozenset(("anniversaire", "anniversaires", "aniversario", "aniversarios"))
_COUPLE = ("relationship_anniversary", "wedding_anniversary")
_STOPS = re.compile(r"[.!?;\n]")
_MAX_WORDS = 6


def restated_anniversaries(nt: NormalizedText, matches: list[AliasMatch], meta: ConceptMeta, dropped: set[int]) -> set[int]:
    """The birthday matches that are a bare anniversary word the next occasion match restates as the couple's
    anniversary, within ``_MAX_WORDS`` words of the same sentence (see the module)."""
    birthday = meta.by_name.get("birthday", -1)
    couple = {meta.by_name.get(name, -2) for name in _COUPLE}
    if not any(m[2] in couple for m in matches):
        return set()
    folded = nt.folded
    out: set[int] = set()
    for i, m in enumerate(matches):
        if m[2] != birthday or i in dropped or folded[m[0] : m[1]] not in _BARE:
            continue
        j = next((k for k in range(i + 1, len(matches)) if meta.occasion[matches[k][2]] and matches[k][0] >= m[1]), None)
        if j is None or matches[j][2] not in couple:
            continue
        o_start, o_end = nt.to_original(m[1], matches[j][0]) if nt.starts is not None else (m[1], matches[j][0])
        gap = nt.original[o_start:o_end]
        if not _STOPS.search(gap) and len(gap.split()) <= _MAX_WORDS:
            out.add(i)
    return out
