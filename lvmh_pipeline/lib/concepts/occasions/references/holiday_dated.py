"""An occasion dated by the usual-date holiday said right after it: "un anello per la proposta, a San Valentino"
(the proposal is on Valentine's Day: February), "the engagement, at Christmas", "la demande, à Noël" — a preposition of
time opens the holiday, at most a comma, a filler and three words after the occasion (:func:`holiday_dated`). A movable
holiday the note dates does the same: "il battesimo del nipotino, eh, a Pasqua, quindi aprile" (April), and it only dates
the occasion there (dropped); so does one no month dates, said right after the occasion and its complement: "per il
battesimo del nipotino a Pasqua" (the baptism, undated; no Easter).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from lvmh_pipeline.lib.common.text import NormalizedText, fold
from lvmh_pipeline.lib.concepts.matcher import AliasMatch

if TYPE_CHECKING:
    from lvmh_pipeline.lib.concepts.context import ConceptMeta

__all__ = ["holiday_dated"]

_AT = frozenset(fold(w) for w in "a at on for à au pour am an zu zum zur op met en el para na no em pra в на к في".split())
_STOPS = (".", ";", "!", "?", "\n", "(", "。", "；")
_MAX_WORDS = 3
_FILLERS = frozenset(fold(w) for w in "eh ehm euh uh um er äh ähm hmm э ну".split())
# (German genitive possessives are such a complement too: "Jahrestag seines ersten Dates am Valentinstag")
_OF = frozenset(fold(w) for w in "of del della dello dei di de du des von vom der van do da dos das ihres ihrer seines seiner unseres unserer".split())
_MOVABLE = ("easter", "eid", "lunar_new_year", "diwali", "hanukkah", "mid_autumn", "thanksgiving")
# A restated plan before the preposition: "(the ring), proposal planned at Christmas", "(la bague), demande prévue à Noël".
_PLANNED = frozenset(fold(w) for w in (
    "planned scheduled set prevue prevu prevues prevus geplant vorgesehen angesetzt prevista previsto programada programado "
    "prevista previsto programmata programmato pianificata pianificato marcada marcado prevista gepland voorzien "
    "запланировано запланирован запланирована назначено назначена"
).split())
# ... opened by a preposition of time, not of purpose ("Regalos corporativos para el Año Nuevo chino": gifts for it)
_AT_TIME = frozenset(fold(w) for w in "a at on à au am zu zum en el na no em в في".split())


def holiday_dated(
    nt: NormalizedText, matches: list[AliasMatch], meta: ConceptMeta, language: str | None, timed: Sequence[int],
    months: dict[int, int], dropped: set[int],
) -> None:
    """Give each undated occasion among ``timed`` the month of a usual-date holiday right after it (see the module)."""
    fixed = meta.language_months.get((language or "").upper(), meta.fixed_month)
    movable = {meta.by_name.get(name, -1) for name in _MOVABLE}
    if not timed or not any(fixed[m[2]] or m[2] in movable for m in matches):
        return  # (most notes: no usual-date holiday, no dated movable one)
    for i in timed:
        if i in months or matches[i][2] in movable:
            continue
        before = _dense_before(nt, matches, meta, i, fixed, movable, months)
        if before:  # "발렌타인데이에 프러포즈", "バレンタインにプロポーズ", "情人节那天求婚"
            months[i] = before
            continue
        end = matches[i][1]
        j = next((k for k in range(i + 1, len(matches)) if matches[k][0] >= end and meta.occasion[matches[k][2]]), None)
        if j is None or j in dropped or not (fixed[matches[j][2]] or matches[j][2] in movable):
            continue
        undated = matches[j][2] in movable and j not in months
        o_end, o_start = nt.to_original(end, matches[j][0])
        between = nt.original[o_end:o_start]
        if between.strip()[:1] in _COMMAS and between.strip()[1:].strip() in _DENSE_IS:
            months[i] = months.get(j) or fixed[matches[j][2]] or 0  # "在一起五周年，就是情人节那天": both, one month
            if not months[i]:
                months.pop(i)
            continue
        if _is_on(between):  # "her birthday is on Christmas Eve", "생일이 크리스마스 이브라서": the holiday is its date only
            months[i] = months.get(j) or fixed[matches[j][2]] or 0
            if not months[i]:
                months.pop(i)
            dropped.add(j)
            months.pop(j, None)
            continue
        parts = [[w for w in fold(part).split() if w not in _FILLERS] for part in between.split(",")]
        parts = [p for p in parts if p]
        if parts and len(parts[-1]) >= 2 and parts[-1][-1] in _AT_TIME and parts[-1][-2] in _PLANNED:
            parts[-1] = parts[-1][-1:]  # "bague de fiançailles, demande prévue à Noël": the restated plan, then its date
        words = [w for p in parts for w in p]
        # the preposition opens the holiday's own clause: "la proposta, a Natale", "il battesimo del nipotino, eh, a Pasqua"
        # "il battesimo del nipotino a Pasqua": the occasion's "of" complement, then the preposition of time
        of_first = len(parts) == 1 and words[0] in _OF and words[-1] in _AT_TIME and len(words) <= _MAX_WORDS + 1
        if any(stop in between for stop in _STOPS) or not words or len(words) > _MAX_WORDS + (2 if len(parts) > 1 else int(of_first)) \
                or (parts[-1][0] not in _AT and not of_first) or (len(parts) == 1 and words[0] not in _AT and not of_first):
            continue
        if matches[j][2] in movable and ((words[-1] if of_first else parts[-1][0]) not in _AT_TIME or matches[i][2] == meta.by_name.get("corporate_gift")):
            continue
        if undated:  # "il battesimo del nipotino a Pasqua": a movable holiday no month dates only dates the occasion
            dropped.add(j)
            continue
        months[i] = months.get(j) or fixed[matches[j][2]]
        if matches[j][2] in movable:
            dropped.add(j)  # "battesimo, a Pasqua, quindi aprile": Easter dates the baptism
            months.pop(j, None)


# A usual-date holiday right before an occasion, joined by a particle of time (Korean, Japanese, Chinese): it dates it.
_DENSE_AT = frozenset(("에", "에는", "에도", "に", "には", "那天", "当天", "那一天", "的时候"))
_COMMAS = frozenset(",，、")
# ... or with the person it is for between them: "크리스마스에 여자친구한테 프러포즈", "クリスマスに彼女にプロポーズ".
_DENSE_AT_TO = re.compile(r"(?:에|에는|に|には)\s*[^\W\d_]{1,6}(?:한테|에게|께|に)\s*")


def _dense_before(
    nt: NormalizedText, matches: list[AliasMatch], meta: ConceptMeta, i: int, fixed: Sequence[int], movable: set[int],
    months: dict[int, int],
) -> int:
    """The month of the holiday said right before occasion ``i`` with a particle of time between them
    ("발렌타인데이에 프러포즈", "クリスマスにプロポーズ", "在情人节那天求婚"); 0 without one (the holiday stays)."""
    start = matches[i][0]
    j = next((k for k in range(i - 1, -1, -1) if matches[k][1] <= start and meta.occasion[matches[k][2]]), None)
    if j is None:
        return 0
    o_end, o_start = nt.to_original(matches[j][1], start)
    between = nt.original[o_end:o_start].strip()
    if between not in _DENSE_AT and _DENSE_AT_TO.fullmatch(between) is None:
        return 0
    return months.get(j) or (fixed[matches[j][2]] if matches[j][2] not in movable else 0)


# An occasion said to fall on the holiday: a copula (or "falls") and a preposition of time between them ("birthday is on
# Christmas Eve", "anniversaire tombe à Noël", "Geburtstag ist an Heiligabend", "cumpleaños cae en Navidad"), or a
# subject particle alone in Korean, Japanese and Chinese ("생일이 크리스마스", "誕生日がクリスマス", "生日是圣诞节").
_IS = frozenset(fold(w) for w in (
    "is s falls fell was est tombe tombait etait ist fallt fiel war es cae cayo fue e cade era cai caiu foi valt viel was "
    "приходится выпадает"
).split())
_ON = frozenset(fold(w) for w in "on at à a au le am an en el na no em op в на".split())
_DENSE_IS = frozenset(("이", "가", "은", "는", "は", "が", "是", "在", "就是", "正好是", "也是"))


def _is_on(between: str) -> bool:
    """Only a copula and a preposition of time (or a dense subject particle) between an occasion and a holiday."""
    dense = between.strip()
    if dense in _DENSE_IS:
        return True
    words = fold(between.replace("'", " ").replace("’", " ")).split()
    if words[:1] and words[0] in ("dele", "dela", "deles", "delas"):  # "o aniversário dele é no Natal"
        words = words[1:]
    if words[:1] == ["day"] or words[:1] == ["le"] and words[1:2] == ["jour"]:
        return False
    return 2 <= len(words) <= 4 and words[0] in _IS and words[1] in _ON and all(w in _ON or w in ("the", "jour", "de", "day", "of", "dia", "dag", "tag") for w in words[2:])
