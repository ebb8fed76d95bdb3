"""Allergy and diet classes of session 40 (Korean first, then Portuguese, German and Chinese), in our own phrasings:

- A food word naming a colour, a shape or a sweet is no allergen: "피넛 브라운 지갑", "땅콩 버터 색 니트", "花生棕皮夹",
  "Anhänger in Erdnussform", "pingente em formato de amendoim", "땅콩 캐러멜 선물".
- Said, then taken back: "땅콩이라고 했다가 아니 정정, 호두".
- A past allergy gone now, with no childhood word: "예전엔 … 지금은 잘 드심", "Früher …, längst verwachsen", "Já teve …,
  mas passou", "以前…，现在能吃"; "still" keeps it ("지금도").
- Eggs and dairy a meatless client eats keep the diet vegetarian ("계란이랑 우유는 드세요", "鸡蛋牛奶可以").
- A vegetarian menu asked for a vegan is the vegan's ("비건이라 채식 메뉴 있는 식당").
- An alcohol-free drink served for a sulfite allergy is no diet.
- Korean forms: "육식 안 하심" (vegetarian), "동물성 식품 전혀 안 드심" (vegan), "깨 알러지" (sesame, not 들깨), "울 닿으면"
  (wool), "개한테 알레르기" (dander), "속이 안 좋" after a food (a reaction), "하루 한 끼만" (fasting).
- Portuguese: "sofre (muito) com o pólen", "dá dor de barriga" after a food, "não pode comer trigo", "só come depois das …".
- German: "Milch verträgt er nicht", "macht 16:8", "fastet 16:8", "isst erst ab …", "Farbstoffe in Süßigkeiten" (food
  colouring, not a textile dye), "Schimmel macht ihm zu schaffen", "Nussallergie? Verneint."
- Chinese: "不是素食者" (denied), "清真寺" (a mosque, no diet), "在做16+8", "#小时不进食", "不能吃咸".
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.concepts.extraction import extract


def _raw(text: str, language: str) -> tuple[set[str], set[str]]:
    """Allergies and diets extracted from the words themselves (no pseudonymization)."""
    hits = [h for h in extract(text, language, "2026-01-15") if not h.negated]
    return {h.concept for h in hits if h.category == "allergy"}, {h.concept for h in hits if h.category == "diet"}


@pytest.mark.parametrize(("language", "text"), [
    ("KO", "피넛 브라운 장지갑을 찾으셔서 재고 확인해 드림."),
    ("KO", "아몬드 베이지 숄더백이 마음에 드신대요."),
    ("KO", "땅콩 버터 색 카디건 두 벌 구매."),
    ("KO", "피넛 버터 컬러 머플러로 포장 요청."),
    ("KO", "땅콩 캐러멜 한 상자 선물로 받으셨대요."),
    ("ZH", "她挑了一只花生棕的皮夹。"),
    ("DE", "Sie wünscht einen Anhänger in Erdnussform."),
    ("DE", "Kette mit Nuss-Anhänger in Gold."),
    ("PT", "Gostou do pingente em formato de amendoim."),
    ("PT", "Escolheu um brinco em forma de noz."),
    ("KO", "땅콩형 진주 귀걸이 한 쌍."),
    ("KO", "땅콩 주택으로 이사 가셔서 집들이 선물."),
])
def test_a_food_word_naming_a_colour_shape_or_sweet_is_no_allergen(language: str, text: str) -> None:
    assert _raw(text, language)[0] == set()


@pytest.mark.parametrize(("language", "text", "allergen"), [
    ("KO", "피넛 알러지 있으셔서 초콜릿 선물은 X.", "peanut"),
    ("KO", "땅콩 먹으면 입술이 부으신대요.", "peanut"),
    ("PT", "Alérgica a amendoim, cuidado com os doces.", "peanut"),
    ("ES", "Alérgica al pescado azul.", "fish"),  # a fish named with a colour stays a fish
])
def test_a_food_allergy_stays(language: str, text: str, allergen: str) -> None:
    assert allergen in _raw(text, language)[0]


@pytest.mark.parametrize(("language", "text", "kept", "gone"), [
    ("KO", "호두 알레르기라고 했다가, 아 아니 정정, 땅콩 알레르기래요.", "peanut", "tree_nuts"),
    ("KO", "라텍스 알러지라고 적었다가 정정합니다, 니켈 알러지예요.", "nickel", "latex"),
])
def test_said_then_taken_back(language: str, text: str, kept: str, gone: str) -> None:
    allergies = _raw(text, language)[0]
    assert kept in allergies and gone not in allergies


@pytest.mark.parametrize(("language", "text"), [
    ("KO", "예전엔 새우 알레르기가 있었는데 지금은 잘 드세요."),
    ("KO", "어렸을 때 땅콩 알러지 있었는데 이제는 다 나으셨대요."),
    ("DE", "Früher hatte sie eine Hundehaarallergie, die ist aber längst verwachsen."),
    ("DE", "Als Kind Eiallergie, heute kein Problem mehr."),
    ("PT", "Já teve alergia a marisco, mas passou."),
    ("PT", "Quando era criança tinha alergia a leite, hoje come queijo normalmente."),
    ("ZH", "以前对花生过敏，现在能吃了。"),
])
def test_a_past_allergy_gone_now_is_no_allergy(language: str, text: str) -> None:
    assert _raw(text, language)[0] == set()


@pytest.mark.parametrize(("language", "text", "allergen"), [
    ("KO", "어릴 때부터 땅콩 알레르기가 있었고 지금도 심하심, 다른 건 잘 드세요.", "peanut"),
    ("PT", "Quando era criança tinha alergia a ovo, e hoje ainda não come.", "eggs"),
])
def test_a_past_allergy_still_there_stays(language: str, text: str, allergen: str) -> None:
    assert allergen in _raw(text, language)[0]


@pytest.mark.parametrize(("language", "text"), [
    ("KO", "고기는 안 드시고 계란이랑 우유는 드세요."),
    ("KO", "고기 안 먹어요, 계란은 먹어요 하심."),
    ("ZH", "她不吃肉，鸡蛋牛奶可以。"),
])
def test_eggs_and_dairy_eaten_keep_a_meatless_diet_vegetarian(language: str, text: str) -> None:
    assert _raw(text, language)[1] == {"vegetarian"}


@pytest.mark.parametrize(("language", "text", "diets"), [
    ("KO", "따님이 비건이라 채식 메뉴 있는 식당으로 예약.", {"vegan"}),
    ("EN", "Vegan, so please pick a place with vegetarian options.", {"vegan"}),
    ("KO", "아드님은 비건, 며느님은 채식하세요.", {"vegan", "vegetarian"}),
])
def test_a_vegetarian_menu_for_a_vegan_is_the_vegans(language: str, text: str, diets: set[str]) -> None:
    assert _raw(text, language)[1] == diets


def test_an_alcohol_free_drink_served_for_sulfites_is_no_diet() -> None:
    allergies, diets = _raw("레드와인 드시면 얼굴이 빨개져서 아황산염 때문이라고 하심. 그래서 무알콜 샴페인으로 준비.", "KO")
    assert "sulfites" in allergies and "no_alcohol" not in diets
    assert _raw("술은 안 드셔서 무알콜 음료로 준비.", "KO")[1] == {"no_alcohol"}


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("KO", "육식은 안 하세요.", {"vegetarian"}),
    ("KO", "동물성 식품 전혀 안 드세요.", {"vegan"}),
    ("KO", "하루 한 끼만 드세요, 저녁에.", {"intermittent_fasting"}),
    ("PT", "Só come depois das duas da tarde, faz isso há meses.", {"intermittent_fasting"}),
    ("DE", "Fastet 18:6 seit dem Sommer.", {"intermittent_fasting"}),
    ("DE", "Macht 16:8 und isst erst ab zwölf.", {"intermittent_fasting"}),
    ("DE", "Isst erst ab Mittag etwas.", {"intermittent_fasting"}),
    ("ZH", "他在做16+8，早上不吃东西。", {"intermittent_fasting"}),
    ("ZH", "每天18小时不进食。", {"intermittent_fasting"}),
    ("ZH", "医生说不能吃咸。", {"low_sodium"}),
    ("PT", "Parou de beber no ano passado.", {"no_alcohol"}),
    ("PT", "Não come nada que venha de animal.", {"vegan"}),
    ("DE", "Alkohol trinkt sie keinen.", {"no_alcohol"}),
])
def test_diets_said_without_their_name(language: str, text: str, expected: set[str]) -> None:
    assert _raw(text, language)[1] == expected


@pytest.mark.parametrize(("language", "text"), [
    ("DE", "Das Ergebnis war 16:8 für uns."),
    ("DE", "Termin am 18/6, sie isst gern Fisch."),
    ("ZH", "他在做化疗，下午四点以后来。"),
    ("ZH", "店在清真寺附近。"),
    ("ZH", "她不是素食者，什么都吃。"),
    ("KO", "할랄은 안 지키신대요."),
    ("PT", "Deixou de beber refrigerante."),
])
def test_no_diet(language: str, text: str) -> None:
    assert _raw(text, language)[1] == set()


@pytest.mark.parametrize(("language", "text", "allergen"), [
    ("KO", "깨 알러지 있으셔서 비빔밥 X.", "sesame"),
    ("KO", "울 닿으면 팔이 빨개지셔서 캐시미어도 피함.", "wool_allergy"),
    ("KO", "개한테 알레르기가 있으세요.", "animal_dander"),
    ("KO", "밀가루 음식 드시면 속이 안 좋으시대요.", "gluten"),
    ("PT", "A mãe sofre muito com o pólen em abril.", "pollen"),
    ("PT", "Leite, dá-lhe dor de barriga.", "lactose"),
    ("PT", "Não pode comer trigo, nem pão.", "gluten"),
    ("DE", "Milch verträgt er nicht.", "lactose"),
    ("DE", "Weizen verträgt sie schlecht.", "gluten"),
    ("DE", "Schimmel macht ihm zu schaffen, also keine alten Ledertaschen.", "mould"),
    ("DE", "Bekommt von Farbstoffen in Gummibärchen Ausschlag.", "food_colouring"),
    ("DE", "Die Kleine verträgt keine künstlichen Farbstoffe.", "food_colouring"),
])
def test_allergies_said_in_other_words(language: str, text: str, allergen: str) -> None:
    assert allergen in _raw(text, language)[0]


@pytest.mark.parametrize(("language", "text"), [
    ("KO", "들깨 칼국수 좋아하심."),
    ("KO", "서울 닿으면 연락 주신대요."),
    ("KO", "서울에 반응이 좋았대요."),
    ("PT", "Usa pó compacto, pele sensível."),
    ("DE", "Nussallergie? Verneint."),
    ("PT", "Alergia a nozes? Negou."),
    ("ZH", "她不是过敏体质。"),
])
def test_no_allergy(language: str, text: str) -> None:
    assert _raw(text, language)[0] == set()


def test_a_textile_dye_named_as_such_stays_one_near_sweets() -> None:
    assert _raw("Textilfarbstoffe. Isst gern Süßigkeiten.", "DE")[0] == {"textile_dye"}
    assert _raw("Azofarbstoffe in Kleidung meiden.", "DE")[0] == {"textile_dye"}
