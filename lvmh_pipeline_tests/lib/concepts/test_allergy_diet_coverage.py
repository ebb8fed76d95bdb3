"""Allergy and diet phrasing classes from issue 9 ("notes in the wild"), written for this test
in each language (not taken from any evaluation file), through the real pipeline path
(pseudonymization, then extraction with the protected concepts):

- allergen names a taxonomy lacked or had in one form only: Arabic food colourings
  ("الأصباغ الغذائية", which "حساسية من الأصباغ" read as a textile dye), colloquial mustard
  ("المستردة"), seasonal rhinitis; Korean pets ("반려견"), fish species ("고등어"), milk in a
  list ("계란, 우유"), particles such as "한테"; Russian case forms ("к сельдерею", "кунжуте",
  "горчице"), milk; Chinese cleaning chemicals, "香精", "日光疹";
- diets said in other words: "не ест мучное" (low carb), "키토 하시는 중", "당을 줄이고",
  "パレオ式", "石器时代饮食", "低碳饮食", a vegetarian who eats fish in the next sentence, a mostly
  vegetarian client who eats meat now and then (flexitarian only);
- the reason for doing without something ("не носит шерсть из-за аллергии", "because of an
  allergy") is an allergy, not a negated one;
- a denied list shares its denial: "땅콩이나 계란 알레르기 없으심", "花生、鸡蛋过敏都没有",
  "No nut or egg allergies", "Pas d'allergie aux noix ni aux œufs";
- what must NOT become a constraint: a diet not kept ("비건 아니심", "халяль не соблюдает"),
  given up ("deixou de ser vegetariana"), a tolerance ("el gluten no le sienta mal"), a lab
  value that is normal ("尿酸値は正常"), diabetes as a charity topic ("당뇨 관련 재단"), a food
  named as a colour ("ヘーゼルナッツ色", "호두색"), a liked food ("땅콩 들어간 초콜릿 좋아하심").
"""

from __future__ import annotations

import pytest

from lvmh_pipeline_tests.lib.concepts.test_wild_allergy_diet import stored


def _ids(cases: list[tuple]) -> list[str]:
    return [f"{c[0]}-{i}" for i, c in enumerate(cases)]


ALLERGENS = [
    # Arabic
    ("AR", "حساسية من الأصباغ الغذائية، انتبهوا للحلويات الملونة في الحفل.", {"food_colouring"}),
    ("AR", "تتحسس من صبغات الطعام.", {"food_colouring"}),
    ("AR", "حساسية من المستردة.", {"mustard"}),
    ("AR", "تعاني من حساسية الأنف الموسمية.", {"pollen"}),
    ("AR", "حساسية من الزهور والأعشاب في الربيع.", {"pollen"}),
    ("AR", "عندها حساسية على العطور، لا تجربوا عطر عليها.", {"fragrance"}),
    ("AR", "ما تقدر تلبس الصوف، يحكها.", {"wool_allergy"}),
    ("AR", "زوجها عنده حساسية من اللاتكس.", {"latex"}),  # a relative's allergy is noted too
    # Korean
    ("KO", "강아지한테 알레르기가 있으셔서 매장견 근처 안내 금지.", {"animal_dander"}),
    ("KO", "반려견 털 알러지 있음.", {"animal_dander"}),
    ("KO", "고등어 알레르기 있음.", {"fish"}),
    ("KO", "알레르기: 계란, 우유.", {"eggs", "lactose"}),
    ("KO", "옷 염색약에 알레르기가 있으심.", {"textile_dye"}),
    ("KO", "염색된 원단에 피부 알레르기.", {"textile_dye"}),
    ("KO", "알레르기: 동물털, 계란, 생선, 식용색소, 콩, 옷 염료.",
     {"animal_dander", "eggs", "fish", "food_colouring", "soy", "textile_dye"}),
    ("KO", "땅콩 알레르기 있고 계란은 괜찮음.", {"peanut"}),
    # Russian
    ("RU", "Аллергия к сельдерею, на ужине предупредить повара.", {"celery"}),
    ("RU", "Аллергия на яйца и молоко.", {"eggs", "lactose"}),
    ("RU", "Аллергия на кунжут, булочки в кунжуте не предлагать.", {"sesame"}),
    ("RU", "Сильная аллергия: не переносит блюда с горчицей.", {"mustard"}),
    ("RU", "Клиентка: аллергия к сельдерею и горчице, шерсть не носит из-за аллергии.",
     {"celery", "mustard", "wool_allergy"}),
    ("EN", "Never wears wool because of an allergy.", {"wool_allergy"}),
    ("DE", "Trägt keine Wolle wegen einer Allergie.", {"wool_allergy"}),
    # Chinese
    ("ZH", "对清洁剂和消毒水过敏。", {"chemical_sensitivity"}),
    ("ZH", "化学物品过敏体质。", {"chemical_sensitivity"}),
    ("ZH", "对甲醛过敏，新皮具要先散味。", {"chemical_sensitivity"}),
    ("ZH", "对香精过敏。", {"fragrance"}),
    ("ZH", "有日光疹，需要遮阳。", {"sun_allergy"}),
    # Portuguese, Spanish
    ("PT", "Tem alergia a bacalhau e peixes.", {"fish"}),
    ("ES", "Alergia a los huevos y a la leche.", {"eggs", "lactose"}),
]


