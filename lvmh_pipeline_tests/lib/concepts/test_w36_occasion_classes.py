"""Occasion classes read on the w36 notes (session 32), in our own phrasings: Russian abbreviated
months ("в сент.", "7 янв.", "3 апр."), a wedding counted in years in the Russian genitive ("40 лет
свадьбы"), and an abbreviated anniversary before the marriage word ("anniv. matrimonio")."""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.concepts.extraction import extract


def _occasions(text: str, language: str) -> set[tuple[str, int | None]]:
    return {(h.concept, h.month) for h in extract(text, language, "2026-01-15", fixed_months=True)
            if h.category == "occasion" and not h.negated}


@pytest.mark.parametrize(("text", "expected"), [
    ("Юбилей отца в окт., часы.", ("birthday", 10)),
    ("свадьба сына 12 июн., запонки", ("wedding", 6)),
    ("годовщина свадьбы — нояб.", ("wedding_anniversary", 11)),
    ("день рождения жены к дек.", ("birthday", 12)),
])
def test_russian_abbreviated_months(text, expected):
    assert expected in _occasions(text, "RU"), text


@pytest.mark.parametrize(("text", "expected"), [
    ("Им в марте тридцать лет свадьбы.", ("wedding_anniversary", 3)),
    ("25 лет свадьбы родителей, в августе.", ("wedding_anniversary", 8)),
])
def test_years_of_wedding_in_the_russian_genitive(text, expected):
    assert expected in _occasions(text, "RU"), text


def test_a_wedding_in_the_future_stays_a_wedding():
    assert ("wedding", None) in _occasions("Через два года свадьба внучки.", "RU")


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Per il 35° anniv. matrimonio, a marzo, un anello.", "IT", ("wedding_anniversary", 3)),
    ("Anniv. di matrimonio dei genitori in aprile.", "IT", ("wedding_anniversary", 4)),
])
def test_an_abbreviated_anniversary_before_the_marriage_word(text, language, expected):
    assert expected in _occasions(text, language), text


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Д.р. дочери 9 окт., серьги.", "RU", ("birthday", 10)),
    ("Kerstgeschenken voor de familie, budget 3k.", "NL", ("christmas", 12)),
])
def test_abbreviated_birthday_and_dutch_christmas_gifts(text, language, expected):
    assert expected in _occasions(text, language), text
