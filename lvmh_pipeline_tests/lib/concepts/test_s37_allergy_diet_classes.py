"""Allergy and diet classes of session 37, in our own phrasings:

- Coeliac disease is the ``gluten`` allergy in every language, in its medical and everyday names (Sprue, glutenziekte,
  глютеновая энтеропатия, الداء الزلاقي, 실리악병, 麦胶性肠病 …; taxonomy 1.29.0), read from the note's words.
- Arabic "doesn't drink" with a soft drink after it is no diet ("ما يشرب قهوة"), as in the other languages.
- Beer given up with seafood for uric acid is the purine diet only ("海鲜啤酒都不碰"): one kind of alcohol.
- A diet before an arrow stays the client's when the gift exclusion follows from it ("kein Alkohol → keine
  Cognac-Geschenke"); a perfume's own alcohol word does not take away the client's ("Nada de alcohol, ni perfumes con
  alcohol").
- Pork gelatine in Dutch and German compounds is the no-pork diet ("geen varkensgelatine").
- A diet given up for eating normally again, in Arabic ("الحين رجعت تاكل عادي").
- Gluten left out by choice with coeliac disease denied ("não é celíaca"), even after another intolerance in an earlier
  clause ("Intolerância à lactose; sem glúten por opção").
- Sweets left out for a kosher or halal rule are no sugar limit ("kosher, so no sweets from our kitchen").
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.concepts.extraction import extract
from lvmh_pipeline_tests.lib.concepts.constraints import constraints


def _raw(text: str, language: str) -> tuple[set[str], set[str]]:
    """Allergies and diets extracted from the words themselves (no pseudonymization)."""
    hits = [h for h in extract(text, language, "2026-01-15") if not h.negated]
    return {h.concept for h in hits if h.category == "allergy"}, {h.concept for h in hits if h.category == "diet"}


@pytest.mark.parametrize(("language", "text"), [
    ("EN", "Her nephew is a coeliac, so no bread rolls."),
    ("EN", "He has celiac sprue."),
    ("FR", "Le mari est cœliaque."),
    ("FR", "Entéropathie au gluten chez la fille."),
    ("DE", "Die Schwiegermutter hat Sprue."),
    ("DE", "Er ist Zöliakiebetroffener."),
    ("ES", "Su nieta es celíaca."),
    ("IT", "Il figlio ha la celiachia."),
    ("PT", "A sobrinha tem doença celíaca."),
    ("NL", "Haar man heeft glutenziekte."),
    ("RU", "У дочери глютеновая энтеропатия."),
    ("RU", "Сын страдает целиакией."),
    ("AR", "بنتها عندها الداء الزلاقي."),
    ("AR", "زوجها عنده داء البطني."),
    ("JA", "ご長男がセリアック病。"),
    ("KO", "아드님이 실리악병이 있으세요."),
    ("ZH", "她儿子有麦胶性肠病。"),
    ("ZH", "先生患有乳糜瀉。"),
])
def test_coeliac_disease_is_the_gluten_allergy(language, text):
    assert "gluten" in _raw(text, language)[0], text


@pytest.mark.parametrize(("language", "text", "diets"), [
    ("AR", "بعد العملية ما يشرب قهوة.", set()),
    ("AR", "ما تشرب شاي بعد العصر.", set()),
    ("AR", "ما يشرب، ولا يدخن.", {"no_alcohol"}),
    ("ZH", "他痛风，海鲜啤酒都不碰。", {"low_purine"}),
    ("ZH", "他酒都不喝。", {"no_alcohol"}),
])
def test_what_is_not_drunk(language, text, diets):
    assert _raw(text, language)[1] == diets, text


@pytest.mark.parametrize(("language", "text", "diets"), [
    ("DE", "Trinkt seit dem Sommer keinen Alkohol mehr → keine Whisky-Geschenke.", {"no_alcohol"}),
    ("EN", "No alcohol -> no wine gifts this year.", {"no_alcohol"}),
    ("EN", "No alcohol in the hamper.", set()),
    ("ES", "Nada de alcohol, y los perfumes sin alcohol también.", {"no_alcohol"}),
    ("ES", "Quiere un perfume, sin alcohol.", set()),
])
def test_a_gift_or_a_perfume_after_the_diet(language, text, diets):
    assert _raw(text, language)[1] == diets, text


@pytest.mark.parametrize(("language", "text"), [
    ("NL", "Geen varkensgelatine in de snoepjes."),
    ("DE", "Bitte keine Schweinegelatine in den Pralinen."),
])
def test_pork_gelatine_is_the_no_pork_diet(language, text):
    assert "no_pork" in _raw(text, language)[1]


def test_a_diet_given_up_for_normal_eating_in_arabic():
    assert _raw("كانت تسوي صيام متقطع، الحين رجعت تاكل عادي.", "AR")[1] == set()


@pytest.mark.parametrize(("language", "text", "allergies"), [
    ("PT", "Intolerância à lactose; sem glúten por opção (não é celíaca).", {"lactose"}),
    ("PT", "Come sem glúten, não é celíaca.", set()),
    ("ES", "Sin gluten por elección, no es celíaca.", set()),
    ("DE", "Isst glutenfrei, keine Zöliakie, aber eine Unverträglichkeit.", {"gluten"}),
])
def test_gluten_left_out_by_choice(language, text, allergies):
    assert _raw(text, language)[0] == allergies, text


@pytest.mark.parametrize(("language", "text", "diets"), [
    ("EN", "They keep kosher, so no sweets from our kitchen.", {"kosher"}),
    ("AR", "ياكلون حلال بس، فلا تحطون حلويات من عندنا.", {"halal"}),
    ("EN", "No sweets, he watches his sugar.", {"low_sugar"}),
])
def test_sweets_left_out_for_a_religious_rule(language, text, diets):
    assert _raw(text, language)[1] == diets, text


def test_through_the_pipeline():
    assert constraints("Sa fille est cœliaque, pas de gâteau.", "FR")[0] == {"gluten"}
    assert constraints("بعد العملية ما يشرب قهوة.", "AR")[1] == set()
