"""Allergy and diet classes seen in real advisor dictation, each in several languages (cases
written for this test, not taken from any evaluation file), through the real pipeline path
(pseudonymization, then extraction with the protected concepts):

- a negated *problem* word about a food denies it ("no gluten issues", "kein Gluten-Problem",
  "pas de problème avec le gluten", "нет проблем с орехами"), where a bare "no gluten" stays a
  free-from request;
- a diet stated in the past ("раньше была вегетарианкой", "예전에는 채식했는데", "كانت نباتية من قبل")
  is not a current diet;
- "nothing special" negators in CJK ("没什么过敏", "알레르기는 따로 없다고");
- honorific and polite Japanese negative verbs ("お酒は一切飲まれない", "召し上がらない");
- inflected and diminutive allergens (Russian "орешки", "миндаля"), and compounds/brand-like words
  that already work stay working (Nickelallergie, notenallergie, penicillin, hay fever, coeliac).
"""

from __future__ import annotations

import pandas as pd
import pytest

from lvmh_pipeline.lib.concepts.extraction import extract, extract_note_concepts
from lvmh_pipeline.lib.privacy.pseudonymize import protected_to_json, pseudonymize


def stored(text: str, language: str) -> tuple[set[str], set[str]]:
    """(allergies, diets) that the pipeline stores for one note: positive concepts only."""
    result = pseudonymize(text, language=language)
    notes = pd.DataFrame({
        "note_id": ["n1"], "client_id": ["c1"], "note_date": ["2026-01-15"], "language": [language],
        "text": [result.text], "upload_date": ["2026-01-16"], "protected_concepts": [protected_to_json(result.protected)],
    })
    rows = extract_note_concepts(notes)
    rows = rows[~rows["negated"]]
    return set(rows[rows["category"] == "allergy"]["concept"]), set(rows[rows["category"] == "diet"]["concept"])


def negated(text: str, language: str) -> set[str]:
    return {h.concept for h in extract(text, language) if h.negated and h.category in ("allergy", "diet")}


PROBLEMS = [
    ("DE", "Kein Gluten-Problem, isst alles.", "gluten"),
    ("DE", "Keine Laktose-Probleme.", "lactose"),
    ("DE", "Kein Problem mit Gluten.", "gluten"),
    ("EN", "No gluten issues.", "gluten"),
    ("EN", "Peanut allergy. No problem with tree nuts.", "tree_nuts"),
    ("FR", "Pas de problème avec le gluten.", "gluten"),
    ("RU", "Нет проблем с орехами.", "tree_nuts"),
    ("PT", "Sem problemas com lactose.", "lactose"),
]


@pytest.mark.parametrize(("language", "text", "concept"), PROBLEMS, ids=[f"{c[0]}-{i}" for i, c in enumerate(PROBLEMS)])
def test_a_negated_problem_word_denies_the_food(language, text, concept):
    assert concept in negated(text, language)
    assert concept not in stored(text, language)[0]


FREE_FROM = [
    ("EN", "Strictly no gluten, coeliac.", "gluten"),
    ("EN", "Gluten-free, no issues otherwise.", "gluten"),
    ("EN", "Allergic to nuts; no other issues.", "tree_nuts"),
    ("DE", "Glutenfrei, sonst keine Probleme.", "gluten"),
]


@pytest.mark.parametrize(("language", "text", "concept"), FREE_FROM, ids=[f"{c[0]}-{i}" for i, c in enumerate(FREE_FROM)])
def test_free_from_requests_and_other_problems_stay_constraints(language, text, concept):
    assert concept in stored(text, language)[0]


PAST_DIETS = [
    ("RU", "Раньше была вегетарианкой, теперь ест мясо.", "vegetarian"),
    ("DE", "Früher war sie Vegetarierin, jetzt isst sie Fisch.", "vegetarian"),
    ("KO", "예전에는 채식했는데 지금은 고기 드심.", "vegetarian"),
    ("AR", "كانت نباتية من قبل، الحين تاكل لحم.", "vegetarian"),
    ("EN", "Used to be vegan, eats everything now.", "vegan"),
]


@pytest.mark.parametrize(("language", "text", "concept"), PAST_DIETS, ids=[f"{c[0]}-{i}" for i, c in enumerate(PAST_DIETS)])
def test_a_past_diet_is_not_a_current_diet(language, text, concept):
    assert concept not in stored(text, language)[1]


CURRENT_DIETS = [
    ("RU", "Она вегетарианка, была на ужине в прошлый раз.", "vegetarian"),
    ("DE", "Sie ist Vegetarierin, war letzte Woche da.", "vegetarian"),
    ("AR", "نباتية، كانت هنا الأسبوع الماضي.", "vegetarian"),
    ("KO", "채식주의자이심. 예전에 방문하셨음.", "vegetarian"),
]


