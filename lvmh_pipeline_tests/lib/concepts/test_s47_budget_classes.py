"""Budget classes of session 47 (the w51 failures, fixed by class; every sentence was written for this test):

- a per-item price in Russian "за единицу" / "на человека" followed by the total: the total is the budget;
- a correction that names another currency, said as a report ("poi ha corretto e ha detto …", "then corrected
  himself and said …") or with a spoken Chinese "不是": the later amount, without the first one's bound;
- two spoken Korean amounts side by side ("삼백 삼백오십 정도"): a range counted in 만; tens read ("이백오십");
- a euro figure said as the equivalent of a foreign budget ("…원, 유로로 치면 …유로"): the euro figure;
- the boutique's place in a note of any language but English ("boutique à Genève", "فرع الدوحة", "铜锣湾店"): its
  currency, not the client's home; in English, a delivery by the boutique to an address in a named town.
"""

from __future__ import annotations

import math

import pytest

from lvmh_pipeline.lib.concepts.budgets.budget import find_budget
from lvmh_pipeline.lib.concepts.budgets.context.euro_equivalent import euro_equivalent
from lvmh_pipeline.lib.concepts.budgets.note_currency import delivered_to
from lvmh_pipeline.lib.concepts.budgets.numbers.won_units import korean_forms
from lvmh_pipeline.lib.concepts.budgets.shop_places import shop_currency, shop_places
from lvmh_pipeline_tests.lib.concepts.budget_checks import check_budget

NAN = math.nan


@pytest.mark.parametrize(
    ("language", "text", "low", "high", "currency"),
    [
        # per item, then the total
        ("RU", "Бюджет: 40 000 ₽ за единицу, всего около 400 тыс.", 400_000, 400_000, "RUB"),
        ("RU", "Бюджет 25 тыс. рублей на человека, итого 250 тыс.", 250_000, 250_000, "RUB"),
        # corrections naming another currency
        ("IT", "Budget massimo tre milioni di yen, poi ha corretto e ha detto ventimila euro.", 20_000, 20_000, "EUR"),
        ("EN", "Budget up to five thousand dollars, then corrected himself and said four thousand euros.", 4_000, 4_000, "EUR"),
        ("FR", "Budget 8000 euros, puis elle a corrigé et a dit 9000 euros.", 9_000, 9_000, "EUR"),
        ("ES", "Presupuesto hasta un millón de yenes, luego se corrigió y dijo ocho mil euros.", 8_000, 8_000, "EUR"),
        ("NL", "Budget tot een miljoen yen, toen corrigeerde ze zich en zei achtduizend euro.", 8_000, 8_000, "EUR"),
        ("RU", "Бюджет до миллиона иен, потом поправилась и сказала восемь тысяч евро.", 8_000, 8_000, "EUR"),
        ("ZH", "预算 五万欧 不是 五万人民币 可以商量", 50_000, 50_000, "CNY"),
        # the same currency keeps the bound ("max …, no, …")
        ("EN", "Budget max 600 dollars, no, 900 dollars.", NAN, 900, "USD"),
        # Korean amounts side by side
        ("KO", "예산은 어 삼백 삼백오십 정도 생각하세요", 3_000_000, 3_500_000, "KRW"),
        ("KO", "예산은 한 사백오십 정도요", 4_500_000, 4_500_000, "KRW"),
        ("KO", "예산은 육백 아니 육백오십만 원 이내로", NAN, 6_500_000, "KRW"),
        # a euro equivalent
        ("KO", "예산은 오백만 원, 유로로 치면 삼천오백 유로쯤이래요.", 3_500, 3_500, "EUR"),
        ("DE", "Budget 6.000 Dollar, umgerechnet etwa 5.500 Euro.", 5_500, 5_500, "EUR"),
        ("JA", "予算は80万円、ユーロで5000ユーロくらい。", 5_000, 5_000, "EUR"),
        ("RU", "Бюджет 500 тысяч рублей, в евро примерно пять тысяч евро.", 5_000, 5_000, "EUR"),
        # the boutique's place
        ("FR", "Budget 12 000 environ, vu à notre boutique de Genève.", 12_000, 12_000, "CHF"),
        ("IT", "Cliente abituale, qui da noi a Lugano, budget tremila.", 3_000, 3_000, "CHF"),
        ("AR", "الميزانية حوالي عشرين ألف، إحنا بفرع الدوحة.", 20_000, 20_000, "QAR"),
        ("ZH", "预算两万左右，在铜锣湾店看的。", 20_000, 20_000, "HKD"),
        ("RU", "Бюджет около 30 тыс., бутик в Дубае.", 30_000, 30_000, "AED"),
        ("EN", "Please courier the box to her flat in Kensington, budget around 6k.", 6_000, 6_000, "GBP"),
    ],
)
def test_s47_budget_classes(language: str, text: str, low: float, high: float, currency: str) -> None:
    check_budget(language, text, low, high, currency)


