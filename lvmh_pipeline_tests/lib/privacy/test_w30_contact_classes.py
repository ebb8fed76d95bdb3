"""Contact classes behind the w30 leaks, in our own phrasings: an Italian, Spanish or Portuguese
street written with its street word in lower case ("via Verdi 3, Parma", "calle Mayor 12") is an
address when a capitalised name and a house number follow; "via WhatsApp 2 volte", "via London
2 weeks" stay."""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.addresses import find_addresses


@pytest.mark.parametrize(
    "text, address",
    [
        ("Scheda: Neri Carla | via Cesare Battisti 14, Bergamo | vegetariana", "via Cesare Battisti 14, Bergamo"),
        ("abita in corso Vittorio Emanuele 27, Torino.", "corso Vittorio Emanuele 27, Torino"),
        ("Enviar a calle de Alcalá 88, Madrid.", "calle de Alcalá 88, Madrid"),
        ("Mora na rua Augusta 1500, São Paulo.", "rua Augusta 1500, São Paulo"),
    ],
)
def test_lower_case_street_word_with_a_house_number(text, address):
    assert [text[s.start : s.end] for s in find_addresses(text)] == [address]


@pytest.mark.parametrize(
    "text",
    [
        "L'ha contattata via WhatsApp 2 volte.",
        "Flying via London 2 weeks before the wedding.",
        "Spedito via DHL 3 giorni fa.",
        "Ci vediamo in piazza 2 volte al mese.",
        "Shipped via Dubai 2x last year.",
    ],
)
def test_via_as_a_preposition_stays(text):
    assert find_addresses(text) == []
