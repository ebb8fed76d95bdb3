"""The month of an occasion a fixed-date holiday places in time: "her mum's seventieth the week after New Year"
(January), "son anniversaire, deux semaines avant Noël" (December), "drei Tage nach Neujahr" (January). The holiday
itself is no occasion there (:func:`.holiday_references.other_references` drops it); the occasion of its sentence
with no month of its own takes the month the offset lands in.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lvmh_pipeline.lib.common.text import NormalizedText, fold
from lvmh_pipeline.lib.concepts.budgets.numbers.words import NUM, word_tokens
from lvmh_pipeline.lib.concepts.matcher import AliasMatch

if TYPE_CHECKING:
    from lvmh_pipeline.lib.concepts.context import ConceptMeta

__all__ = ["holiday_offsets"]

_DAYS = {"christmas": (12, 25), "new_year": (1, 1), "valentines_day": (2, 14)}
_BEFORE = frozenset(fold(w) for w in "before avant vor prima antes voor до".split())
_AFTER = frozenset(fold(w) for w in "after après nach dopo después depois na после".split())
_UNITS = {fold(w): days for words, days in (
    ("day days jour jours tag tage tagen giorno giorni dia dias día días dag dagen день дня дней", 1),
    ("week weeks semaine semaines woche wochen settimana settimane semana semanas weken неделю недели недель", 7),
) for w in words.split()}
_ONE = frozenset(fold(w) for w in "a an the one une un eine einen einer una uno um uma een la le die der de".split())
_ARTICLES = frozenset("the de la le l el del di do da dem der den het lo il of von".split())
_STOPS = (".", "!", "?", "\n", ";", "。", "！", "？", "；")
# An ordinal before Christmas's season ("am zweiten Advent", "the second Sunday of Advent"): its n-th Sunday.
_ADVENT = ("advent", "avent", "avvento", "adviento", "advento")
_ADVENT_NTH = {fold(w): n for words, n in (
    ("first 1st ersten erster premier premiere primo prima primer primero primeiro eerste", 1),
    ("second 2nd zweiten zweiter deuxieme secondo seconda segundo tweede", 2),
    ("third 3rd dritten dritter troisieme terzo terza tercer tercero terceiro derde", 3),
    ("fourth 4th vierten vierter quatrieme quarto quarta cuarto vierde", 4),
) for w in words.split()}


def _offset(nt: NormalizedText, start: int, advent: bool = False) -> int | None:
    """Signed days of "<count> <unit> before/after" right before folded ``start`` (or of the n-th Sunday of
    ``advent``), or None."""
    words = nt.folded[max(0, start - 40) : start].split()[-5:]
    while words and words[-1] in _ARTICLES:
        words.pop()
    nth = _ADVENT_NTH.get(words[-1]) if words and advent else None
    if nth is None and advent and words[-2:] == ["sunday", "of"] and len(words) >= 3:
        nth = _ADVENT_NTH.get(words[-3])  # "the second Sunday of Advent"
    if nth is not None:
        return -(4 - nth) * 7 - 4  # the n-th Sunday of Advent, about so many days before Christmas
    if len(words) < 2 or (words[-1] not in _BEFORE and words[-1] not in _AFTER) or words[-2] not in _UNITS:
        return None
    count = 1
    if len(words) >= 3 and words[-3] not in _ONE:
        tokens = word_tokens(words[-3]) if not words[-3].isdigit() else ((NUM, float(words[-3])),)
        if tokens and all(kind == NUM for kind, _ in tokens):
            count = int(sum(v for _, v in tokens))
    unit = _UNITS[words[-2]]
    days = count * unit - unit // 2  # the middle of the last week: "the week after Christmas" is still December
    return -days if words[-1] in _BEFORE else days


def holiday_offsets(nt: NormalizedText, matches: list[AliasMatch], meta: ConceptMeta, references: set[int],
                    timed: Sequence[int], months: dict[int, int], year: int = 2026) -> None:
    """Set in ``months`` the month of the occasion (among the ``timed`` indices, with no month yet) that a holiday
    among ``references`` dates by an offset in its sentence."""
    text = nt.original
    for i in references:
        day = _DAYS.get(meta.names[matches[i][2]])
        offset = _offset(nt, matches[i][0], nt.folded.startswith(_ADVENT, matches[i][0])) if day else None
        if offset is None or abs(offset) > 31:
            continue
        o_start, o_end = nt.to_original(matches[i][0], matches[i][1])
        lo = max(text.rfind(stop, 0, o_start) for stop in _STOPS) + 1
        hi = min((at for at in (text.find(stop, o_end) for stop in _STOPS) if at >= 0), default=len(text))
        undated = [k for k in timed if k not in months and lo <= nt.to_original(matches[k][0], matches[k][1])[0] < hi]
        if undated:
            k = min(undated, key=lambda j: abs(matches[j][0] - matches[i][0]))
            months[k] = (date(year, *day) + timedelta(days=offset)).month
