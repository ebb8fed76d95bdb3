"""An elected office said of a person with a copula is POLITICS, with the complement that locates it
(session 45, :mod:`lvmh_pipeline.lib.privacy.special.offices.predicated`). Phrasings written for this test."""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.spans import PiiSpan
from lvmh_pipeline.lib.privacy.special.offices.predicated import predicated_offices
from lvmh_pipeline_tests.lib.privacy.special.coverage import covered, spans_of


@pytest.mark.parametrize("text, office", [
    ("Came in with her sister; she is the deputy mayor of a market town, wants a Tank.", "deputy mayor of a market town"),
    ("Madame Roux, qui est conseillère départementale du Var, veut un sac.", "conseillère départementale du Var"),
    ("la señora, que es concejala en el ayuntamiento de Getafe, quiere un bolso.", "concejala en el ayuntamiento de Getafe"),
    ("Il cliente è assessore ai trasporti in Provincia, vuole un orologio.", "assessore ai trasporti in Provincia"),
    ("a dona Lúcia é vereadora em Recife, quer um relógio.", "vereadora em Recife"),
    ("Sie ist Stadträtin in Bonn und sucht eine Uhr.", "Stadträtin in Bonn"),
    ("mevrouw is wethouder in Haarlem, ze wil een tas.", "wethouder in Haarlem"),
    ("клиентка является депутатом городской думы, хочет часы.", "депутатом"),
    ("鈴木様は市議会議員をされている方で、時計をご希望。", "市議会議員をされている"),
    ("박 고객님은 시의원이시고, 시계를 보셨어요.", "시의원이시고"),
    ("他是人大代表，想买表。", "人大代表"),
])
def test_an_office_said_with_a_copula_is_politics(text: str, office: str) -> None:
    assert covered(text, office, "POLITICS"), spans_of(text)


@pytest.mark.parametrize("text, readable", [
    ("Sie ist Stadträtin in Bonn und sucht eine Uhr.", "sucht eine Uhr"),
    ("Hij is Kamerlid en zoekt een aktetas.", "zoekt een aktetas"),
    ("la señora es concejala en un pueblo de Toledo, del PSOE, busca un bolso", "pueblo de Toledo"),
])
def test_the_complement_stops_at_the_next_clause_or_before_the_party(text: str, readable: str) -> None:
    assert not covered(text, readable, "POLITICS"), spans_of(text)


@pytest.mark.parametrize("text", [
    "The gift is for the mayor, who is a friend.",
    "She met the senator last week.",
    "Her son is a senator, she likes pearls.",
    "El hijo es mayor de edad, quiere un reloj.",
    "Il regalo è per il sindaco del paese.",
    "Le député est passé hier.",
])
def test_an_office_without_a_copula_or_a_relative_s_stays(text: str) -> None:
    assert predicated_offices(text, []) == []


def test_an_office_inside_another_category_stays_as_it_is() -> None:
    text = "Sie ist Stadträtin in Bonn."
    other = [PiiSpan(text.index("Stadträtin"), text.index("Stadträtin") + 10, "UNION")]
    assert predicated_offices(text, other) == other
