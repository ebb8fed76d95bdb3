"""Allergy and diet classes of session 28 (sentences written for this test, not taken from any
note), each through the real path (pseudonymization, then extraction with the protected concepts):

- a drink put before a bare Chinese "喝" is no abstention from alcohol ("牛奶也不喝", "连鱼汤都不喝");
- a diabetic client is on the diabetic diet, whether the sugar is limited or excluded; prediabetes,
  a risk of diabetes, a borderline diabetes and a blood sugar watched are the low-sugar diet;
- in JA/KO/ZH a cue listed before an avoided diet shares the verb that denies it ("돼지고기하고 술은 안 드세요");
- hives from the sun are the sun allergy ("orticaria solare", "urticaire solaire", "солнечная крапивница");
- reactions said indirectly: Arabic "itches / is irritated from" wool, Korean "smelling a strong scent
  gives a headache", a Russian "химия" listed with fragrances in an allergy note (the non-food
  allergen's words leave the text);
- "it is not an allergy" after a food in its sentence: the food is no allergy, a real one beside it stays;
- Korean "알레르기 관련 특이사항 없음": "related" between the allergy noun and its negator;
- no meat and no dairy listed together is the vegan diet (Arabic "فمش" glued "so not");
- a vegan diet kept only on some days beside a vegetarian one is the vegetarian diet.
"""

from __future__ import annotations

import pandas as pd
import pytest

from lvmh_pipeline.lib.concepts.extraction import extract_note_concepts
from lvmh_pipeline.lib.privacy.pseudonymize import protected_to_json, pseudonymize


def stored(text: str, language: str) -> tuple[set[str], set[str], str]:
    """(allergies, diets, stored text) of one note through pseudonymization and extraction."""
    result = pseudonymize(text, language=language)
    notes = pd.DataFrame({
        "note_id": ["n1"], "client_id": ["c1"], "note_date": ["2026-03-02"], "language": [language],
        "text": [result.text], "upload_date": ["2026-03-03"], "protected_concepts": [protected_to_json(result.protected)],
    })
    rows = extract_note_concepts(notes)
    rows = rows[~rows["negated"]]
    return (set(rows[rows["category"] == "allergy"]["concept"]), set(rows[rows["category"] == "diet"]["concept"]),
            result.text)


@pytest.mark.parametrize(("language", "text", "diets"), [
    ("ZH", "她不吃肉，牛奶也不喝。", {"vegetarian"}),
    ("ZH", "先生连鱼汤都不喝，怕腥。", set()),
    ("ZH", "她不喝汤，只喝温水。", set()),
    ("ZH", "先生酒也不喝。", {"no_alcohol"}),  # the drink put first is alcohol: an abstention
])
def test_a_soft_drink_before_he_is_no_abstention_from_alcohol(language, text, diets):
    assert stored(text, language)[1] == diets


@pytest.mark.parametrize(("language", "text", "diets"), [
    ("JA", "糖尿病なので、会食のデザートは控えめにしてほしいとのこと。", {"diabetic"}),
    ("ZH", "她先生有糖尿病，平时少吃甜的。", {"diabetic"}),
    ("KO", "당뇨가 있으셔서 단 음식은 줄이고 계심.", {"diabetic"}),
    ("FR", "Monsieur est diabétique, il réduit les desserts.", {"diabetic"}),
    ("EN", "Her father is a type 1 diabetic and keeps sweets to a minimum.", {"diabetic"}),
    # no diagnosis: the sugar limit it brings (low_sugar before this session too: these guard the
    # rule above, which without them would read each as diabetic)
    ("KO", "당뇨 위험이 있다고 하셔서 단 거 줄이는 중.", {"low_sugar"}),
    ("EN", "Borderline diabetic, cutting down on sugar.", {"low_sugar"}),
    ("JA", "境界型糖尿病で、甘いものは控えめ。", {"low_sugar"}),
    ("ZH", "她在控糖，医生说是糖尿病前期。", {"low_sugar"}),
    ("ZH", "老公最近控制血糖，少吃糖。", {"low_sugar"}),
])
def test_a_diabetic_client_is_diabetic_prediabetes_is_low_sugar(language, text, diets):
    assert stored(text, language)[1] == diets