@pytest.mark.parametrize(("language", "text", "concept"), CURRENT_DIETS, ids=[f"{c[0]}-{i}" for i, c in enumerate(CURRENT_DIETS)])
def test_a_current_diet_near_past_tense_stays(language, text, concept):
    assert concept in stored(text, language)[1]


NOTHING_SPECIAL = [
    ("ZH", "没什么过敏，喜欢香槟。"),
    ("KO", "알레르기는 따로 없다고 하심. 샴페인 좋아하심."),
    ("KO", "알레르기 특별한 건 없음."),
]


@pytest.mark.parametrize(("language", "text"), NOTHING_SPECIAL, ids=[f"{c[0]}-{i}" for i, c in enumerate(NOTHING_SPECIAL)])
def test_nothing_special_denies_allergies(language, text):
    assert stored(text, language)[0] == set()


def test_cjk_allergy_still_stated_without_a_negator():
    assert stored("对坚果有点过敏。", "ZH")[0] == {"tree_nuts"}
    assert stored("견과류 알레르기 있으심.", "KO")[0] == {"tree_nuts"}


HONORIFIC = [
    "お酒は一切飲まれない。",
    "お酒は召し上がりません。",
    "お酒は一切口にされない。",
    "アルコールは召し上がらない。",
]


@pytest.mark.parametrize("text", HONORIFIC)
def test_japanese_honorific_negative_is_no_alcohol(text):
    assert "no_alcohol" in stored(text, "JA")[1]


def test_japanese_alcohol_liked_is_not_no_alcohol():
    assert "no_alcohol" not in stored("お酒は大好きで、特にシャンパン。", "JA")[1]


INFLECTED = [
    ("RU", "Аллергия на орешки.", "tree_nuts"),
    ("RU", "Аллергия на миндаля и фундука.", "tree_nuts"),
    ("DE", "Kundin hat eine Nickelallergie.", "nickel"),
    ("DE", "Nussallergie beim Sohn.", "tree_nuts"),
    ("NL", "Notenallergie bij de dochter.", "tree_nuts"),
    ("EN", "Allergic to amoxicillin.", "drug_allergy"),
    ("EN", "Hay fever every spring.", "pollen"),
    ("JA", "花粉症です。", "pollen"),
    ("KO", "견과류 알레르기.", "tree_nuts"),
    ("ZH", "乳糖不耐。", "lactose"),
]


@pytest.mark.parametrize(("language", "text", "concept"), INFLECTED, ids=[f"{c[0]}-{i}" for i, c in enumerate(INFLECTED)])
def test_inflected_compound_and_synonym_allergens(language, text, concept):
    assert concept in stored(text, language)[0]


def test_walnut_colour_is_not_a_nut_allergy():
    assert stored("Любит ореховый цвет и кожу под орех.", "RU")[0] == set()


LIKED = [
    ("ZH", "喜欢巧克力和坚果。"),
    ("RU", "Любит шоколад и орехи."),
    ("AR", "يحب الشوكولاتة والمكسرات."),
    ("KO", "땅콩버터 좋아하심."),
    ("EN", "Loves chocolate and nuts, a hamper would be perfect."),
    ("FR", "Adore les noisettes, coffret gourmand."),
    ("JA", "ナッツが大好き。"),
]


@pytest.mark.parametrize(("language", "text"), LIKED, ids=[f"{c[0]}-{i}" for i, c in enumerate(LIKED)])
def test_a_food_the_client_likes_is_not_an_allergy(language, text):
    assert stored(text, language)[0] == set()


LIKED_AND_ALLERGIC = [
    ("EN", "Allergic to nuts, loves chocolate.", "tree_nuts"),
    ("ZH", "对坚果过敏，喜欢巧克力。", "tree_nuts"),
    ("DE", "Liebt Nüsse. Allergie gegen Erdnüsse.", "peanut"),
    ("DE", "Er isst keine Erdnüsse.", "peanut"),
    ("RU", "Аллергия на орехи, но любит шоколад.", "tree_nuts"),
]


@pytest.mark.parametrize(("language", "text", "concept"), LIKED_AND_ALLERGIC,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(LIKED_AND_ALLERGIC)])
def test_an_allergy_stated_next_to_a_liking_stays(language, text, concept):
    assert concept in stored(text, language)[0]


def test_arabic_only_halal_and_wheat_allergy():
    assert "halal" in stored("ما ياكل غير حلال.", "AR")[1]
    assert "gluten" in stored("عندها حساسية قمح.", "AR")[0]
    assert "intermittent_fasting" in stored("صايم متقطع من شهرين.", "AR")[1]


def test_russian_adjectival_nickel_needs_an_allergy_cue():
    assert "nickel" in stored("Аллергия на никелевые застёжки.", "RU")[0]
    assert "nickel" not in stored("Никелевое покрытие на пряжке.", "RU")[0]


