"""Art. 9 spans that take the fact's modifiers (issue 9), sentences written for this test:

- a degree adverb ("profundamente", "sumamente", "zutiefst", "매우") leads into the fact it
  touches and joins it when the fact alone would not hold most of the letters;
- a person predicate the lexicon writes after a copula ("(ist) Christin", "(é) religioso") is
  the fact after a degree adverb or a modifier of its category too ("bekennende Christin");
- observance and intensity modifiers of a faith, a party or a condition ("engagierter",
  "croyante", "registered", "parcial", "una lieve forma di");
- single conditions by family in every language (foot, eye, nerve, cyst and polyp conditions,
  colour blindness) and "for religious reasons", negated or not;
- a place of pilgrimage after a pilgrimage ("peregrinación a Lourdes");

and their look-alikes, which stay readable ("quite cross about the delay", "very green bag",
"not for religious reasons", "a trip to Lourdes").
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.special.categories import find_special_categories
from lvmh_pipeline_tests.lib.privacy.special.coverage import covered, spans_of, whole

WHOLE = [
    # degree adverbs before a fact
    ("ES", "Sumamente devota, va a misa diaria.", "Sumamente devota", "RELIGION"),
    ("PT", "Profundamente religioso, vai à missa.", "Profundamente religioso", "RELIGION"),
    ("ES", "Profundamente creyente, reza cada noche.", "Profundamente creyente", "RELIGION"),
    # a person predicate after a modifier of its category
    ("DE", "Kundin ist bekennende Christin.", "bekennende Christin", "RELIGION"),
    ("DE", "Ehemann engagierter Katholik, im Kirchenvorstand.", "engagierter Katholik", "RELIGION"),
    ("EN", "A Buddhist practitioner, meditates daily.", "Buddhist practitioner", "RELIGION"),
    # health modifiers
    ("ES", "Sordera parcial, hablarle de frente.", "Sordera parcial", "HEALTH"),
    ("ES", "Tiene Parkinson en fase inicial.", "Parkinson en fase inicial", "HEALTH"),
    ("IT", "Soffre di una lieve forma di asma.", "lieve forma di asma", "HEALTH"),
    # pilgrimage places
    ("ES", "Hizo la peregrinación a Lourdes el año pasado.", "peregrinación a Lourdes", "RELIGION"),
    ("PT", "Fez a peregrinação a Fátima a pé.", "peregrinação a Fátima", "RELIGION"),
]


@pytest.mark.parametrize(("language", "text", "span", "kind"), WHOLE)
def test_the_modifiers_belong_to_the_span(language, text, span, kind):
    assert whole(text, span, kind), spans_of(text)


CONDITIONS = [
    ("EN", "Keratoconus, so no small print on the card.", "Keratoconus"),
    ("EN", "Has bunions, wide shoes only.", "bunions"),
    ("ES", "Tiene juanetes, zapatos anchos.", "juanetes"),
    ("ES", "Es daltónico, ojo con los tonos.", "daltónico"),
    ("PT", "Tem fascite plantar, sapatos macios.", "fascite plantar"),
    ("IT", "Ha la degenerazione maculare, caratteri grandi.", "degenerazione maculare"),
    ("FR", "Daltonien, attention aux couleurs.", "Daltonien"),
    ("DE", "Fersensporn, bitte bequeme Schuhe.", "Fersensporn"),
    ("NL", "Heeft een hielspoor, zachte zolen.", "hielspoor"),
    ("RU", "У неё дальтонизм, цвета не различает.", "дальтонизм"),
    ("KO", "황반변성 있으셔서 큰 글씨로.", "황반변성"),
    ("JA", "外反母趾のため幅広の靴。", "外反母趾"),
    ("ZH", "她有拇外翻，要宽头鞋。", "拇外翻"),
    # an opening made by surgery, by its word formation in any language
    ("EN", "Has an ileostomy, prefers loose waistbands.", "ileostomy"),
    ("DE", "Hat eine Kolostomie seit der Operation.", "Kolostomie"),
    ("IT", "Porta una tracheostomia, parla piano.", "tracheostomia"),
    # a condition that is a diet's reason, coordinated with a condition ("blood pressure and cholesterol")
    ("AR", "عندها ضغط وكوليسترول.", "كوليسترول"),
]


@pytest.mark.parametrize("text", ["Born in a customs office? No: a customer from Boston.", "Bostonian stomping ground.",
                                  "يتبع نظام غذائي قليل الكولسترول."])
def test_words_that_only_contain_the_ending_stay(text):
    assert not spans_of(text)


def test_a_demonym_born_is_a_birthplace_not_an_origin():
    # session 48: a bare birthplace is no ORIGIN (the dev writers leave "<demonym>-born" readable)
    assert not covered("Moroccan-born, loves the Paris store.", "Moroccan-born", "ORIGIN"), spans_of("Moroccan-born")


@pytest.mark.parametrize(("language", "text", "span"), CONDITIONS)
def test_single_conditions_by_family_are_health(language, text, span):
    assert covered(text, span, "HEALTH"), spans_of(text)


@pytest.mark.parametrize(("text", "span"), [
    ("Trägt lange Ärmel aus religiösen Gründen.", "aus religiösen Gründen"),
    ("Porta il velo per motivi religiosi.", "per motivi religiosi"),
    ("Не носит открытое по религиозным соображениям.", "по религиозным соображениям"),
])
def test_religious_reasons_are_religion(text, span):
    assert covered(text, span, "RELIGION"), spans_of(text)


@pytest.mark.parametrize("text", [
    "She was quite cross about the delay.",
    "Wants a very green bag for the summer.",
    "Ama el cuero muy negro.",
    "Sucht eine sehr schlichte Uhr.",
    "No pork, but not for religious reasons.",
    "Niente maiale, ma non per motivi religiosi.",
    "ما بتاكل لحم خنزير بس مش لأسباب دينية.",
    "Planning a trip to Lourdes and Biarritz in June.",
    "Wants a bag in Italian leather.",
])
def test_look_alikes_stay_readable(text):
    assert find_special_categories(text) == [], spans_of(text)
