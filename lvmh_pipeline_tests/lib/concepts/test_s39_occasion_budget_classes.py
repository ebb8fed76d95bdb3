"""Occasion and budget classes of session 39, in our own phrasings:

- A bound said before a number the speaker takes back holds for the number said instead ("max six hundred, no, nine
  hundred pounds"); an amount said again at once with its currency is read in that currency ("no more than three
  grand, three thousand dollars").
- "Together" said before the couple's years, dated by a month or called an anniversary, is a relationship
  anniversary ("together seven years in March", "insieme da sei anni a maggio"); not colleagues' years nor a couple
  whose sentence names their marriage.
- Korean: a wedding counted in Sino-Korean numerals is its anniversary ("결혼 삼십 주년"); "이월" is February with a
  date word next to it ("이월에", "이월 중순"), not when it means "carried over"; an occasion "not mentioned" is
  denied (also in Japanese and Chinese).
- "Next month" glossed by the month it is ("الشهر الجاي يعني في يوليو", "다음 달, 그러니까 칠월") dates the occasion; with
  today's month said beside it, the occasion falls the month after it ("next month (today is 3 May)").
- A holiday the client does not celebrate is no occasion; a holiday's date in words that another occasion takes is
  that occasion's date ("o aniversário dela é a catorze de fevereiro"); an Orthodox Christmas dated in words has
  that month; an occasion a fixed-date holiday places in time takes the month the offset lands in ("two weeks
  before Christmas", "tre giorni dopo Capodanno").
- An age with its date and no verb in Dutch, German, Russian and English ("(35 jaar op 3 juni)"); a dated Portuguese
  "reforma" (retirement, not a renovation); engagement verbs and Dutch/German New Year compounds (taxonomy 1.32.0);
  a JA/KO month ending its own clause before the occasion's place ("再来年の三月に、ハワイで挙式").
"""

from __future__ import annotations

import pytest

from lvmh_pipeline_tests.lib.concepts.budget_checks import NAN, check_bounds
from lvmh_pipeline_tests.lib.concepts.occasion_checks import occasion_labels, occasion_pairs


@pytest.mark.parametrize(("language", "text", "low", "high", "currency"), [
    ("IT", "Spesa massima seicento, anzi no, novecento euro.", NAN, 900, "EUR"),
    ("EN", "Budget: max four hundred, sorry, seven hundred pounds.", NAN, 700, "GBP"),
    ("DE", "Budget höchstens 3000, nein, 4000 Euro.", NAN, 4000, "EUR"),
    ("FR", "Budget au minimum deux mille, non, trois mille euros.", 3000, NAN, "EUR"),
    ("ES", "Presupuesto máximo quinientos, no, setecientos euros.", NAN, 700, "EUR"),
    ("EN", "Budget 4k, no wait, 6k.", 6000, 6000, "EUR"),
])
def test_a_bound_holds_for_the_amount_said_instead(language, text, low, high, currency):
    check_bounds(language, text, low, high, currency)


@pytest.mark.parametrize(("language", "text", "low", "high", "currency"), [
    ("EN", "Spending cap: no more than three grand, three thousand dollars.", NAN, 3000, "USD"),
    ("DE", "Budget ungefähr viertausend, 4000 Dollar.", 4000, 4000, "USD"),
    ("FR", "Budget six mille, six mille dollars.", 6000, 6000, "USD"),
    ("ZH", "预算三万，三万美元。", 30000, 30000, "USD"),
])
def test_an_amount_said_again_with_its_currency_takes_it(language, text, low, high, currency):
    check_bounds(language, text, low, high, currency)


def test_a_different_amount_after_it_names_no_currency():
    check_bounds("EN", "Budget 5k, 4 pieces at 500 dollars.", 5000, 5000, "EUR")


@pytest.mark.parametrize(("language", "text", "month"), [
    ("EN", "Gift for his boyfriend: together seven years in March.", 3),
    ("IT", "Stanno insieme da sei anni a maggio.", 5),
    ("FR", "Ils sont ensemble depuis huit ans en avril.", 4),
    ("PT", "Estão juntos há quatro anos em julho.", 7),
    ("RU", "Они вместе уже семь лет в марте.", 3),
])
def test_together_said_first_with_a_month_is_a_relationship_anniversary(language, text, month):
    assert ("relationship_anniversary", month) in occasion_pairs(text, language), text


def test_an_anniversary_of_a_couple_together_for_years_is_theirs():
    assert occasion_labels("For their anniversary, together eleven years.", "EN") == {"relationship_anniversary"}


@pytest.mark.parametrize(("language", "text"), [
    ("EN", "They worked together for twelve years in Paris."),
    ("EN", "They have been together six years and got married in May."),
    ("PT", "Estão juntos há dez anos, querem alianças."),
])
def test_years_together_that_date_no_anniversary(language, text):
    assert "relationship_anniversary" not in occasion_labels(text, language), text


