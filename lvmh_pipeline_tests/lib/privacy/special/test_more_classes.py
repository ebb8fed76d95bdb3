"""Art. 9 classes of issue 9 ("notes in the wild"), each in several languages (cases written for
this test, not taken from any evaluation file):

- a body part with its pain, problem or operation, as a German or Dutch compound
  ("Knieprobleme", "Rückenbeschwerden", "rugpijn") or a Romance or English phrase ("mal de dos",
  "dolor de espalda", "dor nas costas", "problemi alla schiena", "bad back");
- medication, treatment and colloquial condition words that reveal a condition (Eliquis,
  Hexenschuss, lumbago, tour de rein, colpo della strega, 血栓, 물리치료, علاج طبيعي);
- belief adjectives and devotions ("Strenggläubiger Muslim", "Tief religiös", "Devota de la Virgen
  del Rocío"), practices with their verb ("reza el rosario", "lights Shabbat candles", "viert de
  sabbat", "يحفظ القرآن"); a verb of going before a period of practice stays readable, as
  ``test_categories`` fixes it ("gaat [RELIGION]");
- a vote and its party across an adverb ("vota sempre Fratelli d'Italia"), union engagement
  ("engagiert sich in der Gewerkschaft");
- precision: heartache ("Herzschmerz", "hartpijn"), a headache as an idiom ("un dolor de
  cabeza"), the Iguazú falls, Spanish "zona", a brand (Church's), a party as an event, a union
  of materials, "geht zur Messe" at a trade fair: nothing is redacted.
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.special.categories import find_special_categories
from lvmh_pipeline_tests.lib.privacy.special.coverage import covered, spans_of, whole




BODY_TROUBLE = [
    ("DE", "Knieprobleme, bitte keine Treppen zum Salon.", "Knieprobleme"),
    ("DE", "Rückenbeschwerden seit dem Umzug, Stuhl bereitstellen.", "Rückenbeschwerden"),
    ("DE", "Ehemann hat Magenprobleme, leichtes Menü.", "Magenprobleme"),
    ("DE", "Schulterschmerzen, Tasche nicht zu schwer.", "Schulterschmerzen"),
    ("NL", "Rugpijn, graag een stoel klaarzetten.", "Rugpijn"),
    ("NL", "Knieproblemen, liever de lift.", "Knieproblemen"),
    ("FR", "Mal de dos, prévoir une chaise.", "Mal de dos"),
    ("FR", "Douleurs aux genoux, éviter l'escalier.", "Douleurs aux genoux"),
    ("ES", "Dolor de espalda, traer una silla.", "Dolor de espalda"),
    ("ES", "Problemas de rodilla, mejor el ascensor.", "Problemas de rodilla"),
    ("PT", "Dores nas costas, cadeira no provador.", "Dores nas costas"),
    ("PT", "Problemas de joelho, usar o elevador.", "Problemas de joelho"),
    ("IT", "Problemi alla schiena, sedia in cabina.", "Problemi alla schiena"),
    ("IT", "Mal di schiena, niente borse pesanti.", "Mal di schiena"),
    ("EN", "Bad back, keep a chair in the fitting room.", "Bad back"),
    ("EN", "Knee pain, prefers the lift.", "Knee pain"),
]


@pytest.mark.parametrize(("language", "text", "span"), BODY_TROUBLE, ids=[f"{c[0]}-{i}" for i, c in enumerate(BODY_TROUBLE)])
def test_body_part_with_its_trouble_is_health(language, text, span):
    assert whole(text, span, "HEALTH"), spans_of(text)


TREATMENTS_AND_COLLOQUIAL = [
    ("EN", "Husband on Eliquis, no long standing.", "Eliquis"),
    ("EN", "She takes Lexapro.", "Lexapro"),
    ("EN", "Menopause, feels the heat; light fabrics.", "Menopause"),
    ("DE", "Hexenschuss letzte Woche, sitzt lieber.", "Hexenschuss"),
    ("DE", "Mutter ist bettlägerig, Tochter kauft ein.", "bettlägerig"),
    ("DE", "Macht Physiotherapie wegen der Schulter.", "Physiotherapie"),
    ("FR", "Lumbago, préfère rester assis.", "Lumbago"),
    ("FR", "Tour de rein le mois dernier.", "Tour de rein"),
    ("FR", "Sous Lévothyrox depuis des années.", "Lévothyrox"),
    ("IT", "Colpo della strega, niente scale.", "Colpo della strega"),
    ("IT", "Trapianto di rene l'anno scorso.", "Trapianto di rene"),
    ("ES", "Recién operada, citas cortas.", "Recién operada"),
    ("ES", "Está de baja médica este mes.", "baja médica"),
    ("ES", "Hace fisioterapia los lunes.", "Hace fisioterapia"),
    ("PT", "Faz fisioterapia às terças.", "Faz fisioterapia"),
    ("NL", "Gaat twee keer per week naar de fysio.", "naar de fysio"),
    ("ZH", "先生有血栓，不宜久坐。", "血栓"),
    ("ZH", "胃不好，晚宴清淡。", "胃不好"),
    ("ZH", "太太更年期，怕热。", "更年期"),
    ("KO", "물리치료 받으셔서 오후 방문.", "물리치료"),
    ("KO", "무릎이 안 좋으셔서 엘리베이터.", "무릎이 안 좋"),
    ("AR", "يروح علاج طبيعي كل أسبوع.", "علاج طبيعي"),
    ("AR", "عنده ألم في الظهر، كرسي في غرفة القياس.", "ألم في الظهر"),
    ("RU", "Болит спина, нужен стул.", "Болит спина"),
]


@pytest.mark.parametrize(("language", "text", "span"), TREATMENTS_AND_COLLOQUIAL,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(TREATMENTS_AND_COLLOQUIAL)])
def test_treatments_and_colloquial_conditions_are_health(language, text, span):
    assert covered(text, span, "HEALTH"), spans_of(text)


PRACTICE = [
    ("DE", "Strenggläubiger Muslim, kein Alkohol beim Empfang.", "Strenggläubiger Muslim"),
    ("DE", "Tief religiös, trägt gern Schlichtes.", "Tief religiös"),
    ("NL", "Viert de sabbat, geen afspraken op zaterdag.", "Viert de sabbat"),
    ("ES", "Devota de la Virgen del Rocío, quiere una medalla.", "Devota de la Virgen del Rocío"),
    ("ES", "Es muy de misa, prefiere los sábados.", "muy de misa"),
    ("ES", "Reza el rosario cada tarde.", "Reza el rosario"),
    ("PT", "Devota de Nossa Senhora de Fátima.", "Devota de Nossa Senhora de Fátima"),
    ("EN", "Lights candles for Shabbat, no Friday evening visits.", "Lights candles for Shabbat"),
    ("EN", "He and his wife attend Friday prayers at the mosque.", "attend Friday prayers at the mosque"),
    ("AR", "يحفظ القرآن ويصلي الصلوات الخمس.", "يحفظ القرآن"),
]


@pytest.mark.parametrize(("language", "text", "span"), PRACTICE, ids=[f"{c[0]}-{i}" for i, c in enumerate(PRACTICE)])
def test_religious_practice_with_its_verb_and_adjective(language, text, span):
    assert whole(text, span, "RELIGION"), spans_of(text)


POLITICS_AND_UNIONS = [
    ("IT", "Vota sempre Fratelli d'Italia, ama il blu.", "Vota sempre Fratelli d'Italia", "POLITICS"),
    ("IT", "Attivista di sinistra, cerca una tote.", "Attivista di sinistra", "POLITICS"),
    ("AR", "ناشط في الحراك منذ سنوات.", "ناشط في الحراك", "POLITICS"),
    ("DE", "Engagiert sich in der Gewerkschaft, mag Rot.", "Engagiert sich in der Gewerkschaft", "UNION"),
]


@pytest.mark.parametrize(("language", "text", "span", "kind"), POLITICS_AND_UNIONS,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(POLITICS_AND_UNIONS)])
def test_vote_activism_and_union_engagement(language, text, span, kind):
    assert whole(text, span, kind), spans_of(text)


LOOK_ALIKES = [
    ("DE", "Liebeskummer und Herzschmerz sind ihr Thema für das Geschenk: ein Herzanhänger."),
    ("NL", "Hartpijn na de breuk, zoekt een cadeau voor zichzelf."),
    ("ES", "Elegir el color fue un dolor de cabeza, al final negro."),
    ("FR", "Le choix du cadeau est un vrai mal de tête, budget 2k."),
    ("ES", "Viaje a las Cataratas del Iguazú en mayo, busca sombrero."),
    ("ES", "Vive en la zona norte, entrega a domicilio."),
    ("EN", "Church's shoes in size 9, she loves the brogues."),
    ("EN", "Birthday party in May, wants a clutch."),
    ("EN", "A union of leather and canvas, loves the new tote."),
    ("EN", "Collects back issues of Vogue, wants the coffee-table book."),
    ("DE", "Geht zur Messe nach Frankfurt, braucht eine Reisetasche."),
    ("IT", "Festa del partito? No, festa di compleanno a maggio."),
    ("ZH", "买了一个手机支架和一个包。"),
]


@pytest.mark.parametrize(("language", "text"), LOOK_ALIKES, ids=[f"{c[0]}-{i}" for i, c in enumerate(LOOK_ALIKES)])
def test_look_alikes_stay_readable(language, text):
    assert find_special_categories(text) == [], spans_of(text)