@pytest.mark.parametrize(("language", "text", "allergies"), ALLERGENS, ids=_ids(ALLERGENS))
def test_allergen_phrasings(language, text, allergies):
    assert stored(text, language)[0] == allergies


DENIED_LISTS = [
    ("KO", "땅콩이나 계란 알레르기 없으심."),
    ("KO", "땅콩, 계란 알레르기 없음."),
    ("KO", "땅콩이랑 계란 모두 괜찮으심."),
    ("ZH", "花生、鸡蛋过敏都没有。"),
    ("ZH", "没有花生和鸡蛋过敏。"),
    ("EN", "No nut or egg allergies."),
    ("DE", "Keine Nuss- oder Eiallergie."),
    ("RU", "Аллергии на орехи и яйца нет."),
    ("FR", "Pas d'allergie aux noix ni aux œufs."),
    ("ES", "No tiene alergia ni a frutos secos ni al huevo."),
]


@pytest.mark.parametrize(("language", "text"), DENIED_LISTS, ids=_ids(DENIED_LISTS))
def test_a_denied_list_shares_its_denial(language, text):
    assert stored(text, language) == (set(), set())


LISTS_KEPT = [
    ("EN", "Allergic to nuts and eggs, no shellfish allergy.", {"tree_nuts", "eggs"}),
    ("EN", "Allergic to fish, not shellfish or crab.", {"fish"}),
    ("EN", "Peanut allergy, no egg allergy.", {"peanut"}),
    ("EN", "Allergies: no mustard, no celery.", {"mustard", "celery"}),
    ("ES", "Cena: nada de apio, y alergia a los cacahuetes.", {"celery", "peanut"}),
    ("ZH", "对花生和鸡蛋过敏。", {"peanut", "eggs"}),
    ("KO", "땅콩이랑 계란 알레르기 있으심.", {"peanut", "eggs"}),
]


@pytest.mark.parametrize(("language", "text", "allergies"), LISTS_KEPT, ids=_ids(LISTS_KEPT))
def test_a_denial_does_not_spread_over_a_stated_allergy(language, text, allergies):
    assert stored(text, language)[0] == allergies


