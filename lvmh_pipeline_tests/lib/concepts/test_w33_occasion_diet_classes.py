"""Classes of the `w33` misses (occasions and diets), each in our own words in the languages where it exists:

- a meatless diet given up is past: the client eats meat again, or the diet's name is dropped
  ("gave up veganism", "Veganismus aufgegeben", "бросила вегетарианство"); giving up a food stays
  the diet ("gave up meat");
- gifts for a team named by a small-gift word ("detalles", "pensierini", "lembrancinhas"), for a campaign
  headquarters ("штаб") or a supporters' association (後援会), counted per piece ("1本あたり"), and a
  Christmas hamper for business relations ("kerstpakketten voor relaties"), are a corporate gift;
- holidays and occasions said in words the taxonomy lacked: Tết, JA 中秋節, a vow renewal (wedding
  anniversary), Portuguese "os anos dela" (birthday), Dutch "zakelijk geschenk", "off the sauce" (no alcohol).
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.concepts.extraction import extract
from lvmh_pipeline_tests.lib.concepts.occasion_checks import occasions


def _diets(text: str, language: str) -> set[str]:
    return {h.concept for h in extract(text, language) if h.category == "diet" and not h.negated}


@pytest.mark.parametrize(("language", "text"), [
    ("EN", "Vegan for a decade, but these days she eats meat again."),
    ("EN", "Gave up being vegetarian after the marathon."),
    ("FR", "Végétarien pendant dix ans, il remange de la viande depuis l'été."),
    ("DE", "Sie war lange Veganerin, isst inzwischen wieder Fleisch."),
    ("DE", "Hat den Vegetarismus aufgegeben."),
    ("ES", "Era vegetariana, pero volvió a comer carne."),
    ("IT", "Vegano per anni, ora è tornato a mangiare carne."),
    ("NL", "Was jaren vegetariër, eet weer vlees sinds de zomer."),
    ("RU", "Веганство забросила, снова ест мясо."),
    ("KO", "채식하다가 요즘은 다시 고기 드세요."),
])
def test_a_meatless_diet_given_up_is_no_diet(language, text):
    assert _diets(text, language) == set()


@pytest.mark.parametrize(("language", "text", "diet"), [
    ("EN", "Gave up meat last spring.", "vegetarian"),
    ("EN", "Vegetarian, no leather either.", "vegetarian"),
    ("RU", "Бросила есть мясо два года назад.", "vegetarian"),
])
def test_giving_up_a_food_stays_the_diet(language, text, diet):
    assert diet in _diets(text, language)


@pytest.mark.parametrize(("language", "text"), [
    ("ES", "Busca detalles para su equipo de ventas: 12 pañuelos, unos 90 € la unidad."),
    ("RU", "Подарки для предвыборного штаба: 25 ежедневников, до 4 тыс. за штуку."),
    ("JA", "後援会向けの記念品として扇子を40本、1本あたり8千円まで。"),
    ("NL", "Een zakelijk geschenk voor haar klanten, 20 flessen."),
])
def test_counted_gifts_for_a_team_in_new_words_are_a_corporate_gift(language, text):
    assert "corporate_gift" in {o.split(":")[0] for o in occasions(text, language)}


def test_a_christmas_hamper_for_business_relations_is_both():
    found = {o.split(":")[0] for o in occasions("Kerstpakketten voor 30 relaties, 60 euro per stuk.", "NL")}
    assert found == {"christmas", "corporate_gift"}


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("FR", "Un bracelet pour le Têt, début février.", "lunar_new_year:02"),
    ("EN", "Gift for Tet, early February.", "lunar_new_year:02"),
    ("JA", "中秋節のお祝いに両親へ贈り物。", "mid_autumn"),
    ("EN", "They renew their vows in Capri in June.", "wedding_anniversary:06"),
    ("FR", "Ils renouvelleront leurs vœux en juillet.", "wedding_anniversary:07"),
    ("ES", "Renovarán sus votos en agosto.", "wedding_anniversary:08"),
    ("DE", "Im Mai wollen sie ihr Eheversprechen erneuern.", "wedding_anniversary:05"),
    ("PT", "Vão renovar os votos em outubro.", "wedding_anniversary:10"),
    ("PT", "Quer um colar para os anos dele em março.", "birthday:03"),
])
def test_occasions_said_in_new_words(language, text, expected):
    assert expected in occasions(text, language)


@pytest.mark.parametrize(("language", "text"), [
    ("EN", "Off the sauce since spring, no champagne for him."),
    ("EN", "He's been off alcohol for a year."),
])
def test_off_the_drink_is_no_alcohol(language, text):
    assert "no_alcohol" in _diets(text, language)
