"""The assembly a party sits in, right after the party (:mod:`special.offices.assemblies`)."""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.spans import PiiSpan
from lvmh_pipeline.lib.privacy.special.offices.assemblies import assemblies_after_parties
from lvmh_pipeline_tests.lib.privacy.special.coverage import covered, spans_of


def _grown(text: str, party: str, kind: str = "POLITICS") -> list[str]:
    start = text.index(party)
    return [text[s.start : s.end] for s in assemblies_after_parties(text, [PiiSpan(start, start + len(party), kind)])]


@pytest.mark.parametrize("text, party, whole", [
    ("he sits for the Greens on the town council since May", "Greens", "Greens on the town council"),
    ("elle siège pour le MoDem au conseil municipal", "MoDem", "MoDem au conseil municipal"),
    ("er ist für die FDP im Gemeinderat", "FDP", "FDP im Gemeinderat"),
    ("está por Vox en el ayuntamiento de su pueblo", "Vox", "Vox en el ayuntamiento"),
    ("è per la Lega in consiglio regionale", "Lega", "Lega in consiglio regionale"),
    ("ela é do PSDB na câmara municipal", "PSDB", "PSDB na câmara municipal"),
    ("hij zit namens D66 in de gemeenteraad", "D66", "D66 in de gemeenteraad"),
    ("он от ЛДПР в городской думе", "ЛДПР", "ЛДПР в городской думе"),
])
def test_party_takes_its_assembly(text: str, party: str, whole: str) -> None:
    assert _grown(text, party) == [whole]


@pytest.mark.parametrize("text, party, kind", [
    ("votes Greens, works at the town hall", "Greens", "POLITICS"),  # no assembly right after
    ("Greens. In the council chamber we met", "Greens", "POLITICS"),  # across a sentence end
    ("member of Unite in the council depot", "Unite", "UNION"),  # another category
    ("standing for the Greens in the council elections", "Greens", "POLITICS"),  # the election's, no seat
    ("vote pour les Verts au conseil, élections en mars", "Verts", None),
])
def test_no_assembly(text: str, party: str, kind: str | None) -> None:
    if kind is None:  # a seat with an election later in the sentence: the seat still goes with the party
        assert _grown(text, party) == ["Verts au conseil"]
        return
    assert _grown(text, party, kind) == [party]


def test_assembly_alone_stays_readable() -> None:
    text = "she works at the town council offices, wants a watch"
    assert spans_of(text) == []


def test_through_the_detector() -> None:
    text = "la concejala, la señora Ruiz, del PP en el ayuntamiento, quiere discreción"
    assert covered(text, "del PP en el ayuntamiento", "POLITICS"), spans_of(text)
