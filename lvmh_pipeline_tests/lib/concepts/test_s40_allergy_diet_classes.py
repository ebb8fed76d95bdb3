"""Allergy and diet classes of session 40, in our own phrasings:

- The allergy word listed with a word for dietary restrictions before one negator is denied with them
  ("Allergies/restrictions: none", "Аллергий и ограничений нет", "アレルギー・食事制限なし"); a named allergen before
  such a list stays ("Nut allergy, restrictions: none").
- An allergen stated before a denial of *other* allergies stays ("lactose intolerant, no other allergies",
  "乳糖不耐，其他没有过敏").
- A quantifier before an item of a list of allergens keeps the list ("wool and certain dyes", "wol en bepaalde
  verfstoffen").
- A vegetarian word glossed "pescatarian" in brackets is the pescatarian diet ("채식(페스코)").
- Spoken French drops the "ne" of "ne … plus": "il est plus végétarien" is a diet given up.
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.concepts.extraction import extract


def _raw(text: str, language: str) -> tuple[set[str], set[str]]:
    """Allergies and diets extracted from the words themselves (no pseudonymization)."""
    hits = [h for h in extract(text, language, "2026-01-15") if not h.negated]
    return {h.concept for h in hits if h.category == "allergy"}, {h.concept for h in hits if h.category == "diet"}


@pytest.mark.parametrize(("language", "text"), [
    ("EN", "Allergies/restrictions: none."),
    ("EN", "Allergies and dietary restrictions: none known."),
    ("RU", "Аллергий и ограничений нет."),
    ("JA", "アレルギー・食事制限なし（事前確認済み）。"),
    ("ZH", "过敏和忌口都没有。"),
    ("IT", "Allergie e intolleranze: nessuna."),
    ("AR", "الحساسية والقيود الغذائية: لا يوجد."),
])
def test_an_allergy_word_listed_with_restrictions_is_denied_with_them(language, text):
    assert not _raw(text, language)[0], text


@pytest.mark.parametrize(("language", "text", "allergen"), [
    ("EN", "Sesame allergy, restrictions: none.", "sesame"),
    ("DE", "Latexallergie, Einschränkungen: keine.", "latex"),
])
def test_a_named_allergen_before_a_restriction_list_stays(language, text, allergen):
    assert allergen in _raw(text, language)[0], text


@pytest.mark.parametrize(("language", "text"), [
    ("ZH", "她本人乳糖不耐，其他没有过敏。"),
    ("EN", "Lactose intolerant, no other allergies."),
    ("FR", "Intolérante au lactose, pas d'autres allergies."),
    ("DE", "Laktoseintoleranz, sonst keine Allergien."),
    ("ES", "Intolerancia a la lactosa, ninguna otra alergia."),
])
def test_an_allergen_before_a_denial_of_other_allergies_stays(language, text):
    assert "lactose" in _raw(text, language)[0], text


def test_a_plain_denial_after_an_allergen_still_denies_it():
    assert "lactose" not in _raw("Lactose? Geen allergieën.", "NL")[0]


@pytest.mark.parametrize(("language", "text"), [
    ("NL", "Hij is allergisch voor wol en bepaalde verfstoffen."),
    ("EN", "She is allergic to wool and, uh, certain dyes."),
    ("FR", "Il est allergique à la laine et à certaines teintures."),
])
def test_a_quantifier_before_a_listed_allergen_keeps_the_list(language, text):
    assert "textile_dye" in _raw(text, language)[0], text


@pytest.mark.parametrize(("language", "text"), [
    ("KO", "사모님은 채식(페스코) 하세요."),
    ("EN", "His wife is vegetarian (pescatarian)."),
])
def test_a_vegetarian_glossed_pescatarian_is_pescatarian(language, text):
    diets = _raw(text, language)[1]
    assert diets == {"pescatarian"}, (text, diets)


def test_two_people_with_two_diets_keep_both():
    assert {"vegetarian", "pescatarian"} <= _raw("He is vegetarian, she is pescatarian.", "EN")[1]


@pytest.mark.parametrize("text", [
    "Pas d'allergie, et il est plus végétarien depuis l'an dernier.",
    "Elle est plus vegan depuis l'été.",
])
def test_spoken_french_no_longer_without_ne_gives_up_the_diet(text):
    assert not _raw(text, "FR")[1], text


def test_more_than_vegetarian_is_no_abandoned_diet():
    assert "vegan" in _raw("Il est plus que végétarien, il est vegan.", "FR")[1]
