"""Classes of concept misses found on the w29 dev notes, each with our own phrasings: budgets
(per-item amounts followed by the total, caps said after the amount), and the classes below."""

from __future__ import annotations

import math

import pytest

from lvmh_pipeline.lib.concepts.budgets.budget import find_budget
from lvmh_pipeline.lib.concepts.budgets.currencies import EUR_PER_UNIT

# (language, text, (min, max) in the note's currency, currency); None = no bound
BUDGETS = [
    # per-item amount, then the total: the total is the budget
    ("EN", "Wants five notebooks, roughly £90 per gift, so £450 overall.", (450, 450), "GBP"),
    ("AR", "يريد أقلام للموظفين، 300 ريال للقلم الواحد، يعني 3 آلاف إجمالي.", (3000, 3000), "SAR"),
    ("AR", "تريد ست هدايا، كل هدية حوالي 2 آلاف درهم والمجموع لا يتجاوز 10 آلاف.", (None, 10000), "AED"),
    ("IT", "Dieci agende, circa 80 € cad., totale 800 €.", (800, 800), "EUR"),
    ("JA", "記念品を20個、1個5千円、合計10万円。", (100000, 100000), "JPY"),
    ("JA", "取引先向け、1点あたり2万円、総額30万円。", (300000, 300000), "JPY"),
    ("KO", "기념품 1인당 10만원 × 30명 = 총 300만원.", (3000000, 3000000), "KRW"),
    ("ZH", "要定制30个礼品，每个500元以内，总共不超过2万。", (None, 20000), "CNY"),
    # a cap said after the amount / before it
    ("AR", "يبحث عن ساعة، بحدود 9000 ريال لا أكثر.", (None, 9000), "SAR"),
    ("DE", "Sucht Manschettenknöpfe, obere Grenze 3'000 CHF.", (None, 3000), "CHF"),
    # an approximate amount, then how far the client may go, a clause later
    ("EN", "Told him around USD 5k, he was fine with up to 6.", (5000, 6000), "USD"),
]


def _eur(value, currency):
    return math.nan if value is None else value * EUR_PER_UNIT[currency]


@pytest.mark.parametrize(("language", "text", "expected", "currency"), BUDGETS)
def test_w29_budget_class(language, text, expected, currency):
    budget = find_budget(text, language)
    assert budget is not None, text
    for got, want in zip((budget.min_eur, budget.max_eur), expected):
        want = _eur(want, currency)
        assert (math.isnan(got) and math.isnan(want)) or got == pytest.approx(want, rel=0.01), (text, budget)


def test_a_per_item_amount_alone_stays_the_budget():
    budget = find_budget("Looking at a tote, around £800 each for the two nieces.", "EN")
    assert budget is not None and budget.max_eur == pytest.approx(800 * EUR_PER_UNIT["GBP"], rel=0.01)


def _occasions(text, language):
    from lvmh_pipeline.lib.concepts.extraction import extract

    return {(h.concept, h.month) for h in extract(text, language, fixed_months=True) if h.category == "occasion"}


def _allergies(text, language):
    from lvmh_pipeline.lib.concepts.extraction import extract

    return {h.concept for h in extract(text, language) if h.category == "allergy" and not h.negated}


@pytest.mark.parametrize(("language", "text", "expected"), [
    # a month of the lunar calendar is no month of the year
    ("ZH", "周年纪念在农历七月初七，想送一条项链。", {("wedding_anniversary", None)}),
    ("KO", "아버님 칠순 잔치, 음력 9월 9일에 하신대요.", {("birthday", None)}),
    # a holiday or a one-off event already past is no occasion to plan for
    ("AR", "اشتروا بيتاً جديداً وانتقلوا إليه في رمضان اللي فات، يريدون هدية للبيت.", set()),
    ("AR", "بدأت وظيفة جديدة الشهر الماضي وتريد ساعة لنفسها.", set()),
    ("EN", "She picked up the bracelet for Easter last time, now wants earrings.", set()),
    ("JA", "前回はクリスマスのプレゼント（マフラー）をお買い上げ。今回はご自身用。", set()),
    ("ZH", "上次买了母亲节的礼物，这次给自己买。", set()),
])
def test_w29_occasion_class(language, text, expected):
    assert _occasions(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # a perfume liked before a "but" is no allergen of the allergy word after it
    ("AR", "تعشق العطور الفرنسية لكن عندها حساسية من الفول السوداني.", {"peanut"}),
    # a material done without, then "allergic anyway": the allergy is to it
    ("EN", "Only silk for her, no wool, he is allergic anyway.", {"wool_allergy"}),
])
def test_w29_allergy_class(language, text, expected):
    assert _allergies(text, language) == expected
