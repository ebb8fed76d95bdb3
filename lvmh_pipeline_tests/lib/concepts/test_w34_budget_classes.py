"""Budget classes of the `w34` misses, in our own words.

- A spoken correction right after an amount with no budget word lets the later amount win ("1点あたり2万円、
  いや2万5千円まで", "about 4,000 euros, sorry, 4,500").
- A range of spelled numbers with an article before each ("tra i tre e i quattromila", "entre los dos y los tres
  mil", "entre os dois e os três mil") shares the second number's unit; so does a German suspended hyphen after
  "so" ("so drei-, vierhundert Euro").
- A Russian range whose first number borrows the second's unit across a comma and a cap word ("сто двадцать, ну
  максимум сто пятьдесят тысяч"); "не больше" after an amount caps it.
- "باوند" is the pound sterling in Arabic notes.
"""

from __future__ import annotations

import math

import pytest

from lvmh_pipeline_tests.lib.concepts.budget_checks import check_budget

NAN = math.nan


@pytest.mark.parametrize(("language", "text", "low", "high", "currency"), [
    ("JA", "1点あたり2万円、いや2万5千円までで。", NAN, 25_000, "JPY"),
    ("FR", "Environ 4 000 euros, pardon, 4 500 euros.", 4_500, 4_500, "EUR"),
    ("IT", "Dice tra i tre e i quattromila euro.", 3_000, 4_000, "EUR"),
    ("ES", "Entre los dos y los tres mil euros.", 2_000, 3_000, "EUR"),
    ("PT", "Entre os dois e os três mil euros.", 2_000, 3_000, "EUR"),
    ("DE", "Eine Kette, so drei-, vierhundert Euro.", 300, 400, "EUR"),
    ("RU", "Бюджет сто двадцать, ну максимум сто пятьдесят тысяч.", 120_000, 150_000, "RUB"),
    ("RU", "Бюджет 80 тысяч, не больше.", NAN, 80_000, "RUB"),
    ("AR", "الميزانية ٢٠ ألف باوند.", 20_000, 20_000, "GBP"),
])
def test_w34_budget_classes(language, text, low, high, currency):
    check_budget(language, text, low, high, currency)


@pytest.mark.parametrize(("language", "text", "low", "high", "currency"), [
    ("IT", "Ha preso 3000 euro e i gemelli li paga lui.", 3_000, 3_000, "EUR"),
    ("FR", "Budget « vers les quatre mille euros, pas plus de cinq ».", 4_000, 5_000, "EUR"),
])
def test_an_article_or_cap_word_beside_no_second_number_changes_nothing(language, text, low, high, currency):
    check_budget(language, text, low, high, currency)
