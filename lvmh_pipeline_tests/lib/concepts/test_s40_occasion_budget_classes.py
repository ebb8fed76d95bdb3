"""Occasion and budget classes of session 40, in our own phrasings:

- A spoken correction of a budget in Arabic ("لا لا"), Spanish ("bueno,") and past a word of approximation
  ("二十万くらい、いや…", "한 오백 정도? 아니 …") lets the later amount win; a Korean correction keeps the 만 of the
  amount it corrects ("한 오백? 아니 칠백까지").
- A Korean range that leaves the 만 unsaid in its second number ("이백만 원에서 삼백"), not reading "사이" (between) as
  a number; a cap said after an approximate amount closes a range ("五十万円くらい、まあ六十万までなら"); a cap said
  again higher raises it ("até uns vinte mil, no máximo vinte e cinco"); a range with a higher "maybe" stays the
  range; "tra i sette e gli otto mila"; Levantine teens ("ستاش"); a currency code glued to CJK text ("3k USD前後").
- Per-item amounts before the total: "на человека", "per unit"; a total with a cap word after it ("5k total cap").
- Owned ages in words: "[NAME] sixtieth" (the placeholder took the "'s"), "her dad's fiftieth back home", German
  "Papas Siebzigsten", Italian and French pronoun owners ("i cinquant'anni di lui"); "next month" after them is no
  occasion of its own.
- Today's date stated in the note (in words, or in a heading "Notiz vom …", "ملاحظة ١٠/٩:") dates "next month" and
  "in two weeks"; a JA gap of placeholders and fillers does not keep a month from its occasion.
- An occasion taken back by a spoken correction is dropped; a bare "before/after <holiday>" beside a personal
  occasion only dates it; Women's Day in a corporate order is the gifts' date; an occasion followed by "at
  <holiday>" takes the holiday's month; taxonomy 1.34.0 aliases (proposal, Tết, 돌, "para Reyes", "depois do parto").
"""

from __future__ import annotations

import pytest

from lvmh_pipeline_tests.lib.concepts.budget_checks import NAN, check_bounds
from lvmh_pipeline_tests.lib.concepts.occasion_checks import occasion_labels, occasion_pairs


@pytest.mark.parametrize(("language", "text", "low", "high", "currency"), [
    ("AR", "الميزانية أربعة آلاف درهم، لا لا، خمسة آلاف درهم.", 5000, 5000, "AED"),
    ("ES", "Presupuesto unos tres mil, bueno, tres mil quinientos como mucho.", NAN, 3500, "EUR"),
    ("JA", "ご予算は二十万くらい、いや二十五万まで。", NAN, 250000, "JPY"),
    ("KO", "예산은 한 오백? 아니 칠백까지 괜찮대요.", NAN, 7_000_000, "KRW"),
    ("KO", "예산은 한 삼백 정도? 아니 사백.", 4_000_000, 4_000_000, "KRW"),
])
def test_a_spoken_correction_lets_the_later_amount_win(language, text, low, high, currency):
    check_bounds(language, text, low, high, currency)


def test_a_good_word_after_an_amount_is_no_correction():
    check_bounds("ES", "Presupuesto seis mil, bueno, es bastante.", 6000, 6000, "EUR")


@pytest.mark.parametrize(("language", "text", "low", "high", "currency"), [
    ("KO", "예산은 이백만 원에서 삼백 정도.", 2_000_000, 3_000_000, "KRW"),
    ("KO", "예산은 이천만 원에서 이천오백 사이로 생각하심.", 20_000_000, 25_000_000, "KRW"),
    ("JA", "ご予算は五十万円くらい、まあ六十万までなら大丈夫。", 500_000, 600_000, "JPY"),
    ("PT", "Orçamento: até uns vinte mil, no máximo vinte e cinco.", NAN, 25000, None),
    ("IT", "Budget, mi diceva, tra i sette e gli otto mila, forse dieci.", 7000, 8000, "EUR"),
    ("EN", "Budget 4-5K, maybe 6.", 4000, 5000, "EUR"),
    ("AR", "الميزانية بين ستاش ألف وعشرين ألف درهم.", 16000, 20000, "AED"),
    ("JA", "Budget 3k USD前後でご検討。", 3000, 3000, "USD"),
])
def test_ranges_and_caps_said_in_speech(language, text, low, high, currency):
    check_bounds(language, text, low, high, currency)


def test_a_single_amount_and_maybe_more_still_stretches():
    check_bounds("EN", "Budget 5K, maybe 6K.", 5000, 6000, "EUR")


@pytest.mark.parametrize(("language", "text", "low", "high", "currency"), [
    ("RU", "Бюджет на человека ~10 тыс. ₽, всего не более 300 тыс. ₽.", NAN, 300_000, "RUB"),
    ("EN", "Cufflinks for the partners, £800 per piece, 5k total cap.", NAN, 5000, "GBP"),
    ("EN", "Budget per unit 200 euros, 3,000 euros in total.", 3000, 3000, "EUR"),
])
def test_the_total_after_a_per_item_amount_is_the_budget(language, text, low, high, currency):
    check_bounds(language, text, low, high, currency)


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("EN", "They want a watch for [NAME] sixtieth, that's in June.", ("birthday", 6)),
    ("EN", "Something for her dad's fiftieth back home in Accra, in August.", ("birthday", 8)),
    ("DE", "Geschenk für Papas Siebzigsten im Juli.", ("birthday", 7)),
    ("DE", "Sie sucht etwas zum Fünfundsechzigsten ihres Mannes im Mai.", ("birthday", 5)),
    ("IT", "Cerca un orologio per i cinquant'anni di lui, a luglio.", ("birthday", 7)),
    ("FR", "Un sac pour les quarante ans de [NAME], c'est le mois prochain, en mars.", ("birthday", 3)),
])
def test_an_owned_age_in_words_is_a_birthday(language, text, expected):
    assert expected in occasion_pairs(text, language), text


