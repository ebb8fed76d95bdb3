"""A holiday whose date changes by country, followed by a short clause that says when it falls there: "for Mother's
Day, which for them is in May", "zum Muttertag, bei ihnen ist der im Mai", "pour la fête des mères, chez eux c'est en
mai", "на день матери, у них это в мае" (:func:`restated_months`). The clause right after the holiday's (one comma or
dash between) holds a copula within a few words and then a month: that month is the holiday's, not the language's usual
one. A note without such a holiday left undated pays nothing.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lvmh_pipeline.lib.common.text import NormalizedText, fold
from lvmh_pipeline.lib.concepts.matcher import AliasMatch
from lvmh_pipeline.lib.concepts.occasions.months import find_months

if TYPE_CHECKING:
    from lvmh_pipeline.lib.concepts.context import ConceptMeta

__all__ = ["restated_months"]

_COUNTRY_DATED = ("mothers_day", "fathers_day")
_MAX_GAP_CHARS = 48
_MAX_WORDS = 7
_OPEN = re.compile(r"\s*(?:,|–|—|-|\()\s*")
_BREAK = re.compile(r"[,.;:!?\n()\[\]]")
# The copula that says the holiday falls in the month ("is", "c'est", "это", "ist der", "es", "é", "valt")
_IS = frozenset(fold(w) for w in (
    "is s which that's it's est c'est tombe ist istder fallt ist's es cae cai e é è cade valt это будет приходится "
    "هو هي يكون"
).replace("'", " ").split())


def restated_months(
    nt: NormalizedText, matches: list[AliasMatch], meta: ConceptMeta, language: str | None, months: dict[int, int],
    dropped: set[int],
) -> None:
    """Give an undated country-dated holiday in ``matches`` the month its next clause says it falls in (see the module)."""
    wanted = {meta.by_name.get(name, -1) for name in _COUNTRY_DATED}
    undated = [i for i, m in enumerate(matches) if m[2] in wanted and i not in months and i not in dropped]
    if not undated:
        return
    original = nt.original
    for i in undated:
        o_end = nt.to_original(matches[i][0], matches[i][1])[1]
        opened = _OPEN.match(original, o_end)
        if opened is None:
            continue
        stop = _BREAK.search(original, opened.end(), opened.end() + _MAX_GAP_CHARS)
        c_end = stop.start() if stop else min(len(original), opened.end() + _MAX_GAP_CHARS)
        for mention in find_months(nt, language):
            m_start, m_end = nt.to_original(mention.start, mention.end)
            if not (opened.end() <= m_start and m_end <= c_end):
                continue
            words = fold(original[opened.end() : m_start].replace("'", " ").replace("’", " ")).split()
            if len(words) <= _MAX_WORDS and not _IS.isdisjoint(words) and not any(
                meta.occasion[m[2]] and opened.end() <= nt.to_original(m[0], m[1])[0] < m_start for m in matches
            ):
                months[i] = mention.month
            break
