"""Allergy and diet classes of session 39, in our own phrasings:

- "And he" / "e lui" / "und er" opens a clause of its own: a negator before it does not reach an allergy stated
  after it ("no dairy for her and he is allergic to latex").
- A denial of allergies the speaker takes back at once names the allergen after it ("no allergies, oh wait, latex",
  "pas d'allergie, ah si, au latex", "keine Allergien, ach doch, Latex").
- "Not X" said right after an allergen in Korean and Japanese ("땅콩 말고", "卵じゃなくて") takes it back; "말고도"
  (besides) does not.
- Rhodium is a metal allergen (taxonomy 1.32.0), read only with an allergy word.
- Strong smells kept away for a pregnancy ("con el embarazo", "com a gravidez") or scents kept away for a chemical
  sensitivity are no fragrance allergy.
- A Chinese verb negator followed, past spaces, by another hit negates that hit, not the diet before it ("keto
  生酮 不吃 碳水"); "no longer" after a drinking verb, past "himself" or "also", is the abstention ("drinkt zelf niet
  meer"); "不要酒" is no alcohol (taxonomy 1.32.0).
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.concepts.extraction import extract


def _raw(text: str, language: str) -> tuple[set[str], set[str]]:
    """Allergies and diets extracted from the words themselves (no pseudonymization)."""
    hits = [h for h in extract(text, language, "2026-01-15") if not h.negated]
    return {h.concept for h in hits if h.category == "allergy"}, {h.concept for h in hits if h.category == "diet"}


@pytest.mark.parametrize(("language", "text"), [
    ("IT", "Niente latticini per lei e lui è allergico al lattice."),
    ("EN", "No dairy for her and he is allergic to latex."),
    ("FR", "Pas de lactose pour elle et il est allergique au latex."),
    ("DE", "Keine Milch für sie und er ist allergisch gegen Latex."),
    ("ES", "Nada de lácteos y él es alérgico al látex."),
    ("PT", "Nada de laticínios e ele é alérgico ao látex."),
])
def test_an_allergy_after_and_he_is_not_denied(language, text):
    assert "latex" in _raw(text, language)[0], text


@pytest.mark.parametrize(("language", "text"), [
    ("FR", "Pas d'allergie, ah si, au latex."),
    ("EN", "No allergies, oh wait, latex."),
    ("DE", "Keine Allergien, ach doch, Latex."),
    ("PT", "Sem alergias, ah sim, ao látex."),
    ("NL", "Geen allergieën, o ja, latex."),
])
def test_a_denial_taken_back_names_the_allergen(language, text):
    assert "latex" in _raw(text, language)[0], text


@pytest.mark.parametrize(("language", "text", "kept", "gone"), [
    ("KO", "땅콩 말고 호두 알레르기가 있으세요.", "tree_nuts", "peanut"),
    ("JA", "卵じゃなくて乳製品のアレルギーです。", "lactose", "eggs"),
])
def test_an_allergen_said_not_to_be_the_one(language, text, kept, gone):
    allergies = _raw(text, language)[0]
    assert kept in allergies and gone not in allergies, text


def test_besides_keeps_both_allergens():
    assert {"peanut", "tree_nuts"} <= _raw("땅콩 말고도 호두 알레르기가 있으세요.", "KO")[0]


@pytest.mark.parametrize(("language", "text"), [
    ("ES", "Alergia al rodio, nada de oro blanco."),
    ("EN", "She is allergic to rhodium plating."),
    ("DE", "Rhodiumallergie, also kein Weißgold."),
    ("IT", "Ha un'allergia al rodio."),
])
def test_rhodium_is_a_metal_allergen(language, text):
    assert "metal" in _raw(text, language)[0], text


def test_a_rhodium_plated_piece_is_no_allergy():
    assert not _raw("A rhodium-plated ring in size 52.", "EN")[0]


@pytest.mark.parametrize(("language", "text"), [
    ("ES", "Está embarazada y con el embarazo no soporta los olores fuertes."),
    ("PT", "Está grávida e com a gravidez não aguenta cheiros fortes."),
    ("EN", "Multiple chemical sensitivity, so only fragrance-free pieces."),
])
def test_scents_kept_away_for_a_state_are_no_fragrance_allergy(language, text):
    assert "fragrance" not in _raw(text, language)[0], text


def test_a_perfume_allergy_stated_beside_a_chemical_sensitivity_stays():
    assert {"chemical_sensitivity", "fragrance"} <= _raw("Chemical sensitivity, and she is allergic to perfume.", "EN")[0]


def test_a_spaced_chinese_negator_negates_what_follows_it():
    diets = _raw("她 现在 吃 生酮 不吃 碳水", "ZH")[1]
    assert diets == {"keto"}


@pytest.mark.parametrize(("language", "text"), [
    ("NL", "Hij drinkt zelf niet meer sinds de operatie."),
    ("DE", "Sie trinkt auch nicht mehr, seit dem Frühjahr."),
    ("ZH", "晚宴安排素菜，不要酒。"),
])
def test_no_longer_drinking_is_no_alcohol(language, text):
    assert "no_alcohol" in _raw(text, language)[1], text
