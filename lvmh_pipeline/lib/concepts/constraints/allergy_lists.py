"""Allergens in a list share a denial: "땅콩, 계란 알레르기 없음", "No nut or egg allergies",
"Pas d'allergie aux noix ni aux œufs" (:func:`_share_denial`); an allergen word next to a
redacted mention of it shares that mention's negation (:func:`_share_redacted`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lvmh_pipeline.lib.common.text import NormalizedText
from lvmh_pipeline.lib.concepts.context import LIST_WORDS, REDACTED_ALLERGEN, AllergyMeta, gap_length, gap_words, listed
from lvmh_pipeline.lib.concepts.constraints.licensing import _KO_LIST_GLUE
from lvmh_pipeline.lib.concepts.matcher import AliasMatch
from lvmh_pipeline.lib.concepts.negation import post_denied
from lvmh_pipeline.lib.concepts.statements.retractions.exceptions import dense_denied
from lvmh_pipeline.lib.concepts.statements.tastes import CLAUSE


def _share_redacted(nt: NormalizedText, matches: list[AliasMatch], negated: list[bool]) -> None:
    """An allergen word right next to a redacted mention of the same allergen is that mention
    ("لا تعاني من [HEALTH] المعادن"): it shares its negation, in place."""
    for p, m in enumerate(matches):
        if m[3] != REDACTED_ALLERGEN:
            continue
        for k in (p - 1, p + 1):
            if 0 <= k < len(matches) and matches[k][2] == m[2] and matches[k][3] != REDACTED_ALLERGEN:
                lo, hi = (matches[k][1], m[0]) if k < p else (m[1], matches[k][0])
                if hi >= lo and not nt.folded[lo:hi].strip():
                    negated[k] = negated[p]


# Words that coordinate the items of a list (a bare comma does not: "keine Nussallergie, Eier meiden").
_COORDINATING = LIST_WORDS | _KO_LIST_GLUE | frozenset("ni nor neither noch ни nem".split())
_LIST_NEGATORS = frozenset(
    "no not kein keine keinen keiner ohne pas sans niente nessun nessuna senza sin nada sem geen zonder нет без не لا "
    "x ng 不可 不要 不吃 なし ダメ だめ 없음 없이".split()
)


def _share_denial(
    nt: NormalizedText, matches: list[AliasMatch], negated: list[bool], stated_negated: list[bool],
    allergy: AllergyMeta, language: str | None, corrected: Sequence[bool] = (),
) -> None:
    """A list of allergens shares the denial of the allergy word that closes or opens it, in
    place: "땅콩, 계란 알레르기 없음", "花生、鸡蛋过敏都没有", "No nut or egg allergies", "Keine Nuss- oder
    Eiallergie", "Аллергии на орехи и яйца нет", "没有花生和鸡蛋过敏", "Pas d'allergie aux noix ni aux
    œufs", "allergic to fish, not shellfish or crab". An item with its own allergy word keeps
    its own negation ("peanut allergy, no egg allergy")."""
    allergen, words, folded = allergy.allergen, allergy.words, nt.folded
    items = [i for i, m in enumerate(matches) if allergen[m[2]] and m[3] != REDACTED_ALLERGEN]
    if len(items) < 2 or not any(negated[i] or stated_negated[i] for i in items):
        return
    # (match, joined to the previous item by a coordinator, by a negator of its own: "no X, no Y")
    chains: list[list[tuple[int, bool, bool]]] = []
    for i in items:
        if chains and chains[-1][-1][0] == i - 1:
            gap = gap_words(nt, matches[i - 1], matches[i])
            if gap is not None and listed([w for w in gap if w not in _KO_LIST_GLUE]):
                chains[-1].append((i, not _COORDINATING.isdisjoint(gap), not _LIST_NEGATORS.isdisjoint(gap)))
                continue
        chains.append([(i, False, False)])
    for chain in chains:
        if len(chain) < 2:
            continue
        own = [words.search(folded, matches[i][0], matches[i][1]) is not None for i, _, _ in chain]
        last = chain[-1][0]
        # the allergy word of the last item closes the list: "egg allergies", "Eiallergie", "鸡蛋过敏"
        # (not "alergia a los cacahuetes", which opens its own statement)
        word = words.search(folded, matches[last][0], matches[last][1])
        closing = (word is not None and word.start() > matches[last][0]) or _closed_after(nt, matches[last], words)
        taken_back = bool(corrected) and corrected[last] and not _bracketed_after(nt, matches, chain)
        # ("계란, 우유, 땅콩 다 드심", "eggs, milk, nuts: all fine"; not "鱼类过敏（虾蟹可以）": the bracket's own item)
        if negated[last] and (closing or taken_back or post_denied(nt, matches, last, language)
                              or dense_denied(nt, matches[last])):  # "계란, 우유, 땅콩 다 없으시대요"
            for k in range(len(chain) - 1, 0, -1):  # the allergy word closing the list is denied
                if own[k - 1] or chain[k][2]:
                    break  # "nuts and eggs, no shellfish allergy": the denial is the last item's own
                negated[chain[k - 1][0]] = True
            continue
        if closing and stated_negated[chain[0][0]] and any(c[1] for c in chain[1:]) and not any(c[2] for c in chain[1:]):
            for i, _, _ in chain:
                negated[i] = True  # a negator opens the list an allergy word closes
            continue
        for k in range(1, len(chain)):
            i, joined, _ = chain[k]
            if joined and negated[chain[k - 1][0]] and not negated[i] and not own[k]:
                negated[i] = True  # "pas d'allergie aux noix ni aux œufs", "not shellfish or crab"


def _closed_after(nt: NormalizedText, match: AliasMatch, words: re.Pattern[str]) -> bool:
    """An allergy word right after the last item closes the list ("계란이랑 우유, 땅콩 다 알레르기 없으시고",
    "eggs, milk or nuts: no allergy"): two words at most, no clause break."""
    end = match[1]
    found = words.search(nt.folded, end, min(len(nt.folded), end + 16))
    if found is None or CLAUSE.search(nt.original, *nt.to_original(end, found.start())):
        return False
    return gap_length(nt.folded[end : found.start()].split()) <= 2


def _bracketed_after(nt: NormalizedText, matches: list[AliasMatch], chain: list[tuple[int, bool, bool]]) -> bool:
    """A bracket opens between the first item of the list and its last: the last is an aside of its own."""
    lo, hi = nt.to_original(matches[chain[0][0]][1], matches[chain[-1][0]][0])
    return "(" in nt.original[lo:hi] or "（" in nt.original[lo:hi]