@pytest.mark.parametrize(("language", "text", "diets"), [
    ("KO", "돼지고기하고 술은 안 드세요.", {"no_pork", "no_alcohol"}),
    ("KO", "사모님은 돼지고기랑 술은 전혀 안 드심.", {"no_pork", "no_alcohol"}),
    ("KO", "돼지고기랑 와인 좋아하심.", set()),  # nothing denied
])
def test_a_cue_listed_before_an_avoided_diet_shares_its_verb(language, text, diets):
    assert stored(text, language)[1] == diets


@pytest.mark.parametrize(("language", "text", "allergen"), [
    ("IT", "Soffre di orticaria solare: niente tavoli in terrazza.", "sun_allergy"),
    ("IT", "La signora ha un'orticaria da sole, spostarla dalla vetrina.", "sun_allergy"),
    ("FR", "Urticaire solaire, éviter la terrasse au déjeuner.", "sun_allergy"),
    ("RU", "У клиентки солнечная крапивница, стол в тени.", "sun_allergy"),
    ("DE", "Sonnenurtikaria, bitte Tisch im Schatten.", "sun_allergy"),
    ("EN", "She has solar urticaria, seat her indoors.", "sun_allergy"),
    ("AR", "جلدها يتهيج من الصوف، نعرض الحرير بدل.", "wool_allergy"),
    ("AR", "ملاحظة: زوجها يحك من الصوف.", "wool_allergy"),
    ("KO", "향이 강한 제품 맡으면 머리가 아프다고 하심.", "fragrance"),
    ("RU", "Аллергии: на косметику — химия, отдушки, реагирует пятнами.", "chemical_sensitivity"),
])
def test_an_allergy_said_indirectly_is_read_and_its_allergen_redacted(language, text, allergen):
    allergies, _, text_stored = stored(text, language)
    assert allergen in allergies
    assert "[HEALTH]" in text_stored


@pytest.mark.parametrize(("language", "text", "allergies"), [
    ("RU", "Реагирует на никель. Миндаля не боится, это не аллергия, просто не любит вкус.", {"nickel"}),
    ("FR", "Allergique au nickel. Pas de noix, mais ce n'est pas une allergie.", {"nickel"}),
    ("DE", "Nickelallergie. Nüsse mag sie nicht, das ist keine Allergie.", {"nickel"}),
    ("ZH", "对镍过敏。花生不吃，不是过敏，是不喜欢。", {"nickel"}),
    ("AR", "عندها حساسية من النيكل. الفول السوداني ما تاكله، بس هذه مش حساسية.", {"nickel"}),
    ("EN", "Allergic to nuts, it's not an allergy to fish.", {"tree_nuts"}),  # the real one stays
])
def test_it_is_not_an_allergy_after_a_food_denies_it(language, text, allergies):
    assert stored(text, language)[0] == allergies


@pytest.mark.parametrize("text", ["알레르기 관련 특이사항 없음.", "음식 알레르기 관련 이슈 없음.", "알레르기 관련 특별히 없음."])
def test_korean_related_between_allergy_and_its_negator(text):
    assert stored(text, "KO")[0] == set()


@pytest.mark.parametrize(("language", "text", "diets"), [
    ("AR", "هي صائمة فمش بتاكل لحوم ولا ألبان.", {"vegan"}),
    ("AR", "في الصوم ما تاكل لحوم ولا ألبان.", {"vegan"}),
    ("EN", "During the fast he eats no meat nor dairy.", {"vegan"}),
    ("EN", "Doesn't eat meat, drinks milk daily.", {"vegetarian"}),  # dairy not listed with the meat
])
def test_no_meat_and_no_dairy_is_vegan(language, text, diets):
    assert stored(text, language)[1] == diets


@pytest.mark.parametrize(("language", "text"), [
    ("ZH", "她吃蛋奶素，每逢初一十五吃全素。"),
    ("EN", "Vegetarian, and vegan on Fridays."),
])
def test_a_vegan_diet_on_some_days_beside_a_vegetarian_one_is_vegetarian(language, text):
    assert stored(text, language)[1] == {"vegetarian"}
