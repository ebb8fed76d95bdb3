"""Allergy rules: ``?`` aliases licensed by an allergy cue, redacted allergens, and pairing
allergy words with allergens (negation passed on, corrections, denials, lists, repeats).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from lvmh_pipeline.lib.common.text import NormalizedText, fold, is_arabic_char, is_dense_char, to_folded
from lvmh_pipeline.lib.concepts.context import (
    LIST_FILLERS, PAIR_BREAK, PLACEHOLDER, AllergyMeta, ConceptMeta, allergy_meta, clause_of, default_taxonomy,
    gap_length, gap_words, listed, near,
)
from lvmh_pipeline.lib.concepts.diets import negate_past_and_topics, settle_diets
from lvmh_pipeline.lib.concepts.matcher import AliasMatch
from lvmh_pipeline.lib.concepts.negation import correction_flags, post_denied

if TYPE_CHECKING:
    from lvmh_pipeline.lib.concepts.extraction import ConceptHit

__all__ = ["pair_allergies", "with_licensed", "with_placeholders"]

_COMMA = re.compile(r"[,、，،]")
# Korean particles glued to a noun ("계란에", "울은", "고양이랑"): the allergen word ends there.
_KO_PARTICLES = frozenset("은는이가을를에도만과와랑로의류나며")

def with_licensed(
    nt: NormalizedText, matches: list[AliasMatch], licensed: list[AliasMatch], meta: ConceptMeta,
    repeats: set[tuple[int, int]] | None = None,
) -> list[AliasMatch]:
    """``matches`` plus the ``?`` aliases an allergy cue licenses ("?mustard" in "allergic to
    mustard", not in "mustard yellow"): right after a cue (two words at most: "allergic to",
    "allergie aux"), right before one ("mustard allergy", "Wolle: Allergie") or in a list with
    an allergen just licensed or found ("allergic to eggs and to mustard", "no mustard, no
    celery"). Such a hit replaces a plain match it overlaps ("laine" the material becomes the
    wool allergen), unless that match is longer and holds it ("corantes têxteis" stays the
    textile dye, not the "?corantes" food colouring)."""
    anchors = [m for m in matches if m[2] in meta.licensors or meta.categories[m[2]] == "allergy"]
    stated = {m[2] for m in anchors}  # allergens the note states: their other mentions are too
    kept: list[AliasMatch] = []
    later: list[AliasMatch] = []
    folded = nt.folded
    for hit in sorted(licensed):
        after = folded[hit[1] : hit[1] + 1]
        if after and "\uac00" <= after <= "\ud7a3" and after not in _KO_PARTICLES:
            continue  # a Korean word goes on: "계란빵" is egg bread, "계란에" the allergen
        if any(
            (m[0] <= hit[0] and hit[1] <= m[1] and m[1] - m[0] > hit[1] - hit[0])
            or (m[2] == hit[2] and m[0] < hit[1] and hit[0] < m[1])  # the same allergen, already read
            for m in matches
        ):
            continue
        later.append(hit)
        for anchor in anchors + kept:
            gap = gap_words(nt, anchor, hit)
            if gap is None:
                continue
            if anchor[2] in meta.licensors:
                # before a cue, a few words: "Messing an Schnallen verursacht Ausschlag"
                # (JA/ZH/KO put a noun between: "크롬 무두질 가죽에 알레르기", "铬鞣皮革过敏")
                before = (2 if gap and is_dense_char(gap[-1][0]) else 1) if anchor[2] == meta.allergy_unspecified else 3
                licensed_here = gap_length(gap) <= (2 if anchor[1] <= hit[0] else before)
                if licensed_here and anchor[2] != meta.allergy_unspecified and anchor[1] <= hit[0]:
                    # a cue has its object before a comma: "価格に敏感、ウール", "sensible au prix, la laine"
                    o_lo, o_hi = nt.to_original(anchor[1], hit[0])
                    licensed_here = _COMMA.search(nt.original, o_lo, o_hi) is None
            else:  # a list of allergens: "mustard, wool and latex", "eggs and to mustard"
                licensed_here = listed(gap)
            if licensed_here:
                kept.append(hit)
                stated.add(hit[2])
                later.pop()
                break
    if later:  # another mention of a stated allergen: "allergique au chrome (cuir tanné au chrome !)"
        again = [hit for hit in later if hit[2] in stated]
        if again:
            if repeats is not None:
                repeats.update((hit[0], hit[1]) for hit in again)
            kept = sorted(kept + again)
    if not kept:
        return matches
    plain = [m for m in matches if not any(m[0] < k[1] and k[0] < m[1] for k in kept)]
    return sorted(plain + kept)


def with_placeholders(
    nt: NormalizedText, matches: list[AliasMatch], protected: Sequence[ConceptHit], meta: ConceptMeta
) -> list[AliasMatch]:
    """``matches`` plus the allergens pseudonymization redacted ("allergic to [HEALTH]"), as
    matches on their placeholders (confidence :data:`PLACEHOLDER`, never output: the
    protected concepts give those rows). They pair with the allergy word left next to them and
    anchor lists ("allergic to [HEALTH] and mustard")."""
    spans = []
    for hit in protected:
        concept = meta.by_name.get(hit.concept)
        if concept is None or meta.categories[concept] != "allergy":
            continue
        start, end = to_folded(nt, hit.start), to_folded(nt, hit.end)
        if end > start:
            spans.append((start, end, concept, PLACEHOLDER))
    if not spans:
        return matches
    kept = [m for m in matches if not any(m[0] < s[1] and s[0] < m[1] for s in spans)]
    return sorted(kept + spans)


# Negators that deny rather than avoid: "allergic to fish, not shellfish", "nicht Nüsse".
_DENIERS = frozenset("not nicht niet nao non не ليس ليست مش".split())


def _denied(folded: str, start: int) -> bool:
    """The word before ``start`` (folded text), prepositions and articles skipped, denies
    ("not shellfish", "not to nuts"; not "não come amendoim", where it negates the verb)."""
    for word in reversed(folded[max(0, start - 30) : start].split()):
        if word in _DENIERS:
            return True
        if word not in LIST_FILLERS:
            return False
    return False


def pair_allergies(
    nt: NormalizedText, matches: list[AliasMatch], negated: list[bool], meta: ConceptMeta,
    language: str | None = None, allergy: AllergyMeta | None = None, repeats: frozenset[tuple[int, int]] = frozenset(),
    absolute: frozenset[int] = frozenset(), diabetes: bool = False,
) -> set[int]:
    """Settle the allergies and diets of a note; returns the matches not to output.

    - A correction takes a constraint back ("Nickel allergy not confirmed", "peanuts are
      fine", "乳糖不耐受是搞错了"; :func:`correction_flags`).
    - An allergen after a plain negator is avoided, not denied, in a note that speaks of
      allergies ("no mustard, no celery", "kein Gluten … Unverträglichkeit", "マスタード不可")
      and always for free-from foods ("ما تاكل غلوتين"); "no shellfish" in a gout diet stays
      negated. An allergy word denies: its own ("keine Nickelallergie") or one next to it ("not
      allergic to wool"), as does a contrast ("allergic to fish, not shellfish").
    - A generic allergy word or cue next to an allergen ("allergia nichel", "allergic to
      sesame", "reagiert auf Pollen", "allergic to [HEALTH]") is not a separate
      ``allergy_unspecified``: drop it and pass its negation to the allergen. A perfume next to
      an allergy word ("Allergie starke Parfums") is the fragrance allergen, not a product
      interest (``matches`` is updated in place). Farther away in the same sentence, an
      allergy word still refers to the allergen named there ("kein Gluten, nur so eine
      Unverträglichkeit").
    - Another mention of a stated allergen (``repeats``: "pas allergique à la laine … la
      laine lui va") shares the statement's negation.
    - An allergy word that only asks ("asked about allergies: none") goes when the note
      denies allergies and names no allergen.
    - Redacted allergens (placeholders) are never output.
    """
    allergy = allergy or allergy_meta(default_taxonomy())
    constraint, allergen = allergy.constraint, allergy.allergen
    eligible = [constraint[m[2]] and m[3] != PLACEHOLDER for m in matches]
    corrected = correction_flags(nt, matches, language, eligible)
    folded = nt.folded
    _textile_dyes(nt, matches, meta)
    negate_past_and_topics(folded, matches, negated, meta, constraint)
    for i in range(1, len(matches)):  # "no food allergies", "no known drug intolerances": the head noun
        if matches[i][2] == meta.allergy_unspecified and negated[i - 1] and not negated[i]:
            if matches[i - 1][1] <= matches[i][0] and not folded[matches[i - 1][1] : matches[i][0]].strip():
                negated[i] = True
    words = allergy.words
    announced: bool | None = None  # the note speaks of allergies (computed when needed)
    for i, (start, end, concept, confidence) in enumerate(matches):
        if confidence == PLACEHOLDER:
            continue
        if (
            negated[i] and allergen[concept] and not words.search(folded, start, end) and not _denied(folded, start)
            and not post_denied(nt, matches, i, language)
        ):
            if announced is None:  # an allergy word or cue, alone or in an allergen's alias
                announced = any(
                    m[2] in meta.licensors or (allergen[m[2]] and words.search(folded, m[0], m[1])) for m in matches
                )
            if announced or allergy.free_from[concept]:
                negated[i] = False  # "no mustard": avoided
        if corrected[i]:
            negated[i] = True
    dropped = settle_diets(nt, matches, negated, meta, allergy, absolute, diabetes)
    for u, u_match in enumerate(matches):
        if u_match[2] not in meta.licensors:
            continue
        for a, a_match in enumerate(matches):
            a_start, a_end, a_concept, confidence = a_match
            perfume = a_concept == meta.fragrance_product
            if a == u or a_concept in meta.licensors or not (perfume or meta.categories[a_concept] == "allergy"):
                continue
            if not near(nt, u_match, a_match):
                continue
            dropped.add(u)
            negated[a] = negated[a] or negated[u]
            if perfume:
                matches[a] = (a_start, a_end, meta.fragrance_allergy, confidence)
    if repeats:
        again = [i for i, m in enumerate(matches) if (m[0], m[1]) in repeats]
        for concept in {matches[i][2] for i in again}:
            stated = [i for i, m in enumerate(matches) if m[2] == concept and (m[0], m[1]) not in repeats]
            if stated and all(negated[i] for i in stated):
                for i in again:
                    if matches[i][2] == concept:
                        negated[i] = True
    generic = meta.allergy_unspecified
    named = [i for i, m in enumerate(matches) if allergen[m[2]] and not negated[i] and i not in dropped]
    denied = False
    for i, m in enumerate(matches):
        if m[2] != generic:
            continue
        if negated[i]:
            denied = True
        elif i not in dropped and named and (
            any(gap_words(nt, m, matches[a]) is not None for a in named)
            or (any(_stated(nt, matches, a, meta, words) for a in named) and not _unknown_allergen(nt, m))
        ):
            # "sie isst kein Gluten, also keine Zöliakie, nur so eine Unverträglichkeit"; "Severe
            # allergy: peanuts. Carries an EpiPen." (the allergy the note names)
            dropped.add(i)
    if denied and not named:
        last = max(i for i, m in enumerate(matches) if m[2] == generic and negated[i])
        for i in range(last):
            if matches[i][2] == generic and not negated[i] and gap_words(nt, matches[i], matches[last]) is not None:
                dropped.add(i)  # "asked about allergies, she has none"
    dropped.update(i for i, m in enumerate(matches) if m[3] == PLACEHOLDER)
    return dropped


def _stated(nt: NormalizedText, matches: list[AliasMatch], a: int, meta: ConceptMeta, words: re.Pattern[str]) -> bool:
    """An allergen the note states as an allergy: its alias holds an allergy word ("Nussallergie")
    or an allergy word or cue shares its sentence ("Allergies: peanuts"), not a bare product
    word elsewhere ("Cuir nickel mat")."""
    start, end = matches[a][0], matches[a][1]
    if matches[a][3] == PLACEHOLDER or words.search(nt.folded, start, end):
        return True
    return any(m[2] in meta.licensors and gap_words(nt, m, matches[a]) is not None for m in matches)



_TEXTILE_WORDS = frozenset(
    fold(w) for w in (
        "clothes clothing fabric fabrics textile textiles garment garments jeans denim scarf scarves shirts "
        "vêtement vêtements tissu tissus textile habits étoffe étoffes linge "
        "kleidung kleidern kleider stoff stoffe stoffen textilien textil wäsche "
        "tessuti tessuto vestiti abiti abbigliamento stoffe indumenti "
        "ropa telas tela tejidos tejido prendas "
        "roupas roupa tecidos tecido "
        "kleding kleren stoffen stof textiel "
        "одежде одежды одежда одежду ткани тканей ткань тканях тканям белье белья "
        "الملابس ملابس القماش الاقمشه النسيج"
    ).split()
)
_DENSE_TEXTILE_WORDS = ("衣類", "衣服", "服", "生地", "布", "繊維", "옷", "원단", "섬유", "의류", "面料", "布料", "衣物", "纺织")
_TEXTILE_REACH = 4  # words (characters: twice as many) between a colourant and a fabric word


def _textile_dyes(nt: NormalizedText, matches: list[AliasMatch], meta: ConceptMeta) -> None:
    """Relabel, in place, a food colouring named next to clothes or fabric as a textile dye."""
    colouring = meta.by_name.get("food_colouring", -1)
    if not any(m[2] == colouring for m in matches):
        return
    dye = meta.by_name["textile_dye"]
    folded, original = nt.folded, nt.original
    for i, (start, end, concept, confidence) in enumerate(matches):
        if concept != colouring:
            continue
        if is_dense_char(folded[start]) and not is_arabic_char(folded[start]):
            lo, hi = max(0, start - 2 * _TEXTILE_REACH), min(len(folded), end + 2 * _TEXTILE_REACH)
            around = [folded[lo:start], folded[end:hi]]
            found = any(w in part for part in around for w in _DENSE_TEXTILE_WORDS)
        else:
            before = folded[max(0, start - 60) : start].split()[-_TEXTILE_REACH:]
            after = folded[end : end + 60].split()[:_TEXTILE_REACH]
            found = bool(_TEXTILE_WORDS.intersection(before + after))
            if found:  # the fabric word must be in the same clause
                o_start, o_end = nt.to_original(start, end)
                window = original[max(0, o_start - 60) : min(len(original), o_end + 60)]
                found = not PAIR_BREAK.search(window) or any(
                    w in _TEXTILE_WORDS for w in fold(clause_of(original, o_start, o_end)).split()
                )
        if found:
            matches[i] = (start, end, dye, confidence)


# Words saying the allergen is not known ("some allergy, doesn't remember to what", "何かの
# アレルギー"): such an allergy word stays an unspecified allergy next to a named allergen.
_UNKNOWN_WORDS = frozenset(
    fold(w) for w in (
        "some something unknown unsure sure unspecified remember recall specify specified "
        "quelque chose certaine inconnue inconnu précisé précisée préciser sait souvient "
        "irgendeine irgendeiner irgendwas irgendetwas unbekannt weiss erinnert genau "
        "qualche qualcosa ricorda precisata precisato sa "
        "alguna algo recuerda acordaba especificó sabe "
        "alguma qualquer lembra especificou "
        "een andere iets weet herinnert "
        "что то какая какой неизвестно помнит уточнит уточнить "
        "شي ايش معروف حددت"
    ).split()
)
_DENSE_UNKNOWN = ("何か", "何の", "不明", "詳細", "뭔지", "무엇", "모름", "불명", "什么", "不详", "不清楚", "没说", "没细说")


def _unknown_allergen(nt: NormalizedText, match: AliasMatch) -> bool:
    o_start, o_end = nt.to_original(match[0], match[1])
    clause = clause_of(nt.original, o_start, o_end)
    return bool(_UNKNOWN_WORDS.intersection(fold(clause).split())) or any(w in clause for w in _DENSE_UNKNOWN)


# Words saying a constraint is past ("früher Vegetarier", "ex-vegan", "used to be vegetarian",
