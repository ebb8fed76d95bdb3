"""Budget classes still missed on the held-out sets after the w30 round (their class counts only),
written here in our own words:

- an English note that names no currency but names its boutique ("our Knightsbridge store", "the
  Toronto flagship", "Sloane Street") counts in that place's currency; where the client lives or
  comes from ("banker from London", "Hong Kong based": the real sample's budgets stay euros), two
  boutiques of different currencies or any written currency keep the default;
- Indian digit grouping ("2,00,000"), lakh and crore (rupees); the advisor's own euro figure said
  right after a foreign amount ("£3,000, i.e. roughly €3,600"); currency names of several words ("Swiss
  francs", "dólares de Hong Kong"); pesos in a Colombian note; a Brazilian city or political word;
- caps said in more ways ("mag 4k kosten", "darf … kosten", "Schmerzgrenze", "não quer passar de", "tops out at", "no higher than", "ne veut pas dépasser", "máx.", "como tope", "abaixo
  dos", "لا تزيد على", "أقصى ميزانية", "最大で", "高くても", "一万二上限", "150만 원 상한", "넘으면 안");
  "2、3万" is a range; "八百到一千" after a keyword is money;
- "5k左右", "$5kくらい": a K glued to Chinese or Japanese text still multiplies; "ハンドル" is no dollar;
- a bare amount next to a spending verb ("happy to spend 3000", "rond de 2000 uitgeven", "mag 1500
  kosten", "quiere gastar unos 2000"), "stay under 3,000" in English, "150 안쪽", "最多能出5000".
"""

from __future__ import annotations

import math

import pytest

from lvmh_pipeline.lib.concepts.budgets.budget import parse_budget
from lvmh_pipeline_tests.lib.concepts.budget_checks import check_budget

NAN = math.nan


@pytest.mark.parametrize(
    ("text", "low", "high", "currency"),
    [
        ("Came in to our Knightsbridge store again, budget three grand.", 3_000, 3_000, "GBP"),
        ("Regular at the Sloane Street boutique, budget ~2k for a scarf.", 2_000, 2_000, "GBP"),
        ("Visitors from Riyadh at our Fifth Avenue store, budget 4-5k.", 4_000, 5_000, "USD"),
        ("Seen at the Toronto flagship; watch for his son, budget 7k.", 7_000, 7_000, "CAD"),
        ("Lives in Mumbai, budget 5 lakh for a bridal set.", 500_000, 500_000, "INR"),
        ("Budget up to 1 crore for the wedding set.", NAN, 10_000_000, "INR"),
    ],
)
def test_english_note_counts_in_its_boutiques_currency(text, low, high, currency):
    check_budget("EN", text, low, high, currency)


@pytest.mark.parametrize(
    "text",
    [
        "Investment banker from London, budget around 5k.",  # where the client lives: not the store's currency
        "Hedge fund manager, Hong Kong based, budget 20K.",
        "Korean couple living in London, budget 25-30K.",
        "Sydney's birthday is in May. She saw it at the Paris store. Budget 1.5k for a scarf.",
        "Paris client who shops at our London store and our Dubai boutique; budget 6k.",
        "Our Knightsbridge store, Manhattan client, budget 5k euros.",
    ],
)
def test_the_clients_home_or_a_written_currency_keeps_the_default(text):
    budget = parse_budget(text, "EN")
    assert budget is not None and budget.currency == "EUR", (text, budget)


@pytest.mark.parametrize(
    ("language", "text", "low", "high", "currency"),
    [
        ("EN", "budget ₹3,50,000 for the necklace", 350_000, 350_000, "INR"),
        ("EN", "budget 1,50,000 rupees for earrings", 150_000, 150_000, "INR"),
        ("EN", "Budget 2.5 lakh rupees, flexible.", 250_000, 250_000, "INR"),
        ("EN", "Budget 9,000 Swiss francs for the watch.", 9_000, 9_000, "CHF"),
        ("ES", "Presupuesto 40.000 dólares de Hong Kong.", 40_000, 40_000, "HKD"),
        ("ES", "Es de Medellín, presupuesto unos 25 millones de pesos.", 25_000_000, 25_000_000, "COP"),
        ("ES", "Es de Monterrey, México; presupuesto unos 80 mil pesos.", 80_000, 80_000, "MXN"),
        ("PT", "Ele é paulistano, mora nos Jardins. Orçamento de 8 a 10 mil.", 8_000, 10_000, "BRL"),
    ],
)
def test_indian_grouping_long_currency_names_and_regional_pesos(language, text, low, high, currency):
    check_budget(language, text, low, high, currency)


@pytest.mark.parametrize(
    ("text", "low", "currency"),
    [
        ("Budget of 6 lakh for the set. She usually pays in euros.", 600_000, "INR"),  # lakh counts rupees
        ("Budget of 6 lakh, roughly 6,700 euros.", 6_700, "EUR"),
        ("Budget 5 lakh rupees (about €6,000).", 6_000, "EUR"),  # the advisor's own euro figure wins
        ("Budget £3,000, i.e. roughly €3,600.", 3_600, "EUR"),
        ("Budget $5,000; last year she spent €9,000.", 5_000, "USD"),
    ],
)
def test_lakh_counts_rupees_and_a_euro_figure_said_after_wins(text, low, currency):
    check_budget("EN", text, low, low, currency)


