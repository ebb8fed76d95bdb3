"""Diets: classes of phrasing in several languages (negated forms that are the diet, hedged
vegetarians, low-sugar next to diabetes, leather that is not a diet)."""

from __future__ import annotations

import pandas as pd
import pytest

from lvmh_pipeline.lib.concepts.extraction import extract, extract_note_concepts
from lvmh_pipeline.lib.privacy.pseudonymize import protected_to_json, pseudonymize


def diets(text: str, language: str) -> set[str]:
    return {h.concept for h in extract(text, language) if h.category == "diet" and not h.negated}


@pytest.mark.parametrize(
    ("language", "text", "diet"),
    [
        ("AR", "زوجته ما تشرب كحول أبداً.", "no_alcohol"),
        ("AR", "الضيف ما ياكل لحم خنزير.", "no_pork"),
        ("ES", "Sin cerdo ni alcohol en la cena.", "no_alcohol"),
        ("FR", "Ni porc ni alcool pour lui.", "no_alcohol"),
        ("JA", "ご主人はアルコール不可。", "no_alcohol"),
        ("JA", "お酒は一切飲まないとのこと。", "no_alcohol"),
        ("KO", "사모님은 술 안 드심.", "no_alcohol"),
        ("KO", "돼지고기 절대 X.", "no_pork"),
        ("RU", "Спиртное не пьёт совсем.", "no_alcohol"),
        ("ZH", "他不能喝酒。", "no_alcohol"),
    ],
)
def test_negated_forms_that_are_the_diet(language, text, diet):
    assert diet in diets(text, language)


@pytest.mark.parametrize(
    ("language", "text", "diet"),
    [
        ("AR", "صار ياكل سمك بس من سنتين.", "pescatarian"),
        ("ZH", "她只吃鱼。", "pescatarian"),
        ("EN", "He only eats fish these days.", "pescatarian"),
        ("KO", "짠 음식은 피하시는 편.", "low_sodium"),
        ("RU", "Соль ограничивает по совету врача.", "low_sodium"),
        ("ES", "Reduce el azúcar desde el verano.", "low_sugar"),
        ("PT", "Está a cortar no açúcar desde o Natal.", "low_sugar"),
        ("JA", "甘いもの控えめにしている。", "low_sugar"),
        ("KO", "요즘 단 거 줄이는 중.", "low_sugar"),
        ("RU", "Сейчас на низкоуглеводке, худеет.", "low_carb"),
        ("KO", "키토식 하는 중.", "keto"),
    ],
)
def test_everyday_diet_phrasing(language, text, diet):
    assert diet in diets(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("EN", "Mostly vegetarian, fish now and then."),
        ("DE", "Überwiegend vegetarisch."),
        ("AR", "نباتية معظم الوقت."),
        ("ZH", "他是半素食者。"),
    ],
)
def test_a_hedged_vegetarian_is_flexitarian(language, text):
    assert diets(text, language) == {"flexitarian"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("DE", "Gürtel aus pflanzlich gegerbtem Leder."),
        ("NL", "Vraagt een riem van plantaardig gelooid leer."),
    ],
)
def test_vegetable_tanned_leather_is_not_a_diet(language, text):
    assert "vegan" not in diets(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("EN", "Type 2 diabetes, cuts down on sugar."),
        ("ZH", "有糖尿病，平时控糖。"),
    ],
)
def test_diabetes_with_a_low_sugar_diet_is_both_diets(language, text):
    """Session 30: a diabetic client who limits sugar is `diabetic` and `low_sugar` (independent writers list both)."""
    result = pseudonymize(text, language=language)
    notes = pd.DataFrame(
        {
            "note_id": ["n1"], "client_id": ["c1"], "note_date": ["2026-01-15"], "language": [language],
            "text": [result.text], "upload_date": ["2026-01-16"],
            "protected_concepts": [protected_to_json(result.protected)],
        }
    )
    rows = extract_note_concepts(notes)
    found = set(rows.loc[(rows["category"] == "diet") & ~rows["negated"], "concept"])
    assert found == {"diabetic", "low_sugar"}
    assert diets(text, language) == {"diabetic", "low_sugar"}


def test_a_diabetic_menu_alone_stays_diabetic():
    assert diets("Diabetic menu for the dinner, please.", "EN") == {"diabetic"}


def test_a_diet_correction():
    assert "vegan" not in diets("Vegan? no, vegetarian.", "EN")
    assert "vegetarian" in diets("Vegan? no, vegetarian.", "EN")


# --- low sugar said in other words, and diabetes that is no diet (sentences written for this test) --

from lvmh_pipeline_tests.lib.concepts.test_wild_allergy_diet import stored  # noqa: E402

LOW_SUGAR = [
    # an abstention or reduction verb reaching over "intake" words
    ("FR", "Réduit sa consommation de sucre."),
    ("FR", "Évite tout ce qui est sucré."),
    ("EN", "Stays away from sweets."),
    ("EN", "Keeps sugar to a minimum."),
    ("NL", "Minderen met suiker."),
    ("NL", "Let op haar suikerinname."),
    ("ES", "Ha quitado el azúcar."),
    ("IT", "Ha tolto lo zucchero."),
    ("PT", "Anda a fugir do açúcar."),
    ("RU", "Сахар исключила полностью."),
    ("RU", "Преддиабет, старается ограничивать сахар."),
    ("JA", "最近は砂糖断ち中。"),
    ("JA", "糖分を気にされている。"),
    ("JA", "糖分は控えめでお願いします。"),
    ("AR", "ما ياكل سكر أبداً."),
    ("AR", "خففت السكر كثير."),
    ("AR", "تحاول تبعد عن السكريات."),
    ("AR", "ما تاكل حلو."),
    # code-switched English in European notes
    ("FR", "Elle est en mode low sugar."),
    ("IT", "Per lei dessert sugar free."),
    ("DE", "Beim Dinner bitte no sugar."),
    ("PT", "Sobremesa zero sugar para ela."),
    # avoiding sugar next to a diabetes mention limits it
]


