"""Art. 9 classes of session 38, read on the `w41` notes and probed with phrasings written for this
test (none is a note's):

- a treatment told with its condition and a carrier of a device or a condition are attached
  predicates of the term after them, in Portuguese, Spanish, Italian, French, English and Arabic;
- a contextual HEALTH word that fills a telegraphic item by itself may open a person's line after a
  colon ("Sr. X: gota, ...");
- a Dutch participle of surgery with its auxiliary before the body part ("geopereerd is aan");
- a provincial deputy or a group leader for a party (Dutch roles);
- a Japanese elected office said of the person by its verb, with the party after a comma, is one
  political span; a bare list of office and party is not joined that way.
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.special.categories import find_special_categories
from lvmh_pipeline_tests.lib.privacy.special.coverage import covered, spans_of, whole


# --- treatment with its condition, carrier of a device ----------------------------------------------

CARE = [
    ("O sogro faz tratamento para asma há anos.", "tratamento para asma"),
    ("Ela segue em tratamento pra depressão, sem pressa.", "tratamento pra depressão"),
    ("A mãe é portadora de marca-passo, nada de ímãs.", "portadora de marca-passo"),
    ("El suegro sigue un tratamiento para la diabetes.", "tratamiento para la diabetes"),
    ("Mi tía es portadora de marcapasos.", "portadora de marcapasos"),
    ("Il nonno è portatore di pacemaker, evitare magneti.", "di pacemaker"),  # s42: "portatore" stays (extent.shortest)
    ("La zia è in cura per l'ansia da mesi.", "in cura per l'ansia"),
    ("Son beau-père est sous traitement pour un cancer.", "traitement pour un cancer"),
    ("Sa mère est porteuse d'un pacemaker.", "porteuse d'un pacemaker"),
    ("Her brother gets treatment for epilepsy every month.", "treatment for epilepsy"),
    ("الوالد يتعالج من السرطان هالفترة", "يتعالج من السرطان"),
]


@pytest.mark.parametrize("text, span", CARE)
def test_a_treatment_or_a_carrier_goes_with_its_condition(text, span):
    assert whole(text, span, "HEALTH"), spans_of(text)


@pytest.mark.parametrize("text", [
    "Tratamento para couro: hidratante neutro.",
    "Portador do cartão-presente, sem nome.",
    "Il portatore di questa carta ha diritto allo sconto.",
])
def test_a_treatment_or_a_carrier_without_a_condition_stays(text):
    assert find_special_categories(text) == [], spans_of(text)


# --- a condition opening a person's line after a colon ------------------------------------------------

@pytest.mark.parametrize("text, span", [
    ("Sr. Lopes: gota, evitar frutos do mar no coquetel.", "gota"),
    ("Don Ramiro: gota, menú sin marisco.", "gota"),
])
def test_a_condition_alone_after_a_persons_colon_is_health(text, span):
    assert covered(text, span, "HEALTH"), spans_of(text)


@pytest.mark.parametrize("text", [
    "Perfume: uma gota, não mais.",
    "Frasco: una gota de esencia, sin más.",
])
def test_a_drop_after_a_colon_is_no_condition(text):
    assert find_special_categories(text) == [], spans_of(text)


# --- Dutch surgery with its auxiliary, Dutch party roles ---------------------------------------------

@pytest.mark.parametrize("text, span", [
    ("Ze zei dat haar man geopereerd is aan zijn heup.", "geopereerd is aan zijn heup"),
    ("Omdat de schoonzus geopereerd werd aan haar knie, later bellen.", "geopereerd werd aan haar knie"),
])
def test_a_dutch_operation_with_its_auxiliary_takes_the_body_part(text, span):
    assert whole(text, span, "HEALTH"), spans_of(text)


@pytest.mark.parametrize("text, span", [
    ("Hij is gedeputeerde voor de PvdA in Gelderland.", "gedeputeerde voor de PvdA"),
    ("Zij is fractievoorzitter namens het CDA.", "fractievoorzitter namens het CDA"),
])
def test_a_dutch_provincial_role_for_a_party_is_politics(text, span):
    assert whole(text, span, "POLITICS"), spans_of(text)


def test_a_provincial_deputy_without_a_party_stays():
    text = "De gedeputeerde opende de tentoonstelling."
    assert find_special_categories(text) == [], spans_of(text)


# --- a Japanese office said of the person, with its party after a comma ------------------------------

@pytest.mark.parametrize("text, span", [
    ("県議会議員をされていて、公明党の方です。", "県議会議員をされていて、公明党"),
    ("区議会議員で、えー、立憲民主党の方とのこと。", "区議会議員で、えー、立憲民主党"),
])
def test_a_japanese_office_with_its_party_after_a_comma_is_one_span(text, span):
    assert whole(text, span, "POLITICS"), spans_of(text)


def test_a_japanese_office_in_another_sentence_than_the_party_stays_apart():
    text = "市議会議員です。来週、自民党の会合があるそうです。"
    # the office said with its copula is a span of its own since session 45 (offices.predicated), never joined
    # to the party of another sentence
    assert not any("議員" in span and "自民党" in span for span, _ in spans_of(text)), spans_of(text)
