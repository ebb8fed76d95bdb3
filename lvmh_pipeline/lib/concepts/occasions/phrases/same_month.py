"""Two occasions said to share a month: "结婚十周年礼物，太太生日同月（9月）", "their anniversary, her birthday the same
month (September)", "Hochzeitstag und Geburtstag im selben Monat, im Mai" — the month given to one of them dates the
other of the sentence too (:func:`same_month`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lvmh_pipeline.lib.common.literals import Literals
from lvmh_pipeline.lib.common.text import NormalizedText, fold
from lvmh_pipeline.lib.concepts.matcher import AliasMatch

if TYPE_CHECKING:
    from lvmh_pipeline.lib.concepts.context import ConceptMeta

__all__ = ["same_month"]

_SAME_MONTH = Literals(tuple(fold(w) for w in (
    "same month", "même mois", "meme mois", "selben monat", "gleichen monat", "stesso mese", "mismo mes", "mesmo mês",
    "mesmo mes", "dezelfde maand", "том же месяце", "тот же месяц", "同月", "同じ月", "同一个月", "同一個月", "같은 달",
    "같은달", "نفس الشهر", "الشهر نفسه",
)))
_SENTENCE = re.compile(r"[^.!?;\n。！？；]+")


def same_month(nt: NormalizedText, matches: list[AliasMatch], meta: ConceptMeta, months: dict[int, int],
               dropped: set[int]) -> None:
    """Give the undated occasions of a sentence saying two share a month that sentence's one month (in place)."""
    if not months or not _SAME_MONTH.any_in(nt.folded):
        return
    fast = nt.starts is None
    starts = {i: (m[0] if fast else nt.to_original(m[0], m[1])[0])
              for i, m in enumerate(matches) if meta.occasion[m[2]] and i not in dropped}
    for sentence in _SENTENCE.finditer(nt.original):  # (the folded text has no punctuation left)
        if not _SAME_MONTH.any_in(fold(sentence.group())):
            continue
        inside = [i for i, start in starts.items() if sentence.start() <= start < sentence.end()]
        dated = {months[i] for i in inside if i in months}
        if len(dated) != 1:
            continue
        month = dated.pop()
        for i in inside:
            months.setdefault(i, month)
