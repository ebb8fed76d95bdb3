"""Allergy and diet classes of session 28, second round (sentences written for this test, not
taken from any note), each through the real path (pseudonymization, then extraction):

- a sugar limit said with more verbs: "поменьше сладкого", "restringe o açúcar", "vigila el azúcar",
  "tiene d'occhio lo zucchero", "hält sich bei Süßem zurück", "de olho no açúcar", "se prive de
  desserts", "stare lontano dagli zuccheri", "설탕 안 넣은", "당 섭취에 신경", "suiker te vermijden", "prohibió el azúcar", "отказ от",
  "go easy on", "Zucker geht gar nicht", "несладкий";
  more sweet foods ("Süßspeisen", "repostería") and unsweetened drinks ("ungesüßt");
- prediabetes written with a hyphen ("pré-diabética") and Arabic "sugary foods" are no diabetes;
- a skin reaction to a food the taxonomy does not name ("hives from strawberries") is an
  unspecified allergy, while a named allergen beside the reaction stays the only allergy;
- more reaction words and allergens: Italian "eritema", Russian "отёк", Arabic "يهيج", Korean
  "입술이 부어", Arabic "حساسية شمس";
- sugar listed after a salt limit shares it ("povera di sale e zuccheri");
- vegan cosmetics are a product, not the client's diet;
- Russian alcohol put first and given up after ("Спиртное бросила"), "ни вина"; Chinese "不喝啤酒"
  (one kind of alcohol) is no abstention from all; Portuguese "já foi vegana" is a past diet;
- Japanese "問題なく" (without a problem) and "ともにOK" after a food take it back, as do "心配はない"
  (no worry of) and "気にしていない" (does not mind) after a diet word;
- "goutteux" (a gout sufferer) is the low-purine diet; "fastet intermittierend", "Intervallfasterin";
- Chinese "不喝含糖饮料" (no sugary drinks) is no abstention from alcohol; "baja en azúcares",
  "ограничения по сахару" are sugar limits.
"""

from __future__ import annotations

import pytest

from lvmh_pipeline_tests.lib.concepts.constraints import constraints


@pytest.mark.parametrize(("language", "text"), [
    ("RU", "Просила поменьше сладкого на ужине."),
    ("RU", "Отказывается от десертов, бережёт здоровье."),
    ("RU", "Сахар держит под контролем, пирожные не нужны."),
    ("RU", "Шоколад можно, но сладкое исключаем."),
    ("PT", "Restringe bastante o açúcar."),
    ("PT", "Anda de olho no açúcar."),
    ("ES", "Vigila mucho el azúcar."),
    ("ES", "Ha recortado los dulces este año."),
    ("ES", "Evita la bollería."),
    ("IT", "Tiene d'occhio gli zuccheri."),
    ("IT", "Deve stare lontana dai dolci."),
    ("DE", "Sie hält sich bei Süßigkeiten zurück."),
    ("DE", "Er soll auf den Zucker achten."),
    ("DE", "Bitte keine Süßspeisen servieren."),
    ("DE", "Kaffee nur ungesüßt."),
    ("FR", "Il se prive de sucreries."),
    ("KO", "설탕 안 넣은 커피로 드림."),
    ("KO", "당 섭취에 신경 많이 쓰심."),
    ("NL", "Ze probeert suiker te vermijden."),
    ("DE", "Süßes geht gar nicht, sagt sie."),
    ("ES", "Su doctora le prohibió el azúcar."),
    ("PT", "A médica proibiu-lhe os doces."),
    ("RU", "Полный отказ от сладкого."),
    ("RU", "Кофе несладкий, пожалуйста."),
    ("EN", "Doctor wants him to go easy on sweets."),
])
def test_a_sugar_limit_in_more_words_is_low_sugar(language, text):
    assert constraints(text, language)[1] == {"low_sugar"}


@pytest.mark.parametrize(("language", "text", "diets"), [
    ("IT", "Dieta povera di sale e di zuccheri.", {"low_sodium", "low_sugar"}),
    ("IT", "Dieta povera di sale; i dolci invece le piacciono.", {"low_sodium"}),
])
def test_sugar_listed_after_a_salt_limit_shares_it(language, text, diets):
    assert constraints(text, language)[1] == diets


@pytest.mark.parametrize(("language", "text", "diets"), [
    ("PT", "Pré-diabético, corta nos doces.", {"low_sugar"}),
    ("AR", "يتجنب الأطعمة السكرية.", {"low_sugar"}),
    ("AR", "يحب الأطعمة السكرية كثيرا.", set()),  # sugary foods liked: no diabetes, no diet
    ("PT", "Diabético tipo 2, sem doces.", {"diabetic"}),  # sweets kept from a diabetic: the diabetic diet alone (s46)
])
def test_hyphenated_prediabetes_and_sugary_foods_are_no_diabetes(language, text, diets):
    assert constraints(text, language)[1] == diets


