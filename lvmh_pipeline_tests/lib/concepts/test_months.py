"""Month mentions: names with their day, numeric dates, written holiday dates."""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.common.text import normalize
from lvmh_pipeline.lib.concepts.occasions.months import date_of, find_months


def months_near_all(text: str, language: str | None) -> list[tuple[int, int | None]]:
    nt = normalize(text)
    return [(m.month, m.day) for m in find_months(nt, language, near=[(0, len(nt.folded))])]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("FR", "le 12/03", [(3, 12)]),
        ("FR", "le 2/11", [(11, 2)]),  # single digits after an article
        ("DE", "am 31.12.", [(12, 31)]),
        ("DE", "am 14.02.2026", [(2, 14)]),
        ("EN", "on 05/14", [(5, 14)]),  # the day-first reading is impossible
        ("EN", "2026-07-14", [(7, 14)]),
        ("JA", "3/15に", [(3, 15)]),  # month first in JA/ZH/KO
        ("DE", "am 14. Februar", [(2, 14)]),
        ("RU", "12 марта", [(3, 12)]),
        ("PT", "15 de março", [(3, 15)]),
        ("EN", "the 3rd of march", [(3, 3)]),
        ("EN", "March 8th", [(3, 8)]),
        ("JA", "3月15日", [(3, 15)]),
        ("KO", "3월 15일", [(3, 15)]),
        ("AR", "١٥ مارس", [(3, 15)]),
        ("EN", "end of may", [(5, None)]),
        ("EN", "mid-may", [(5, None)]),
    ],
)
def test_dates_and_days(language, text, expected):
    assert months_near_all(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("EN", "Budget 3.5K, size 2/3, 3-4K, 1.500 €, 3.400 euros."),
        ("EN", "She may come back, they march on."),
        ("FR", "Tél. 06.12.34.56.78"),
        ("EN", "Open 10.30 to 19.45"),
    ],
)
def test_numbers_that_are_not_dates(language, text):
    assert months_near_all(text, language) == []


def test_numeric_dates_are_read_only_near_the_given_spans():
    nt = normalize("Anniversaire. " + "x " * 80 + "le 12/03.")
    assert find_months(nt, "FR", near=[(0, 12)]) == []
    assert [m.month for m in find_months(nt, "FR", near=[(len(nt.folded) - 12, len(nt.folded))])] == [3]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("8 марта", (3, 8)), ("23 февраля", (2, 23)), ("14. Februar", (2, 14)), ("February 14th", (2, 14)),
     ("2月14日", (2, 14)), ("12월 25일", (12, 25)), ("٨ مارس", (3, 8)), ("March 2026", None), ("mars", None)],
)
def test_date_of(text, expected):
    assert date_of(text) == expected
