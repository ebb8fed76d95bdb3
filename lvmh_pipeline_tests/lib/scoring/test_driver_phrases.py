"""The words drivers are written with (lib/scoring/driver_phrases.py)."""

import pytest

from lvmh_pipeline.lib.scoring import driver_phrases
from lvmh_pipeline.lib.scoring.driver_phrases import concept_words, duration_words


@pytest.mark.parametrize(("days", "words"), [
    (0, "0 days"), (1, "1 day"), (13, "13 days"), (14, "2 weeks"), (59, "8 weeks"), (60, "2 months"),
    (270, "9 months"), (364, "12 months"), (500, "16 months"), (800, "2 years"), (1200, "3 years"),
])
def test_duration_words(days, words):
    assert duration_words(days) == words


def test_concept_labels_with_their_own_spelling():
    assert concept_words("cote_d_azur", "travel") == "the Côte d'Azur"


def test_module_is_pure():
    """No I/O or heavy imports: only the standard library."""
    source = open(driver_phrases.__file__, encoding="utf-8").read()
    imports = {line.split()[1].split(".")[0] for line in source.splitlines()
               if line.startswith(("import ", "from "))}
    assert imports <= {"__future__", "math", "re", "collections"}
