"""Budget classes of the w50 round (their class only, in our own words):

- a total said after a per-unit amount wins, also when it opens the next sentence ("… each. In total …",
  "개당 … . 총 …", "每盒…，一共…"), and "/unité" is per unit; a per-unit amount alone stays the budget
  (:mod:`lvmh_pipeline.lib.concepts.budgets.totals`);
- "beyond" / "au-delà de" / "jenseits von" / "más allá de" / "сверх" / "تفوق" open the maximum; negated
  they cap it (:mod:`lvmh_pipeline.lib.concepts.budgets.cue_words`);
- ranges said in words: "trois mille, trois quatre mille" (3,000-4,000), "миллион-полтора" (1-1.5 M),
  Maghrebi and Egyptian number words ("ستطاش", "تلاتين"), a Moroccan possessive ("ديالهم") for dirhams;
- a written fix after a queried figure ("£2M?? -> corrected: £200k", "→ korrigiert:") lets the later win;
- an amount on a purchase line ("Purchase: … 3,100 €", "Achat : …", "成交：…") is a price, not a budget
  (:mod:`lvmh_pipeline.lib.concepts.budgets.context.paid_prices`);
- the shop street said in lower case ("here at sloane street") gives a bare English amount its
  currency; "maybe more" / "kan iets meer" / "ممكن تزود" / "を超えても" make a budget flexible
  (:mod:`lvmh_pipeline.lib.concepts.budgets.context.more_allowed`).
"""

from __future__ import annotations

import math

import pytest

from lvmh_pipeline.lib.concepts.budgets.budget import parse_budget
from lvmh_pipeline.lib.concepts.budgets.context.more_allowed import more_allowed
from lvmh_pipeline.lib.concepts.budgets.context.paid_prices import paid_before
from lvmh_pipeline_tests.lib.concepts.budget_checks import check_bounds, check_budget

NAN = math.nan


@pytest.mark.parametrize(
    ("language", "text", "low", "high", "currency"),
    [
        ("FR", "Budget : 90 €/unité, total env. 1 800 € pour les coffrets", 1800, 1800, "EUR"),
        ("EN", "Budget 300 each for the team. In total about 9k.", 9000, 9000, "EUR"),
        ("DE", "Budget 120 € pro Stück. Insgesamt 3.600 € für alle.", 3600, 3600, "EUR"),
        ("KO", "직원 선물 개당 삼십만 원 정도요. 총 구백만 원으로 잡아 주세요.", 9_000_000, 9_000_000, "KRW"),
        ("ZH", "茶叶礼盒二十盒，每盒八百左右，一共一万六。", 16000, 16000, "CNY"),
        ("ZH", "月饼礼盒，每盒五百，总共一万。", 10000, 10000, "CNY"),
        ("KO", "와인 스무 병, 병당 오십만 원 정도. 총 천만 원.", 10_000_000, 10_000_000, "KRW"),
        ("RU", "Подарки сотрудникам, по 5 тысяч рублей каждому. Всего 200 тысяч рублей.", 200_000, 200_000, "RUB"),
        ("AR", "الهدايا لكل قطعة 500 درهم. المجموع 10000 درهم.", 10000, 10000, "AED"),
    ],
)
def test_total_after_per_unit_wins(language: str, text: str, low: float, high: float, currency: str) -> None:
    check_budget(language, text, low, high, currency)


@pytest.mark.parametrize(
    ("language", "text", "low", "high"),
    [
        ("FR", "Budget : 90 €/unité.", 90, 90),  # a per-unit amount alone stays the budget
        ("EN", "Budget 300 each. Delivery on the 5th of May, 12 boxes.", 300, 300),  # the next sentence has no total
    ],
)
def test_per_unit_alone_stays(language: str, text: str, low: float, high: float) -> None:
    check_bounds(language, text, low, high)


