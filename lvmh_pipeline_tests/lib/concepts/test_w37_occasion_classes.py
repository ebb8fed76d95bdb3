"""Occasion month classes of session 33, in our own phrasings: a holiday named by its date in words
("на первое сентября": the month inside the occasion's own words), a German day-and-month date
before the occasion ("am 3.11. Geburtstag": its last dot does not end the sentence), and an English
month name written in a Chinese, Japanese or Korean note; and what must stay out (a month name that
is also a given name, a price with a dot)."""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.concepts.extraction import extract


def _occasions(text: str, language: str) -> set[tuple[str, int | None]]:
    return {(h.concept, h.month) for h in extract(text, language, "2026-01-15", fixed_months=True)
            if h.category == "occasion" and not h.negated}


@pytest.mark.parametrize(("text", "expected"), [
    ("Цветы и платок маме к восьмому марта.", ("celebration", 3)),
    ("Ранец внучке на первое сентября, без логотипов.", ("celebration", 9)),
])
def test_a_holiday_named_by_its_date_in_words(text, expected):
    assert expected in _occasions(text, "RU"), text


@pytest.mark.parametrize(("text", "expected"), [
    ("Ihr Mann hat am 3.11. Geburtstag, gern eine Uhr.", ("birthday", 11)),
    ("Die Tochter hat am 21.6. Geburtstag.", ("birthday", 6)),
])
def test_a_german_day_and_month_before_the_occasion(text, expected):
    assert expected in _occasions(text, "DE"), text


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("ZH", "太太生日在 October，想看项链。", ("birthday", 10)),
    ("KO", "남편 생일 November 초, 시계 보심.", ("birthday", 11)),
    ("JA", "奥様のお誕生日はJuly、ネックレスを検討。", ("birthday", 7)),
])
def test_an_english_month_in_a_cjk_note(language, text, expected):
    assert expected in _occasions(text, language), text


def test_a_given_name_that_is_a_month_is_no_month_in_a_cjk_note():
    found = _occasions("客户June说太太生日在五月。", "ZH")
    assert ("birthday", 5) in found and ("birthday", 6) not in found


def test_a_price_with_a_dot_is_no_date():
    assert ("birthday", 4) not in _occasions("Budget 3.400. Geburtstag im Mai.", "DE")
