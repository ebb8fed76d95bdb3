"""Allergy and diet classes of session 35, in our own words (several languages each).

- A vegetarian word the note concludes, after an arrow, to be vegan in practice is the vegan diet; a negator
  before the arrow does not reach past it ("sem ovo, sem mel → vegana").
- Seafood a Chinese note refuses a verb or two before the word ("不能碰海鲜", "不吃鱼") is not eaten: a
  vegetarian in the sentence stays vegetarian.
- Carbs limited right after keto are keto's own rule, no low-carb diet ("키토 중 (탄수 거의 안 드심)").
- A modal verb with a negator before an allergen avoids it even with a word between ("Ze mag trouwens geen
  latex", "Sie darf übrigens kein Latex").
- Wine listed after pork or alcohol done without is the no-alcohol diet ("nada con cerdo ni vino").
- Diabetes in everyday words or by its medicine: "hat ja Zucker", "heeft suiker", metformin in any script.
- Korean gout said with its cause ("통풍 때문에") is the low-purine diet.
- Reactions: a flower and sneezing are pollen ("can't be near lilies, sneezing fits", "تعطس من أي ورد"); a
  strong scent and a headache are the fragrance allergy ("향 강한 건 머리 아파하신대요"); bare Arabic shrimp;
  touching a food the list does not name, then a symptom, is an unnamed allergy ("복숭아 만지기만 해도 손이
  부음"); such a food eaten keeps its allergy beside a named allergen after it ("吃芒果嘴巴会肿，还有花生也不行").
"""

from __future__ import annotations

import pytest

from lvmh_pipeline_tests.lib.concepts.constraints import constraints


def _diets(text: str, language: str) -> set[str]:
    return constraints(text, language)[1]


def _allergies(text: str, language: str) -> set[str]:
    return constraints(text, language)[0]


@pytest.mark.parametrize(("language", "text"), [
    ("PT", "Vegetariano rigoroso (sem ovos, sem queijo → vegano de facto). Quer uma carteira."),
    ("EN", "Strict vegetarian (no eggs, no cheese -> basically vegan). Wants a wallet."),
    ("DE", "Vegetarier, kein Ei, keine Milch → im Grunde vegan. Sucht einen Gürtel."),
    ("FR", "Végétarienne stricte (ni œufs ni fromage → végane de fait). Cherche un sac."),
    ("ES", "Vegetariana estricta (sin huevo, sin queso → vegana en la práctica)."),
])
def test_a_vegetarian_concluded_vegan_after_an_arrow_is_vegan(language, text):
    assert _diets(text, language) == {"vegan"}


@pytest.mark.parametrize(("language", "text", "diets"), [
    ("EN", "She is vegetarian, her husband vegan.", {"vegetarian", "vegan"}),
    ("EN", "Vegetarian -> would like vegan leather for the bag.", {"vegetarian"}),
])
def test_a_vegetarian_without_a_vegan_conclusion_stays(language, text, diets):
    assert _diets(text, language) == diets


@pytest.mark.parametrize("text", [
    "她先生不能碰海鲜，一碰就过敏，女儿是吃素的。",
    "客人吃素，不吃鱼也不吃虾。",
    "他吃素，忌海鲜，晚宴要注意。",
])
def test_chinese_seafood_refused_before_the_word_is_not_eaten(text):
    assert "pescatarian" not in _diets(text, "ZH")
    assert "vegetarian" in _diets(text, "ZH")


def test_chinese_seafood_eaten_still_makes_a_pescatarian():
    assert _diets("她吃素，但是海鲜可以吃。", "ZH") == {"pescatarian"}


@pytest.mark.parametrize(("language", "text"), [
    ("KO", "고객님 키토 하세요 (탄수 거의 안 드심). 가방 보심."),
    ("EN", "Keto (barely touches carbs). Wants cufflinks."),
    ("DE", "Ketodiät, isst kaum Kohlenhydrate. Sucht eine Uhr."),
    ("ZH", "她在生酮，碳水基本不碰。"),
])
def test_carbs_limited_after_keto_are_keto_only(language, text):
    assert _diets(text, language) == {"keto"}


@pytest.mark.parametrize(("language", "text"), [
    ("NL", "Hij mag overigens geen latex, dus geen handschoenen bij het passen."),
    ("DE", "Sie darf übrigens kein Latex, also keine Handschuhe."),
    ("EN", "She can't really have latex, so no gloves at the fitting."),
    ("ES", "No puede tocar nada de látex, nada de guantes."),
])
def test_a_modal_refusal_with_a_word_inside_avoids_the_allergen(language, text):
    assert _allergies(text, language) == {"latex"}


