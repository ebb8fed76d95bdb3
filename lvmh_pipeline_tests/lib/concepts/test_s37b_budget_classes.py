"""Budget classes of session 37 (second round), in our own phrasings: a Korean amount corrected in speech ("한
삼백? 아 삼백에서 사백", "한 이백, 아니 삼백", "200 아 아니 400": the later amount wins, counted in 만 like the first),
and a Levantine hundred ("مية") opening a spelled amount ("مش أكتر من مية وعشرين دولار")."""

from __future__ import annotations

import math

import pytest

from lvmh_pipeline_tests.lib.concepts.budget_checks import check_budget

NAN = math.nan


@pytest.mark.parametrize(("text", "low", "high"), [
    ("예산은 음 한 삼백? 아 삼백에서 사백 사이요.", 3_000_000, 4_000_000),
    ("예산은 한 이백, 아니 삼백.", 3_000_000, 3_000_000),
    ("예산 200 아 아니 400이요.", 4_000_000, 4_000_000),
    ("예산 300, 아내분이 고르실 거예요.", 3_000_000, 3_000_000),
])
def test_korean_spoken_corrections(text, low, high):
    check_budget("KO", text, low, high, "KRW")


@pytest.mark.parametrize(("text", "low", "high"), [
    ("كل هدية مش أكتر من مية وعشرين دولار.", NAN, 120),
    ("الميزانية للقطعة الوحدة مش أكتر من مية وتسعين دولار.", NAN, 190),
])
def test_levantine_hundreds(text, low, high):
    check_budget("AR", text, low, high, "USD")
