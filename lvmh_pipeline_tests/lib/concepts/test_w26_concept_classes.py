"""Concept classes found on the w26 dev notes (own phrasings): upper bounds said in words the
bound lexicon lacked (Levantine "more than" spelled with ت, Darija "not more than", French
"au-delà", Portuguese "nunca mais de", Spanish "tope" after the amount, the Arabic "maximum"
keyword), a cap word opening a clause with a plain amount closing it ("Max 600."), per-item
amounts marked before the number ("à 250 €", "cada um põe") followed by the total, and the
Tunisian dinar."""

from __future__ import annotations

import math

import pytest

from lvmh_pipeline.lib.concepts.budgets.budget import parse_budget
from lvmh_pipeline.lib.concepts.budgets.money import EUR_PER_UNIT
from lvmh_pipeline.lib.concepts.extraction import extract


def bounds(text: str, language: str) -> tuple[float, float]:
    budget = parse_budget(text, language)
    assert budget is not None, text
    return budget.min_eur, budget.max_eur


def approx(value: float, expected: float) -> bool:
    return abs(value - expected) <= 0.01 * max(expected, 1.0)


@pytest.mark.parametrize(
    ("language", "text", "cap"),
    [
        ("AR", "قالت إنو الميزانية ما بتكون أكتر من ٤ آلاف يورو.", 4000),
        ("AR", "الميزانية ماكترش من 20 ألف يورو، وبغات شي حاجة بسيطة.", 20000),
        ("AR", "ميزانيته تقريبا 6000 يورو، مش أكتر.", 6000),
        ("AR", "الحد الأقصى ٧ آلاف يورو للهدية كلها.", 7000),
        ("FR", "Enveloppe : jamais au-delà de trois mille euros, elle insiste.", 3000),
        ("FR", "Budget 'pas au-delà de 4 000 €', ferme.", 4000),
        ("PT", "Orçamento: nunca mais de quatro mil euros, disse o marido.", 4000),
        ("ES", "Presupuesto 900 EUR tope, sin excepciones.", 900),
    ],
)
def test_upper_bound_words_leave_the_minimum_open(language, text, cap):
    low, high = bounds(text, language)
    assert math.isnan(low) and approx(high, cap)


@pytest.mark.parametrize(
    ("language", "text", "cap"),
    [
        ("IT", "Cerca un portafoglio per il marito. Max 450. Colore scuro.", 450),
        ("NL", "Zoekt een riem voor haar vader, hij betaalt zelf, tot 650. Liefst zwart.", 650),
        ("ES", "Quiere unos gemelos para su hermano. Hasta 380. Entrega el viernes.", 380),
        ("DE", "Sucht Manschettenknöpfe. Max. 900. Lieferung ins Büro.", 900),
    ],
)
def test_a_cap_word_opening_a_clause_with_a_plain_amount_is_a_budget(language, text, cap):
    low, high = bounds(text, language)
    assert math.isnan(low) and approx(high, cap)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("EN", "Dinner for the board, up to 150. Venue booked already."),
        ("IT", "Ricevimento con invitati, fino a 200. Poi vediamo."),
        ("EN", "Open until 2027. Store card renewed."),
        ("FR", "Réservation au restaurant pour des invités, jusqu'à 120. Merci."),
    ],
)
def test_a_capped_count_or_year_is_no_budget(language, text):
    assert parse_budget(text, language) is None


@pytest.mark.parametrize(
    ("language", "text", "low", "high"),
    [
        ("DE", "Zehn Karten à 150 €, also 1.500 € insgesamt, Rechnung an die Firma.", 1500, 1500),
        ("ES", "Entre 80 y 100 € la unidad, calculado: 1.600 a 2.000 € total.", 1600, 2000),
        ("PT", "Querem 40 cadernos, ~70 € cada, total até 2.800 €.", math.nan, 2800),
        ("PT", "Cada uma põe 300 €, total 1.200 € para a prenda da mãe.", 1200, 1200),
    ],
)
def test_per_item_amount_marked_before_the_number_gives_way_to_the_total(language, text, low, high):
    got_low, got_high = bounds(text, language)
    assert (math.isnan(low) and math.isnan(got_low)) or approx(got_low, low)
    assert approx(got_high, high)


def test_the_tunisian_dinar_is_its_own_currency():
    low, high = bounds("الميزانية بين 2000 و2500 دينار تونسي للساعة.", "AR")
    assert approx(low, 2000 * EUR_PER_UNIT["TND"]) and approx(high, 2500 * EUR_PER_UNIT["TND"])


def occasions(text: str, language: str) -> dict[str, int | None]:
    hits = extract(text, language, "2026-01-15", fixed_months=True)
    return {h.concept: h.month for h in hits if h.category == "occasion" and not h.negated}


@pytest.mark.parametrize(
    ("language", "text", "occasion"),
    [
        ("EN", "Mrs. Lane is pregnant, six months, so please offer her a chair. Shopping for Father's Day.", "fathers_day"),
        ("IT", "La signora è incinta, niente profumi forti in negozio. Cerca un regalo per l'anniversario di matrimonio.",
         "wedding_anniversary"),
        ("DE", "Sie ist schwanger und mag keine starken Düfte. Geschenk zur Einweihungsfeier der Schwester.", "housewarming"),
        ("PT", "Está grávida, nada apertado. Quer um vestido para o Natal.", "christmas"),
    ],
)
def test_a_pregnancy_told_as_a_state_beside_another_occasion_is_no_birth(language, text, occasion):
    found = occasions(text, language)
    assert occasion in found and "birth" not in found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("EN", "She is pregnant, due date in June; her husband wants a Christmas gift for her."),
        ("RU", "Она беременна, роды в мае, а муж ищет подарок к Новому году."),
        ("EN", "She is pregnant and looking at rattles."),
    ],
)
def test_a_pregnancy_with_a_due_date_or_alone_stays_a_birth(language, text):
    assert "birth" in occasions(text, language)


