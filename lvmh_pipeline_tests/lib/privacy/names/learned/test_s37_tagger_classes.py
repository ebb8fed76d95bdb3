"""Session 37: a preposition that is also a name particle does not open a name at the start of a
sentence ("Von Gummihandschuhen bekommt sie …"); a particle inside a sentence still may."""

import pytest

from lvmh_pipeline.lib.privacy.names.learned.tagger import learned_names


@pytest.mark.parametrize(
    "text",
    [
        "Von Haushaltshandschuhen bekommt sie Bläschen an den Fingern.",
        "Termin verschoben. Vom Juwelier gegenüber kam keine Antwort.",
        "Zur Hochzeitsfeier bringt er Champagner mit.",
    ],
)
def test_a_preposition_opening_a_sentence_opens_no_name(text: str) -> None:
    assert [text[s.start : s.end] for s in learned_names(text) if text[s.start : s.end].split()[0] in {"Von", "Vom", "Zur"}] == []