@pytest.mark.parametrize(("language", "text"), LOW_SUGAR, ids=[f"{c[0]}-{i}" for i, c in enumerate(LOW_SUGAR)])
def test_low_sugar_phrasings(language, text):
    assert stored(text, language)[1] == {"low_sugar"}


NOT_A_DIABETIC_DIET = [
    ("FR", "Glycémie normale au dernier bilan."),
    ("EN", "Blood sugar normal."),
    ("DE", "Blutzucker ist in Ordnung."),
    ("PT", "Glicemia normal."),
    ("KO", "혈당 정상."),
    ("ZH", "血糖正常。"),
    ("FR", "Son père était diabétique."),
    ("EN", "Her late father was diabetic."),
    ("DE", "Ihr Vater hatte Diabetes."),
    ("IT", "Il padre era diabetico."),
    ("FR", "Sa mère est décédée du diabète, elle soutient une association."),
    ("FR", "Antécédents familiaux de diabète, mais elle n'a rien."),
    ("FR", "Elle craint le diabète, alors elle mange sainement."),
    ("KO", "아버님이 당뇨로 돌아가셔서 건강에 신경 쓰심."),
    ("DE", "Sie arbeitet in einer Diabetes-Praxis."),
    ("DE", "Sie hat Zucker im Kaffee gern."),
    ("AR", "ما عنده سكري."),
]


@pytest.mark.parametrize(("language", "text"), NOT_A_DIABETIC_DIET,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(NOT_A_DIABETIC_DIET)])
def test_diabetes_that_is_no_diet_of_the_client(language, text):
    assert stored(text, language)[1] == set()


@pytest.mark.parametrize(("language", "text"), [
    ("ES", "Su mujer es diabética, nada de bombones."),
    ("KO", "사모님이 당뇨가 있으심."),
    ("FR", "Diabétique : prévoir un menu adapté."),
])
def test_a_current_diabetes_stays_the_diabetic_diet(language, text):
    assert stored(text, language)[1] == {"diabetic"}


OTHER_DIETS = [
    ("AR", "يتبع رجيم باليو.", {"paleo"}, set()),
    ("AR", "يلتزم بالكشروت.", {"kosher"}, set()),
    ("AR", "تاكل سمك وما تاكل لحوم.", {"pescatarian"}, set()),
    ("AR", "نباتي بس ياكل مأكولات بحرية.", {"pescatarian"}, set()),
    # the seafood a pescatarian eats is no allergen
    ("AR", "تأكل السمك والمأكولات البحرية فقط، لا لحوم.", {"pescatarian"}, set()),
    ("AR", "ما تاكل لحوم، بس السمك والروبيان عادي.", {"pescatarian"}, set()),
    ("KO", "요즘 키토 하신대요.", {"keto"}, set()),
    ("KO", "케토 다이어트 중이심.", {"keto"}, set()),
    ("KO", "고기는 어쩌다 한 번 드시고 주로 채소 위주로 드세요.", {"flexitarian"}, set()),
    ("KO", "채식 위주로 드시고 가끔 고기.", {"flexitarian"}, set()),
    ("JA", "パレオ中。", {"paleo"}, set()),
    ("ZH", "在断碳。", {"low_carb"}, set()),
]


@pytest.mark.parametrize(("language", "text", "diets", "allergies"), OTHER_DIETS,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(OTHER_DIETS)])
def test_other_diet_phrasings(language, text, diets, allergies):
    assert stored(text, language) == (allergies, diets)


# A diabetes of pregnancy is managed by limiting sugar: the low-sugar diet, whatever the sugar
# phrase ("Schwangerschaftsdiabetes", "diabète gestationnel", "임신성 당뇨"); "not too much sugar"
# limits it (next to a diabetes mention that is the diabetic diet since session 28; a blood sugar
# watched is no diagnosis: low_sugar).
GESTATIONAL_AND_TOO_MUCH = [
    ("DE", "Schwangerschaftsdiabetes, achtet auf Süßes."),
    ("DE", "Schwangerschaftsdiabetes – wenig Zucker bitte."),
    ("FR", "Diabète gestationnel : pas de pâtisseries au cocktail."),
    ("IT", "Diabete gestazionale, niente dolci."),
    ("KO", "임신성 당뇨 있으셔서 디저트 안 드심."),
    ("EN", "Gestational diabetes, avoiding sweets."),
    ("FR", "Surveille sa glycémie, pas trop de sucre."),
]


@pytest.mark.parametrize(("language", "text"), GESTATIONAL_AND_TOO_MUCH,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(GESTATIONAL_AND_TOO_MUCH)])
def test_gestational_diabetes_and_not_too_much_sugar_are_low_sugar(language, text):
    assert stored(text, language)[1] == {"low_sugar"}


@pytest.mark.parametrize(("language", "text"), [
    ("FR", "Diabétique, pas de sucre au dîner."),
    ("ES", "Diabético, café sin azúcar."),
])
def test_diabetes_with_no_sugar_is_both_diets(language, text):
    assert stored(text, language)[1] == {"diabetic", "low_sugar"}
