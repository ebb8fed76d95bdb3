"""Budget classes of session 41, in our own phrasings:

- A correction said past a sentence particle ("四万吧，不对，…"), with an apology ("すみません", "죄송",
  "不好意思", "Entschuldigung", "désolé", "scusi", "desculpe", "آسف") or a filler before it ("あ、…").
- A correction that leaves the unit of the amount it corrects unsaid takes it ("삼백만 원, 아니 삼백오십",
  "fünftausend, nein, sechs", "四万，不对，五"; Italian "sei e cinque" after thousands: 6,500); one said
  acceptable too ("…, nee, twaalfhonderd kan ook", "…, no, two thousand is fine too") makes a range.
- A hedged number taken back for a spelled amount, with no budget word in the sentence ("höchstens vier…
  nein, viertausendfünfhundert", "около ста, нет, ста двадцати тысяч"): the later amount, with the cue's bound.
- A lone first word said again with its unit and hundreds is a false start ("quattro, quattromila duecento"),
  not a range; the colloquial "sei, settemila" and "drie, drieënhalf duizend" stay ranges.
- A per-item amount before the total in more spellings ("p.st.", "por pieza", "por persona", "al pezzo",
  "各", "一本", "각"): the total wins; a per-item cap keeps the total a cap.
- A dense range with a pause after its "to" ("三万到……四万", "20万から…30万円").
- A dollar sign with its country prefix named away from the amount ("uns 12k (R$)", "5k (HK$)").
- "easily 20K" / "locker 20k" / "tranquillamente 20 mila": at least that much.
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.concepts.budgets.budget import find_budget
from lvmh_pipeline_tests.lib.concepts.budget_checks import NAN, check_bounds


@pytest.mark.parametrize(("language", "text", "low", "high", "currency"), [
    ("ZH", "她想买个手镯，预算四万吧，不对，四万五，下周再来。", 45000, 45000, "CNY"),
    ("ZH", "预算八千啊，不好意思，九千。", 9000, 9000, "CNY"),
    ("JA", "ご予算は三十万ね、いや、三十五万円で。", 350000, 350000, "JPY"),
    ("JA", "ご予算は十五万、あ、すみません、十八万円までとのこと。", NAN, 180000, "JPY"),
    ("JA", "ご予算は五十万、ごめんなさい、六十万円です。", 600000, 600000, "JPY"),
    ("KO", "예산은 삼백만 원, 죄송합니다, 사백만 원이요.", 4_000_000, 4_000_000, "KRW"),
    ("DE", "Budget viertausend Euro, Entschuldigung, fünftausend Euro.", 5000, 5000, "EUR"),
    ("FR", "Budget trois mille euros, désolé, quatre mille euros.", 4000, 4000, "EUR"),
    ("IT", "Budget duemila euro, scusi, tremila euro.", 3000, 3000, "EUR"),
    ("PT", "Orçamento dois mil reais, desculpe, três mil reais.", 3000, 3000, "BRL"),
    ("AR", "الميزانية ألفين درهم، آسف، ثلاثة آلاف درهم.", 3000, 3000, "AED"),
])
def test_a_correction_after_a_particle_or_an_apology_lets_the_later_amount_win(language, text, low, high, currency):
    check_bounds(language, text, low, high, currency)


@pytest.mark.parametrize(("language", "text", "low", "high", "currency"), [
    ("KO", "예산은 삼백만 원, 아니 삼백오십으로 하신대요.", 3_500_000, 3_500_000, "KRW"),
    ("ZH", "预算四万，不对，五，她说。", 50000, 50000, "CNY"),
    ("JA", "ご予算は四十万、いや、四十五で。", 450000, 450000, "JPY"),
    ("DE", "Budget fünftausend, nein, sechs.", 6000, 6000, "EUR"),
    ("EN", "Budget four thousand, sorry, four and a half.", 4500, 4500, "EUR"),
    ("ES", "Presupuesto cinco mil, no, seis y medio.", 6500, 6500, "EUR"),
    ("IT", "Budget seimila, anzi facciamo sei e cinque.", 6500, 6500, "EUR"),
    ("IT", "Budget massimo, ehm, seimila, anzi diciamo sette.", NAN, 7000, "EUR"),
    ("RU", "Бюджет сто пятьдесят тысяч, нет, двести.", 200000, 200000, "RUB"),
])
def test_a_correction_leaving_the_unit_unsaid_takes_the_first_ones(language, text, low, high, currency):
    check_bounds(language, text, low, high, currency)


def test_a_correction_far_from_the_first_amount_is_not_read_in_its_unit():
    budget = find_budget("Budget fünftausend, nein, zwei Kinder kommen mit.", "DE")
    assert budget is not None and budget.max_eur == 5000


@pytest.mark.parametrize(("language", "text", "low", "high", "currency"), [
    ("NL", "Cadeau voor haar moeder, rond de duizend, nee, twaalfhonderd kan ook.", 1000, 1200, "EUR"),
    ("EN", "Budget twelve hundred, no, eighteen hundred is fine too.", 1200, 1800, "EUR"),
    ("DE", "Budget dreitausend, nein, viertausend geht auch.", 3000, 4000, "EUR"),
    ("IT", "Budget tremila, no, quattromila va bene anche.", 3000, 4000, "EUR"),
    ("ES", "Presupuesto dos mil, no, tres mil también vale.", 2000, 3000, "EUR"),
    ("PT", "Orçamento dois mil reais, não, três mil também serve.", 2000, 3000, "BRL"),
    ("FR", "Budget deux mille, non, trois mille ça va aussi.", 2000, 3000, "EUR"),
    ("RU", "Бюджет сто тысяч, нет, сто пятьдесят тоже можно.", 100000, 150000, "RUB"),
    ("ZH", "预算三万，不对，四万也行。", 30000, 40000, "CNY"),
    ("JA", "ご予算は三十万、いや、四十万でもいいとのこと。", 300000, 400000, "JPY"),
])
def test_a_correction_said_acceptable_too_makes_a_range(language, text, low, high, currency):
    check_bounds(language, text, low, high, currency)


def test_a_plain_correction_is_no_range():
    check_bounds("EN", "Budget twelve hundred, no, eighteen hundred is ok.", 1800, 1800, "EUR")


@pytest.mark.parametrize(("language", "text", "low", "high", "currency"), [
    ("DE", "Er möchte eine Uhr, höchstens vier… nein, viertausendfünfhundert, für seinen Sohn.", NAN, 4500, "EUR"),
    ("RU", "Хочет серьги, примерно сто, нет, сто двадцать тысяч, к празднику.", 120000, 120000, "RUB"),
    ("NL", "Ze zoekt een horloge, tot ongeveer drie… nee, drieduizend vijfhonderd, voor hem.", NAN, 3500, "EUR"),
])
def test_a_hedged_number_taken_back_for_a_spelled_amount(language, text, low, high, currency):
    check_bounds(language, text, low, high, currency)


def test_a_number_taken_back_without_a_hedge_is_no_budget():
    assert find_budget("Sie kommt um vier… nein, um fünf Uhr mit drei Freundinnen.", "DE") is None


@pytest.mark.parametrize(("language", "text", "low", "high"), [
    ("IT", "Vuole una borsa, quattro, quattromila duecento euro.", 4200, 4200),
    ("EN", "She'd spend three, three thousand five hundred dollars tops.", NAN, 3500),
    ("IT", "Vuole una borsa, sei, settemila euro.", 6000, 7000),
    ("NL", "Een horloge, rond de drie, drieënhalf duizend.", 3000, 3500),
])
def test_a_false_start_said_again_with_its_hundreds_is_no_range(language, text, low, high):
    check_bounds(language, text, low, high)


@pytest.mark.parametrize(("language", "text", "low", "high", "currency"), [
    ("NL", "Relatiegeschenken: 20 dassen, budget €150 p.st., totaal €3.000.", 3000, 3000, "EUR"),
    ("ES", "Regalos de empresa: 400 € por pieza, 4.000 € en total.", 4000, 4000, "EUR"),
    ("ES", "Cena de equipo: 80 € por persona, 1.600 € en total.", 1600, 1600, "EUR"),
    ("IT", "Dieci portachiavi, 200 euro al pezzo, 2.000 euro in totale.", 2000, 2000, "EUR"),
    ("JA", "ご予算 各50万円、総額100万円程度。", 1_000_000, 1_000_000, "JPY"),
    ("JA", "ご予算 一本30万円、総額90万円。", 900_000, 900_000, "JPY"),
    ("ZH", "预算各两万，总共六万。", 60000, 60000, "CNY"),
    ("KO", "예산은 각 100만 원, 총액 300만 원.", 3_000_000, 3_000_000, "KRW"),
    ("ES", "Máx. 300 € por pieza, 3.000 € en total.", NAN, 3000, "EUR"),
    ("EN", "Up to £200 each, £1,000 in total.", NAN, 1000, "GBP"),
])
def test_the_total_after_a_per_item_amount_is_the_budget(language, text, low, high, currency):
    check_bounds(language, text, low, high, currency)


@pytest.mark.parametrize(("language", "text", "low", "high", "currency"), [
    ("ZH", "预算两万到……两万五吧。", 20000, 25000, "CNY"),
    ("JA", "ご予算は20万から…30万円。", 200000, 300000, "JPY"),
    ("ZH", "预算一万到...一万五。", 10000, 15000, "CNY"),
])
def test_a_dense_range_with_a_pause_after_its_to(language, text, low, high, currency):
    check_bounds(language, text, low, high, currency)


@pytest.mark.parametrize(("language", "text", "low", "high", "currency"), [
    ("PT", "Orçamento 'uns 12k' (R$). Volta sexta.", 12000, 12000, "BRL"),
    ("EN", "Budget around 5k (HK$), flexible.", 5000, 5000, "HKD"),
])
def test_a_prefixed_dollar_named_away_from_the_amount(language, text, low, high, currency):
    check_bounds(language, text, low, high, currency)


def test_a_prefixed_dollar_of_another_amount_does_not_count():
    check_bounds("EN", "Budget 5k; last time she paid US$4,000.", 5000, 5000, "EUR")


@pytest.mark.parametrize(("language", "text", "low", "high"), [
    ("DE", "Er meinte, locker dreißig k, also quasi kein Limit.", 30000, NAN),
    ("EN", "Budget easily 20K, she said.", 20000, NAN),
    ("IT", "Budget tranquillamente 15 mila.", 15000, NAN),
])
def test_easily_an_amount_is_at_least_that_much(language, text, low, high):
    check_bounds(language, text, low, high)


def test_no_limit_after_an_amount_is_flagged():
    budget = find_budget("Er meinte, locker dreißig k, also quasi kein Limit.", "DE")
    assert budget is not None and budget.unlimited
