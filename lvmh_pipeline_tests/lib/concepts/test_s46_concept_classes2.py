"""Concept classes of session 46, round 2 (occasions and months), in our own phrasings:

- Months: "in N months" / "the following month" / "next month" counted from a full date with its year heading the
  note (day first, or year first in ISO order); no month without such a date.
- Occasions: a gala whose sentence denies the charity is the firm's celebration, no charity gala; a first anniversary
  of a wedding held "last year" stays upcoming, with the wedding's month.
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.common.text import normalize
from lvmh_pipeline.lib.concepts.occasions.references.stated_today import dated_heading
from lvmh_pipeline_tests.lib.concepts.occasion_checks import occasion_pairs

# --- months counted from the note's dated heading --------------------------------------------------------------------


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("EN", "Appt 12 Mar 2025 / Mrs Hale / her husband's 70th birthday in three months, looking at watches.",
     ("birthday", 6)),
    ("FR", "Note du 14/02/2025. Mariage de leur fille dans deux mois ; cherche des boucles.", ("wedding", 4)),
    ("DE", "03.05.2025 – Herr Berg. Jubiläum der Firma in drei Monaten, sucht Manschettenknöpfe.",
     ("corporate_anniversary", 8)),
    ("ES", "Madrid – 10/08/2025. Boda de su hijo dentro de tres meses.", ("wedding", 11)),
    ("IT", "Data visita: 12/05/2025. Compleanno della moglie tra due mesi.", ("birthday", 7)),
    ("PT", "Data: 02/10/2025. Casamento da sobrinha no mês seguinte.", ("wedding", 11)),
    ("PT", "Lisboa, 11/06/2025 – Noivado do filho no mês que vem.", ("engagement", 7)),
    ("NL", "12-04-2025 | Verjaardag van zijn vrouw over 3 maanden.", ("birthday", 7)),
    ("RU", "Дата: 10.03.2025. День рождения жены через три месяца.", ("birthday", 6)),
    ("JA", "来店日：2025年6月3日。奥様のお誕生日が来月。", ("birthday", 7)),
    ("KO", "방문 2025.07.14. 다음 달 부인 생신.", ("birthday", 8)),
    ("ZH", "2025年5月6日来访。太太生日在三个月后。", ("birthday", 8)),
    ("AR", "تاريخ الزيارة: 2025/04/20. عيد ميلاد زوجته بعد شهرين.", ("birthday", 6)),
])
def test_months_ahead_count_from_the_dated_heading(language, text, expected):
    assert expected in occasion_pairs(text, language), text


@pytest.mark.parametrize(("language", "text"), [
    ("EN", "Mrs Hale, her husband's birthday in three months, looking at watches."),
    ("DE", "Frau Brandt, Geburtstag ihres Mannes in zwei Monaten."),
    ("IT", "La signora Conti, compleanno del marito tra due mesi."),
])
def test_months_ahead_without_a_dated_heading_give_no_month(language, text):
    assert {m for _, m in occasion_pairs(text, language)} == {None}, text


@pytest.mark.parametrize(("text", "expected"), [
    ("Note du 28/03/2025. Rien", (3, 28)),
    ("방문 2025.02.03. 메모", (2, 3)),
    ("来店日：2025年1月20日　本店", (1, 20)),
    ("Appt 04 Dec 2024 / Mr Lee", (12, 4)),
])
def test_dated_heading_reads_day_first_or_year_first(text, expected):
    from lvmh_pipeline.lib.concepts.occasions.months import find_months
    nt = normalize(text)
    assert dated_heading(nt, find_months(nt, "EN")) == expected


@pytest.mark.parametrize("text", [
    "Client since 2019, wants a bag for her sister, nothing dated.",
    "Une cliente fidèle depuis longtemps. Elle a acheté une montre le 12/03/2021 à Paris, hors de l'en-tête.",
])
def test_no_dated_heading_without_a_full_date_at_the_start(text):
    from lvmh_pipeline.lib.concepts.occasions.months import find_months
    nt = normalize(text)
    assert dated_heading(nt, find_months(nt, "EN")) is None


# --- a gala that is no charity's -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("language", "text"), [
    ("EN", "Mr and Mrs Vale, the gala dinner of his firm in May, not a charity one, she wants a clutch."),
    ("FR", "Dîner de gala de la banque (pas caritatif) le 4 mars, elle cherche des boucles."),
    ("DE", "Gala-Dinner der Kanzlei, keine Benefizveranstaltung, am 5. Mai."),
    ("ES", "Cena de gala del despacho en junio, no es benéfica, quiere un bolso."),
    ("IT", "Cena di gala della banca a maggio, non è di beneficenza."),
    ("PT", "Jantar de gala da empresa em maio, não é beneficente."),
    ("NL", "Galadiner van het kantoor op 3 mei, geen goed doel, zoekt een tas."),
    ("RU", "Гала-ужин у компании, не благотворительный, десятого мая."),
    ("JA", "会社のガラディナー、チャリティーではなく社内行事、5月10日。"),
    ("KO", "갈라 디너(회사 행사, 자선 행사 아님) 5월 10일."),
    ("AR", "عشاء الحفل السنوي لشركته، مو حفل خيري، في مايو."),
])
def test_a_gala_denied_a_charity_is_a_celebration(language, text):
    labels = {label for label, _ in occasion_pairs(text, language)}
    assert labels == {"celebration"}, (text, labels)


@pytest.mark.parametrize(("language", "text"), [
    ("EN", "Charity gala at the museum in May, she wants a clutch."),
    ("DE", "Benefizgala im Mai, sie sucht Ohrringe."),
    ("ES", "Gala benéfica del hospital en junio."),
])
def test_a_charity_gala_stays_one(language, text):
    assert "charity_gala" in {label for label, _ in occasion_pairs(text, language)}, text


# --- a first anniversary of last year's wedding ----------------------------------------------------------------------


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("ES", "Los Pérez se casaron el año pasado en abril y ahora primer aniversario, quiere un reloj.",
     ("wedding_anniversary", 4)),
    ("EN", "They got married last year in June and now it is their first anniversary.", ("wedding_anniversary", 6)),
])
def test_a_first_anniversary_of_last_years_wedding_is_upcoming(language, text, expected):
    assert expected in occasion_pairs(text, language), text


@pytest.mark.parametrize(("language", "text"), [
    ("ES", "Su cumpleaños fue el año pasado en mayo."),
    ("EN", "His birthday was last year, now he wants a watch."),
])
def test_a_birthday_last_year_stays_past(language, text):
    assert not occasion_pairs(text, language), text


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("JA", "昨年4月にご結婚、初めての結婚記念日のプレゼント。", ("wedding_anniversary", 4)),
    ("KO", "다음 달에 결혼기념일이고요, 첫 번째 결혼기념일, 작년 사월에 결혼하셨대요.", ("wedding_anniversary", 4)),
    ("PT", "Quer presente, primeiro ano de casados, casaram dia dez de abril.", ("wedding_anniversary", 4)),
    ("ES", "Primer año de casados, se casaron el 3 de mayo.", ("wedding_anniversary", 5)),
])
def test_a_first_anniversary_takes_the_wedding_month(language, text, expected):
    assert expected in occasion_pairs(text, language), text


# --- whose years: a firm named with its founding; German "dem Sechzigsten von ..." ---------------------------------


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("IT", "Regalo per i 25 anni della Bianchi Srl (fondata il 4 maggio 2000), 30 penne.", ("corporate_anniversary", 5)),
    ("AR", "شركة النور – الذكرى العاشرة لتأسيسها يوم 12/05. المطلوب 20 قلمًا.", ("corporate_anniversary", 5)),
])
def test_a_firms_years_with_its_founding_are_a_corporate_anniversary(language, text, expected):
    assert expected in occasion_pairs(text, language), text


def test_a_persons_age_near_a_firm_word_stays_a_birthday():
    assert ("birthday", 5) in occasion_pairs("Compleanno di Marco, 40 anni, a maggio; lavora in banca.", "IT")


@pytest.mark.parametrize("text", [
    "Sie war wegen dem Sechzigsten von ihrem Bruder hier, der ist im März.",
    "Er kam wegen des Siebzigsten seiner Mutter, im März.",
])
def test_german_article_ordinal_with_its_owner_is_a_birthday(text):
    assert ("birthday", 3) in occasion_pairs(text, "DE"), text


@pytest.mark.parametrize("text", [
    "Lieferung bis zu dem Zwanzigsten des Monats, im März.",
    "Er feiert mit den Sechzigsten Gästen im März.",
])
def test_german_article_ordinal_that_is_no_age(text):
    assert "birthday" not in {label for label, _ in occasion_pairs(text, "DE")}, text


@pytest.mark.parametrize(("language", "text"), [
    ("FR", "Son anniversaire était hier, elle veut un cadeau quand même."),
    ("FR", "C'était hier son anniversaire."),
])
def test_french_hier_still_makes_a_birthday_past(language, text):
    assert not occasion_pairs(text, language), text


def test_an_arabic_day_word_before_a_short_date_dates_it():
    assert ("graduation", 6) in occasion_pairs("حفل تخرج ابنها يوم 2/6.", "AR")


# --- the yuan closing a sum is no "formerly" -------------------------------------------------------------------------


def _diets(text: str, language: str) -> dict[str, bool]:
    from lvmh_pipeline.lib.concepts.extraction import extract
    return {h.concept: h.negated for h in extract(text, language, "2026-01-15") if h.category == "diet"}


@pytest.mark.parametrize(("text", "diet"), [
    ("总预算8万元。清真饮食。", "halal"),
    ("预算三千元。她吃素。", "vegetarian"),
    ("预算五十元。他吃素。", "vegetarian"),
])
def test_a_sum_in_yuan_before_a_diet_keeps_it(text, diet):
    assert _diets(text, "ZH").get(diet) is False, text


def test_a_former_diet_stays_negated():
    assert _diets("元ベジタリアンです。", "JA").get("vegetarian") is True
