"""Occasions, their months and budgets: classes found on new dev notes (w25). Every sentence
here was written for this test, none is taken from the notes.

Budgets:
- two amounts joined by a comma only (or a suspended hyphen: "drei-, viertausend") are a range
  said with a pause ("3 000, 4 000 euros",
  "3, 4 duizend", "trois-cents, trois-cent-cinquante euros maximum"), the second at most 1.5
  times the first; "maybe" words in more languages stretch a budget ("…, talvez vinte e cinco");
- a per-item amount followed by the total: the total is the budget; "totaal ca 2.000" reads;
- a balance or a refund is money owed, not a budget;
- a cap after a price that looks like a date ("máximo 3.800. Volverá"), Arabic "من ٢٠ لـ ٣٠",
  Han digit pairs after a budget word ("预算五六万"), savings as a ceiling ("€1.800 gespaard"),
  "balles", a spelled amount under a thousand after an approximation word ("à volta dos
  seiscentos euros"), Italian "duemilacinque" (2,500), German "T€", spoken "like two grand";
- more currencies: Colombian pesos, patacas, rand, Bahraini and Jordanian dinars, Egyptian pounds.
Months:
- abbreviated month names ("12 Oct", "(Dec)", "due Sep", "14 mrt"), not a given name ("Jan");
- a one-digit numeric date right after the occasion ("60th 3/5", "결혼 9/3");
- Arabic "in month 6" ("في شهر ٦") and Maghrebi month names ("دجنبر", "جويلية");
- a usual-date holiday with its own date right after it ("Dia dos Namorados (12/06)", "七夕在8月").
Occasions:
- an anniversary counted for a boyfriend, a girlfriend or a partner, with no spouse or marriage
  word, is the relationship's ("su novia … aniversario de 2 años", "남자친구랑 3주년", "٣ سنين سوا");
- a milestone age owned by someone is a birthday ("her 40th", "zum 70.", "haar 40e", "pour ses
  50 ans"), not "ses 20 ans de carrière", "bis zum 20. Mai", "their 10th anniversary";
- vocabulary: spellings of bar mitzvah and Diwali, civil unions, retirement compounds, baby
  showers and first-month celebrations, Losar; suppliers are a business group (gifts for them
  with the occasion named are a corporate gift); "festeggiare" / "festejar" alone is a celebration.
"""

from __future__ import annotations

import math

import pytest

from lvmh_pipeline.lib.concepts.budgets.budget import parse_budget
from lvmh_pipeline_tests.lib.concepts.occasion_checks import occasions
from lvmh_pipeline_tests.lib.concepts.budget_checks import check_budget

NAN = math.nan


@pytest.mark.parametrize(
    ("language", "text", "low", "high", "currency"),
    [
        ("FR", "Elle vise dans les 3 000, 4 000 euros pour la montre.", 3000, 4000, "EUR"),
        ("FR", "budget autour de 6 000, 7 000 € à peu près", 6000, 7000, "EUR"),
        ("NL", "Budget rond de 3, 4 duizend", 3000, 4000, "EUR"),
        ("ES", "quiere gastar unos cincuenta, sesenta mil pesos", 50000, 60000, "MXN"),
        ("FR", "budget trois-cents, trois-cent-cinquante euros maximum", 300, 350, "EUR"),
        ("PT", "ele falou uns vinte mil reais, talvez vinte e cinco", 20000, 25000, "BRL"),
    ],
)
def test_a_range_said_with_a_comma(language, text, low, high, currency):
    check_budget(language, text, low, high, currency)