@pytest.mark.parametrize(("language", "text"), [
    ("NL", "Ze heeft geen latex nodig voor de verpakking."),
    ("EN", "No latex in the packaging, please."),
])
def test_an_allergen_not_needed_is_no_allergy(language, text):
    assert _allergies(text, language) == set()


@pytest.mark.parametrize(("language", "text"), [
    ("ES", "Para la cena nada con cerdo ni vino, por favor."),
    ("EN", "At the dinner no pork or wine for them."),
    ("DE", "Kein Schweinefleisch und kein Wein beim Essen."),
    ("FR", "Au dîner, ni porc ni vin."),
    ("IT", "A cena niente maiale né vino."),
    ("AR", "في العشاء لا خنزير ولا نبيذ."),
])
def test_wine_listed_after_pork_done_without_is_no_alcohol(language, text):
    assert _diets(text, language) == {"no_pork", "no_alcohol"}


@pytest.mark.parametrize(("language", "text"), [
    ("EN", "No pork, but a real wine lover: a decanter?"),
    ("FR", "Pas de porc. Il adore le vin, idée de cadeau : un carafon."),
])
def test_wine_liked_beside_no_pork_is_no_diet(language, text):
    assert _diets(text, language) == {"no_pork"}


@pytest.mark.parametrize(("language", "text"), [
    ("DE", "Ihr Vater hat halt Zucker, also keine Pralinen."),
    ("DE", "Der Schwiegervater hat ja Zucker, bitte nichts Süßes."),
    ("NL", "Haar man heeft suiker, dus geen bonbons."),
    ("EN", "He takes metformin every morning."),
    ("FR", "Elle prend de la metformine depuis deux ans."),
    ("ES", "Toma metformina desde el verano."),
    ("RU", "Принимает метформин уже три года."),
    ("ZH", "他每天吃二甲双胍。"),
    ("JA", "メトホルミンを服用中とのこと。"),
    ("KO", "메트포르민 드시는 중이래요."),
    ("AR", "ياخذ ميتفورمين كل يوم."),
])
def test_diabetes_in_everyday_words_or_by_its_medicine_is_diabetic(language, text):
    assert "diabetic" in _diets(text, language)


@pytest.mark.parametrize(("language", "text"), [
    ("DE", "Er hat Zucker im Kaffee gern, keinen Süßstoff."),
    ("NL", "Ze heeft suiker in de thee nodig, geen honing."),
])
def test_sugar_put_in_a_drink_is_no_diabetes(language, text):
    assert "diabetic" not in _diets(text, language)


@pytest.mark.parametrize("text", [
    "아버님이 통풍 때문에 맥주는 안 드세요.",
    "남편분은 통풍으로 고생하셔서 내장 요리 피하심.",
])
def test_korean_gout_with_its_cause_is_low_purine(text):
    assert "low_purine" in _diets(text, "KO")


@pytest.mark.parametrize(("language", "text", "allergy"), [
    ("EN", "Her mother can't be near lilies, constant sneezing, so no bouquet.", "pollen"),
    ("AR", "بنته تعطس من الورد، لا تحطون ورود بالتغليف.", "pollen"),
    ("FR", "Elle éternue dès qu'il y a des lys, pas de fleurs à la livraison.", "pollen"),
    ("KO", "사모님이 향 강한 건 머리 아파하셔서 향초는 빼주세요.", "fragrance"),
    ("EN", "Strong scents give him a headache, so no candles.", "fragrance"),
    ("AR", "إذا أكل روبيان يطلع فيه طفح.", "shellfish"),
    ("KO", "키위 만지기만 해도 손이 가려우심, 과일 바구니 X.", "allergy_unspecified"),
    ("ZH", "她一摸芒果皮就起疹子，水果篮不要。", "allergy_unspecified"),
])
def test_reactions_told_by_their_trigger(language, text, allergy):
    assert allergy in _allergies(text, language)


@pytest.mark.parametrize(("language", "text", "allergies"), [
    ("ZH", "她吃芒果嘴巴会肿，还有花生也不行。", {"allergy_unspecified", "peanut"}),
    ("JA", "桃を食べると唇が腫れる、ピーナッツもダメ。", {"allergy_unspecified", "peanut"}),
    ("ZH", "她不能碰海鲜，一吃就起疹子。", {"shellfish"}),
])
def test_an_unnamed_food_eaten_keeps_its_allergy_beside_a_named_one(language, text, allergies):
    assert _allergies(text, language) == allergies


