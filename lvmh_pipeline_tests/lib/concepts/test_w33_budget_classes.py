"""Budget classes missed on the `w33` dev notes (found there, written here in our own words):

- an amount said as the range it falls in, "N万円台" / "N만 원대" (in the N-ten-thousands: up to
  the next step of its last digit), but not Taiwan dollars ("台币") nor a Korean word starting with "대";
- Russian slang millions ("лям", "лимон", "полтора ляма") and the millions word said before its
  number word ("миллиона три": about three million), but not "миллион три тысячи";
- the Arabic "upper limit" said with الأعلى as well as الأقصى ("الحد الأعلى", "كحد أعلى") is a cap.
"""

from __future__ import annotations

import math

import pytest

from lvmh_pipeline.lib.concepts.budgets.budget import parse_budget
from lvmh_pipeline_tests.lib.concepts.budget_checks import check_budget

NAN = math.nan


@pytest.mark.parametrize(
    ("language", "text", "low", "high", "currency"),
    [
        ("JA", "ご予算は30万円台で考えているそうです。", 300_000, 400_000, "JPY"),
        ("JA", "予算3万円台のお品を。", 30_000, 40_000, "JPY"),
        ("JA", "予算は150万円台。", 1_500_000, 1_600_000, "JPY"),
        ("KO", "예산은 300만 원대로 생각하세요.", 3_000_000, 4_000_000, "KRW"),
        ("KO", "예산 50만원대.", 500_000, 600_000, "KRW"),
        ("RU", "Бюджет — два лимона рублей максимум.", NAN, 2_000_000, "RUB"),
        ("RU", "Бюджет до 3 лямов.", NAN, 3_000_000, "RUB"),
        ("RU", "Бюджет полтора ляма.", 1_500_000, 1_500_000, "RUB"),
        ("RU", "Бюджет «ну миллиона четыре» рублей.", 4_000_000, 4_000_000, "RUB"),
        ("RU", "Бюджет где-то миллиона три-четыре рублей.", 3_000_000, 4_000_000, "RUB"),
        ("AR", "الحد الأعلى ٣٠ ألف درهم للهدية.", NAN, 30_000, "AED"),
        ("AR", "ميزانيتها كحد أعلى ١٢ ألف ريال.", NAN, 12_000, "SAR"),
    ],
)
def test_decade_ranges_and_slang_millions(language, text, low, high, currency):
    check_budget(language, text, low, high, currency)


@pytest.mark.parametrize(
    ("language", "text", "low", "high"),
    [
        ("JA", "予算は20万円くらい。", 200_000, 200_000),
        ("KO", "예산 200만원 대신 150만원으로.", 1_500_000, 1_500_000),
        ("RU", "Бюджет миллион три тысячи рублей.", 1_003_000, 1_003_000),
    ],
)
def test_no_range_without_its_suffix(language, text, low, high):
    budget = parse_budget(text, language)
    assert budget is not None
    assert budget.max_eur == pytest.approx(budget.min_eur)


def test_a_lemon_is_no_money():
    assert parse_budget("Лимон в чай не класть.", "RU") is None
