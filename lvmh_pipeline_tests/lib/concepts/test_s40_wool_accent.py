"""Portuguese "lã" (wool) folds to "la", like "lá" (there), the article of three other languages: the
material is matched with its accent only, so "vai lá amanhã" is no wool preference."""

import pytest

from lvmh_pipeline.lib.concepts.extraction import extract


@pytest.mark.parametrize(
    ("text", "language", "wool"),
    [
        ("Vai lá amanhã buscar a bolsa.", "PT", False),
        ("Ela mora lá perto do shopping.", "PT", False),
        ("Gosta de casaco de lã, cinza.", "PT", True),
        ("Lã merino para o marido.", "PT", True),
        ("Compra las bolsas para la fiesta.", "ES", False),
    ],
)
def test_wool_in_portuguese_needs_its_accent(text: str, language: str, wool: bool) -> None:
    assert ("wool" in {h.concept for h in extract(text, language)}) is wool
