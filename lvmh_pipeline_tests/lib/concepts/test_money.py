"""Lexical money layer: quantities in words and numerals, currencies, default currencies."""

from __future__ import annotations

import math

import pytest

from lvmh_pipeline.lib.concepts.budgets import currencies, money
from lvmh_pipeline.lib.concepts.budgets.amounts import parse_amount
from lvmh_pipeline.lib.concepts.budgets.money import (
    EUR_PER_UNIT, default_currency, find_amount_matches, has_currency_sign, might_hold_currency,
)
from lvmh_pipeline.lib.concepts.budgets.numbers import scan_quantity, to_float


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("5K", 5000), ("3,5 Mio.", 3_500_000), ("2 mila", 2000), ("300 тыс.", 300_000), ("zwei K", 2000),
        ("two grand", 2000), ("a couple of thousand", 2000), ("deux mille cinq cents", 2500), ("tremila", 3000),
        ("duemilacinquecento", 2500), ("fünfundzwanzigtausend", 25_000), ("vijfentwintigduizend", 25_000),
        ("treinta y cinco mil", 35_000), ("vinte e cinco mil", 25_000), ("quatre-vingt mille", 80_000),
        ("half a million", 500_000), ("eine halbe Million", 500_000), ("mezzo milione", 500_000),
        ("due milioni e mezzo", 2_500_000), ("one and a half million", 1_500_000), ("пятьсот тысяч", 500_000),
        ("пятисот тысяч", 500_000), ("полмиллиона", 500_000), ("полтора миллиона", 1_500_000),
        ("خمسة آلاف", 5000), ("ألفين", 2000), ("نصف مليون", 500_000), ("五十万", 500_000), ("三百五十万", 3_500_000),
        ("一千万", 10_000_000), ("2千万", 20_000_000), ("3万5千", 35_000), ("2万5000", 25_000), ("１５０万", 1_500_000),
        ("1,000만", 10_000_000), ("1억 5천만", 150_000_000), ("백만", 1_000_000), ("천만", 10_000_000),
        ("오백만", 5_000_000), ("5천만", 50_000_000), ("٥٠٠٠", 5000),
    ],
)
def test_quantities(text, value):
    quantity = scan_quantity(text, 0, len(text))
    assert quantity is not None and quantity.value == value, quantity
    assert quantity.end == len(text), (text, text[quantity.start : quantity.end])


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("dois e três mil", "dois"),  # a range, not 5 000
        ("5K a month", "5K"),
        ("50万 2人", "50万"),
        ("tres y cuatro mil", "tres"),
    ],
)
def test_quantities_stop_where_the_number_stops(text, span):
    quantity = scan_quantity(text, 0, len(text))
    assert text[quantity.start : quantity.end] == span


@pytest.mark.parametrize("text", ["천천히", "구두", "五十嵐", "un grand sac", "a big bag"])
def test_words_that_are_not_quantities(text):
    quantity = scan_quantity(text, 0, len(text))
    assert quantity is None or not quantity.multiplier


@pytest.mark.parametrize(
    ("number", "value"),
    [("1500", 1500), ("1 500", 1500), ("3.500", 3500), ("8,000", 8000), ("1.5", 1.5), ("2,5", 2.5),
     ("1,500.50", 1500.5), ("1.500,50", 1500.5), ("10\u202f000", 10000), ("5'000", 5000), ("٥٬٠٠٠", 5000)],
)
def test_number_formats(number, value):
    assert to_float(number) == value


@pytest.mark.parametrize(
    ("text", "language", "currency"),
    [
        ("5000 TWD", None, "TWD"), ("NT$5000", None, "TWD"), ("S$ 5000", None, "SGD"), ("5000 riyals", None, "SAR"),
        ("5000 ريال قطري", None, "QAR"), ("5000 KWD", None, "KWD"), ("₹5000", None, "INR"), ("A$5000", None, "AUD"),
        ("5000 dollars canadiens", None, "CAD"), ("R$ 5.000", None, "BRL"), ("5000 pesos mexicanos", None, "MXN"),
        ("5000 baht", None, "THB"), ("5万新台币", "ZH", "TWD"), ("5万港币", "ZH", "HKD"), ("¥5000", "ZH", "CNY"),
        ("¥5000", "JA", "JPY"), ("5000", "JA", "JPY"), ("5000", "KO", "KRW"), ("5000", "ZH", "CNY"),
        ("5000", "RU", "RUB"), ("5000", "AR", "AED"), ("5000", "EN", "EUR"), ("5000", None, "EUR"),
        ("300만", "EN", "KRW"),  # Hangul multiplier in a note of another language
    ],
)
def test_currency_of_an_amount(text, language, currency, monkeypatch):
    monkeypatch.delenv("LVMH_DEFAULT_CURRENCIES", raising=False)
    amount = parse_amount(next(find_amount_matches(text)), language)
    assert amount.currency == currency, amount


def test_default_currency_env_is_read_at_call_time(monkeypatch):
    monkeypatch.setenv("LVMH_DEFAULT_CURRENCIES", "EN=GBP,*=USD")
    assert default_currency("EN") == "GBP" and default_currency(None) == "USD" and default_currency("FR") == "EUR"
    monkeypatch.setenv("LVMH_DEFAULT_CURRENCIES", "")
    assert default_currency("EN") == "EUR" and default_currency(None) == "EUR"


def test_currency_pre_checks():
    assert has_currency_sign("budget 5000€") and has_currency_sign("50万円") and has_currency_sign("300만 원")
    assert not has_currency_sign("원하는 가방") and not has_currency_sign("元気な方")
    assert might_hold_currency("5000 dollars") and might_hold_currency("ユーロで") and might_hold_currency("بالدولار")
    assert not might_hold_currency("Trip to Hong Kong next week")


def test_fast_path_reads_like_the_full_reader():
    texts = [
        "Budget 3-4K flexible", "1500€", "1 500 €", "3.500 € environ", "$8,000 max", "35K+", "€1500", "CHF 5'000",
        "2 000 à 3 300 €", "5.400 a 9.000 euro", "650 euros", "1,100欧元", "17,000元", "6,300,000원", "5K e 2 figli",
        "2 to 3K USD", "13000€+", "15K plus", "HK$16,000", "R$ 25 mil", "5 mila euro", "300 тыс. руб.", "50万円以内",
        "11,000-20,000 درهم", "4至7万元", "2026", "3 à 5 mille euros", "$3K-$5K", "5K de dollars", "20 Tsd. Euro",
        "3K up to 5K", "3K jusqu'à 5K", "2.000 hasta 3.000 €", "5 até 7 mil euros",
    ]

    def read(fast: bool) -> list:
        money._USE_FAST = fast
        try:
            return [
                (m.start, m.end, m.currencies, m.plus, m.suffix, m.q1.value, m.q2 and m.q2.value,
                 tuple(0.0 if math.isnan(x) else x for x in parse_amount(m, "FR")[:2]))
                for text in texts for m in find_amount_matches(text)
            ]
        finally:
            money._USE_FAST = True

    assert read(True) == read(False)


def test_rates_are_positive_and_cover_the_written_currencies():
    codes = set(currencies._CURRENCY_LOOKUP.values())
    assert codes <= set(EUR_PER_UNIT) and all(rate > 0 for rate in EUR_PER_UNIT.values())
