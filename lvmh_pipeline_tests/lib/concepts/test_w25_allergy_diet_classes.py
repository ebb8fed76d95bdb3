"""Allergy and diet classes found on the w25 dev notes (own phrasings): sweets left out because
of an allergy, "no allergies at all" in Chinese, a contrast after a denial, carbs inside keto,
a vegetarian word glossed as vegan, a Korean "if not", "nothing with pork"."""

from __future__ import annotations

import re

import pytest

from lvmh_pipeline.lib.concepts.extraction import extract


def positive(text: str, language: str, category: str) -> set[str]:
    return {h.concept for h in extract(text, language) if h.category == category and not h.negated}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("JA", "えびアレルギーがあるため、デザートは出さないように。"),
        ("EN", "Severe sesame allergy, so no desserts during the fitting."),
        ("AR", "عندها حساسية من البيض، يعني بدون حلويات بالضيافة."),
        ("ZH", "他对芝麻过敏，所以接待时不要上甜品。"),
    ],
)
def test_sweets_left_out_for_an_allergy_are_no_low_sugar_diet(language, text):
    assert "low_sugar" not in positive(text, language, "diet")
    assert positive(text, language, "allergy")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("EN", "She avoids sweets these days."),
        ("EN", "Sesame allergy. No sweets either, she is cutting down."),
        ("EN", "Sesame allergy, and no sugar in her coffee."),
        ("JA", "甘いものは控えているとのこと。"),
    ],
)
def test_sweets_avoided_on_their_own_stay_low_sugar(language, text):
    assert "low_sugar" in positive(text, language, "diet")


@pytest.mark.parametrize(
    "text", ["客人表示没有任何过敏，香水小样都可以试用。", "他說他沒有任何過敏，香水都能試。", "没有任何坚果过敏。"]
)
def test_no_allergies_at_all_in_chinese_denies(text):
    assert positive(text, "ZH", "allergy") == set()


@pytest.mark.parametrize(
    ("language", "text", "allergen"),
    [
        ("NL", "Geen allergieën, wel glutenintolerant, dus geen taart.", "gluten"),
        ("EN", "No allergies, but lactose intolerant.", "lactose"),
        ("DE", "Keine Allergien, aber laktoseintolerant.", "lactose"),
        ("FR", "Pas d'allergies, mais intolérante au lactose.", "lactose"),
        ("ZH", "没有过敏，但是乳糖不耐受。", "lactose"),
    ],
)
def test_a_contrast_after_a_denied_allergy_states_the_next_one(language, text, allergen):
    assert allergen in positive(text, language, "allergy")


@pytest.mark.parametrize(
    ("language", "text"),
    [("ZH", "他在做生酮，主食基本不吃。"), ("EN", "Strict keto these days, no carbs at all."), ("FR", "Régime cétogène, pas de glucides.")],
)
def test_carbs_left_out_after_keto_are_the_keto_diet(language, text):
    assert positive(text, language, "diet") == {"keto"}


def test_a_low_carb_diet_before_someone_elses_keto_stays():
    assert positive("She is on a low carb diet, her husband does keto.", "EN", "diet") == {"low_carb", "keto"}


@pytest.mark.parametrize(
    ("language", "text"),
    [("AR", "هو نباتي vegan من سنين."), ("EN", "She is vegetarian (vegan actually)."), ("ZH", "她吃素 vegan，不吃任何动物制品。")],
)
def test_a_vegetarian_word_glossed_vegan_is_vegan(language, text):
    assert positive(text, language, "diet") == {"vegan"}


def test_vegetarian_and_vegan_listed_apart_stay():
    assert positive("Vegetarian, vegan on weekdays.", "EN", "diet") == {"vegetarian", "vegan"}


@pytest.mark.parametrize("text", ["할랄 음식이 아니면 절대 안 드세요.", "비건 아니면 안 먹어요."])
def test_korean_if_not_is_a_condition_not_a_denial(text):
    assert positive(text, "KO", "diet")


def test_korean_plain_not_still_denies():
    assert "halal" not in positive("할랄 아니심.", "KO", "diet")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("EN", "Nothing containing pork at the reception please."),
        ("EN", "Serve nothing with pork at the lunch."),
        ("DE", "Bitte nichts mit Schweinefleisch servieren."),
        ("NL", "Niets met varkensvlees op de borrel."),
    ],
)
def test_nothing_with_pork_is_no_pork(language, text):
    assert "no_pork" in positive(text, language, "diet")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("JA", "おつまみはナッツではなくチョコレートにしてほしいとのこと。"),
        ("JA", "ナッツより果物がいいそうです。"),
        ("ZH", "茶点要水果而不是坚果。"),
        ("DE", "Zum Kaffee lieber Obst statt Nüsse."),
        ("KO", "다과는 견과류 말고 과일로 부탁하심."),
        ("EN", "Fruit instead of the almonds with the tea."),
    ],
)
def test_a_food_chosen_against_another_is_a_taste(language, text):
    assert positive(text, language, "allergy") == set()


