"""Concept classes of session 44 (round w48), in our own phrasings:

- Diets: "takes no alcohol" ("no toma alcohol", "não toma álcool") is drinking even beside a perfume; a Korean
  honorific "doesn't drink" run on into a gift request ("술 안 드세요 선물 포장") is the person's diet.
- Allergies: a metal allergy narrowed with "only" to nickel ("金属アレルギー、あ、ニッケルだけ", "metal allergy, well,
  just nickel") is nickel alone ("金属アレルギー（ニッケル）" stays both).
- Budgets: Gulf currency abbreviations ("400 د.ك", "5000 ر.س", "20 ألف د.إ"); a spelled amount under a thousand
  with its currency and a cap after it ("six cents euros max", "seiscientos euros como mucho").
- Occasions: a visit or appointment heading dates the note ("Appt Tue 14 Oct", "زيارة ٣ أبريل") for "next
  month"; a named milestone before "next month" ("Marcus's 40th next month"); "os 50 anos dele" (PT); a month
  said after "next month" and a Korean copula ("다음 달이라서, 아 칠월이요"); an occasion that falls on a holiday
  ("birthday is on Christmas Eve", "생일이 크리스마스 이브라서") takes its month, no holiday; a holiday dating a moved
  appointment, a trip or a crowded shop is none; Dutch "na de ramadan" dates the wedding; a pregnancy whose birth is
  said ("nasce em outubro") stays a birth beside another occasion; a team's Ramadan gifts are no Eid; a move to a
  city stays a housewarming; "Brides de Gala" is a scarf;
  election-win celebrations (JA/KO/ZH), a PT taking of office for a new term (new job).
"""

from __future__ import annotations

import pytest

from lvmh_pipeline_tests.lib.concepts.budget_checks import NAN, check_bounds
from lvmh_pipeline_tests.lib.concepts.constraints import constraints
from lvmh_pipeline_tests.lib.concepts.occasion_checks import occasion_labels, occasion_pairs, occasions


# --- diets -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("language", "text"), [
    ("ES", "Está embarazada, nada de perfumes intensos, y tampoco toma alcohol."),
    ("PT", "Nada de perfume forte na prova, e ele não toma álcool."),
])
def test_taking_no_alcohol_beside_a_perfume_is_the_diet(language, text):
    assert "no_alcohol" in constraints(text, language)[1], text


def test_an_alcohol_free_perfume_is_still_no_diet():
    assert constraints("Quiere un perfume sin alcohol, toma nota.", "ES")[1] == set()


@pytest.mark.parametrize("text", [
    "사모님은 술 안 드세요 선물은 리본 포장으로 부탁하셨어요.",
    "아버님 술 안 드셔서 선물 고르실 때 참고.",
])
def test_a_korean_honorific_not_drinking_before_a_gift_is_the_diet(text):
    assert "no_alcohol" in constraints(text, "KO")[1], text


def test_alcohol_left_out_of_a_korean_gift_is_no_diet():
    assert constraints("선물로 술은 안 드려요.", "KO")[1] == set()


# --- allergies ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("language", "text"), [
    ("JA", "金属アレルギーがあるそうで、あ、ニッケルだけです。"),
    ("EN", "Has a metal allergy, well, only nickel really."),
    ("EN", "Metal allergy: just nickel."),
    ("FR", "Allergie aux métaux, enfin seulement au nickel."),
    ("DE", "Metallallergie, allerdings nur auf Nickel."),
    ("ES", "Alergia a los metales, bueno, solo al níquel."),
    ("PT", "Alergia a metais, só ao níquel."),
    ("KO", "금속 알레르기 있으신데 니켈만 문제예요."),
    ("ZH", "她说金属过敏，其实只对镍过敏。"),
    ("RU", "Аллергия на металлы, точнее только на никель."),
])
def test_a_metal_allergy_narrowed_to_only_nickel_is_nickel(language, text):
    assert constraints(text, language)[0] == {"nickel"}, text


@pytest.mark.parametrize(("language", "text"), [
    ("JA", "金属アレルギー（ニッケル）あり。"),
    ("EN", "Metal allergy, nickel and cobalt."),
    ("EN", "Metal allergy, so no nickel."),
])
def test_a_metal_allergy_with_its_metals_named_stays_both(language, text):
    assert constraints(text, language)[0] == {"metal", "nickel"}, text