@pytest.mark.parametrize(
    ("language", "text", "occasion", "month"),
    [
        ("AR", "بدها خاتم لعيد ميلاد بنتها [NAME] في البيت يوم السبت ٩ مارس.", "birthday", 3),
        ("EN", "Christening of her grandson [NAME] is in early March.", "baptism", 3),
        ("FR", "Le baptême de son petit-fils [NAME] aura lieu en juin.", "baptism", 6),
    ],
)
def test_a_redaction_placeholder_between_occasion_and_month_breaks_no_clause(language, text, occasion, month):
    assert occasions(text, language).get(occasion) == month


@pytest.mark.parametrize(
    ("text", "occasion", "month"),
    [
        ("يحتفلون بعيد زواجهم يوم ٢٢/٠٩ وبدو ساعة.", "wedding_anniversary", 9),
        ("عيد ميلاد ابنها في ٠٥/٠٣ والميزانية مفتوحة.", "birthday", 3),
    ],
)
def test_numeric_dates_in_arabic_indic_digits_give_the_month(text, occasion, month):
    assert occasions(text, "AR").get(occasion) == month


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("EN", "Her grandson is turning twelve on the 3rd of June, a first watch."),
        ("FR", "Sa fille aura vingt le 4 juillet, elle veut un sac."),
        ("EN", "He turns thirty on the, the fifth of March."),
    ],
)
def test_a_spoken_age_followed_by_a_date_is_a_birthday(language, text):
    assert "birthday" in occasions(text, language)


@pytest.mark.parametrize(
    ("language", "text", "occasion"),
    [
        ("PT", "Quer uma caneta para a reforma dela, depois de quarenta anos no banco.", "retirement"),
        ("ES", "Busca un regalo para su hermano, que asciende a socio del despacho.", "promotion"),
        ("FR", "Elle fête sa promo interne au siège, un foulard.", "promotion"),
        ("PT", "Os dois casam em Sintra no verão, querem alianças.", "wedding"),
        ("ES", "Su pareja le pide matrimonio el mes que viene, busca anillo.", "engagement"),
        ("ES", "Quince años de su hija en mayo, quiere un collar.", "birthday"),
    ],
)
def test_occasions_said_with_words_the_lexicon_lacked(language, text, occasion):
    assert occasion in occasions(text, language)


def constraints(text: str, language: str, category: str) -> set[str]:
    return {h.concept for h in extract(text, language) if h.category == category and not h.negated}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ES", "Su marido no prueba el jamón ni bebe alcohol, por religión."),
        ("PT", "O pai não come marisco nem bebe álcool."),
        ("IT", "Il suocero non mangia carne né beve alcolici."),
    ],
)
def test_drinking_denied_after_a_coordinating_nor_is_a_diet(language, text):
    assert "no_alcohol" in constraints(text, language, "diet")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ES", "Vegetariana estricta y con alergia al marisco, ojo."),
        ("PT", "Vegetariano, e alérgico a peixe."),
    ],
)
def test_seafood_named_by_an_allergy_makes_no_pescatarian(language, text):
    assert constraints(text, language, "diet") == {"vegetarian"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("JA", "食物アレルギー等は特にないとのこと。"),
        ("FR", "RAS côté allergies, elle adore le chocolat noir."),
    ],
)
def test_allergies_denied_past_an_etcetera_or_by_ras(language, text):
    assert "allergy_unspecified" not in constraints(text, language, "allergy")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("RU", "На приёме ей только чай и миндаль, никакого торта."),
        ("EN", "For the tasting only champagne and almonds, she said."),
    ],
)
def test_a_food_served_after_only_is_no_allergy(language, text):
    assert "tree_nuts" not in constraints(text, language, "allergy")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("RU", "Аллергия только на миндаль."),
        ("EN", "Allergic only to almonds."),
    ],
)
def test_an_allergy_limited_by_only_stays(language, text):
    assert "tree_nuts" in constraints(text, language, "allergy")


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Budget entre mille et deux mille euros pour le sac.", 1000, 2000),
        ("Il parle d'entre douze cents et trois mille euros.", 1200, 3000),
    ],
)
def test_french_et_between_two_numbers_makes_a_range(text, low, high):
    got_low, got_high = bounds(text, "FR")
    assert approx(got_low, low) and approx(got_high, high)


def test_french_et_still_joins_vingt_et_un():
    low, high = bounds("Budget de vingt et un mille euros.", "FR")
    assert approx(low, 21000) and approx(high, 21000)


@pytest.mark.parametrize(
    ("language", "text", "cap"),
    [
        ("EN", "Her words: 'no more than six hundred dollars, please'.", 600 * EUR_PER_UNIT["USD"]),
        ("IT", "Non più di ottocento euro per la cintura.", 800),
        ("EN", "Something under three hundred pounds for the christening.", 300 * EUR_PER_UNIT["GBP"]),
    ],
)
def test_a_spelled_amount_under_a_thousand_after_a_bound_word_is_a_budget(language, text, cap):
    low, high = bounds(text, language)
    assert math.isnan(low) and approx(high, cap)


def test_a_spelled_amount_with_no_bound_nor_budget_word_stays_no_budget():
    assert parse_budget("He keeps four hundred dollars in cash for tips.", "EN") is None