@pytest.mark.parametrize(("language", "text", "allergies"), [
    ("EN", "Breaks out in hives after eating kiwi.", {"allergy_unspecified"}),
    ("FR", "Les framboises lui donnent de l'urticaire.", {"allergy_unspecified"}),
    ("ES", "Con el melón le salen ronchas.", {"allergy_unspecified"}),
    ("IT", "Le ciliegie le danno orticaria.", {"allergy_unspecified"}),
    ("RU", "От малины у неё сыпь.", {"allergy_unspecified"}),
    ("PT", "Kiwi dá-lhe urticária.", {"allergy_unspecified"}),
    ("NL", "Krijgt uitslag van kiwi.", {"allergy_unspecified"}),
    ("JA", "キウイを食べると蕁麻疹が出ます。", {"allergy_unspecified"}),
    ("KO", "키위 드시면 두드러기 올라오심.", {"allergy_unspecified"}),
    ("AR", "الكيوي يسبب له طفح جلدي.", {"allergy_unspecified"}),
    # a named allergen beside the reaction is the allergy; a denied reaction is none
    ("EN", "Wool gives her hives.", {"wool_allergy"}),
    ("RU", "От шерсти сыпь.", {"wool_allergy"}),
    ("EN", "No hives, no rashes so far.", set()),
])
def test_a_reaction_to_an_unlisted_food_is_an_unspecified_allergy(language, text, allergies):
    assert constraints(text, language)[0] == allergies


@pytest.mark.parametrize(("language", "text", "allergy"), [
    ("IT", "La lana le provoca eritema.", "wool_allergy"),
    ("RU", "От шерсти отёк век.", "wool_allergy"),
    ("AR", "الصوف يهيج بشرتها.", "wool_allergy"),
    ("AR", "عنده حساسية شمس في الصيف.", "sun_allergy"),
    ("KO", "달걀 드시면 입술이 부어요.", "eggs"),
])
def test_more_reaction_words_and_allergens(language, text, allergy):
    assert constraints(text, language)[0] == {allergy}


@pytest.mark.parametrize(("language", "text"), [
    ("KO", "비건 화장품 라인에 관심 보이심."),
    ("EN", "Asked about vegan cosmetics for her daughter."),
])
def test_vegan_cosmetics_are_no_diet(language, text):
    assert constraints(text, language)[1] == set()


@pytest.mark.parametrize(("language", "text", "diets"), [
    ("RU", "Спиртное бросила пару лет назад.", {"no_alcohol"}),  # the object first, "gave up" after it
    ("RU", "На ужине ни вина, ни коньяка.", {"no_alcohol"}),
    ("ZH", "他不喝啤酒，红酒倒是喜欢。", set()),  # one kind of alcohol is no abstention from all
    ("ZH", "先生不喝烈酒。", set()),
    ("ZH", "先生不喝酒，连啤酒也不碰。", {"no_alcohol"}),
    ("PT", "Já foi vegana, agora come peixe e carne.", set()),  # "já foi": a diet of the past
])
def test_alcohol_given_up_or_only_one_kind_avoided_and_past_diets(language, text, diets):
    assert constraints(text, language)[1] == diets


@pytest.mark.parametrize(("language", "text", "allergies"), [
    ("JA", "クルミは問題なく召し上がります。", set()),  # "without a problem": no allergy
    ("JA", "えび、かにともにOKです。", set()),
    ("JA", "卵アレルギーあり、ほかの食材は問題なく召し上がる。", {"eggs"}),
])
def test_japanese_without_a_problem_takes_a_food_back(language, text, allergies):
    assert constraints(text, language)[0] == allergies


@pytest.mark.parametrize(("language", "text", "diets"), [
    ("FR", "Client goutteux : pas d'abats au déjeuner.", {"low_purine"}),
    ("DE", "Er fastet intermittierend, Frühstück fällt aus.", {"intermittent_fasting"}),
    ("DE", "Seit Herbst Intervallfasterin.", {"intermittent_fasting"}),
    ("FR", "Juste une goutte de parfum au poignet.", set()),
])
def test_a_gout_sufferer_and_intermittent_fasting_said_as_a_verb(language, text, diets):
    assert constraints(text, language)[1] == diets


@pytest.mark.parametrize(("language", "text", "diets"), [
    ("JA", "痛風の心配はないとのこと。", set()),  # "no worry of gout"
    ("JA", "糖分はあまり気にしていない。", set()),  # "does not mind sugar"
    ("JA", "痛風持ちで、プリン体は控えめ。", {"low_purine"}),
])
def test_japanese_no_worry_or_not_minding_is_no_diet(language, text, diets):
    assert constraints(text, language)[1] == diets


@pytest.mark.parametrize(("language", "text", "diets"), [
    ("ZH", "她不喝含糖饮料。", {"low_sugar"}),  # sugary drinks, not alcohol (a bare "喝" after "不")
    ("ZH", "戒糖了，含糖饮料也不喝。", {"low_sugar"}),
    ("ES", "Sigue una alimentación baja en azúcares.", {"low_sugar"}),
    ("RU", "Есть ограничения по сахару.", {"low_sugar"}),
])
def test_sugary_drinks_are_no_alcohol_and_plural_sugar_limits(language, text, diets):
    assert constraints(text, language)[1] == diets