@pytest.mark.parametrize(
    ("language", "text", "low", "high", "currency"),
    [
        ("ES", "Presupuesto unos 3.000 €, máximo 3.800. Volverá el lunes.", 3000, 3800, "EUR"),
        ("AR", "الميزانية من ٢٠ لـ ٣٠ ألف ريال", 20000, 30000, "SAR"),
        ("AR", "تبي ساعة من ٥ لين ٧ آلاف ريال", 5000, 7000, "SAR"),
        ("ZH", "预算五六万。", 50000, 60000, "CNY"),
        ("ZH", "預算七八千", 7000, 8000, "CNY"),
        ("NL", "Ze heeft €1.800 gespaard voor de tas.", NAN, 1800, "EUR"),
        ("EN", "£1,500 saved up for the bag.", NAN, 1500, "GBP"),
        ("FR", "Elle veut mettre dans les 900 balles.", 900, 900, "EUR"),
        ("FR", "Autour de 500, 600 balles.", 500, 600, "EUR"),
        ("PT", "quer um presente para o neto, à volta dos seiscentos euros.", 600, 600, "EUR"),
        ("IT", "budget tremilaotto euro", 3800, 3800, "EUR"),
        ("IT", "pensava sui duemila, duemilacinque, massimo.", 2000, 2500, "EUR"),
        ("NL", "ze dacht aan iets van drie-, vierhonderd euro.", 300, 400, "EUR"),
        ("DE", "so drei-, viertausend Euro", 3000, 4000, "EUR"),
        ("DE", "Budget 3–4 T€.", 3000, 4000, "EUR"),
        ("EN", "He said like two grand, maybe twenty-five hundred tops.", 2000, 2500, "EUR"),
    ],
)
def test_ranges_caps_and_amounts_said_colloquially(language, text, low, high, currency):
    check_budget(language, text, low, high, currency)


@pytest.mark.parametrize(
    ("language", "text", "low", "high"),
    [
        ("DE", "Budget 5K, bis 20. Mai entscheiden.", 5000, 5000),  # a date, not a second amount
        ("EN", "Budget 3K, saved in the CRM.", 3000, 3000),  # "saved" far from the amount's phrase
        ("ZH", "预算二十五万", 250000 * 0.13, 250000 * 0.13),
    ],
)
def test_no_range_or_cap_where_none_is_said(language, text, low, high):
    budget = parse_budget(text, language)
    assert budget is not None and budget.min_eur == pytest.approx(low) and budget.max_eur == pytest.approx(high)


@pytest.mark.parametrize(
    ("language", "text", "amount", "currency"),
    [
        ("KO", "예산은 200만 원, 3브랜드 비교 중.", 2_000_000, "KRW"),
        ("JA", "予算は30万円、2ブランドで比較。", 300_000, "JPY"),
    ],
)
def test_brand_is_no_rand(language, text, amount, currency):
    check_budget(language, text, amount, amount, currency)


def test_tennis_balls_are_no_money():
    assert parse_budget("Il a acheté 3 balles de tennis.", "FR") is None


def test_a_comma_before_a_much_larger_number_or_a_count_is_no_range():
    budget = parse_budget("Budget 5 000, 2 sacs.", "FR")
    assert budget is not None and budget.min_eur == budget.max_eur == 5000


@pytest.mark.parametrize(
    ("language", "text", "low", "high", "currency"),
    [
        ("EN", "Gifts for the nephews, ~£300 each, ~£900 total.", 900, 900, "GBP"),
        ("ES", "Regalos para sus 3 sobrinos, unos 200 € cada uno, 600 € en total.", 600, 600, "EUR"),
        ("DE", "Budget 150 € pro Stück, insgesamt 1.500 €.", 1500, 1500, "EUR"),
        ("NL", "Cadeaus voor de getuigen (4 stuks, totaal ca 2.000).", 2000, 2000, "EUR"),
        ("EN", "Budget 300 € each for the three bags.", 300, 300, "EUR"),
    ],
)
def test_the_total_after_a_per_item_amount_is_the_budget(language, text, low, high, currency):
    check_budget(language, text, low, high, currency)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("FR", "Solde restant dû : 2 150 €."),
        ("FR", "Reste à payer 1 200 € à la livraison."),
        ("EN", "Balance due on collection: £1,250."),
    ],
)
def test_a_balance_is_no_budget(language, text):
    assert parse_budget(text, language) is None


def test_an_amount_with_no_balance_word_stays_a_budget():
    check_budget("EN", "Looking at the Lock bracelet, €2,000.", 2000, 2000, "EUR")