@pytest.mark.parametrize(
    ("language", "text", "high", "currency"),
    [
        ("EN", "Budget no higher than 5k, ideally less.", 5_000, "EUR"),
        ("FR", "Il ne veut pas dépasser 2 500 euros.", 2_500, "EUR"),
        ("FR", "Budget de 7 000 € au grand maximum.", 7_000, "EUR"),
        ("FR", "Budget sous la barre des 4 000 €.", 4_000, "EUR"),
        ("ES", "Máx. 300 € por persona, presupuesto cerrado.", 300, "EUR"),
        ("ES", "Para los dos, 9.000 como tope, presupuesto firme.", 9_000, "EUR"),
        ("PT", "Quer ficar abaixo dos 4 mil euros.", 4_000, "EUR"),
        ("AR", "ميزانيته لا تزيد على 15 ألف درهم.", 15_000, "AED"),
        ("AR", "الميزانية دون 6000 درهم.", 6_000, "AED"),
        ("AR", "أقصى ميزانية 40 ألف درهم.", 40_000, "AED"),
        ("JA", "予算は最大で80万円。", 800_000, "JPY"),
        ("JA", "ご予算は高くても25万円ほど。", 250_000, "JPY"),
        ("JA", "予算は特にないが、30万は超えないようにとのこと。", 300_000, "JPY"),
        ("ZH", "预算两万三上限。", 23_000, "CNY"),
        ("ZH", "他说最多能出6000。", 6_000, "CNY"),
        ("KO", "개당 120만 원 상한.", 1_200_000, "KRW"),
        ("KO", "예산은 400만 원 넘으면 안 된다고.", 4_000_000, "KRW"),
        ("KO", "180 안쪽으로 원하심.", 1_800_000, "KRW"),
        ("NL", "Het mag 4k kosten, liefst wat minder.", 4_000, "EUR"),
        ("DE", "Die Kette darf 3.500 € kosten.", 3_500, "EUR"),
        ("DE", "Seine Schmerzgrenze liegt bei 7.000 €.", 7_000, "EUR"),
        ("DE", "Nicht teurer als 2.000 Euro, meint sie.", 2_000, "EUR"),
        ("PT", "Ela não quer passar de 6 mil euros.", 6_000, "EUR"),
        ("ES", "Busca un bolso sin pasarse de 2.500 €.", 2_500, "EUR"),
        ("EN", "Her budget tops out at 9k.", 9_000, "EUR"),
    ],
)
def test_caps_said_in_more_ways(language, text, high, currency):
    check_budget(language, text, NAN, high, currency)


@pytest.mark.parametrize(
    ("language", "text", "low", "high", "currency"),
    [
        ("JA", "予算は4、5万円。", 40_000, 50_000, "JPY"),
        ("ZH", "一共五十份，每份预算六百到一千。", 600, 1_000, "CNY"),
        ("ZH", "预算8k左右。", 8_000, 8_000, "CNY"),
        ("ZH", "Budget HK$20k左右，唔夠可以再加。", 20_000, 20_000, "HKD"),
        ("JA", "予算は$6kくらい。", 6_000, 6_000, "USD"),
        ("JA", "予算は50万くらいまで。ハンドルの修理も依頼。", NAN, 500_000, "JPY"),
    ],
)
def test_dense_script_forms(language, text, low, high, currency):
    check_budget(language, text, low, high, currency)


def test_a_metre_glued_to_chinese_is_no_million():
    assert parse_budget("客人身高1.8m左右，喜欢深色。", "ZH") is None


@pytest.mark.parametrize(
    ("language", "text", "low", "high"),
    [
        ("EN", "She's happy to spend 2500 on it.", 2_500, 2_500),
        ("EN", "He wants to stay under 4,000 for the pair.", NAN, 4_000),
        ("NL", "Ze wil rond de 2000 uitgeven aan een tas.", 2_000, 2_000),
        ("NL", "Mag 1800 kosten.", NAN, 1_800),  # "may cost": a cap
        ("ES", "Quiere gastar unos 2000 en un reloj.", 2_000, 2_000),
        ("ES", "Puede gastarse 1500 como mucho.", NAN, 1_500),
    ],
)
def test_a_spending_verb_makes_a_bare_number_a_budget(language, text, low, high):
    check_budget(language, text, low, high, "EUR")


@pytest.mark.parametrize(
    "text",
    [
        "She spent 2000 last year on a bag.",
        "Came back in 2000 to the store.",
        "Over 3,000 followers on her account.",
    ],
)
def test_bare_numbers_that_are_no_budget(text):
    assert parse_budget(text, "EN") is None
