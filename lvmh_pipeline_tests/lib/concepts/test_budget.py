"""Budget parsing: formats, currencies, ranges, flexibility, 12 languages, non-budget traps."""

from __future__ import annotations

import math

import pytest

from lvmh_pipeline.lib.concepts.budgets.budget import parse_budget
from lvmh_pipeline.lib.concepts.budgets.money import EUR_PER_UNIT, to_float
from lvmh_pipeline_tests.lib.concepts.budget_checks import close as _close

NAN = math.nan


CASES = [
    # (language, text, min, max, flexible)
    ("FR", "Budget 3-4K flexible si pièce exceptionnelle.", 3000, 4000, True),
    ("FR", "Budget 1500€.", 1500, 1500, False),
    ("FR", "Budget 1 500 € pour un cadeau.", 1500, 1500, False),
    ("FR", "Budget 3.500 € environ.", 3500, 3500, False),
    ("FR", "Budget total 10K pour 5-6 pièces variées.", 10000, 10000, False),
    ("FR", "Budget combiné 20K très flexible.", 20000, 20000, True),
    ("FR", "Budget 4K environ. Style moderne.", 4000, 4000, False),
    ("FR", "Budget de 3 à 4K, modulable.", 3000, 4000, True),
    ("EN", "Budget around 5K, wants something durable.", 5000, 5000, False),
    ("EN", "Combined budget exceptionally generous 35K+.", 35000, NAN, False),
    ("EN", "Budget extremely flexible, discussed 40K+ for initial purchases.", 40000, NAN, True),
    ("EN", "Budget 10-20K.", 10000, 20000, False),
    ("EN", "Budget over 20K.", 20000, NAN, False),
    ("EN", "Budget up to 5K.", NAN, 5000, False),
    ("EN", "Gift for his wife, $8,000 max.", NAN, 7360, False),  # "max" after the amount caps it
    ("EN", "Looking at a £3K watch.", 3510, 3510, False),
    ("EN", "Budget HK$ 20,000 for the trip.", 2360, 2360, False),
    ("EN", "Budget CHF 5000.", 5250, 5250, False),
    ("EN", "Budget ¥500,000 in Tokyo.", 3100, 3100, False),
    ("EN", "Budget USD 8000, open.", 7360, 7360, True),
    ("IT", "Budget combinato circa 12K.", 12000, 12000, False),
    ("IT", "Budget flessibile 16K discusso.", 16000, 16000, True),
    ("IT", "Budget aperto circa 15K oggi.", 15000, 15000, True),
    ("IT", "Budget 5 mila euro.", 5000, 5000, False),
    ("ES", "Presupuesto 6K aproximado.", 6000, 6000, False),
    ("ES", "Presupuesto amplio 8-10K, quiere algo único.", 8000, 10000, False),
    ("ES", "Presupuesto de 5 mil euros, flexible.", 5000, 5000, True),
    ("ES", "Presupuesto muy generoso 22K+ flexible.", 22000, NAN, True),
    ("ES", "Presupuesto más de 6K.", 6000, NAN, False),
    ("DE", "Budget um 5K flexibel.", 5000, 5000, True),
    ("DE", "Budget zusammen 8-10K.", 8000, 10000, False),
    ("DE", "Budget 3.500 € für die Tochter.", 3500, 3500, False),
    ("DE", "Budget bis zu 7 Tausend Euro.", NAN, 7000, False),
    ("PT", "Orçamento de 5 mil euros, flexível.", 5000, 5000, True),
    ("PT", "Orçamento 12K.", 12000, 12000, False),
    ("NL", "Budget rond 5K, flexibel.", 5000, 5000, True),
    ("NL", "Budget tussen 3 en 4K.", 3000, 4000, False),
    ("RU", "Бюджет около 500 тыс. рублей.", 5000, 5000, False),
    ("RU", "Бюджет 5000 евро, гибкий.", 5000, 5000, True),
    ("JA", "予算は50万円。", 3100, 3100, False),
    ("JA", "予算100万円以上。", 6200, NAN, False),
    ("KO", "예산 500만원.", 3400, 3400, False),
    ("KO", "예산은 300만 원 정도, 유연함.", 2040, 2040, True),
    ("ZH", "预算5万元，灵活。", 6500, 6500, True),
    ("ZH", "预算3-4万元。", 3900, 5200, False),
    ("AR", "الميزانية 5000 دولار.", 4600, 4600, False),
    ("AR", "الميزانية 20000 درهم مرنة.", 5000, 5000, True),
]


