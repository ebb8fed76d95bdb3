"""Diet classes found on the w25c dev notes (own phrasings): alcohol left out of a fragrance or
cosmetic is no drinking diet; diets said in words the lexicon lacked (kashrut, raw-food vegans,
the Dukan diet, a banned salt, "has sugar" for diabetes, Cantonese "eats vegetarian", "N months
dry", champagne left off the table), upper-bound budget cues in Arabic and European Portuguese,
and "birth" dating a condition ("deaf from birth") that is no birth occasion."""

from __future__ import annotations

import math

import pytest

from lvmh_pipeline.lib.concepts.extraction import extract


def positive(text: str, language: str, category: str = "diet") -> set[str]:
    return {h.concept for h in extract(text, language) if h.category == category and not h.negated}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("EN", "Looking for a scent for her mother, alcohol-free if we have one."),
        ("AR", "يبحث عن عطر خفيف بدون كحول لزوجته."),
        ("IT", "Vorrebbe un profumo senza alcol per la pelle sensibile."),
        ("DE", "Sucht einen Duft ohne Alkohol für die Tochter."),
    ],
)
def test_alcohol_left_out_of_a_fragrance_is_no_diet(language, text):
    assert "no_alcohol" not in positive(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("EN", "He doesn't drink; wants a perfume for his partner."),
        ("EN", "No alcohol at the dinner, please."),
    ],
)
def test_drinking_stays_a_diet_next_to_a_fragrance(language, text):
    assert "no_alcohol" in positive(text, language)


@pytest.mark.parametrize(
    ("language", "text", "diet"),
    [
        ("RU", "Семья строго соблюдает кашрут, угощение заказываем отдельно.", "kosher"),
        ("RU", "Она сыроед, от угощения отказалась.", "vegan"),
        ("RU", "Сейчас худеет по Дюкану, хлеба не предлагать.", "low_carb"),
        ("EN", "Doing the Dukan diet this spring.", "low_carb"),
        ("RU", "Кардиолог запретил соль, еду приносит свою.", "low_sodium"),
        ("ES", "Su esposa tiene el azúcar alta, nada de dulces.", "diabetic"),
        ("AR", "الوالد عنده الضغط والسكر، نقدم له ماء فقط.", "diabetic"),
        ("KO", "사모님이 당이 있으셔서 디저트는 빼 주세요.", "diabetic"),
        ("ZH", "陈太一直食素，下次招待要准备斋菜。", "vegetarian"),
        ("EN", "He is six months dry now, so mocktails for him.", "no_alcohol"),
    ],
)
def test_diets_said_in_words_the_lexicon_lacked(language, text, diet):
    assert diet in positive(text, language)


# Budgets: upper-bound cues the lexicon lacked — Arabic "under", "her limit", "(doesn't want to)
# exceed", "and not more"; European Portuguese "até aos" and "not more than that" after the amount.
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("AR", "يدور على هدية لأمه، تحت ٢٠ ألف درهم."),
        ("AR", "زوجته قالت حدها ٥٠ ألف ريال."),
        ("AR", "ما يبي يتعدى ٩٠٠ درهم للواحد."),
        ("AR", "الميزانية ٢٠٠٠ دولار ومش أكثر."),
        ("PT", "Quer umas botas, até aos 900 euros."),
        ("PT", "Orçamento 'uns 2 mil, não mais que isso'."),
        ("PT", "Budget de 2 mil euros, nada mais."),
    ],
)
def test_upper_bound_cues_leave_no_lower_bound(language, text):
    from lvmh_pipeline.lib.concepts.budgets.budget import parse_budget

    found = parse_budget(text, language)
    assert found is not None and math.isnan(found.min_eur) and found.max_eur > 0


def occasions(text: str, language: str) -> set[str]:
    return {h.concept for h in extract(text, language) if h.category == "occasion" and not h.negated}


# Occasions: "birth" dating a condition or a status is no birth to celebrate.
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("EN", "Her husband has been deaf from birth; she wants a watch with a vibrating alarm."),
        ("ES", "Su hermano es sordo de nacimiento y le compra un reloj."),
        ("FR", "Elle est italienne de naissance, vit à Lyon."),
        ("IT", "Il nipote è cieco dalla nascita."),
        ("DE", "Er ist von Geburt an taub."),
    ],
)
def test_birth_dating_a_condition_is_no_birth(language, text):
    assert "birth" not in occasions(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("FR", "Cadeau de naissance pour sa petite-fille."),
        ("ES", "Busca un regalo de nacimiento para su nieta."),
        ("EN", "Gift for the birth of her grandson in May."),
        ("IT", "Per la nascita del nipote, a maggio."),
    ],
)
def test_a_birth_to_celebrate_stays(language, text):
    assert "birth" in occasions(text, language)


def test_dutch_article_before_birth_keeps_the_birth():
    assert "birth" in occasions("Zoekt een cadeau voor de geboorte van haar kleinzoon in juni.", "NL")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("EN", "Observant, so no champagne at the trunk show, sparkling water instead."),
        ("FR", "Très croyant, donc pas de champagne pour lui lors du cocktail."),
        ("DE", "Kein Champagner beim Empfang, er trinkt Tee."),
    ],
)
def test_champagne_left_off_the_table_is_no_alcohol(language, text):
    assert "no_alcohol" in positive(text, language)