@pytest.mark.parametrize(
    ("language", "text", "low", "high", "currency"),
    [
        # a per-item price with a count but no total stays the budget
        ("RU", "Бюджет 40 000 ₽ за единицу, нужно 10 штук.", 40_000, 40_000, "RUB"),
        # "不是" that corrects nothing
        ("ZH", "预算五万，不是问题", 50_000, 50_000, "CNY"),
        # a lone Hangul amount and two in falling order are no range
        ("KO", "예산은 한 삼백 정도", 3_000_000, 3_000_000, "KRW"),
        # a euro amount that is no equivalent (no conversion word) does not replace the budget
        ("EN", "Budget $5,000, and she also spent 3000 euros last time.", 5_000, 5_000, "USD"),
        # where the client lives or comes from is not the boutique
        ("FR", "Client de Genève, budget 5000.", 5_000, 5_000, "EUR"),
        ("ZH", "她住在香港，预算五万", 50_000, 50_000, "CNY"),
        ("EN", "Banker from London who lives in Kensington, budget 5K.", 5_000, 5_000, "EUR"),
        # a currency written in the note wins over the boutique's place
        ("FR", "Budget 5000 euros, boutique de Genève.", 5_000, 5_000, "EUR"),
        # boutiques of two currencies cancel out
        ("FR", "Vu à la boutique de Genève puis à la boutique de Londres, budget 5000.", 5_000, 5_000, "EUR"),
    ],
)
def test_s47_budget_negatives(language: str, text: str, low: float, high: float, currency: str) -> None:
    check_budget(language, text, low, high, currency)


def test_korean_side_by_side_rewrite_keeps_length() -> None:
    text = "예산은 어 이백 이백오십 정도"
    rewritten = korean_forms(text)
    assert len(rewritten) == len(text) and "~" in rewritten
    assert "~" not in korean_forms("예산은 한 오백 삼백 정도")  # falling: no range
    assert korean_forms("사이백") == "사이백"  # inside a word


def test_shop_places_need_a_shop_word() -> None:
    assert shop_places("boutique rue de la Corraterie, Genève") == {"CHF"}
    assert shop_places("Elle habite à Genève.") == set()
    assert shop_places("我们乌节路这家店") == {"SGD"}


def test_shop_currency_leaves_english_and_marked_notes() -> None:
    budget = find_budget("Budget 5000, Geneva boutique.", "FR")
    assert shop_currency(None, "", "FR", "") is None
    assert shop_currency(budget, "Budget 5000, Geneva boutique.", "EN", "budget 5000, geneva boutique.") is budget
    assert shop_currency(budget, "Budget 5000, Geneva boutique.", "FR", "budget 5000 euros, geneva boutique.") is budget
    assert shop_currency(budget, "Budget 5000, Geneva boutique.", "FR", "budget 5000, geneva boutique.").currency == "CHF"


def test_delivered_to_reads_the_place_after_a_delivery_word() -> None:
    assert delivered_to("we will deliver it to the house in Chelsea next week") == {"GBP"}
    assert delivered_to("she lives in Chelsea") == set()
    assert delivered_to("deliver on Monday. She grew up in Chelsea.") == set()  # another sentence


def test_euro_equivalent_needs_a_cue_and_a_close_value() -> None:
    text = "Budget 4.000 Dollar, umgerechnet 40.000 Euro."
    budget = find_budget(text, "DE")
    assert budget.currency == "USD"  # ten times the conversion: no equivalent
    assert euro_equivalent(None, text, "DE") is None