@pytest.mark.parametrize(("language", "text", "low", "high", "flexible"), CASES)
def test_budget_formats(language, text, low, high, flexible):
    budget = parse_budget(text, language)
    assert budget is not None, text
    assert _close(budget.min_eur, low), (text, budget)
    assert _close(budget.max_eur, high), (text, budget)
    assert budget.flexible is flexible, (text, budget)
    assert text[budget.start : budget.end] == budget.evidence


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("EN", "We have no budget limit for this client."),
        ("EN", "Unlimited budget, money is no object."),
        ("FR", "Budget illimité pour le mariage."),
        ("ES", "Presupuesto sin límite."),
        ("IT", "Budget senza limiti."),
        ("DE", "Budget unbegrenzt."),
        ("PT", "Orçamento sem limite."),
        ("NL", "Budget onbeperkt."),
        ("RU", "Бюджет без ограничений."),
        ("JA", "予算は無制限。"),
        ("KO", "예산 무제한."),
        ("ZH", "预算无上限。"),
        ("AR", "الميزانية غير محدودة."),
    ],
)
def test_unlimited_budgets(language, text):
    budget = parse_budget(text, language)
    assert budget is not None and budget.unlimited and not budget.flexible
    assert math.isnan(budget.min_eur) and math.isnan(budget.max_eur)
    assert not budget.has_amount


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("FR", "Mme Laurent, avocate affaires 45 ans, cliente depuis 2015."),
        ("ES", "Viene con novia influencer 400K seguidores Instagram."),
        ("EN", "Very active social media 500K followers, 2M views."),
        ("DE", "Tochter 28 Jahre, Sohn 25 Jahre, seit 2019 Kunde."),
        ("IT", "Sono 3 figli e 5 nipoti, 200 ospiti al matrimonio."),
        ("FR", "Budget pour 2 personnes à définir."),
        ("EN", "Budget 2026 to be discussed."),
        ("EN", "Around 5K people attend the gala."),
        ("JA", "予算は未定。"),
        ("ZH", "她有3个孩子。"),
        ("EN", ""),
    ],
)
def test_not_budgets(language, text):
    assert parse_budget(text, language) is None


def test_first_budget_statement_wins_over_later_amounts():
    budget = parse_budget("Budget 5K. Last year she bought a €900 wallet.", "EN")
    assert budget.min_eur == 5000 and budget.keyword_tied


def test_keyword_budget_preferred_over_earlier_currency_amount():
    budget = parse_budget("Bought a €900 wallet last time. Budget 5K now.", "EN")
    assert budget.min_eur == 5000


def test_amount_before_keyword():
    budget = parse_budget("She has a 5K budget for the anniversary.", "EN")
    assert budget.min_eur == 5000


def test_keyword_only_flexible():
    budget = parse_budget("Budget très flexible, à discuter.", "FR")
    assert budget is not None and budget.flexible and not budget.has_amount


def test_flexible_word_in_another_sentence_does_not_count():
    budget = parse_budget("Budget 5K. Schedule flexible next week.", "EN")
    assert budget.min_eur == 5000 and not budget.flexible


def test_flex_evidence_is_a_substring():
    text = "Presupuesto 6K, muy flexible."
    budget = parse_budget(text, "ES")
    assert text[budget.flex_start : budget.flex_end] == budget.flex_evidence == "flexible"


def test_yen_sign_means_yuan_in_chinese_notes():
    assert parse_budget("预算¥50000", "ZH").currency == "CNY"
    assert parse_budget("Budget ¥50000", "JA").currency == "JPY"


SHARED_RATES = {
    "EUR": 1.0, "USD": 0.92, "GBP": 1.17, "CHF": 1.05, "JPY": 0.0062, "CNY": 0.13,
    "KRW": 0.00068, "RUB": 0.010, "AED": 0.25, "HKD": 0.118,
}


def test_currency_table_matches_the_shared_vocabulary():
    # The generator's ten currencies keep their rates; the extractor knows more (TWD, SGD …).
    assert {code: EUR_PER_UNIT[code] for code in SHARED_RATES} == SHARED_RATES


def test_currency_table_matches_generator_when_present():
    config = pytest.importorskip("lvmh_pipeline.lib.synthetic.config")
    assert all(EUR_PER_UNIT[code] == rate for code, rate in config.EUR_PER_UNIT.items())


@pytest.mark.parametrize(
    ("number", "value"),
    [("1500", 1500), ("1 500", 1500), ("3.500", 3500), ("8,000", 8000), ("1.5", 1.5), ("2,5", 2.5),
     ("1,500.50", 1500.5), ("1.500,50", 1500.5), ("10\u202f000", 10000)],
)
def test_number_formats(number, value):
    assert to_float(number) == value


@pytest.mark.parametrize(
    ("language", "text", "low", "high"),
    [
        ("DE", "Gesamtbudget 3-4K.", 3000, 4000),
        ("DE", "Budget zusammen ca. 12K. Eher klassisch.", 12000, 12000),
        ("NL", "Totaalbudget 11 tot 17K.", 11000, 17000),
        ("EN", "Budget $23,000 plus. Likes canvas.", 21160, NAN),
        ("FR", "Budget 5K et plus.", 5000, NAN),
        ("KO", "예산 2280만원 이상.", 15504, NAN),
        ("RU", "Бюджет от 300 тыс. руб.", 3000, NAN),
    ],
)
def test_compound_keywords_abbreviations_and_open_ends(language, text, low, high):
    budget = parse_budget(text, language)
    assert _close(budget.min_eur, low) and _close(budget.max_eur, high), budget