@pytest.mark.parametrize(("language", "text"), [
    ("EN", "She loves lilies, wants a bouquet print scarf."),
    ("KO", "꽃은 괜찮음. 장미 좋아하심."),
])
def test_flowers_liked_are_no_pollen(language, text):
    assert _allergies(text, language) == set()


@pytest.mark.parametrize(("language", "text", "allergies"), [
    ("DE", "Sie hat eine Nickel-, nee, Kobaltallergie, also nur Platin.", {"metal"}),
    ("EN", "Allergic to walnuts, no, peanuts, sorry, I misheard.", {"peanut"}),
    ("NL", "Allergisch voor noten, nee, pinda's.", {"peanut"}),
])
def test_a_spoken_turn_with_no_between_commas_takes_the_first_allergen_back(language, text, allergies):
    assert _allergies(text, language) == allergies


@pytest.mark.parametrize(("text", "allergy"), [
    ("울 스웨터 입으시면 목이 가려우시대요.", "wool_allergy"),
    ("염색된 가죽에 닿으면 손목이 빨개지세요.", "textile_dye"),
])
def test_korean_materials_told_by_their_garment(text, allergy):
    assert allergy in _allergies(text, "KO")


@pytest.mark.parametrize(("language", "text", "allergy"), [
    ("KO", "계란 들어간 거 드시면 입술이 부으심.", "eggs"),
    ("EN", "Anything with egg in it, when she eats it her lips swell.", "eggs"),
    ("KO", "두부나 된장 드시면 두드러기 나세요.", "soy"),
    ("ZH", "她吃豆腐会起疹子。", "soy"),
    ("EN", "Tofu gives him hives.", "soy"),
    ("KO", "진한 색 옷 입으시면 목이 빨개지세요.", "textile_dye"),
])
def test_a_food_or_material_named_before_the_eating_or_wearing_verb_is_the_trigger(language, text, allergy):
    assert allergy in _allergies(text, language)


def test_another_food_before_the_verb_leaves_the_unnamed_one():
    assert _allergies("새우는 괜찮고 복숭아 드시면 입술이 부으심.", "KO") == {"allergy_unspecified"}


@pytest.mark.parametrize(("language", "text"), [
    ("EN", "Vegan, loves tofu and tempeh."),
    ("KO", "된장찌개 좋아하심."),
])
def test_soy_foods_liked_are_no_allergy(language, text):
    assert _allergies(text, language) == set()


@pytest.mark.parametrize(("text", "allergy"), [
    ("계란에 약하셔서 디저트는 과일로.", "eggs"),
    ("우유 마시면 배가 부글부글하신대요.", "lactose"),
    ("콩 종류 다 안 되심.", "soy"),
    ("대두 들어간 소스 X.", "soy"),
    ("땅콩 들어간 과자 안 돼요.", "peanut"),
    ("호두 종류는 다 X.", "tree_nuts"),
])
def test_korean_shorthand_for_a_food_kind_or_dish_not_had(text, allergy):
    assert allergy in _allergies(text, "KO")


@pytest.mark.parametrize("text", ["커피 종류 다 안 되심.", "포장은 종이 안 되세요.", "가격에 약하심."])
def test_korean_shorthand_without_a_food_is_no_allergy(text):
    assert _allergies(text, "KO") == set()


@pytest.mark.parametrize(("language", "text", "allergy"), [
    ("DE", "Dunkle Stoffe färben ab, dann bekommt sie Ausschlag am Hals.", "textile_dye"),
    ("EN", "Dark fabrics bleed, then she breaks out in a rash.", "textile_dye"),
    ("IT", "La lana la fa grattare tutto il giorno.", "wool_allergy"),
    ("PT", "Peixe faz-lhe mal, fica com manchas.", "fish"),
    ("DE", "Sie reagiert auf irgendwas im Leder, unklar was.", "allergy_unspecified"),
    ("EN", "He reacts to something in cheap leather, nobody knows what.", "allergy_unspecified"),
    ("FR", "Elle réagit à quelque chose dans le cuir.", "allergy_unspecified"),
])
def test_reactions_told_as_what_follows_or_to_something_unknown(language, text, allergy):
    assert allergy in _allergies(text, language)


@pytest.mark.parametrize(("language", "text"), [
    ("DE", "Wolle trägt sie gern, dann geht sie essen."),
    ("PT", "O álcool faz-lhe mal, prefere sumo."),
])
def test_what_follows_without_a_symptom_is_no_allergy(language, text):
    assert _allergies(text, language) == set()
