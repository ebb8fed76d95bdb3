"""Foods a health condition or a passing state keeps out, not an allergy: "통풍이 있으셔서 해산물은 못 드심",
"because of his gout he can't have shellfish", "임신 중이라 해산물은 못 드세요", "치아 교정 중이라 견과류는
피하세요", "حامل، نتجنب العطور القوية" (:func:`condition_foods`). Each reason keeps out its own foods: gout
(``low_purine``) seafood and fish, cholesterol eggs and seafood, a pregnancy raw fish, seafood and strong
scents, braces nuts, a chemical sensitivity scents ("chemical sensitivity, so only unscented pieces"). Such a food
refused in the reason's sentence, after it (or before it with a causal word: "no shellfish because of the gout")
belongs to that diet or state; it stays an allergy where its sentence names one or a reaction ("임신 중인데 새우
먹으면 두드러기", "gout, and allergic to shellfish").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lvmh_pipeline.lib.common.text import NormalizedText, fold, to_folded
from lvmh_pipeline.lib.concepts.context import PAIR_BREAK, REDACTED_ALLERGEN
from lvmh_pipeline.lib.concepts.matcher import AliasMatch

if TYPE_CHECKING:
    from lvmh_pipeline.lib.concepts.context import ConceptMeta

__all__ = ["REASON_CONCEPTS", "condition_foods"]

_PREGNANCY, _BRACES = "pregnancy", "braces"
# The allergens each reason keeps out (a diet a condition gives, or a state).
_KEPT_OUT: dict[str, tuple[str, ...]] = {
    "low_purine": ("shellfish", "fish"),
    "low_cholesterol": ("eggs", "shellfish"),
    _PREGNANCY: ("shellfish", "fish", "fragrance"),
    _BRACES: ("tree_nuts", "peanut"),
    # a chemical sensitivity keeps scents away: "chemical sensitivity, only pieces without perfume"
    "chemical_sensitivity": ("fragrance",),
}
# The redacted concepts that stand for a reason ("[HEALTH]" for a pregnancy keeps its ``birth``).
REASON_CONCEPTS = {"birth": _PREGNANCY, "low_purine": "low_purine", "low_cholesterol": "low_cholesterol",
                   "chemical_sensitivity": "chemical_sensitivity"}
# A pregnancy or braces (folded stems).
_STATES = (
    (_PREGNANCY, re.compile(r"pregnan|enceinte|grossesse|schwanger|embaraz|incinta|gravidanza|gravida|gravidez|zwanger|"
                            r"беремен|حامل|임신|妊娠|怀孕|懷孕")),
    (_BRACES, re.compile(r"braces|orthodont|appareil dentaire|zahnspange|ortodonc|apparecchio|aparelho|beugel|брекет|"
                         r"تقويم|치아 교정|교정 중|矯正|牙套")),
)
# Words that make the refusal an allergy after all (folded stems).
_ALLERGY = re.compile(
    r"allerg|alerg|аллерг|حساسي|アレルギ|알레르기|알러지|过敏|過敏|intoler|unvertrag|불내증|不耐|anaphyla|anafila|epipen|에피펜|"
    r"coeliac|celiac|coeliaq|celiaq|zoliakie|celiac|celiach|coeliakie|целиак|سيلياك|셀리악|セリアック|乳糜泻"
)
# A reason told after the food: "can't have shellfish because of his gout", "no fish due to the pregnancy".
_CAUSAL = re.compile(r"(?:because|due to|owing to|a cause d|en raison d|wegen|aufgrund|per via d|a causa d|por causa d|"
                     r"por|debido a|vanwege|omdat|из-за|из за|بسبب|عشان|لان|때문|으로 인해|로 인해|のため|ので|因为|因為)\W*(?:\w+\W+){0,3}$")
# A Korean or Japanese causal ending after the reason ("통풍 때문에", "임신 중이라서", "妊娠中なので").
_CAUSAL_AFTER = ("때문", "이라서", "라서", "셔서", "해서", "있어서", "のため", "なので", "ので")


def condition_foods(nt: NormalizedText, matches: list[AliasMatch], negated: list[bool], meta: ConceptMeta,
                    dropped: set[int], language: str | None, redacted: tuple[tuple[int, int, str], ...] = ()) -> set[int]:
    """The allergens a condition's diet, a pregnancy or braces keeps out in their sentence, with no allergy word
    or reaction there (not to output); ``redacted``: (start, end, concept) of the reasons pseudonymization
    replaced by a placeholder, in original offsets ("[HEALTH], nous évitons les parfums forts")."""
    categories, licensors, names = meta.categories, meta.licensors, meta.names
    foods = [i for i, m in enumerate(matches) if categories[m[2]] == "allergy" and m[2] not in licensors
             and not negated[i] and i not in dropped and m[3] != REDACTED_ALLERGEN]
    if not foods:
        return set()
    folded = nt.folded
    reasons = [(m[0], m[1], names[m[2]]) for i, m in enumerate(matches) if names[m[2]] in _KEPT_OUT and not negated[i]]
    reasons += [(s.start(), s.end(), state) for state, pattern in _STATES for s in pattern.finditer(folded)]
    reasons += [(to_folded(nt, start), to_folded(nt, end), REASON_CONCEPTS[concept])
                for start, end, concept in redacted if concept in REASON_CONCEPTS]
    if not reasons:
        return set()
    blockers = [(m[0], m[1]) for m in matches if categories[m[2]] == "family" or (
        categories[m[2]] == "diet" and names[m[2]] not in _KEPT_OUT and not names[m[2]].endswith("_cue"))]
    from lvmh_pipeline.lib.concepts.statements.reactions.cues import _symptoms  # (imports this package)

    found = set()
    original = nt.original
    for i in foods:
        food = matches[i]
        kept = [r for r in reasons if names[food[2]] in _KEPT_OUT[r[2]]]
        if not kept:
            continue
        o_start, o_end = nt.to_original(food[0], food[1])
        lo = max((b.end() for b in PAIR_BREAK.finditer(original, 0, o_start)), default=0)
        stop = PAIR_BREAK.search(original, o_end)
        hi = stop.start() if stop else len(original)
        if not any(_gives_reason(nt, r, food, lo, hi, blockers) for r in kept):
            continue
        sentence = fold(original[lo:hi])
        if _ALLERGY.search(sentence) or _symptoms(sentence, language):
            continue
        found.add(i)
    return found


def _gives_reason(nt: NormalizedText, reason: tuple[int, int, str], food: AliasMatch, lo: int, hi: int,
                  blockers: list[tuple[int, int]]) -> bool:
    """The reason at folded ``reason`` explains the food of the sentence ``lo:hi`` (original offsets): it stands
    before the food with no person or other diet between them ("ご主人は減塩食、奥様はグルテンフリー" speaks of two
    people), or after it right after a causal word ("because of his gout") or before a causal ending ("통풍 때문에")."""
    if not lo <= nt.to_original(reason[0], reason[1])[0] < hi:
        return False
    if reason[1] <= food[0]:
        return not any(reason[1] <= b[0] and b[1] <= food[0] for b in blockers)
    return _CAUSAL.search(nt.folded[food[1] : reason[0]]) is not None or \
        any(word in nt.folded[reason[0] : reason[1] + 6] for word in _CAUSAL_AFTER)