@pytest.mark.parametrize(
    ("language", "text", "low", "high", "currency"),
    [
        ("FR", "Budget : au-delà de 80 000 €, rien de fixé", 80000, NAN, "EUR"),
        ("EN", "Budget: beyond 40k for the necklace", 40000, NAN, "EUR"),
        ("DE", "Budget: jenseits von 30.000 €", 30000, NAN, "EUR"),
        ("ES", "presupuesto: más allá de 9.000 €", 9000, NAN, "EUR"),
        ("PT", "orçamento para lá de 12.000 €", 12000, NAN, "EUR"),
        ("RU", "бюджет сверх 400 тысяч рублей", 400000, NAN, "RUB"),
        ("AR", "الميزانية تفوق 40 ألف درهم", 40000, NAN, "AED"),
        ("IT", "budget oltre i 7.000 euro", 7000, NAN, "EUR"),
        ("NL", "budget ruim boven de 6000 euro", 6000, NAN, "EUR"),
        ("JA", "予算は300万円以上", 3_000_000, NAN, "JPY"),
        ("KO", "예산은 500만 원 이상", 5_000_000, NAN, "KRW"),
        ("ZH", "预算八万以上", 80000, NAN, "CNY"),
        # negated, the same words cap the budget
        ("FR", "Budget : pas au-delà de 6 000 €", NAN, 6000, "EUR"),
        ("EN", "budget nothing beyond 3k", NAN, 3000, "EUR"),
    ],
)
def test_open_ended_lower_bound(language: str, text: str, low: float, high: float, currency: str) -> None:
    check_budget(language, text, low, high, currency)


@pytest.mark.parametrize(
    ("language", "text", "low", "high", "currency"),
    [
        ("FR", "il voulait quelque chose dans les trois mille, trois quatre mille.", 3000, 4000, "EUR"),
        ("IT", "budget sui quattromila, quattro cinquemila", 4000, 5000, "EUR"),
        ("NL", "budget rond de zesduizend, zes zevenduizend", 6000, 7000, "EUR"),
        ("RU", "бюджет примерно миллион-полтора рублей", 1_000_000, 1_500_000, "RUB"),
        ("RU", "бюджет миллион или полтора", 1_000_000, 1_500_000, "RUB"),
        ("AR", "الميزانية ما بين عشرة و ستطاش ألف درهم مغربي", 10000, 16000, "MAD"),
        ("AR", "الميزانية تلاتين ألف جنيه", 30000, 30000, "EGP"),
    ],
)
def test_ranges_said_in_words(language: str, text: str, low: float, high: float, currency: str) -> None:
    check_budget(language, text, low, high, currency)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("бюджет миллион пятьсот тысяч рублей", 1_500_000, 1_500_000),  # a sum, not a range
        ("бюджет полтора миллиона рублей", 1_500_000, 1_500_000),
    ],
)
def test_russian_million_sums_stay_single(text: str, low: float, high: float) -> None:
    check_budget("RU", text, low, high, "RUB")


def test_moroccan_possessive_reads_dirhams() -> None:
    check_budget("AR", "بغاو هدية للولد ديالهم، الميزانية عشرين ألف درهم", 20000, 20000, "MAD")


@pytest.mark.parametrize(
    ("language", "text", "low", "high", "currency"),
    [
        ("EN", "Budget approx £2M?? -> corrected: £200k overall", 200000, 200000, "GBP"),
        ("EN", "Budget 6K?? → 8K", 8000, 8000, "EUR"),
        ("DE", "Budget 4.000 € → korrigiert: 5.500 €", 5500, 5500, "EUR"),
        ("FR", "Budget 9 000 € -> corrigé : 7 000 €", 7000, 7000, "EUR"),
        ("ZH", "预算3万→更正：5万", 50000, 50000, "CNY"),
    ],
)
def test_written_correction_wins(language: str, text: str, low: float, high: float, currency: str) -> None:
    check_budget(language, text, low, high, currency)


def test_arrow_to_a_product_is_no_correction() -> None:
    check_budget("EN", "Budget 5K → Cartier Love, yellow gold", 5000, 5000, "EUR")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ES", "Cliente habitual\nCompra: bolso Capucines, negro - 5.200 €\nPago: tarjeta"),
        ("FR", "Cliente fidèle\nAchat : montre Tank, acier – 3 100 €\nRèglement CB"),
        ("EN", "Walk-in\nPurchase: Speedy 30 – £1,450\nPaid by card"),
        ("DE", "Stammkunde\nKauf: Santos Medium, 6.900 €"),
        ("ZH", "门店周报\n- 成交：6单，合计 ¥92,000\n- 无特殊客户信息"),
        ("FR", "Achat sac Alma noir 2 700 €. Cliente fidèle."),  # a purchase noun opening the sentence
        ("IT", "Cliente abituale. Acquisto borsa Peekaboo 4.100 €."),
    ],
)
def test_purchase_line_is_no_budget(language: str, text: str) -> None:
    budget = parse_budget(text, language)
    assert budget is None or not budget.has_amount, (text, budget)


