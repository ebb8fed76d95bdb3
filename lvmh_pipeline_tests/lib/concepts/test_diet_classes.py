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
        ("KO", "당뇨가 있어서 단 거 줄이는 중."),
    ],
)
def test_diabetes_with_a_low_sugar_diet_is_that_diet(language, text):
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
    assert found == {"low_sugar"}
    assert diets(text, language) == {"low_sugar"}


def test_a_diabetic_menu_alone_stays_diabetic():
    assert diets("Diabetic menu for the dinner, please.", "EN") == {"diabetic"}


def test_a_diet_correction():
    assert "vegan" not in diets("Vegan? no, vegetarian.", "EN")
    assert "vegetarian" in diets("Vegan? no, vegetarian.", "EN")
