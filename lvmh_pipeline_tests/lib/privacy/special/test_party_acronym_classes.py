"""A party's acronym after the article or preposition of belonging ("es del PP", "è del PD",
"il est au RN", "é do PSD") is POLITICS; the same letters with no such word before them stay
readable (an acronym alone is too ambiguous: "PS" is a postscript, "PP" a size). Sentences
written for this test."""

from __future__ import annotations

import pytest

from lvmh_pipeline_tests.lib.privacy.special.coverage import covered, spans_of


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Su marido es del PP, cuidado con la política.", "PP"),
        ("Marido del PP, ella de Sumar.", "Sumar"),
        ("Il marito è del PD da sempre.", "PD"),
        ("Son mari est au RN.", "RN"),
        ("Encartée chez LR depuis dix ans.", "LR"),
        ("O marido é do PSD.", "PSD"),
    ],
)
def test_an_acronym_after_a_word_of_belonging_is_a_party(text, span):
    assert covered(text, span, "POLITICS"), spans_of(text)


@pytest.mark.parametrize("text", ["Voir PS en bas de la fiche.", "Talla PP en el pedido.", "Réf. RN-204, cuir noir."])
def test_the_letters_alone_stay(text):
    assert not spans_of(text)
