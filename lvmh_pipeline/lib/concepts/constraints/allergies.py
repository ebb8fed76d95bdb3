"""Allergy rules: pairing allergy words with allergens (negation passed on, corrections,
denials, repeats) and settling the allergies and diets of a note (:func:`pair_allergies`).
Licensed and redacted allergens are in :mod:`.licensing`, lists sharing a denial in
:mod:`.allergy_lists`, food words that are no allergen in :mod:`.allergen_senses`, how an allergen's
clause states it (denied, affirmed, stated) in :mod:`.allergy_clauses`.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.common.text import NormalizedText
from lvmh_pipeline.lib.concepts.constraints.allergen_senses import _eaten_fish, _kept_out_of_diet, _textile_dyes
from lvmh_pipeline.lib.concepts.constraints.avoid_marks import avoid_marked, checklist_no, modal_refused
from lvmh_pipeline.lib.concepts.constraints.diet_rules.chosen_free_from import chosen_not_allergic
from lvmh_pipeline.lib.concepts.constraints.diet_rules.condition_foods import condition_foods
from lvmh_pipeline.lib.concepts.constraints.diet_rules.others_diets import denied_relatives_diets, others_diets
from lvmh_pipeline.lib.concepts.constraints.diet_rules.sweets_for_others import sweets_for_others
from lvmh_pipeline.lib.concepts.constraints.allergy_clauses import affirmed, denial_closed, denied_before, stated_allergen
from lvmh_pipeline.lib.concepts.constraints.allergy_lists import _share_denial, _share_redacted
from lvmh_pipeline.lib.concepts.constraints.diets import settle_diets
from lvmh_pipeline.lib.concepts.constraints.licensing import _COMMA
from lvmh_pipeline.lib.concepts.constraints.metals import nickel_free_requests, settled_metals
from lvmh_pipeline.lib.concepts.constraints.not_an_allergy import (not_an_allergy, scent_free_preferences, sold_free_from,
                                                                   strong_smell_sensitivities)
from lvmh_pipeline.lib.concepts.constraints.others_allergies import others_allergies
from lvmh_pipeline.lib.concepts.constraints.unknown_allergen import unknown_allergen
from lvmh_pipeline.lib.concepts.constraints.past_and_topics import negate_past_and_topics
from lvmh_pipeline.lib.concepts.constraints.perfume_objects import declared_fine, object_between
from lvmh_pipeline.lib.concepts.context import (
    REDACTED_ALLERGEN, AllergyMeta, ConceptMeta, allergy_meta, default_taxonomy, gap_words, near,
)
from lvmh_pipeline.lib.concepts.matcher import AliasMatch
from lvmh_pipeline.lib.concepts.negation import post_denied, problem_flags
from lvmh_pipeline.lib.concepts.statements.retractions.corrections import answered_no, correction_flags, no_longer_after
from lvmh_pipeline.lib.concepts.statements.retractions.denials import may_take_back, mistaken_flags
from lvmh_pipeline.lib.concepts.statements.retractions.exceptions import (
    dense_denied, excepted, included, others_denied, stated_apart,
)
from lvmh_pipeline.lib.concepts.statements.gifting.gifts import allergy_precautions, gift_exclusions, nut_precautions
from lvmh_pipeline.lib.concepts.statements.object_words import object_words
from lvmh_pipeline.lib.concepts.statements.others_foods import fine_elsewhere, others_foods
from lvmh_pipeline.lib.concepts.statements.preferences import compared_foods
from lvmh_pipeline.lib.concepts.statements.diet_overlaps import concluded_vegan, vegan_lists
from lvmh_pipeline.lib.concepts.statements.reactions.eaten import unnamed_food
from lvmh_pipeline.lib.concepts.statements.retractions.asked_no import asked_no_flags
from lvmh_pipeline.lib.concepts.statements.retractions.questions import asked_flags
from lvmh_pipeline.lib.concepts.statements.retractions.talk import story_flags
from lvmh_pipeline.lib.concepts.statements.retractions.turns import turned
from lvmh_pipeline.lib.concepts.statements.tastes import (
    CLAUSE, disliked_foods, food_hits, ingredients, liked_before_but, liked_foods, unclaimed,
)

__all__ = ["pair_allergies"]


_ASKED = re.compile(r"[?？؟]")
# "any" between a negated cue and the allergy word it heads ("ما تسبب لها أي حساسية", "no known allergies")
_ANY = frozenset("any known irgendeine irgendwelche aucune aucun alguna ninguna nessuna qualche nenhuma enige никакой "
                 "никакие какой какие اي أي ای".split())


# What ends the reach of a negated allergen to the allergy word after it (its head noun: "no food allergies")
_HEAD_BREAK = re.compile(CLAUSE.pattern + r"|[(（\[]")


_FOOD_CUES = frozenset(("忌口", "忌食"))  # food restrictions: their denial is about food, not a metal or latex




# Allergy words giving the reason for doing without something ("не носит шерсть из-за аллергии",
# "avoids wool because of an allergy", "meidet Wolle wegen einer Allergie").
_CAUSAL = ("из за ", "because ", "due to ", "wegen ", "a cause ", "a causa ", "per via ", "por ")

def pair_allergies(
    nt: NormalizedText, matches: list[AliasMatch], negated: list[bool], meta: ConceptMeta,
    language: str | None = None, allergy: AllergyMeta | None = None, repeats: frozenset[tuple[int, int]] = frozenset(),
    absolute: frozenset[int] = frozenset(), diabetes: tuple[tuple[int, int], ...] = (),
    reasons: tuple[tuple[int, int, str], ...] = (),
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
    - Redacted allergens (redaction tokens) are never output; ``reasons``: (start, end, concept) of redacted facts that
      keep foods out for another reason than an allergy (a pregnancy, gout: :func:`.condition_foods`).
    - A negated problem word denies the food ("no gluten issues", "kein Gluten-Problem", "no
      problems with nuts"; :func:`problem_flags`); a bare "no gluten" stays a free-from request.
    - Tastes and objects are no constraints: a food the client likes or dislikes ("loves
      chocolate and nuts", "no le gusta el marisco"), a diet or food word naming a material, a
      shape or a gift ("vegan leather", "坚果礼盒", "땅콩 모양"), unless an allergy word is in its
      clause; an allergy word that asks or leaves the question open ("Allergies: TBC",
      "アレルギーは要確認", "asked about allergies") claims no allergy.
    """
    allergy = allergy or allergy_meta(default_taxonomy())
    constraint, allergen = allergy.constraint, allergy.allergen
    eligible = [constraint[m[2]] and m[3] != REDACTED_ALLERGEN for m in matches]
    stated_negated = list(negated)  # before "no mustard" turns into an avoided allergen
    corrected = correction_flags(nt, matches, language, eligible)
    for i in absolute:  # "Alkohol: nein", "Сахар — нет": the answer is the abstention itself
        if corrected[i] and (answered_no(nt, matches[i][1]) or no_longer_after(nt, matches[i][1])):  # "drinkt zelf niet meer"
            corrected[i] = False
    corrected = [c or p for c, p in zip(corrected, problem_flags(nt, matches, eligible))]  # "no gluten issues"
    corrected = [c or a for c, a in zip(corrected, asked_no_flags(nt, matches, eligible))]  # "asked about soy: no"
    if may_take_back(nt.folded, language):  # "thought she was allergic … but no", "check whether she is allergic"
        diets = [meta.categories[m[2]] == "diet" for m in matches]  # a diet is the topic of its question
        asked = asked_flags(nt, matches, language, eligible, allergy.words, diets, [not allergy.every[m[2]] for m in matches])
        corrected = [c or b or q for c, b, q in zip(corrected, mistaken_flags(nt, matches, language, eligible), asked)]
    elif _ASKED.search(nt.original):  # a direct question: "Is she vegan?", "비건이신가요?"
        diets = [meta.categories[m[2]] == "diet" for m in matches]
        asked = asked_flags(nt, matches, language, eligible, allergy.words, diets, [not allergy.every[m[2]] for m in matches])
        corrected = [c or q for c, q in zip(corrected, asked)]
    folded = nt.folded
    _textile_dyes(nt, matches, meta)
    before_past = negated.count(True)
    negate_past_and_topics(folded, matches, negated, meta, constraint, nt)
    for i in story_flags(nt, matches, allergy):  # "갑각류 알레르기는 예전 얘기", "땅콩 얘기는 농담이었대요"
        negated[i] = True
    for i in sweets_for_others(nt, matches, meta):  # "sugar-free truffles for the store launch"
        negated[i] = True
    for i in others_diets(nt, matches, negated, meta) + denied_relatives_diets(nt, matches, negated, meta):
        negated[i] = True  # "guests: vegan option x3", "他太太吃素，他自己不吃素"
    # "allergic to latex years ago" is past, never "avoided" (the common case: nothing turned past)
    past = [n and not b for n, b in zip(negated, stated_negated)] if negated.count(True) > before_past else None
    for i, m in enumerate(matches):  # "шерсть не носит из-за аллергии": the negator is the avoiding verb's
        if negated[i] and m[2] == meta.allergy_unspecified and folded.startswith(_CAUSAL, m[0]) \
                and folded[max(0, m[0] - 12) : m[0]].split()[-1:] not in (["not"], ["nicht"], ["pas"], ["non"], ["не"], ["nao"], ["no"]):
            negated[i] = False  # (not "not because of an allergy")
    for i in range(1, len(matches)):  # "no food allergies", "no known drug intolerances": the head noun
        if matches[i][2] == meta.allergy_unspecified and negated[i - 1] and not negated[i]:
            if folded.startswith(_CAUSAL, matches[i][0]):
                continue  # "не носит шерсть из-за аллергии": the reason for avoiding it, not its head noun
            if matches[i - 1][1] <= matches[i][0] and _ANY.issuperset(folded[matches[i - 1][1] : matches[i][0]].split()) \
                    and not _HEAD_BREAK.search(nt.original, *nt.to_original(matches[i - 1][1], matches[i][0])):
                negated[i] = True  # (not across a colon, a comma or a bracket: "Pas de sésame : allergie sévère",
                # "no come gluten (intolerancia)")
    words = allergy.words
    announced: bool | None = None  # the note speaks of allergies (computed when needed)
    for i, (start, end, concept, confidence) in enumerate(matches):
        if confidence == REDACTED_ALLERGEN:
            continue
        if (
            negated[i] and not (past and past[i]) and allergen[concept] and not words.search(folded, start, end) and not denied_before(folded, start)
            and not post_denied(nt, matches, i, language) and not dense_denied(nt, matches[i])
            and not checklist_no(folded, start, end)  # "알레르기 확인: 계란 X, 우유 X"
        ):
            if announced is None:  # an allergy word or cue, alone or in an allergen's alias
                announced = any(
                    m[2] in meta.licensors or (allergen[m[2]] and words.search(folded, m[0], m[1])) for m in matches
                )
            if announced or allergy.free_from[concept] or _kept_out_of_diet(nt, matches, i, negated, meta) or (
                concept != meta.allergy_unspecified and (avoid_marked(folded, start, end) or modal_refused(nt, start))
            ):
                negated[i] = False  # "no mustard", "ラテックスNG": avoided
        if corrected[i]:
            negated[i] = True
    if any(negated):  # "甜点是杏仁豆腐…杏仁没问题": the dish is no allergy either
        fine_elsewhere(nt, matches, negated, meta, allergy)
    dropped = settle_diets(nt, matches, negated, meta, allergy, absolute, language, past)
    vegan_lists(nt, matches, negated, meta, allergy, absolute, dropped)  # "no meat, no dairy, no eggs"
    dropped.update(_eaten_fish(nt, matches, negated, meta, allergy, dropped))
    # "vegan leather"; "nuts: not an allergy, a taste"
    dropped.update(object_words(nt, matches, meta, allergy), not_an_allergy(nt, matches, negated, meta, allergen, allergy.words))
    dropped.update(sold_free_from(nt, matches, negated, meta, allergen))  # "无镍耳环卖得很好": the shop's product
    concluded_vegan(nt, matches, negated, meta, dropped)  # "vegetariana estrita (sem ovo → vegana na prática)"
    dropped.update(unclaimed(nt, matches, negated, meta))
    foods = food_hits(matches, allergy)
    # a diet read from a food the client dislikes is a taste too: "단 거 안 좋아하세요", "No le gustan los dulces"
    disliked = foods + [i for i, m in enumerate(matches) if meta.categories[m[2]] == "diet" and not negated[i]
                        and constraint[m[2]] and i not in dropped]
    dropped.update(disliked_foods(nt, matches, sorted(disliked), allergy))
    dropped.update(compared_foods(nt, matches, foods, meta, allergy))  # "fruit instead of nuts"
    dropped.update(gift_exclusions(nt, matches, negated, meta, allergy))  # "no sweets in the gift box"
    dropped.update(others_foods(nt, matches, negated, meta, allergy, dropped))  # "其他客人的菜单里有蟹和虾"
    dropped.update(allergy_precautions(nt, matches, negated, meta, allergy, dropped, diabetes))  # "nut allergy, no desserts"
    dropped.update(nut_precautions(nt, matches, negated, meta, allergy, dropped))  # "peanut allergy, no nuts at the tea"
    liked = [i for i in foods if not negated[i] and not stated_negated[i]]
    if liked:  # the word checks of liked_foods cost more than this
        dropped.update(liked_foods(nt, matches, liked, [a or b for a, b in zip(negated, stated_negated)], meta, allergy))
        dropped.update(ingredients(nt, matches, liked, meta, allergy))
    licensors, categories = meta.licensors, meta.categories
    cues = [u for u, m in enumerate(matches) if m[2] in licensors]
    # what a cue can pair with (a perfume it pairs with becomes the fragrance allergen: still one)
    paired = [a for a, m in enumerate(matches) if m[2] not in licensors
              and (m[2] == meta.fragrance_product or categories[m[2]] == "allergy")] if cues else []
    if paired:  # "loves perfumes but allergic to …": the perfume is liked
        liked_but = liked_before_but(nt, matches, paired)
        paired = [a for a in paired if a not in liked_but] if liked_but else paired
    people = [m for m in matches if categories[m[2]] == "family"] if cues else []
    perfumed = False
    for u in cues:
        u_match = matches[u]
        if u_match[2] == meta.allergy_unspecified and unnamed_food(nt, matches, u, paired, words):
            continue  # a symptom after a food eaten is that food's allergy, no word for another allergen
        for a in paired:
            a_match = matches[a]
            a_start, a_end, a_concept, confidence = a_match
            perfume = a_concept == meta.fragrance_product
            if not near(nt, u_match, a_match):
                continue
            if perfume and (declared_fine(nt.folded, a_end) or object_between(nt, matches, paired, u_match, a_match, a_concept)):
                continue  # "过敏：金属，香水OK": declared fine; "香水 2本 / 犬の毛でくしゃみ": the symptom is the dog's
            if negated[u] and not negated[a] and (
                (allergy.every[a_concept] and nt.folded[u_match[0]:u_match[1]] in _FOOD_CUES)  # "对镍过敏…她不忌口"
                or denial_closed(nt, u_match, a_match, words) or excepted(nt, u_match, a_match) or turned(nt, u_match, a_match)
                or others_denied(nt, u_match, a_match)
                or stated_apart(nt, u_match, a_match, affirmed(nt, matches, a, negated, meta, words), people)
            ):
                continue  # "아이는 알레르기가 없는데 남편은 땅콩 알레르기", "no allergies except sesame"
            dropped.add(u)
            negated[a] = negated[a] or negated[u]
            if perfume:
                matches[a] = (a_start, a_end, meta.fragrance_allergy, confidence)
                perfumed = True
                if not negated[u] and not corrected[a]:
                    negated[a] = False  # "香水NG、香りでくしゃみ": a perfume refused for a reaction is the allergy
    if perfumed:  # "对香水很敏感，不过不是过敏": a perfume the note calls no allergy
        dropped.update(not_an_allergy(nt, matches, negated, meta, allergen, words))
    for u in cues:  # "no allergies, including to pollen": a denial that names what it includes
        if negated[u]:
            for a in paired:
                if not negated[a] and matches[a][3] != REDACTED_ALLERGEN and included(nt, matches[u], matches[a]):
                    negated[a] = True
    for a in paired:  # "У мужа аллергия на шерсть, у неё нет": the denial after the comma is another person's
        if negated[a] and not corrected[a] \
                and _COMMA.match(nt.original, nt.to_original(matches[a][1], matches[a][1])[0]) \
                and post_denied(nt, matches, a, language) and affirmed(nt, matches, a, negated, meta, words):
            negated[a] = False
    _share_denial(nt, matches, negated, stated_negated, allergy, language, corrected)
    if "[" in nt.original:  # redaction tokens only come with redacted words ("[HEALTH]")
        _share_redacted(nt, matches, negated)
    if repeats:
        again = [i for i, m in enumerate(matches) if (m[0], m[1]) in repeats]
        for concept in {matches[i][2] for i in again}:
            stated = [i for i, m in enumerate(matches) if m[2] == concept and (m[0], m[1]) not in repeats]
            if stated and all(negated[i] for i in stated):
                for i in again:
                    if matches[i][2] == concept:
                        negated[i] = True
    present = {m[2] for m in matches}
    dropped.update(nickel_free_requests(nt, matches, negated, meta, dropped, present))  # "금속 알레르기 있어서 니켈 프리"
    dropped.update(settled_metals(nt, matches, negated, meta, dropped))  # "kein Modeschmuck, reagiert auf Nickel"
    dropped.update(chosen_not_allergic(nt, matches, negated, meta, present))  # "glutenvrij, geen coeliakie", "meat/dairy separate"
    dropped.update(condition_foods(nt, matches, negated, meta, dropped, language, reasons))  # "gout, so no shellfish"
    dropped.update(others_allergies(nt, matches, negated, meta, allergy, dropped))  # "… her husband has hay fever"
    dropped.update(scent_free_preferences(nt, matches, negated, meta, allergen, words, dropped),  # "only unscented"
                   strong_smell_sensitivities(nt, matches, negated, meta, dropped))  # "zwanger, gevoelig voor sterke geuren"
    generic = meta.allergy_unspecified
    # (a redaction token is a stated allergen: pseudonymization leaves negated ones readable)
    named = [i for i, m in enumerate(matches)
             if allergen[m[2]] and (m[3] == REDACTED_ALLERGEN or (not negated[i] and i not in dropped))]
    denied = False
    for i, m in enumerate(matches):
        if m[2] != generic:
            continue
        if negated[i]:
            denied = True
        elif i not in dropped and named and not unnamed_food(nt, matches, i, named, words) and (  # (a symptom
            # after a food eaten is that unnamed food's allergy: "吃芒果嘴巴会肿，还有花生也不行")
            any(gap_words(nt, m, matches[a]) is not None for a in named)
            or (any(stated_allergen(nt, matches, a, meta, words) for a in named) and not unknown_allergen(nt, m))
        ):
            # "sie isst kein Gluten, also keine Zöliakie, nur so eine Unverträglichkeit"; "Severe
            # allergy: peanuts. Carries an EpiPen." (the allergy the note names)
            dropped.add(i)
    if denied and not named:
        last = max(i for i, m in enumerate(matches) if m[2] == generic and negated[i])
        for i in range(last):
            if matches[i][2] == generic and not negated[i] and gap_words(nt, matches[i], matches[last]) is not None:
                dropped.add(i)  # "asked about allergies, she has none"
    dropped.update(i for i, m in enumerate(matches) if m[3] == REDACTED_ALLERGEN)
    return dropped
