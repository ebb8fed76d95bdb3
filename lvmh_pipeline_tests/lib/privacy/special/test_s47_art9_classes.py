"""Art. 9 classes of session 47 (`w51` notes), probed with phrasings written for this test:

- a pregnancy with its stage told by an ordinal month or how far along, and its complications chained
  after it ("incinta, all'ottavo mese", "pregnant, pretty far along, with complications");
- converts to a faith in the plural ("protestanti convertiti"), a religious office's wife ("the imam's wife");
- a member of a Chinese advisory or legislative body (政协委员, 人大代表);
- a union role with the union's name a few words on after a comma ("shop steward at the docks, unison I think").

Negatives: a religious holiday alone, a nationality, a politician in the news, a business partner,
an allergen word as a material with no allergy in the note, a month told with no pregnancy.
Counted first: coeliac disease stays the ``gluten`` allergy (dev writers: 112 notes gluten only, 11
HEALTH and gluten).
"""

from __future__ import annotations

import pytest

from lvmh_pipeline_tests.lib.privacy.special.coverage import covered, spans_of


@pytest.mark.parametrize("text, words", [
    ("la nuora è incinta, all'ottavo mese, niente scale", "incinta, all'ottavo mese"),
    ("sua moglie è incinta al quinto mese", "incinta al quinto mese"),
    ("elle est enceinte, au huitième mois, livraison à domicile", "enceinte, au huitième mois"),
    ("su mujer está embarazada, en el octavo mes", "embarazada, en el octavo mes"),
    ("ela está grávida, no sexto mês, entrega em casa", "grávida, no sexto mês"),
    ("ze is zwanger, in de zevende maand", "zwanger, in de zevende maand"),
    ("sie ist schwanger, im achten Monat", "schwanger, im achten Monat"),
    ("his wife is pregnant, six months along, so no stairs", "pregnant, six months along"),
    ("she is pregnant, pretty far along, with complications, so courier it",
     "pregnant, pretty far along, with complications"),
    ("она беременна, на позднем сроке, доставка домой", "беременна, на позднем сроке"),
])
def test_pregnancy_with_its_stage(text: str, words: str) -> None:
    assert covered(text, words, "HEALTH"), spans_of(text)


@pytest.mark.parametrize("text, words", [
    ("mi ha detto che sono protestanti convertiti", "protestanti convertiti"),
    ("ils sont musulmans convertis depuis peu", "musulmans convertis"),
    ("son judíos conversos desde hace años", "judíos conversos"),
    ("eles são evangélicos convertidos", "evangélicos convertidos"),
])
def test_converts_in_the_plural(text: str, words: str) -> None:
    assert covered(text, words, "RELIGION"), spans_of(text)


@pytest.mark.parametrize("text, words", [
    ("a note about the imam's wife, she wants a brooch", "imam's wife"),
    ("für die Frau des Rabbiners eine Brosche", "Frau des Rabbiners"),
    ("un regalo para la esposa del rabino", "esposa del rabino"),
    ("пришла жена раввина, просила брошь", "жена раввина"),
])
def test_wife_of_a_religious_office(text: str, words: str) -> None:
    assert covered(text, words, "RELIGION"), spans_of(text)


@pytest.mark.parametrize("text, words", [
    ("客户是政协委员，要求低调", "政协委员"),
    ("王先生是人大代表，下月来店", "人大代表"),
])
def test_chinese_political_bodies(text: str, words: str) -> None:
    assert covered(text, words, "POLITICS"), spans_of(text)


@pytest.mark.parametrize("text, words", [
    ("he's a shop steward over at the docks, unison I think, wants a ring", "shop steward over at the docks, unison"),
    ("she is a shop steward out at the big warehouse, unite I reckon", "shop steward out at the big warehouse, unite"),
])
def test_union_name_after_a_comma(text: str, words: str) -> None:
    assert covered(text, words, "UNION"), spans_of(text)


@pytest.mark.parametrize("text", [
    "she is a union rep. Unite the family is her motto",  # the name in another sentence
    "a union rep at the depot, for the engagement ring",  # no union's name after the comma
    "a union rep at the hospital, Unison, budget 3k",  # a name the lexicon takes by itself stays apart
])
def test_no_union_name_after(text: str) -> None:
    assert [w for w, kind in spans_of(text) if kind == "UNION"][0] == "union rep", spans_of(text)


@pytest.mark.parametrize("text", [
    "a gift for Hanukkah, she likes gold",  # a religious holiday alone
    "he is Italian, lives in Milan",  # a nationality
    "we talked about the senator on the news, he wants a watch",  # a politician in the news
    "he came with his business partner to choose cufflinks",  # a business partner
    "she wants the nickel-plated tray and the latex-backed mat",  # allergen words as materials, no allergy
    "delivery in the seventh month of the year, please",  # a month, no pregnancy
    "i figli sono convertiti al nuovo sistema di pagamento",  # a convert word with no faith
])
def test_negatives(text: str) -> None:
    assert spans_of(text) == [], spans_of(text)
