"""Negation, abstention and correction: classes of phrasing, each in several languages.

- a negative phrase is not negated again (negative concord: "no toma nada de alcohol");
- French "ne … plus" negates;
- post-negators end the clause, after a colon or a comma too ("Allergies, none", "过敏：无");
- a Chinese verb negator with an object negates the object, not what precedes it;
- a diet cue ("alcohol", "pork", "sugar", "meat") is the diet when avoided, given up, refused
  with the object first, or (sugar, meat) limited; drinking coffee is no drinking;
- a negative test takes an allergy back even after "but".
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.common.text import normalize
from lvmh_pipeline.lib.concepts.extraction import extract
from lvmh_pipeline.lib.concepts.negation import negation_flags, post_denied
from lvmh_pipeline.lib.concepts.statements.abstentions import ABSTAINED, NOT_A_DIET, REDUCED, abstention_flags
from lvmh_pipeline.lib.concepts.statements.soft_drinks import soft_drink_after


def positive(text: str, language: str) -> set[str]:
    return {h.concept for h in extract(text, language) if not h.negated and h.category in ("allergy", "diet")}


def negated(text: str, language: str) -> set[str]:
    return {h.concept for h in extract(text, language) if h.negated and h.category in ("allergy", "diet")}


@pytest.mark.parametrize(
    ("language", "text", "concept"),
    [
        ("ES", "No toma nada de alcohol.", "no_alcohol"),
        ("IT", "Non mangia niente maiale.", "no_pork"),
        ("AR", "زوجته ما تشرب كحول أبداً.", "no_alcohol"),
        ("RU", "Он не ест никакой свинины.", "no_pork"),
        ("PT", "Não come nada de açúcar.", "low_sugar"),
    ],
)
def test_a_negative_phrase_is_not_negated_again(language, text, concept):
    assert concept in positive(text, language)


def test_french_ne_plus_negates():
    assert "vegetarian" in negated("Elle n'est plus végétarienne.", "FR")
    assert "vegetarian" not in positive("Elle n'est plus végétarienne.", "FR")
    assert "no_pork" in positive("Madame ne mange plus de porc.", "FR")
    assert "no_alcohol" in positive("Il ne boit plus d'alcool depuis deux ans.", "FR")
    assert "vegetarian" in positive("Végétarienne, plus de détails au prochain rendez-vous.", "FR")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("EN", "Allergies, none."),
        ("EN", "Allergies: N/A."),
        ("EN", "Asked about allergies — nothing."),
        ("DE", "Allergien: nichts bekannt."),
        ("IT", "Allergie: niente."),
        ("NL", "Allergieën: niets."),
        ("RU", "Аллергии не имеет."),
        ("JA", "アレルギー：特になし"),
        ("ZH", "过敏：无"),
        ("KO", "알레르기 특별히 없음."),
        ("AR", "الحساسية: ما في."),
        ("EN", "Allergies: NKDA."),
        ("FR", "Allergies : RAS."),
        ("EN", "Denies any allergies."),
        ("PT", "Nega alergias."),
        ("IT", "Nega allergie."),
        ("ES", "Niega alergias."),
        ("FR", "Nie toute allergie."),
        ("RU", "Аллергии отрицает."),
    ],
)
def test_a_post_negator_ending_the_clause_denies(language, text):
    assert positive(text, language) == set()


def test_a_post_negator_denies_the_allergen_it_follows():
    nt = normalize("Аллергии на кошек нет.")
    assert post_denied(nt, [(0, 8), (12, 17)], 1, "RU")
    assert positive("Аллергии на кошек нет.", "RU") == set()
    assert positive("Allergie: Nüsse — nein.", "DE") == set()


def test_a_chinese_verb_negator_negates_its_object():
    nt = normalize("只吃海鲜不吃肉。")
    assert negation_flags(nt, [(0, 4)], "ZH") == [False]
    assert negation_flags(normalize("海鲜不吃了。"), [(0, 2)], "ZH") == [True]


@pytest.mark.parametrize(
    ("language", "text", "cue", "expected"),
    [
        ("EN", "He quit drinking last year.", "drinking", ABSTAINED),
        ("DE", "Verzichtet auf Schweinefleisch.", "schweinefleisch", ABSTAINED),
        ("RU", "Клиент свинину не ест.", "свинину", ABSTAINED),
        ("EN", "Watching her sugar intake.", "sugar", REDUCED),
        ("RU", "Мясо ест редко.", "мясо", REDUCED),
        ("EN", "Loves sugar.", "sugar", 0),
    ],
)
def test_abstention_of_a_word_cue(language, text, cue, expected):
    nt = normalize(text)
    start = nt.folded.index(cue)
    found = abstention_flags(nt, [(start, start + len(cue))], language, [0], [True], [False], [True])
    assert found.get(0, 0) == expected


@pytest.mark.parametrize(
    ("language", "text", "cue", "expected"),
    [
        ("JA", "お酒は召し上がらない。", "お酒", ABSTAINED),
        ("ZH", "酒也不喝。", "酒也", ABSTAINED),
        ("KO", "술 끊으셨음.", "술", ABSTAINED),
        ("KO", "미술 안 좋아하심.", "술", NOT_A_DIET),  # a Korean cue starts a word
        ("JA", "肉はほとんど食べない。", "肉は", REDUCED),
        ("ZH", "控制糖分。", "糖分", REDUCED),
    ],
)
def test_abstention_of_a_dense_cue(language, text, cue, expected):
    nt = normalize(text)
    start = nt.folded.index(cue)
    found = abstention_flags(nt, [(start, start + len(cue))], language, [0], [True], [False], [True])
    assert found.get(0, 0) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("EN", "Doesn't drink coffee after 5pm."),
        ("FR", "Ne boit pas de café."),
        ("DE", "Trinkt keinen Kaffee."),
        ("ZH", "不喝咖啡。"),
        ("RU", "Не пьёт кофе."),
    ],
)
def test_not_drinking_coffee_is_no_alcohol_diet(language, text):
    assert "no_alcohol" not in positive(text, language)


def test_soft_drink_after():
    nt = normalize("doesn't drink the coffee")
    assert soft_drink_after(nt, nt.folded.index(" the"))
    assert not soft_drink_after(nt, 0)


@pytest.mark.parametrize(
    ("language", "text", "allergen"),
    [
        ("EN", "Thought she was allergic to nickel, but the patch test was negative.", "nickel"),
        ("DE", "Verdacht auf Latexallergie, aber Test negativ.", "latex"),
        ("FR", "Allergie au pollen évoquée, mais test négatif.", "pollen"),
        ("ZH", "以为对花粉过敏，检测是阴性。", "pollen"),
    ],
)
def test_a_negative_test_takes_an_allergy_back(language, text, allergen):
    assert allergen not in positive(text, language)


def test_a_contrast_still_keeps_another_allergy():
    assert positive("Allergic to nuts but eggs are fine.", "EN") == {"tree_nuts"}


@pytest.mark.parametrize(
    ("language", "text", "concept"),
    [
        ("DE", "Früher Vegetarier, isst jetzt wieder Fleisch.", "vegetarian"),
        ("EN", "Ex-vegan, now eats everything.", "vegan"),
        ("RU", "Бывший вегетарианец.", "vegetarian"),
        ("ZH", "以前吃素，现在不了。", "vegetarian"),
    ],
)
def test_a_former_diet_is_no_diet(language, text, concept):
    assert concept not in positive(text, language)
