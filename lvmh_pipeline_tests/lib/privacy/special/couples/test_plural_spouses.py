"""A plural spouse word of one gender right after a named pair (:mod:`special.couples.plural_spouses`)."""

from __future__ import annotations

import pytest

from lvmh_pipeline_tests.lib.privacy.special.coverage import covered, spans_of


@pytest.mark.parametrize("text, word", [
    ("Clients: Okafor, Ben & Sam (husbands), Leeds", "husbands"),
    ("Client: Priya and Meena, wives, anniversary in June", "wives"),
    ("Clientes: Rui y Tomás (maridos), aniversario", "maridos"),
    ("Clienti: Anna e Sara (mogli), anniversario", "mogli"),
    ("Kunden: [NAME] und [NAME] – Ehefrauen, Jahrestag", "Ehefrauen"),
    ("Clientes: [NAME] e [NAME] (esposas), bodas", "esposas"),
    ("Клиенты: [NAME] и [NAME] (мужья), годовщина", "мужья"),
])
def test_plural_spouse_after_pair(text: str, word: str) -> None:
    assert covered(text, word, "ORIENTATION"), spans_of(text)


@pytest.mark.parametrize("text", [
    "The ladies came without their husbands this time",  # no pair right before
    "Clients: Anna & Marc (spouses), Leeds",  # a plural of mixed gender
    "Clients: Tom and Jerry, wives of the two brothers",  # somebody else's wives
    "Clientes: Ana y Luis (esposos), aniversario",  # a mixed plural
])
def test_no_plural_spouse(text: str) -> None:
    assert not any(kind == "ORIENTATION" for _, kind in spans_of(text)), spans_of(text)
