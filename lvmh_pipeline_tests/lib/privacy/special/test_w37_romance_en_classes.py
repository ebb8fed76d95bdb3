"""Art. 9 classes of session 33 (A1, EN ES PT FR IT), counted on the missed and half-redacted spans of
the w32–w36 dev notes and probed with phrasings written for this test (none is a note's):

- an elected office told with the vote or the party it is held for, or a candidacy told again
  ("deputy, elected in the Turin seat", "concejala, se vuelve a presentar a la alcaldía", "consigliere
  comunale, campagna in corso"): :mod:`special.contexts.campaigns`;
- an origin told as a parent's dated arrival ("her mother came over from Accra in the seventies",
  "ses parents sont arrivés du Laos par bateau") or as a birth to parents from a named place ("nata a
  Genova da genitori di Dakar"): :mod:`special.contexts.origin.ancestry`, :mod:`special.contexts.parentage`;
- a union role with the named workplace it is held at ("steward at the Leyton depot", "delegato FIOM in fabbrica
  a Pomigliano"), a union's section or board ("secrétaire de la section CGT", "na direção da FENPROF"),
  the Spanish union by its short name after a delegate ("delegado de Comisiones"):
  :mod:`special.contexts.workplaces` and the lexicon's roles;
- from the w37 notes: a person on strike, a list candidacy, a party ticket by its short name, blood
  pressure as a diet's reason, a cane, a pilgrimage by its place, a parish priest, a religious vocation
  (seminary, ordination, vows), a stay in a rest home (lexicon terms).

Kept readable (precision): a mayor who is a client, a parent's trip, a birth alone, parents without a
place, a union role followed by a date, a holiday or a workplace it does not name ("at the hospital"),
a workplace with no union role, sales commissions.
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.special.categories import find_special_categories
from lvmh_pipeline_tests.lib.privacy.special.coverage import covered, spans_of

OFFICES = [
    ("He is a councillor, elected last spring, wants a pen.", "councillor, elected last spring"),
    ("She's a state senator and standing again, nothing flashy.", "state senator and standing again"),
    ("Ella es concejala y se vuelve a presentar a la alcaldía en mayo.",
     "concejala y se vuelve a presentar a la alcaldía"),
    ("Él es diputado, elegido por Sevilla, quiere gemelos.", "diputado, elegido por Sevilla"),
    ("Lui è senatore, eletto nel collegio di Genova, vuole una penna.", "senatore, eletto nel collegio di Genova"),
    ("La signora è consigliera regionale, campagna in corso, niente loghi.",
     "consigliera regionale, campagna in corso"),
    ("Lui è assessore per il suo partito a Bari, regalo per la moglie.", "assessore per il suo partito a Bari"),
    ("Ela é vereadora, eleita pelo bairro, quer uma caneta.", "vereadora, eleita pelo bairro"),
    ("Il est député, élu du Var, veut une montre.", "député, élu du Var"),
]


@pytest.mark.parametrize(("text", "fact"), OFFICES)
def test_office_told_with_its_vote_or_party(text: str, fact: str) -> None:
    assert covered(text, fact, "POLITICS"), spans_of(text)


ORIGINS = [
    ("Her mother came over from Accra in the seventies, she likes gold.",
     "mother came over from Accra in the seventies"),
    ("Ses parents sont arrivés du Laos par bateau, elle veut du jade.", "parents sont arrivés du Laos par bateau"),
    ("Su padre llegó de Argelia en los 60, busca un anillo.", "padre llegó de Argelia en los 60"),
    ("A mãe veio do Cabo Verde nos anos oitenta, quer brincos.", "mãe veio do Cabo Verde nos anos oitenta"),
    ("Il papà è arrivato dal Marocco negli anni novanta.", "papà è arrivato dal Marocco negli anni novanta"),
    ("Nata a Genova da genitori di Dakar, ama l'argento.", "Nata a Genova da genitori di Dakar"),
    ("Born in Bristol to parents from Kerala, wants a bangle.", "Born in Bristol to parents from Kerala"),
    ("Né à Lille de parents originaires de Tizi Ouzou, il veut une montre.",
     "Né à Lille de parents originaires de Tizi Ouzou"),
    ("Nacido en Valencia de padres venidos de Quito, quiere un reloj.",
     "Nacido en Valencia de padres venidos de Quito"),
    ("Nascida no Porto de pais de Luanda, gosta de ouro.", "Nascida no Porto de pais de Luanda"),
]


@pytest.mark.parametrize(("text", "fact"), ORIGINS)
def test_origin_told_by_the_parents(text: str, fact: str) -> None:
    assert covered(text, fact, "ORIGIN"), spans_of(text)


UNIONS = [
    ("Tom is shop steward at the Leyton depot, the lads chip in.", "shop steward at the Leyton depot"),
    ("He's a union rep at the Ford plant in Dagenham.", "union rep at the Ford plant"),
    ("Il est délégué CGT à l'usine de Flins, départ en retraite.", "délégué CGT à l'usine de Flins"),
    ("Elle est secrétaire de la section CFDT à la RATP.", "secrétaire de la section CFDT à la RATP"),
    ("Es delegado de Comisiones en la planta de Martorell.", "delegado de Comisiones en la planta de Martorell"),
    ("È delegato FIOM in fabbrica a Pomigliano, regalo per i compagni.", "delegato FIOM in fabbrica a Pomigliano"),
    ("Ela está na direção da FENPROF desde 2015.", "na direção da FENPROF"),
    ("Ele é dirigente sindical na montadora de Taubaté.", "dirigente sindical na montadora de Taubaté"),
]


@pytest.mark.parametrize(("text", "fact"), UNIONS)
def test_union_role_with_its_workplace(text: str, fact: str) -> None:
    assert covered(text, fact, "UNION"), spans_of(text)


READABLE = [
    "The mayor of Nice is a regular client, loves pearls.",
    "Her mother came from Lyon for the fitting, loved the scarf.",
    "Sa mère est arrivée de Nice hier pour l'essayage.",
    "Nata a Roma da genitori divorziati, vuole un anello.",
    "Born in Leeds, her parents love jewellery too.",
    "Née à Paris, les parents de Marc viennent de Lyon demain.",
    "Cobra comisiones altas, la delegada de ventas lo confirma.",
    "He works at the plant in Dagenham, wants a watch.",
    "Elle travaille à l'usine de Flins, veut un sac.",
]


@pytest.mark.parametrize("text", READABLE)
def test_lookalikes_stay_readable(text: str) -> None:
    assert find_special_categories(text) == [], spans_of(text)


@pytest.mark.parametrize("text", [
    "He is a union rep at Christmas time, wants a scarf.",
    "Délégué syndical depuis 2010, il veut une montre.",
    "Shop steward for Unite at the hospital, wants a pen.",
    "Delegata CGIL in ospedale, vuole una borsa.",
    "Liberado sindical en la fábrica, quiere un reloj.",
])
def test_a_union_role_keeps_what_follows_when_it_names_no_workplace(text: str) -> None:
    found = " ".join(text[s.start : s.end] for s in find_special_categories(text))
    kept = ("Christmas", "2010", "hospital", "ospedale", "fábrica")
    assert found and not any(w in found for w in kept), spans_of(text)


# - a union role with its plant by name, no workplace noun ("comité de empresa de Seat Martorell");
#   a person on strike, told by the predicate ("is on strike", "va a la huelga", "tá em greve");
#   a candidacy on a list with its election ("in lista per le europee, tour elettorale"), a party
#   ticket by its short name ("the Lab ticket"); blood pressure as the reason for a diet ("sin sal por
#   la tensión"); a cane as an aid; a pilgrimage told by its place; a parish priest (lexicon 1.30.x).
MORE = [
    ("Ana está en el comité de empresa de Renault Valladolid, sin regalos caros.",
     "comité de empresa de Renault Valladolid", "UNION"),
    ("Lui è nella RSU a Cassino, vuole un orologio.", "RSU a Cassino", "UNION"),
    ("He was on strike most of March, so pickup is late.", "was on strike", "UNION"),
    ("Su marido va a la huelga el lunes, recoger antes.", "va a la huelga", "UNION"),
    ("Ela tá em greve desde segunda, entregar em casa.", "tá em greve", "UNION"),
    ("Il est en grève depuis lundi, livrer au bureau.", "est en grève", "UNION"),
    ("Lei è in sciopero questa settimana, consegna a casa.", "è in sciopero", "UNION"),
    ("Lei è in lista per le europee, campagna elettorale fino a maggio.",
     "in lista per le europee, campagna elettorale", "POLITICS"),
    ("He stood on the Lab ticket last year, lost narrowly.", "Lab ticket", "POLITICS"),
    ("Dieta sin sal por la tensión, nada de embutidos.", "por la tensión", "HEALTH"),
    ("Sem sal por causa da pressão, avisar o buffet.", "por causa da pressão", "HEALTH"),
    ("Back from hip surgery, walks with cane, ground floor.", "walks with cane", "HEALTH"),
    ("Il mio cliente usa il bastone, meglio il piano terra.", "usa il bastone", "HEALTH"),
    ("Ils partent à La Mecque en mai, cadeau avant le départ.", "à La Mecque", "RELIGION"),
    ("È il parroco di Santa Croce, vuole una stola.", "il parroco di Santa Croce", "RELIGION"),
    ("Her nephew entered the seminary last year, a cross for him.", "entered the seminary", "RELIGION"),
    ("Son fils est entré au séminaire, il sera ordonné prêtre en juin.", "ordonné prêtre", "RELIGION"),
    ("Su hija se hizo monja en Ávila, un rosario.", "se hizo monja", "RELIGION"),
    ("Il nipote a settembre diventa prete, un orologio sobrio.", "diventa prete", "RELIGION"),
    ("O filho entrou no seminário em março, uma medalha.", "entrou no seminário", "RELIGION"),
    ("Elle sort de deux mois en maison de repos, rdv calme.", "maison de repos", "HEALTH"),
    ("La madre è in casa di cura da maggio, regalo da portare lì.", "casa di cura", "HEALTH"),
]


@pytest.mark.parametrize(("text", "fact", "kind"), MORE)
def test_more_romance_and_english_classes(text: str, fact: str, kind: str) -> None:
    assert covered(text, fact, kind), spans_of(text)


MORE_READABLE = [
    "The trains were on strike, delivery next week.",
    "Paris, la Mecque de la mode, elle adore.",
    "No quiere hablar de la tensión del viaje.",
    "Blood pressure monitor? No, a smartwatch.",
    "Déléguée commerciale à la SNCF, elle veut un sac.",
    "Seminario di marketing a Milano, poi cena in centro.",
    "Fue al seminario de ventas en Madrid.",
]


@pytest.mark.parametrize("text", MORE_READABLE)
def test_more_lookalikes_stay_readable(text: str) -> None:
    assert find_special_categories(text) == [], spans_of(text)