# --- budgets -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "low", "high", "currency"), [
    ("هدايا للفريق، سعر الواحدة حتى 300 د.ك.", NAN, 300, "KWD"),
    ("الميزانية تقريبا 5000 ر.س", 5000, 5000, "SAR"),
    ("الميزانية 20 ألف د.إ", 20000, 20000, "AED"),
    ("الميزانية حتى 900 د.ب", NAN, 900, "BHD"),
])
def test_gulf_currency_abbreviations(text, low, high, currency):
    check_bounds("AR", text, low, high, currency)


@pytest.mark.parametrize(("language", "text", "high"), [
    ("FR", "On regarde un foulard. Sept cents euros max.", 700),
    ("EN", "A small leather good. Five hundred euros at most.", 500),
    ("DE", "Ein Schal vielleicht. Achthundert Euro höchstens.", 800),
    ("ES", "Algo pequeño. Seiscientos euros como mucho.", 600),
    ("IT", "Un portachiavi. Seicento euro al massimo.", 600),
    ("NL", "Een sjaaltje. Zeshonderd euro max.", 600),
    ("RU", "Платок. Шестьсот евро максимум.", 600),
])
def test_spelled_hundreds_with_a_currency_and_a_cap_after(language, text, high):
    check_bounds(language, text, NAN, high, "EUR")


# --- occasions: months -------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("language", "text", "pair"), [
    ("EN", "Appt Wed 5 Mar. Looking for a gift for Jonah's 30th next month.", ("birthday", 4)),
    ("EN", "Visit Thu 2 Oct — wife's birthday next month, wants a bracelet.", ("birthday", 11)),
    ("FR", "RDV du 3 mars. Cadeau pour l'anniversaire de sa femme le mois prochain.", ("birthday", 4)),
    ("AR", "زيارة ٥ مايو – تبحث عن هدية بمناسبة عيد زواجهما الشهر القادم.", ("wedding_anniversary", 6)),
])
def test_a_visit_heading_dates_next_month(language, text, pair):
    assert pair in occasion_pairs(text, language), text


def test_a_visit_word_not_heading_a_date_dates_nothing():
    assert occasion_pairs("Will visit in March. Birthday next month.", "EN") == {("birthday", None)}


@pytest.mark.parametrize(("language", "text"), [
    ("DE", "Geburtstag nächsten Monat; Termin am 3. Oktober."),
    ("FR", "Anniversaire le mois prochain, rdv le 3 octobre."),
])
def test_an_appointment_word_after_the_notes_start_is_the_next_visit_not_the_notes_date(language, text):
    assert occasion_pairs(text, language) == {("birthday", None)}, text


@pytest.mark.parametrize(("language", "text", "pair"), [
    ("KO", "아버님 팔순이 다음 달이라서, 아 구월이요.", ("birthday", 9)),
    ("KO", "생신이 다음 달이고요, 그러니까 오월.", ("birthday", 5)),
])
def test_a_korean_next_month_glossed_after_a_copula(language, text, pair):
    assert pair in occasion_pairs(text, language), text


@pytest.mark.parametrize(("text", "month"), [
    ("Procura um relógio p/ os 60 anos dele (maio).", 5),
    ("Presente para os 40 anos dela em outubro.", 10),
])
def test_portuguese_years_of_him_or_her_are_a_birthday(text, month):
    assert ("birthday", month) in occasion_pairs(text, "PT"), text


def test_portuguese_years_of_a_company_are_no_birthday():
    assert "birthday" not in occasion_labels("os 30 anos da empresa em maio", "PT")


@pytest.mark.parametrize(("language", "text", "month"), [
    ("EN", "Her birthday is on Christmas Eve.", 12),
    ("EN", "His birthday's on Valentine's Day.", 2),
    ("FR", "Son anniversaire tombe à Noël.", 12),
    ("DE", "Sein Geburtstag ist an Heiligabend.", 12),
    ("ES", "Su cumpleaños cae en Nochebuena.", 12),
    ("IT", "Il suo compleanno è a Natale.", 12),
    ("PT", "O aniversário dele é no Natal.", 12),
    ("NL", "Zijn verjaardag valt op Kerstavond.", 12),
    ("KO", "남편분 생일이 크리스마스라서 선물 보러 오심.", 12),
    ("JA", "ご主人の誕生日がクリスマスなので。", 12),
    ("ZH", "她先生的生日是圣诞节。", 12),
])
def test_an_occasion_falling_on_a_holiday_takes_its_month_only(language, text, month):
    assert occasions(text, language) == {f"birthday:{month:02d}"}, text


