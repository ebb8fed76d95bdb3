"""Budget classes of session 37, in our own phrasings: an open bound said after the amount at the end of its clause
("5 000 € et plus", "o más", "وطالع", "и выше"; not "and up to 6K"), "grand max", "parti da" and other "starting from"
cues, a stretch verb before a higher amount ("puede estirarse a", "può salire a", "kann auf … gehen"), a cap whose 만 is
left unsaid ("천오백만 원 정도, 최대 이천까지"), a million said with a preposition and no number ("до миллиона", "a million",
"einer Million"), two spelled amounts said as a range without a pause ("trois cents quatre cents", "four hundred five
hundred dollars"), and a bare dinar or riyal read in the currency of the place the note names (Amman, Doha, Muscat), a
Brazilian progressive making a Portuguese note's amount reais."""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.concepts.budgets.budget import find_budget
from lvmh_pipeline_tests.lib.concepts.budget_checks import NAN, check_bounds as _check


@pytest.mark.parametrize(("language", "text", "low", "high"), [
    ("AR", "تبي عقد ذهب، من سبعة آلاف دولار وطالع، والتسليم الخميس.", 7_000, NAN),
    ("AR", "الميزانية عشرين ألف درهم وما فوق.", 20_000, NAN),
    ("EN", "Budget: 6K and upwards, she said.", 6_000, NAN),
    ("ES", "Presupuesto 4.000 euros o más.", 4_000, NAN),
    ("PT", "Orçamento 3 mil euros ou mais.", 3_000, NAN),
    ("RU", "Бюджет 300 тысяч и выше.", 300_000, NAN),
    ("EN", "Budget £4k and up to 6k.", 4_000, 6_000),  # "and up to": the cap of a range
])
def test_an_open_bound_after_the_amount(language, text, low, high):
    _check(language, text, low, high)


@pytest.mark.parametrize(("language", "text", "low", "high"), [
    ("FR", "Une bague, budget douze mille euros grand max.", NAN, 12_000),
    ("IT", "Budget: parti da 3k €, niente limite.", 3_000, NAN),
    ("IT", "Il budget si parte da 1.500 euro.", 1_500, NAN),
    ("ES", "Presupuesto empezando en 2.500 €.", 2_500, NAN),
])
def test_cap_and_start_cues(language, text, low, high):
    _check(language, text, low, high)


@pytest.mark.parametrize(("language", "text", "low", "high"), [
    ("ES", "Presupuesto unos seis mil euros, puede estirarse a siete.", 6_000, 7_000),
    ("ES", "Presupuesto 5.000 €, se puede subir a 6.000.", 5_000, 6_000),
    ("IT", "Budget 3.000 euro, può salire a 4.000.", 3_000, 4_000),
    ("PT", "Orçamento 5 mil euros, dá para esticar até 6.", 5_000, 6_000),
    ("DE", "Budget 4.000 €, kann auf 5.000 gehen.", 4_000, 5_000),
])
def test_a_stretch_verb_before_a_higher_amount(language, text, low, high):
    _check(language, text, low, high)


@pytest.mark.parametrize(("language", "text", "low", "high"), [
    ("KO", "예산은 이천만 원 정도, 최대 삼천까지 보신대요.", 20_000_000, 30_000_000),
    ("KO", "예산 300만 원, 최대 400까지.", 3_000_000, 4_000_000),
    ("ZH", "预算两万，最多可以到三。", 20_000, 30_000),
])
def test_a_cap_whose_man_unit_is_left_unsaid(language, text, low, high):
    _check(language, text, low, high)


@pytest.mark.parametrize(("language", "text", "low", "high", "currency"), [
    ("RU", "Бюджет на часы, э, до миллиона рублей.", NAN, 1_000_000, "RUB"),
    ("RU", "Бюджет до полумиллиона.", NAN, 500_000, "RUB"),
    ("RU", "Бюджет около миллиона.", 1_000_000, 1_000_000, "RUB"),
    ("RU", "Бюджет до полутора миллионов рублей.", NAN, 1_500_000, "RUB"),
    ("EN", "Budget up to a million dollars.", NAN, 1_000_000, "USD"),
    ("DE", "Budget bis zu einer Million Euro.", NAN, 1_000_000, "EUR"),
])
def test_a_million_with_no_number(language, text, low, high, currency):
    _check(language, text, low, high, currency)


@pytest.mark.parametrize(("language", "text", "low", "high"), [
    ("FR", "Un foulard, pas trop cher, genre six cents sept cents euros.", 600, 700),
    ("FR", "Un stylo, budget trois cents quatre cents pas plus.", 300, 400),
    ("FR", "Une montre, genre deux mille trois mille euros.", 2_000, 3_000),
    ("EN", "A wallet, like four hundred five hundred dollars.", 400, 500),
    ("FR", "Budget deux mille cinq cents euros.", 2_500, 2_500),  # a sum stays a sum
    ("FR", "Budget quatre cents cinq euros.", 405, 405),
])
def test_two_spelled_amounts_said_as_a_range(language, text, low, high):
    _check(language, text, low, high)


@pytest.mark.parametrize(("language", "text", "currency"), [
    ("AR", "الميزانية ٥٠٠–٧٠٠ دينار، والتوصيل لبيتها في عمان، الصويفية.", "JOD"),
    ("AR", "الميزانية ٥٠ ألف ريال، والتسليم في الدوحة.", "QAR"),
    ("AR", "الميزانية ٣٠٠٠ ريال، الزبون من مسقط.", "OMR"),
    ("AR", "الميزانية ٣٠٠٠ ريال، الزبون من جدة.", "SAR"),
    ("AR", "الميزانية ٣٠٠٠ ريال، مسقط رأسه الرياض.", "SAR"),  # "مسقط رأس": a birthplace, not Muscat
    ("PT", "Orçamento uns doze mil, eles tão procurando alianças.", "BRL"),
    ("PT", "Orçamento 5 mil, estão a procurar alianças.", "EUR"),
])
def test_a_bare_currency_read_in_the_place_of_the_note(language, text, currency):
    assert find_budget(text, language).currency == currency, text
