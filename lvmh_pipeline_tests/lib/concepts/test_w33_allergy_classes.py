"""Allergy class of the `w33` misses, in our own words: a colourant named in one phrase with leather
("leather dyes", "colorants du cuir", "Farbstoffe in Leder", "corante de couro") is a textile dye, not a
food colouring; leather named after a comma ("food colouring, a leather bag is fine") changes nothing.
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.concepts.extraction import extract


def _allergies(text: str, language: str) -> set[str]:
    return {h.concept for h in extract(text, language) if h.category == "allergy" and not h.negated}


@pytest.mark.parametrize(("language", "text"), [
    ("EN", "Allergic to leather dyes, metal straps only."),
    ("FR", "Allergique aux colorants du cuir."),
    ("DE", "Allergie gegen Farbstoffe in Leder."),
    ("PT", "Tem alergia ao corante do couro."),
    ("ES", "Alérgica a los tintes del cuero."),
    ("IT", "Allergica ai coloranti della pelle."),
    ("RU", "Аллергия на красители кожаных изделий."),
])
def test_a_leather_dye_is_a_textile_dye(language, text):
    assert "textile_dye" in _allergies(text, language)
    assert "food_colouring" not in _allergies(text, language)


def test_leather_after_a_comma_leaves_the_food_colouring():
    assert "food_colouring" in _allergies("Allergic to food colouring, a leather bag is fine.", "EN")
