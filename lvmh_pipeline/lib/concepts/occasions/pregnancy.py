"""A pregnancy told as a state ("pregnant, so a chair for the fitting", "incinta al quinto mese")
in a note about another occasion (Mother's Day, a housewarming, New Year's Eve) is no birth to
celebrate: the birth stays only when a word of the birth itself backs it (due date, baby shower,
push present, "expecting a baby", "nasce em outubro") or when the note names no other occasion. A pregnancy that dates
something else ("depuis sa grossesse, elle ne supporte plus le nickel", "since her pregnancy") or one whose gift is
the trip before the birth (a babymoon) is no birth either. Nor is a pregnancy in a note that denies the birth gift
("not a birth gift, a treat for herself", "出産祝いではなく、自分へのご褒美"): the only birth named is negated.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from lvmh_pipeline.lib.common.text import NormalizedText, fold
from lvmh_pipeline.lib.concepts.matcher import AliasMatch

if TYPE_CHECKING:
    from lvmh_pipeline.lib.concepts.context import ConceptMeta
    from lvmh_pipeline.lib.concepts.hits import ConceptHit

__all__ = ["denied_births", "pregnancy_only"]

# Words of the birth itself that back a pregnancy (folded substrings): the due date, the delivery.
_BACKING = tuple(fold(w) for w in (
    "due date|due in|due on|is due|accouch|terme prévu|parto|data prevista|fecha prevista|geburtstermin|"
    "entbindung|uitgerekend|bevalling|роды|родит|рожать|родов|ولادة|الولادة|الوضع|出産|予定日|预产|預產|출산|예정일|"
    "nasce em|nasce no|nasce na|nace en|nacerá|nascerà|naîtra|will be born|wird geboren|kommt zur welt|"
    "wordt geboren|родится|يولد|生まれる|태어나"
).split("|"))

_STATE_WORDS = frozenset(fold(w) for w in (
    "pregnant pregnancy enceinte grossesse incinta gravidanza embarazada embarazo schwanger schwangerschaft "
    "grávida gravida gravidez zwanger zwangerschap беременна беременная беременность беременной "
    "حامل حاملة حامله 妊娠 妊娠中 怀孕 懷孕 임신 임신중 임신 중"
).split())


def pregnancy_only(nt: NormalizedText, matches: list[AliasMatch], meta: ConceptMeta, found: list[int],
                   dropped: set[int], negated: Sequence[bool] = ()) -> set[int]:
    """Indices of the birth matches of ``found`` to drop: every birth match is a pregnancy state
    word and another occasion, not dropped, is in the note; or every birth match not ``negated``
    is a pregnancy state word and one is negated (the note denies the birth gift)."""
    birth = meta.by_name.get("birth", -1)
    births = [i for i in found if matches[i][2] == birth]
    if not births:
        return set()
    folded = nt.folded
    denied = {i for i in births if i < len(negated) and negated[i]}
    if denied and all(folded[matches[i][0] : matches[i][1]] in _STATE_WORDS for i in births if i not in denied):
        return set(births) - denied
    since = {i for i in births if _since(folded, matches[i][0], matches[i][1])}
    if any(word in folded for word in _BACKING):
        return since
    if not any(matches[i][2] != birth and i not in dropped for i in found) and "babymoon" not in folded:
        return since
    if all(folded[matches[i][0] : matches[i][1]] in _STATE_WORDS for i in births):
        return set(births)
    return since


# "since" before a pregnancy word, or after it in Korean and Japanese: the time since, no birth to come.
_SINCE_BEFORE = frozenset(fold(w) for w in "since depuis seit desde dalla dal sinds после منذ".split())
_SINCE_AFTER = ("이후", "후로", "以来", "以後", "以降")


def _since(folded: str, start: int, end: int) -> bool:
    """A pregnancy word dating something else: "depuis sa grossesse", "seit der Schwangerschaft", "임신 이후"."""
    words = folded[max(0, start - 24) : start].split()[-3:]
    if any(w in _SINCE_BEFORE for w in words):
        return True
    return folded[end : end + 4].lstrip().startswith(_SINCE_AFTER)


def denied_births(found: Sequence[ConceptHit], kept: Sequence[ConceptHit]) -> list[ConceptHit]:
    """``kept`` (the concepts pseudonymization redacted: a redacted pregnancy keeps its ``birth``)
    without its birth hits when the note's own ``found`` hits deny the birth gift and name none:
    a negated ``birth`` and no affirmed one ("[HEALTH]中 … 出産祝いじゃなくて、自分へのご褒美")."""
    births = [hit.negated for hit in found if hit.concept == "birth"]
    if not births or not all(births):
        return list(kept)
    return [hit for hit in kept if hit.concept != "birth" or hit.negated]
