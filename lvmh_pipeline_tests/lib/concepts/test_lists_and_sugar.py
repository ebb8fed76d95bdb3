"""Allergy and diet classes, each in several languages (cases written for this test, not taken
from any evaluation file), through pseudonymization and extraction:

- every item of an allergen list is licensed, also those before the allergy word in head-final
  languages ("달걀이랑 우유 알레르기", "X and Y allergy"), and bare allergen words in a list after
  "Allergies:" ("soy", "日光", "معادن", "بيض", "化学成分");
- a sugar-free request without a diabetes mention is the low-sugar diet ("thé sans sucre",
  "café sin azúcar", "무설탕"), with one the diabetic diet ("diabetic, sugar-free petits fours");
- limiting and leaving-out verbs for sugar ("reduziu o açúcar", "설탕 빼고", "甘い物は避けている",
  "少甜", "قاطع السكر");
- a question ("있는지 확인 필요", "かどうか") or a polite denial ("아니시고", "착각이셨대요") states no
  allergy or diet.
"""

from __future__ import annotations

import pytest

from lvmh_pipeline_tests.lib.concepts.constraints import constraints

ALLERGY_LISTS = [
    ("KO", "아드님은 달걀이랑 우유 알레르기가 있음.", {"eggs", "lactose"}),
    ("KO", "계란이랑 생선에 알레르기가 있음.", {"eggs", "fish"}),
    ("EN", "Allergies: soy, penicillin.", {"soy", "drug_allergy"}),
    ("EN", "Allergic to eggs and soy.", {"eggs", "soy"}),
    ("ZH", "过敏：香水、金属、日光。", {"fragrance", "metal", "sun_allergy"}),
    ("ZH", "对化妆品里的化学成分敏感。", {"chemical_sensitivity"}),
    ("AR", "حساسية: بيض، سمك، صويا.", {"eggs", "fish", "soy"}),
    ("AR", "عندها حساسية: خردل، صوف، معادن.", {"mustard", "wool_allergy", "metal"}),
    ("RU", "Аллергия на горчичный соус.", {"mustard"}),
]


@pytest.mark.parametrize(("language", "text", "allergies"), ALLERGY_LISTS, ids=[f"{c[0]}-{i}" for i, c in enumerate(ALLERGY_LISTS)])
def test_every_item_of_an_allergen_list(language, text, allergies):
    assert constraints(text, language)[0] == allergies


@pytest.mark.parametrize(("language", "text"), [
    ("EN", "Loves the sun, going to Nice."),
    ("EN", "Soy latte for her, no allergies."),
    ("ZH", "喜欢阳光，想要浅色。"),
    ("KO", "햇빛 좋은 날 방문."),
])
def test_bare_allergen_words_need_an_allergy_word(language, text):
    assert constraints(text, language)[0] == set()


SUGAR = [
    ("FR", "Madame prend son thé sans sucre.", {"low_sugar"}),
    ("ES", "Toma el café sin azúcar.", {"low_sugar"}),
    ("PT", "Sem açúcar para ele.", {"low_sugar"}),
    ("KO", "무설탕으로 준비.", {"low_sugar"}),
    ("EN", "Sugar-free petits fours for her.", {"low_sugar"}),
    ("FR", "Il est diabétique, thé sans sucre.", {"diabetic", "low_sugar"}),
    ("ES", "Diabético tipo 2, todo sin azúcar.", {"diabetic", "low_sugar"}),
    ("EN", "Mrs Chen is diabetic (type 2), so sugar-free petits fours.", {"diabetic", "low_sugar"}),
    ("PT", "Reduziu o açúcar este ano.", {"low_sugar"}),
    ("KO", "행사 다과는 설탕 빼고 준비.", {"low_sugar"}),
    ("KO", "당 섭취 줄이는 중.", {"low_sugar"}),
    ("JA", "甘い物は避けている。", {"low_sugar"}),
    ("ZH", "茶歇少甜。", {"low_sugar"}),
    ("AR", "قاطع السكر من شهرين.", {"low_sugar"}),
    ("AR", "ما ياكل سكر ولا حلويات.", {"low_sugar"}),
]


@pytest.mark.parametrize(("language", "text", "diets"), SUGAR, ids=[f"{c[0]}-{i}" for i, c in enumerate(SUGAR)])
def test_sugar_free_and_limited_sugar(language, text, diets):
    assert constraints(text, language)[1] == diets


QUESTIONS_AND_CORRECTIONS = [
    ("KO", "비건은 아니시고 고기 잘 드심."),
    ("KO", "울 알레르기 있는지 확인 필요."),
    ("KO", "땅콩 알레르기 있는지 여쭤봐야 함."),
    ("KO", "채식 메뉴도 준비할지 물어보기."),
    ("KO", "우유 알레르기 있다고 했는데 착각이셨대요."),
    ("JA", "ナッツアレルギーかどうか確認する。"),
]


@pytest.mark.parametrize(("language", "text"), QUESTIONS_AND_CORRECTIONS,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(QUESTIONS_AND_CORRECTIONS)])
def test_a_question_or_a_polite_denial_states_no_constraint(language, text):
    assert constraints(text, language) == (set(), set())


def test_a_stated_constraint_stays_after_the_question_words_are_added():
    assert constraints("땅콩 알레르기 있음.", "KO")[0] == {"peanut"}
    assert constraints("비건이시고 가죽 제품은 안 쓰심.", "KO")[1] == {"vegan"}
