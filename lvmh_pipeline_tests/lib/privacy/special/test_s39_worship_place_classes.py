"""Session 39: a faith's span that ends on a place of worship takes the place's name after it, after a
genitive too ("la [iglesia de San Ginés]", "[chiesa di San Marco]"): once places of worship stopped
being read as person names ("Sé de Braga"), their names stayed readable after a redacted "igreja"."""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.special.edges import trim_edges
from lvmh_pipeline.lib.privacy.spans import PiiSpan
from lvmh_pipeline_tests.lib.privacy.special.coverage import spans_of, whole


@pytest.mark.parametrize("text, span", [
    ("muy devota, reza cada mañana en la iglesia de San Ginés.", "iglesia de San Ginés"),
    ("Molto praticante, ogni domenica alla chiesa di Santa Maria Novella.", "chiesa di Santa Maria Novella"),
])
def test_a_place_of_worship_keeps_its_name_in_the_span(text, span):
    assert whole(text, span, "RELIGION"), spans_of(text)


@pytest.mark.parametrize("text, word, name", [
    ("vai sempre à igreja do Bonfim", "igreja", "igreja do Bonfim"),
    ("prays at the mosque of Sultan Ahmed", "mosque", "mosque of Sultan Ahmed"),
    ("va à la cathédrale Saint-Louis le dimanche", "cathédrale", "cathédrale Saint-Louis"),
    ("geht in die Kirche St. Marien", "Kirche", "Kirche St. Marien"),
    ("ходит в храм Христа Спасителя", "храм", "храм Христа Спасителя"),
])
def test_the_name_after_the_place_joins_a_religion_span(text, word, name):
    start = text.index(word)
    (span,) = trim_edges(text, [PiiSpan(start, start + len(word), "RELIGION")])
    assert text[span.start : span.end] == name


@pytest.mark.parametrize("text, word", [
    ("va a misa en la iglesia con su madre", "iglesia"),  # no name after the place
    ("wedding at the church. Budget 5k", "church"),
    ("aktiv in der Gemeinde Bad Homburg", "Gemeinde"),  # a municipality as often as a parish
])
def test_a_place_without_a_name_stays_as_it_is(text, word):
    start = text.index(word)
    (span,) = trim_edges(text, [PiiSpan(start, start + len(word), "RELIGION")])
    assert (span.start, span.end) == (start, start + len(word))


def test_a_health_span_on_a_place_word_does_not_grow():
    text = "after surgery at the clinic Saint-Luc"
    start = text.index("surgery")
    (span,) = trim_edges(text, [PiiSpan(start, start + len("surgery"), "HEALTH")])
    assert text[span.start : span.end] == "surgery"