@pytest.mark.parametrize(
    ("language", "text", "low"),
    [
        ("ES", "Compra para la boda de su hija, unos 3.000 €", 3000),  # no purchase label: the advisor's budget
        ("EN", "Purchase: Keepall 45 last month.\nBudget: 2,500 € for the next gift", 2500),
        ("FR", "Achats de Noël à prévoir, budget 3 000 €", 3000),
    ],
)
def test_budget_beside_a_purchase_stays(language: str, text: str, low: float) -> None:
    check_bounds(language, text, low, low, "EUR")


def test_paid_before_reads_the_line_label_only() -> None:
    text = "Note\nAchat : foulard – 450 €\nIdée cadeau 900 €"
    assert paid_before(text, text.index("Achat"), text.index("450"))
    assert not paid_before(text, text.index("Idée"), text.index("900"))


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("so she popped in here at sloane street, budget around six grand", "GBP"),
        ("he came by harrods this morning, budget four grand", "GBP"),
        ("wants earrings, budget about three grand, we're on fifth avenue", "USD"),
    ],
)
def test_lower_case_shop_street_gives_currency(text: str, currency: str) -> None:
    budget = parse_budget(text, "EN")
    assert budget is not None and budget.currency == currency, (text, budget)


def test_no_street_keeps_default_currency() -> None:
    budget = parse_budget("she said budget around six grand, lovely lady", "EN")
    assert budget is not None and budget.currency == "EUR"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("EN", "budget five grand, maybe more for the right stone"),
        ("FR", "budget 3 000 euros, peut-être plus"),
        ("IT", "budget 3.000 euro, forse di più"),
        ("ES", "presupuesto 3.000 euros, quizás más"),
        ("PT", "orçamento 3.000 euros, talvez mais"),
        ("DE", "Budget 3.000 Euro, vielleicht mehr"),
        ("NL", "budget rond de 3000 euro, kan iets meer"),
        ("RU", "бюджет 300 тысяч рублей, может больше"),
        ("AR", "الميزانية عشرين ألف درهم، ممكن تزود شوية"),
        ("JA", "予算は八十万円、八十万円を超えてもいいそうです。"),
        ("KO", "예산 300만 원, 조금 넘어도 괜찮대요"),
        ("ZH", "预算三万，超一点也可以"),
    ],
)
def test_a_bit_more_is_flexible(language: str, text: str) -> None:
    budget = parse_budget(text, language)
    assert budget is not None and budget.flexible, (text, budget)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("EN", "budget five grand. She wants a bit more time to decide."),  # another sentence
        ("FR", "budget 3 000 euros pour sa femme"),
        ("DE", "Budget 3.000 Euro, mehr nicht"),
    ],
)
def test_not_flexible(language: str, text: str) -> None:
    budget = parse_budget(text, language)
    assert budget is not None and not budget.flexible, (text, budget)


def test_more_allowed_span() -> None:
    text = "budget 2k, kan iets meer"
    assert more_allowed(text, 7, len(text)) == (text.index("kan iets"), len(text))
    assert more_allowed("budget 2k.", 7, 10) is None


@pytest.mark.parametrize(
    ("language", "text", "high"),
    [
        ("NL", "max achthonderd euro zei hij, nou ja misschien duizend", 1000),
        ("EN", "up to 5k, maybe 6k for the right one", 6000),
        ("FR", "budget max deux mille euros, peut-être deux mille cinq cents", 2500),
    ],
)
def test_maybe_raises_a_cap(language: str, text: str, high: float) -> None:
    check_bounds(language, text, NAN, high)


@pytest.mark.parametrize(
    ("language", "text", "value", "currency"),
    [
        ("EN", "her budget's about twelve grand, no sorry, fourteen", 14000, "EUR"),
        ("FR", "budget euh quinze mille, non pardon, dix-sept", 17000, "EUR"),
        ("AR", "الميزانية خمستاشر ألف درهم، لا عفوا، تمنتاشر", 18000, "AED"),
        ("KO", "예산은 천오백만 원, 아 죄송, 천팔백", 18_000_000, "KRW"),
        ("KO", "예산은 천오백만 원, 미안해요, 천칠백만 원", 17_000_000, "KRW"),
    ],
)
def test_spoken_correction_in_lower_case(language: str, text: str, value: float, currency: str) -> None:
    check_budget(language, text, value, value, currency)


def test_plain_no_before_a_word_is_no_correction() -> None:
    check_budget("AR", "الميزانية خمستاشر ألف درهم، لا أكثر", NAN, 15000, "AED")