DIETS = [
    ("AR", "نظامه الغذائي باليو، لحوم وخضار فقط.", {"paleo"}),
    ("AR", "العائلة تأكل كوشر فقط.", {"kosher"}),
    ("AR", "ما ياكل لحوم، بس السمك عادي.", {"pescatarian"}),
    ("KO", "키토 하시는 중이라 빵 안 드심.", {"keto"}),
    ("KO", "케토 중이심.", {"keto"}),
    ("KO", "요즘 당을 줄이고 계심.", {"low_sugar"}),
    ("KO", "주로 채식하시고 고기는 가끔 드심.", {"flexitarian"}),
    ("RU", "Не ест мучное, считает углеводы.", {"low_carb"}),
    ("RU", "Исключила хлеб и макароны, сидит на безуглеводке.", {"low_carb"}),
    ("RU", "Исключить свинину из меню.", {"no_pork"}),
    ("RU", "Диабетическое меню на ужин.", {"diabetic"}),
    ("ZH", "低碳饮食，不吃米饭面条。", {"low_carb"}),
    ("ZH", "采用石器时代饮食。", {"paleo"}),
    ("JA", "パレオ式の食事をされている。", {"paleo"}),
    ("JA", "原始人ダイエット中。", {"paleo"}),
    ("JA", "肉は召し上がらない。魚は大丈夫。", {"pescatarian"}),
    ("JA", "ベジタリアンで、魚もダメ。", {"vegetarian"}),
    ("ES", "Reduciendo el azúcar.", {"low_sugar"}),
    ("FR", "Pas diabétique, juste attentive au sucre.", {"low_sugar"}),
]


@pytest.mark.parametrize(("language", "text", "diets"), DIETS, ids=_ids(DIETS))
def test_diet_phrasings(language, text, diets):
    assert stored(text, language)[1] == diets


NOT_CONSTRAINTS = [
    ("KO", "비건 아니심, 고기 잘 드심."),
    ("KO", "채식은 안 하심."),
    ("KO", "채식주의자는 아니심."),
    ("KO", "저탄수 식단 안 하심."),
    ("KO", "저탄수화물 식단은 그만두셨음."),
    ("KO", "당뇨 관련 재단에 기부하심."),
    ("KO", "알레르기 없으심. 땅콩 들어간 초콜릿 좋아하심."),
    ("KO", "호두색 가죽, 월넛 컬러."),
    ("RU", "Мусульманка, но халяль не соблюдает."),
    ("RU", "Аллергии на пыльцу нет."),
    ("PT", "Deixou de ser vegetariana."),
    ("ES", "El gluten no le sienta mal."),
    ("JA", "尿酸値は正常とのこと。"),
    ("JA", "ヘーゼルナッツ色のバッグ。"),
    ("JA", "ウォールナット材のボックス、クルミ色のレザー。"),
    ("JA", "ナッツ入りのチョコがお好き。"),
    ("ZH", "喜欢金属质感的包，银色五金。"),
    ("ZH", "王女士本人对镍过敏，五金件注意。"),  # nickel only: the hardware is not another allergen
    ("AR", "اشترت حقيبة من الجلد المدبوغ بالكروم."),
    ("EN", "No wool, not because of an allergy, just taste."),
]


@pytest.mark.parametrize(("language", "text"), NOT_CONSTRAINTS, ids=_ids(NOT_CONSTRAINTS))
def test_not_a_constraint_of_the_client(language, text):
    allergies, diets = stored(text, language)
    assert diets == set()
    assert allergies <= {"nickel"}


@pytest.mark.parametrize(("text", "language", "diets"), [
    # Portuguese "no" is "in the" (em + o): cutting down on sugar is the low-sugar diet
    ("Diabetes, anda a cortar no açúcar.", "PT", {"low_sugar"}),
    ("Tem diabetes e está a reduzir no açúcar e nos doces.", "PT", {"low_sugar"}),
    # an absolute "sem" / "no" next to the diabetes mention: the diabetic diet
    ("Diabético, sem açúcar nos eventos.", "PT", {"diabetic"}),
    ("Diabetes, no sugar at events.", "EN", {"diabetic"}),
])
def test_portuguese_no_is_an_article_next_to_a_diabetes_mention(text, language, diets):
    assert stored(text, language)[1] == diets