@pytest.mark.parametrize(
    ("language", "text", "allergen"),
    [
        ("JA", "ナッツアレルギーなので、ナッツではなく果物で。", "tree_nuts"),
        ("DE", "Statt der Nüsse bitte Obst, sie hat eine Allergie.", "tree_nuts"),
    ],
)
def test_a_food_replaced_for_an_allergy_stays(language, text, allergen):
    assert allergen in positive(text, language, "allergy")


def test_a_low_carb_diet_named_after_keto_stays():
    assert positive("On keto, and a very low carb one.", "EN", "diet") == {"keto", "low_carb"}


def test_a_telegraphic_list_of_vegetarians_and_vegans_stays():
    assert positive("Invitados: algunos vegetarianos veganos.", "ES", "diet") == {"vegetarian", "vegan"}


@pytest.mark.parametrize(
    ("language", "text", "diet"),
    [
        ("NL", "Hij eet purinearm, dus geen vlees op de borrel.", "low_purine"),
        ("EN", "Low-sodium diet, so no meat platter at the tasting.", "low_sodium"),
    ],
)
def test_meat_left_out_for_a_medical_diet_is_no_vegetarian_diet(language, text, diet):
    assert positive(text, language, "diet") == {diet}


def test_meat_left_out_in_another_sentence_stays_vegetarian():
    assert positive("No meat. Low-sodium diet too.", "EN", "diet") == {"vegetarian", "low_sodium"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("RU", "На ужине ей ни мяса, ни молока, ни яиц."),
        ("EN", "No meat, no milk, no eggs for her."),
        ("EN", "Doesn't eat meat, dairy or eggs."),
        ("DE", "Kein Fleisch, keine Milchprodukte, keine Eier."),
        ("ZH", "不吃肉、不吃奶制品、也不吃鸡蛋。"),
    ],
)
def test_meat_dairy_and_eggs_left_out_are_vegan(language, text):
    assert positive(text, language, "diet") == {"vegan"}
    assert positive(text, language, "allergy") == set()


@pytest.mark.parametrize(
    ("text", "diets"),
    [
        ("No meat, but loves eggs and milk.", {"vegetarian"}),
        ("No meat, no dairy and no eggs, allergic to eggs.", {"vegetarian"}),
    ],
)
def test_meat_dairy_and_eggs_with_a_contrast_or_an_allergy_stay(text, diets):
    assert positive(text, "EN", "diet") == diets


@pytest.mark.parametrize(
    ("language", "text", "allergen"),
    [
        ("RU", "Сказала: без лактозы не нужно, только поменьше сладкого.", "lactose"),
        ("EN", "Gluten-free isn't needed, only sugar-free.", "gluten"),
        ("DE", "Laktosefrei muss nicht sein.", "lactose"),
        ("FR", "Sans gluten pas nécessaire finalement.", "gluten"),
        ("ES", "Sin gluten no hace falta.", "gluten"),
    ],
)
def test_a_free_from_request_said_unneeded_is_taken_back(language, text, allergen):
    assert allergen not in positive(text, language, "allergy")


@pytest.mark.parametrize(
    ("language", "text", "concept", "category"),
    [
        ("RU", "Свинину не надо.", "no_pork", "diet"),
        ("RU", "Без глютена. Не надо ей десерт.", "gluten", "allergy"),
    ],
)
def test_a_plain_food_not_wanted_stays_avoided(language, text, concept, category):
    assert concept in positive(text, language, category)


@pytest.mark.parametrize("phrase", [
    "not needed", "isn t needed", "aren t necessary", "unnecessary", "pas necessaire", "pas besoin", "inutile",
    "muss nicht sein", "nicht notig", "nicht notwendig", "non serve", "non e necessario", "no hace falta",
    "no es necesario", "nao precisa", "nao e necessario", "hoeft niet", "niet nodig", "не надо", "не нужно",
    "не обязательно", "مو لازم", "مش لازم", "غير ضروري",
])
def test_the_needless_gate_lets_every_needless_phrase_through(phrase):
    """The one-scan gate must pass every phrase the full pattern reads, or the rule goes silent."""
    from lvmh_pipeline.lib.concepts.statements.retractions import corrections

    assert re.search(corrections._NEEDLESS, phrase)
    assert corrections._ANY_NEEDLESS.any_in(phrase)
