"""The generation told right after an origin joins the origin's span (session 45,
:mod:`lvmh_pipeline.lib.privacy.special.contexts.origin.generations`). Phrasings written for this test."""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.spans import PiiSpan
from lvmh_pipeline.lib.privacy.special.contexts.origin.generations import origin_generations
from lvmh_pipeline_tests.lib.privacy.special.coverage import spans_of, whole


@pytest.mark.parametrize("text, origin", [
    ("Herr K., Deutsch-Grieche der dritten Generation, sucht eine Uhr.", "Deutsch-Grieche der dritten Generation"),
    ("Sig.ra T. (comunità etiope di Milano, terza generazione), cerca una borsa.",
     "comunità etiope di Milano, terza generazione"),
    ("es de origen coreano, segunda generación, busca un reloj.", "origen coreano, segunda generación"),
    ("Клиентка армянка в третьем поколении, хочет серьги.", "армянка в третьем поколении"),
])
def test_a_generation_after_an_origin_joins_it(text: str, origin: str) -> None:
    assert whole(text, origin, "ORIGIN"), spans_of(text)


def test_the_rule_on_given_spans() -> None:
    text = "Kunde, Deutsch-Grieche der dritten Generation."
    start = text.index("Deutsch")
    got = origin_generations(text, [PiiSpan(start, start + len("Deutsch-Grieche"), "ORIGIN")])
    assert got == [PiiSpan(start, len(text) - 1, "ORIGIN")]


@pytest.mark.parametrize("text, spans", [
    ("Die zweite Generation des Modells ist da.", []),  # no origin: the product's generation
    ("Deutsch-Grieche. Die dritten Generation fehlt.", [PiiSpan(0, 15, "ORIGIN")]),  # another sentence
    ("Deutsch-Grieche, Vegetarier, Kunde seit Jahren, zweiten Generation", [PiiSpan(0, 15, "ORIGIN")]),  # too far
    ("Stadtrat der zweiten Generation", [PiiSpan(0, 8, "POLITICS")]),  # not an origin
])
def test_a_generation_without_its_origin_stays(text: str, spans: list[PiiSpan]) -> None:
    assert origin_generations(text, spans) == spans


def test_a_generation_alone_is_no_origin_for_the_learned_tagger():
    from lvmh_pipeline.lib.privacy.special.contexts.origin.generations import is_generation

    assert is_generation("quarta generazione") and is_generation("Generation") and is_generation("第三代")
    assert not is_generation("armenian third generation") and not is_generation("famiglia")


def test_a_family_firm_in_its_third_generation_keeps_its_words():
    from lvmh_pipeline.lib.privacy.pseudonymize import pseudonymize

    text = "Il figlio guida la cantina di famiglia, ormai alla quarta generazione, e cerca un orologio."
    assert pseudonymize(text, language="IT").text == text





def test_the_learned_tagger_drops_a_generation_only_where_no_origin_comes_before_it():
    from lvmh_pipeline.lib.privacy.spans import PiiSpan
    from lvmh_pipeline.lib.privacy.special.learned.tagger import generation_alone

    firm = "Dirige l'azienda di famiglia, terza generazione."
    at = firm.index("terza")
    assert generation_alone(firm, at, at + len("terza generazione"), [])
    person = "Cliente nikkei, terceira geração, procura um relógio."
    at = person.index("terceira")
    assert not generation_alone(person, at, at + len("terceira geração"), [PiiSpan(8, 14, "ORIGIN")])
    redacted = "Cliente [ORIGIN], terceira geração, procura um relógio."
    at = redacted.index("terceira")
    assert not generation_alone(redacted, at, at + len("terceira geração"), [])
    assert not generation_alone(firm, 0, 7, [])  # "Dirige": no generation phrase