@pytest.mark.parametrize(
    ("language", "text", "low", "high", "currency"),
    [
        ("ES", "Presupuesto 15 millones de pesos colombianos.", 15e6, 15e6, "COP"),
        ("PT", "Orçamento 30.000 patacas.", 30000, 30000, "MOP"),
        ("EN", "Budget around 30 000 rand.", 30000, 30000, "ZAR"),
        ("AR", "الميزانية حوالي ٥ آلاف دينار أردني", 5000, 5000, "JOD"),
        ("AR", "الميزانية في حدود ٣٠ ألف جنيه", 30000, 30000, "EGP"),
        ("AR", "الميزانية ٢٠٠ جنيه إسترليني", 200, 200, "GBP"),
        ("AR", "BUDGET: BHD 1,500–2,000", 1500, 2000, "BHD"),
    ],
)
def test_more_currencies(language, text, low, high, currency):
    check_budget(language, text, low, high, currency)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("EN", "Looking at cufflinks for her son's 30th on 12 Oct.", "birthday:10"),
        ("EN", "Wedding anniversary (Dec), budget 5k.", "wedding_anniversary:12"),
        ("EN", "Shopping for the baby, due Sep.", "birth:09"),
        ("NL", "Cadeau voor haar man, trouwdag 14 mrt.", "wedding_anniversary:03"),
        ("EN", "OCCASION: dad's 60th 3/5 | BUDGET: 2k", "birthday:05"),
        ("KO", "아드님 결혼 9/3 예정이라 예물 상담.", "wedding:09"),
        ("AR", "عيد ميلاد زوجته في شهر ٦ ويريد ساعة.", "birthday:06"),
        ("PT", "Quer uma bolsa para o Dia dos Namorados (12/06) pro namorado.", "valentines_day:06"),
        ("ZH", "想七夕送女朋友项链，七夕在8月。", "valentines_day:08"),
        ("AR", "العرس نهار 12 دجنبر إن شاء الله.", "wedding:12"),
        ("AR", "عيد ميلاد بنتها في جويلية.", "birthday:07"),
    ],
)
def test_months_said_short(language, text, expected):
    assert expected in occasions(text, language)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("EN", "Jan came in with his wife for an anniversary gift.", {"wedding_anniversary"}),
        ("FR", "Cadeaux de Noël, rappeler en novembre.", {"christmas:12"}),
        ("ZH", "想七夕送女朋友项链，七夕在8月。", {"valentines_day:08"}),
    ],
)
def test_no_month_from_a_name_or_a_later_call(language, text, expected):
    assert occasions(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("EN", "A bracelet for his daughter [NAME] 21st, in July.", "birthday:07"),
        ("EN", "OCCASION: mum's 65th in July", "birthday:07"),
        ("DE", "Sucht ein Geschenk für ihren Vater zum 70. im März.", "birthday:03"),
        ("DE", "Zu Papas 80. im Juni eine Uhr.", "birthday:06"),
        ("NL", "Zoekt iets voor haar 40e in mei.", "birthday:05"),
        ("FR", "Un cadeau pour mes 60 ans en avril.", "birthday:04"),
        ("ES", "Quiere celebrar sus 40 años en marzo.", "birthday:03"),
        ("PT", "Para os seus 70 anos em agosto.", "birthday:08"),
    ],
)
def test_a_milestone_age_is_a_birthday(language, text, expected):
    assert expected in occasions(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("FR", "Pour ses 20 ans de carrière, un stylo."),
        ("DE", "Abholung bis zum 20. Mai."),
        ("EN", "Their 10th anniversary is in May."),
        ("EN", "This is the client's 12th visit this year."),
        ("NL", "Haar 12e bezoek, in mei."),
        ("DE", "Zum 3. Mal hier, im Mai wieder."),
        ("EN", "Pens for the company's 50th in October."),
        ("EN", "They celebrate their 30th in June."),
    ],
)
def test_no_birthday_from_a_career_a_date_or_an_anniversary(language, text):
    assert not {o for o in occasions(text, language) if o.startswith("birthday")}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("ES", "Su nieto celebra su bar mitzvá en mayo.", "bar_mitzvah:05"),
        ("NL", "De bat mitswa van haar kleindochter is in juni.", "bar_mitzvah:06"),
        ("DE", "Bar Mizwa des Enkels im September.", "bar_mitzvah:09"),
        ("NL", "Armband voor het Divalifeest in november.", "diwali:11"),
        ("FR", "Ils se pacsent en septembre, cherchent des alliances.", "wedding:09"),
        ("ZH", "他們打算十月登記結婚。", "wedding:10"),
        ("NL", "Een pensioencadeau voor haar baas, in maart.", "retirement:03"),
        ("PT", "Procura um presente de reforma para o pai em maio.", "retirement:05"),
        ("AR", "تحضّر لبيبي شاور أختها في مايو.", "birth:05"),
        ("ZH", "想給外孫準備滿月禮。", "birth"),
        ("NL", "Twee verlovingsringen voor hem en zijn vriend.", "engagement"),
        ("ES", "Buscan algo para la Fiesta del Cordero.", "eid"),
        ("ES", "Quiere un regalo de grado para su sobrino.", "graduation"),
        ("ZH", "她想给阿妈买礼物，藏历新年前。", "lunar_new_year"),
        ("NL", "Dertig pennen als corporate gift voor klanten.", "corporate_gift"),
        ("KO", "협력사 선물로 와인 케이스 문의.", "corporate_gift"),
        ("IT", "Regali per i fornitori a Natale, una ventina.", "corporate_gift:12"),
        ("EN", "Christmas gifts for the suppliers, about twenty.", "corporate_gift:12"),
    ],
)
def test_occasion_vocabulary(language, text, expected):
    assert expected in occasions(text, language)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("ES", "Quiere un regalo para su novia por su aniversario de 2 años, el 5 de mayo.", "relationship_anniversary:05"),
        ("KO", "남자친구랑 3주년이라 커플링 보러 오심.", "relationship_anniversary"),
        ("JA", "パートナーと10周年、ペアリングを検討中。", "relationship_anniversary"),
        ("EN", "Anniversary gift for her boyfriend, in June.", "relationship_anniversary:06"),
        ("AR", "بيحتفلوا بمرور ٣ سنين سوا في شهر أيلول.", "relationship_anniversary:09"),
        ("EN", "Anniversary gift for his wife, in June.", "wedding_anniversary:06"),
        ("FR", "Pour son copain, anniversaire de mariage de ses parents en mai.", "wedding_anniversary:05"),
        ("EN", "Mr and Mrs Patel. He is a law firm partner. Anniversary in October.", "wedding_anniversary:10"),
    ],
)
def test_an_unmarried_couples_anniversary(language, text, expected):
    assert expected in occasions(text, language)


def test_celebrating_something_that_names_no_occasion_is_a_celebration():
    assert "celebration" in occasions("Vuole festeggiare i suoi progressi con un bracciale.", "IT")



@pytest.mark.parametrize("text", [
    "Cherche un cadeau pour ses 60 ans en mars, budget 2.000.",
    "Pour ses 20 ans de carrière, rien ; pour ses 50 ans de mariage, une montre.",
    "Cliente, 45 ans. Son mari fête ses 70 ans le 12.05. Depuis 2015.",
    "Gift for her grandmother's 90th on 3 May; his 12th visit; company's 50th.",
    "Geschenk zu Papas 60. im März, zum 3. Mal hier, zum 70. Geburtstag.",
    "Cadeau voor haar 40e feest en z'n 50ste; 5.000 euro max.",
])
def test_milestones_are_read_only_around_their_numbers(text):
    """The windowed reading finds exactly what the pattern finds over the whole note."""
    from lvmh_pipeline.lib.concepts.statements import ages

    assert [m.span() for m in ages._milestone_matches(text)] == [m.span() for m in ages._MILESTONE.finditer(text)]