@pytest.mark.parametrize(("text", "expected"), [
    ("결혼 삼십 주년 선물을 찾으세요.", ("wedding_anniversary", None)),
    ("결혼 십오주년이 오월이에요.", ("wedding_anniversary", 5)),
    ("생일이 이월에 있어서 미리 준비.", ("birthday", 2)),
    ("졸업식은 이월 중순이라서.", ("graduation", 2)),
    ("포인트가 이월되어서 생일 선물 구매.", ("birthday", None)),
])
def test_korean_counted_weddings_and_february(text, expected):
    assert expected in occasion_pairs(text, "KO"), text


@pytest.mark.parametrize(("language", "text"), [
    ("KO", "기념일 관련 언급은 없음."),
    ("KO", "생일 얘기는 없으셨음."),
    ("JA", "誕生日の言及なし。"),
    ("ZH", "没提生日。"),
])
def test_an_occasion_not_mentioned_is_none(language, text):
    assert not occasion_labels(text, language), text


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("AR", "حفلة تخرج ابنها الشهر الجاي يعني في يوليو", ("graduation", 7)),
    ("KO", "결혼식이 다음 달, 그러니까 칠월이에요.", ("wedding", 7)),
    ("EN", "Daughter's graduation next month (today is 3 May).", ("graduation", 6)),
    ("ZH", "下月毕业（现在五月）。", ("graduation", 6)),
])
def test_next_month_said_with_its_month(language, text, expected):
    assert expected in occasion_pairs(text, language), text


@pytest.mark.parametrize(("language", "text"), [
    ("EN", "Wants a gift for her birthday on 14 February; Valentine's she doesn't celebrate."),
    ("FR", "Anniversaire le quatorze février, la Saint-Valentin elle ne la fête pas."),
    ("PT", "O aniversário dela é a catorze de fevereiro."),
    ("NL", "Zijn verjaardag is op veertien februari."),
])
def test_a_birthday_on_valentines_day_is_no_valentine(language, text):
    assert occasion_pairs(text, language) == {("birthday", 2)}, text


def test_a_holiday_stays_when_something_else_is_not_celebrated():
    assert "valentines_day" in occasion_labels("Valentine's Day gift; she doesn't celebrate birthdays.", "EN")


@pytest.mark.parametrize(("text", "month"), [
    ("Подарок к Рождеству, к православному, седьмого января.", 1),
    ("Подарок на Рождество, седьмого января.", 1),
])
def test_an_orthodox_christmas_dated_in_words(text, month):
    assert ("christmas", month) in occasion_pairs(text, "RU"), text


def test_a_lead_word_after_a_comma_is_no_date_of_christmas():
    assert ("christmas", 12) in occasion_pairs("Weihnachten, im Januar Geburtstag.", "DE")


@pytest.mark.parametrize(("language", "text", "month"), [
    ("NL", "Tas voor zijn zus (35 jaar op 3 juni).", 6),
    ("DE", "Kette für die Tochter (18 Jahre am 2. März).", 3),
    ("RU", "Подарок маме (60 лет 5 апреля).", 4),
])
def test_an_age_with_its_date_is_a_birthday(language, text, month):
    assert ("birthday", month) in occasion_pairs(text, language), text


def test_years_as_a_client_are_no_age():
    assert "birthday" not in occasion_labels("Al 12 jaar klant, in maart terug.", "NL")


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("PT", "Procura uma caneta para a reforma (início de julho).", ("retirement", 7)),
    ("PT", "Prenda para a reforma do pai em maio.", ("retirement", 5)),
    ("PT", "Eles vão noivar em março.", ("engagement", 3)),
    ("NL", "Champagne voor de nieuwjaarsborrel van kantoor in januari.", ("new_year", 1)),
    ("JA", "再来年の三月に、ハワイで挙式の予定。", ("wedding", 3)),
    ("KO", "내년 오월에, 부산에서 결혼식이 있으세요.", ("wedding", 5)),
])
def test_dated_occasion_words(language, text, expected):
    assert expected in occasion_pairs(text, language), text


@pytest.mark.parametrize(("language", "text"), [
    ("PT", "A reforma da cozinha acaba em maio."),
    ("ES", "La reforma del piso termina en junio."),
])
def test_a_renovation_is_no_retirement(language, text):
    assert "retirement" not in occasion_labels(text, language), text


def test_an_ordinal_age_dated_by_a_holiday_is_a_birthday():
    labels = occasion_labels("For her dad's eightieth the week after Christmas.", "EN")
    assert "birthday" in labels and "christmas" not in labels


@pytest.mark.parametrize(("language", "text", "month"), [
    ("EN", "Her birthday is two weeks before Christmas.", 12),
    ("EN", "For her dad's eightieth the week after Christmas.", 12),
    ("IT", "Il compleanno della moglie, tre giorni dopo Capodanno.", 1),
    ("ES", "El cumpleaños de su hija es una semana antes de San Valentín.", 2),
    ("DE", "Geburtstag der Mutter drei Tage nach Neujahr.", 1),
])
def test_an_occasion_dated_by_a_holiday_takes_the_month_it_lands_in(language, text, month):
    assert occasion_pairs(text, language) == {("birthday", month)}, text