@pytest.mark.parametrize(("language", "text"), [
    ("DE", "Notiz vom zwanzigsten Juni: Kunde sucht eine Uhr."),
    ("DE", "Für ihren dreißigsten Hochzeitstag im Juni."),
    ("DE", "Lieferung bis zum Zwanzigsten."),
])
def test_a_german_date_or_attribute_ordinal_is_no_birthday(language, text):
    assert "birthday" not in occasion_labels(text, language), text


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("EN", "The party is next month, today's the fourth of May, so June.", ("celebration", 6)),
    ("PT", "Hoje é cinco de março. O batizado da neta é no mês que vem.", ("baptism", 4)),
    ("DE", "Notiz vom dritten April: die Hochzeit der Tochter ist nächsten Monat.", ("wedding", 5)),
    ("AR", "ملاحظة ١٠/٩: حفلة تخرج بنته الشهر الجاي.", ("graduation", 10)),
    ("EN", "Her birthday is in two weeks, today is 25 June.", ("birthday", 7)),
    ("ZH", "她女儿下个月，呃，九月，研究生毕业。", ("graduation", 9)),
    ("JA", "来月のお誕生日、[NAME]様の、えー、八月ですね。", ("birthday", 8)),
])
def test_next_month_is_read_from_the_date_the_note_states(language, text, expected):
    assert expected in occasion_pairs(text, language), text


@pytest.mark.parametrize(("language", "text", "kept", "dropped"), [
    ("EN", "A gift for her birthday, no wait, for their anniversary in May.", "wedding_anniversary", "birthday"),
    ("IT", "Un regalo per il compleanno, no scusa, per la laurea del figlio.", "graduation", "birthday"),
    ("FR", "Pour son anniversaire, non pardon, pour leur anniversaire de mariage.", "wedding_anniversary", "birthday"),
])
def test_an_occasion_taken_back_is_dropped(language, text, kept, dropped):
    labels = occasion_labels(text, language)
    assert kept in labels and dropped not in labels, (text, labels)


@pytest.mark.parametrize(("language", "text", "kept", "anchor"), [
    ("PT", "A formatura dele é em dezembro, antes do Natal.", "graduation", "christmas"),
    ("DE", "Die Taufe ist im Dezember, kurz vor Weihnachten.", "baptism", "christmas"),
    ("KO", "손자 출산 선물. 출산 예정일이 설날 지나고라서 이월쯤.", "birth", "lunar_new_year"),
])
def test_a_bare_before_or_after_a_holiday_only_dates_a_personal_occasion(language, text, kept, anchor):
    labels = occasion_labels(text, language)
    assert kept in labels and anchor not in labels, (text, labels)


@pytest.mark.parametrize(("language", "text", "holiday"), [
    ("EN", "Client gifts for the team, delivered before Christmas.", "christmas"),
    ("ZH", "春节前要给公婆买礼物。", "lunar_new_year"),
    ("NL", "Een geschenk voor het suikerfeest van haar schoonmoeder.", "eid"),
])
def test_a_holiday_with_no_personal_occasion_beside_it_stays(language, text, holiday):
    assert holiday in occasion_labels(text, language), text


def test_womens_day_in_a_corporate_order_dates_the_gifts():
    pairs = occasion_pairs("Корпоративный заказ: 25 платков для сотрудниц к 8 Марта.", "RU")
    assert ("corporate_gift", 3) in pairs and "celebration" not in {c for c, _ in pairs}, pairs


def test_womens_day_for_the_mother_stays_a_celebration():
    assert ("celebration", 3) in occasion_pairs("Подарок жене на 8 Марта, платок.", "RU")


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("IT", "Un anello per la proposta, a Natale.", ("engagement", 12)),
    ("EN", "A ring for the proposal, on Valentine's Day.", ("engagement", 2)),
])
def test_an_occasion_at_a_holiday_takes_its_month(language, text, expected):
    assert expected in occasion_pairs(text, language), text


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("DE", "Sie wollen zum Tết etwas für die Großeltern.", "lunar_new_year"),
    ("NL", "Een ring voor het aanzoek.", "engagement"),
    ("KO", "손녀가 다음 주에 돌이라서 금팔찌 보심.", "birthday"),
    ("ES", "Un regalo de Reyes para su nieto.", "christmas"),
])
def test_new_occasion_aliases(language, text, expected):
    assert expected in occasion_labels(text, language), text


def test_a_baby_named_for_an_allergy_is_no_birth():
    assert "birth" not in occasion_labels("아기가 땅콩 알레르기 있어요.", "KO")


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("ES", "Lo quiere para Reyes, o sea enero.", ("christmas", 1)),
    ("PT", "Um colar para ela depois do parto, que é em maio.", ("birth", 5)),
])
def test_a_glossed_holiday_or_a_delivery_takes_its_month(language, text, expected):
    assert expected in occasion_pairs(text, language), text