OBJECTS = [
    ("EN", "Interested in vegan leather bags."),
    ("FR", "Sac en cuir vegan pour sa fille."),
    ("DE", "Veganes Leder bevorzugt."),
    ("JA", "ヴィーガンレザーの財布を希望。"),
    ("KO", "비건 가죽 제품 관심."),
    ("KO", "견과류 선물 세트 원하심."),
    ("KO", "땅콩 모양 참 장식."),
    ("ZH", "买了坚果礼盒送客户。"),
    ("AR", "اشترى علبة مكسرات فاخرة هدية."),
    ("AR", "جلد نباتي للحقيبة."),
]


@pytest.mark.parametrize(("language", "text"), OBJECTS, ids=[f"{c[0]}-{i}" for i, c in enumerate(OBJECTS)])
def test_a_diet_or_food_word_naming_a_material_or_gift_is_no_constraint(language, text):
    allergies, diets = stored(text, language)
    assert allergies == set() and diets == set()


PERSON_DIETS = [
    ("EN", "Vegan, leather-free bags only.", "vegan"),
    ("KO", "비건이라 가죽 대신 캔버스.", "vegan"),
    ("EN", "She is vegan, no leather.", "vegan"),
    ("DE", "Keine Nüsse für ihn, das ist eine leichte Unverträglichkeit.", None),
]


@pytest.mark.parametrize(("language", "text", "diet"), PERSON_DIETS, ids=[f"{c[0]}-{i}" for i, c in enumerate(PERSON_DIETS)])
def test_a_person_diet_next_to_a_material_stays(language, text, diet):
    allergies, diets = stored(text, language)
    if diet:
        assert diet in diets
    else:
        assert "tree_nuts" in allergies


OPEN_QUESTIONS = [
    ("EN", "Allergies: TBC, ask next visit."),
    ("EN", "Allergies unknown."),
    ("FR", "Allergies à confirmer."),
    ("DE", "Allergien: unbekannt, nachfragen."),
    ("DE", "Allergien? Keine."),
    ("IT", "Allergie: da verificare."),
    ("ES", "Alergias: por confirmar."),
    ("PT", "Alergias? Nenhuma."),
    ("NL", "Allergieën: onbekend."),
    ("RU", "Аллергии: уточнить."),
    ("JA", "アレルギーは要確認。"),
    ("KO", "알레르기 여부 확인 필요."),
    ("ZH", "过敏史：无。"),
    ("ZH", "问了过敏的事，说没有。"),
    ("AR", "نسأل عن الحساسية المرة الجاية."),
]


@pytest.mark.parametrize(("language", "text"), OPEN_QUESTIONS, ids=[f"{c[0]}-{i}" for i, c in enumerate(OPEN_QUESTIONS)])
def test_an_open_or_answered_allergy_question_claims_no_allergy(language, text):
    assert stored(text, language)[0] == set()


def test_an_allergy_stated_after_a_question_stays():
    assert stored("Asked about allergies: peanuts.", "EN")[0] == {"peanut"}
    assert stored("Allergies: peanuts, to confirm the severity.", "EN")[0] == {"peanut"}


DISLIKED = [
    ("ES", "Alergias: ninguna conocida, pero no le gusta el marisco."),
    ("EN", "No allergies, just doesn't like shellfish."),
    ("DE", "Keine Allergien, mag nur keine Meeresfrüchte."),
    ("ZH", "没有过敏，就是不喜欢海鲜。"),
]


@pytest.mark.parametrize(("language", "text"), DISLIKED, ids=[f"{c[0]}-{i}" for i, c in enumerate(DISLIKED)])
def test_a_disliked_food_is_not_an_allergy(language, text):
    assert stored(text, language)[0] == set()


def test_a_dislike_next_to_a_stated_allergy_keeps_the_allergy():
    assert stored("Allergic to peanuts, doesn't like shellfish.", "EN")[0] == {"peanut"}
    assert stored("不喜欢海鲜，对花生过敏。", "ZH")[0] == {"peanut"}


MORE_ALLERGENS = [
    ("AR", "حساسية من الطحين.", "gluten"),
    ("AR", "حساسية من الوبر.", "animal_dander"),
    ("AR", "حساسية ربيعية كل سنة.", "pollen"),
    ("AR", "حساسية من البنسلين ومن لدغات النحل.", "insect_venom"),
    ("RU", "Аллергия на креветок.", "shellfish"),
    ("RU", "Аллергия на муку.", "gluten"),
    ("RU", "Аллергия на молочку.", "lactose"),
    ("KO", "게 알레르기 있으심.", "shellfish"),
    ("KO", "오징어 알레르기.", "shellfish"),
    ("ZH", "被马蜂蛰过，过敏。", "insect_venom"),
]


@pytest.mark.parametrize(("language", "text", "concept"), MORE_ALLERGENS, ids=[f"{c[0]}-{i}" for i, c in enumerate(MORE_ALLERGENS)])
def test_regional_and_inflected_allergen_words(language, text, concept):
    assert concept in stored(text, language)[0]


def test_korean_seafood_words_need_an_allergy_cue():
    assert stored("전복죽 좋아하심, 랍스터 디너 예약.", "KO")[0] == set()