def test_a_holiday_beside_another_occasion_stays():
    assert occasions("Birthday in May and a Christmas gift for her sister.", "EN") == {"birthday:05", "christmas:12"}


@pytest.mark.parametrize(("language", "text", "pair"), [
    ("NL", "Trouwfeest na de ramadan, in mei.", ("wedding", 5)),
])
def test_dutch_na_de_holiday_dates_the_occasion(language, text, pair):
    assert occasion_pairs(text, language) == {pair}, text


@pytest.mark.parametrize("text", [
    "Ze zoekt iets voor het Suikerfeest, na de ramadan dus, voor haar moeder.",
    "Een geschenk voor het lentefeest van haar kleinzoon, dus geen communie.",
])
def test_dutch_voor_het_holiday_is_the_gifts_occasion(text):
    assert occasion_labels(text, "NL") & {"eid", "celebration"}, text


# --- occasions: holidays that only date something -----------------------------------------------------------------

@pytest.mark.parametrize(("language", "text"), [
    ("NL", "Afspraak verplaatst naar de week na Koningsdag."),
    ("NL", "Ze vliegen na Pasen naar Marrakech, zoeken een weekendtas."),
    ("EN", "They're flying to Lisbon after Easter; looking at luggage."),
    ("JA", "年末年始とクリスマス前は混雑するので早めにご来店を。"),
    ("EN", "The store gets busy before Christmas, so she'll come early."),
])
def test_a_holiday_dating_an_appointment_a_trip_or_a_crowd_is_no_occasion(language, text):
    assert occasion_labels(text, language) == set(), text


def test_a_gift_before_the_holiday_keeps_it():
    assert "christmas" in occasion_labels("Gift before Christmas, they fly to Paris.", "EN")


# --- occasions: words that are something else ---------------------------------------------------------------------

@pytest.mark.parametrize(("language", "text"), [
    ("PT", "Grávida de 6 meses, o bebé nasce em outubro; quer também um presente de Natal para o marido."),
    ("ES", "Embarazada, el niño nace en mayo, y busca un regalo de Navidad para su madre."),
    ("DE", "Schwanger, das Kind kommt zur Welt im März; Weihnachtsgeschenk für den Mann."),
])
def test_a_pregnancy_with_the_birth_said_beside_another_occasion_stays_a_birth(language, text):
    assert {"birth", "christmas"} <= occasion_labels(text, language), text


@pytest.mark.parametrize(("language", "text"), [
    ("AR", "هدايا رمضان لموظفي الشركة: 40 علبة تمر."),
    ("EN", "Ramadan gifts for the office staff, 20 boxes."),
])
def test_a_teams_ramadan_gifts_are_no_eid(language, text):
    assert occasion_labels(text, language) == {"corporate_gift"}, text


def test_ramadan_gifts_for_family_stay_the_eid():
    assert occasion_labels("Ramadan gifts for her nieces.", "EN") == {"eid"}


@pytest.mark.parametrize(("language", "text"), [
    ("ES", "Miran maletas; se mudan a Valencia en primavera."),
    ("DE", "Er zieht um nach Hamburg."),
    ("PT", "Mudam-se para o Porto em junho."),
])
def test_a_move_to_a_city_stays_a_housewarming(language, text):
    assert "housewarming" in occasion_labels(text, language), text


@pytest.mark.parametrize(("language", "text"), [
    ("ES", "Se mudan a su primer piso en abril y buscan regalo."),
    ("DE", "Umzug nach Wien im Mai, Geschenk für die neue Wohnung."),
])
def test_a_move_to_a_home_stays_a_housewarming(language, text):
    assert "housewarming" in occasion_labels(text, language), text


def test_a_scarf_design_named_gala_is_no_gala():
    assert occasion_labels("Commande du carré Brides de Gala en 90.", "FR") == set()


@pytest.mark.parametrize(("language", "text", "label"), [
    ("JA", "区議会議員の先生のご当選祝いに花束を。", "celebration"),
    ("KO", "의원님 당선 축하 선물로 만년필.", "celebration"),
    ("ZH", "为庆祝当选准备香槟。", "celebration"),
    ("PT", "Um relógio, presente de posse do novo mandato em fevereiro.", "new_job"),
])
def test_occasions_said_by_a_regional_word(language, text, label):
    assert label in occasion_labels(text, language), text
