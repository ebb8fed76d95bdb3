"""How an allergen's clause states it: denied by the word before it ("not shellfish"), affirmed by its own
allergy word or a cue beside it (:func:`affirmed`), an allergy word denied apart from it ("알레르기가 없는데 …
땅콩 알레르기": :func:`denial_closed`), stated as an allergy in its sentence (:func:`stated_allergen`). Used by
:func:`.allergies.pair_allergies`.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.common.text import NormalizedText
from lvmh_pipeline.lib.concepts.context import LIST_FILLERS, REDACTED_ALLERGEN, ConceptMeta, gap_words, near
from lvmh_pipeline.lib.concepts.matcher import AliasMatch
from lvmh_pipeline.lib.concepts.statements.tastes import CLAUSE

__all__ = ["affirmed", "denial_closed", "denied_before", "stated_allergen"]


# Negators that deny rather than avoid: "allergic to fish, not shellfish", "nicht Nüsse".
_DENIERS = frozenset("not nicht niet nao non не ليس ليست مش".split())


def denied_before(folded: str, start: int) -> bool:
    """The word before ``start`` (folded text), prepositions and articles skipped, denies
    ("not shellfish", "not to nuts"; not "não come amendoim", where it negates the verb)."""
    for word in reversed(folded[max(0, start - 30) : start].split()):
        if word in _DENIERS:
            return True
        if word not in LIST_FILLERS and word not in _EVEN:
            return False
    return False


# "not even nickel", "pas même le nickel", "nicht einmal Nickel": the denial reaches over "even"
_EVEN = frozenset("even meme nemmeno neanche nemmanco siquiera einmal sogar zelfs даже حتى".split())



# A negator closing an allergy word's clause ("알레르기가 없는데", "アレルギーはないが", "过敏没有",
# "allergies none"): an allergen after it is another statement.
_CLOSING_DENIAL = re.compile(
    r"없|아니|ない|なし|無し|没有|沒有|无|無|(?<!\w)(?:none|nil|keine|geen|aucune|nessuna|ninguna|nenhuma|нет|"
    r"لا يوجد|ما في)(?!\w)"
)


def affirmed(nt: NormalizedText, matches: list[AliasMatch], a: int, negated: list[bool], meta: ConceptMeta,
              words: re.Pattern[str]) -> bool:
    """The allergen's own clause states an allergy: its alias holds an allergy word
    ("Erdnussallergie", "allergico ai crostacei") or a cue not denied stands next to it."""
    start, end = matches[a][0], matches[a][1]
    if words.search(nt.folded, start, end):
        return True
    for k, m in enumerate(matches):
        if m[2] in meta.licensors and not negated[k] and near(nt, m, matches[a]):
            lo, hi = (m[1], start) if m[1] <= start else (end, m[0])
            if hi <= lo or not CLAUSE.search(nt.original, *nt.to_original(lo, hi)):
                return True
    return False


def denial_closed(nt: NormalizedText, cue: AliasMatch, allergen_match: AliasMatch, words: re.Pattern[str]) -> bool:
    """The allergy word ``cue`` is denied apart from ``allergen_match``: the cue's negator stands
    between them and the allergen has an allergy word of its own ("없는데 … 땅콩 알레르기")."""
    return (
        words.search(nt.folded, allergen_match[0], allergen_match[1]) is not None
        and not (cue[0] < allergen_match[1] and allergen_match[0] < cue[1])
        and cue[1] <= allergen_match[0]
        and _CLOSING_DENIAL.search(nt.folded, cue[1], allergen_match[0]) is not None
    )


def stated_allergen(nt: NormalizedText, matches: list[AliasMatch], a: int, meta: ConceptMeta, words: re.Pattern[str]) -> bool:
    """An allergen the note states as an allergy: its alias holds an allergy word ("Nussallergie")
    or an allergy word or cue shares its sentence ("Allergies: peanuts"), not a bare product
    word elsewhere ("Cuir nickel mat")."""
    start, end = matches[a][0], matches[a][1]
    if matches[a][3] == REDACTED_ALLERGEN or words.search(nt.folded, start, end):
        return True
    return any(m[2] in meta.licensors and gap_words(nt, m, matches[a]) is not None for m in matches)
