"""Occasion classes of session 41, in our own phrasings:

- A partnership registration is the wedding ("パートナーシップ登録"; "unione civile", "パートナーシップ宣誓" are redacted
  as [ORIENTATION], no alias may hold them); stepping down from an office is a retirement ("退任記念"); a company's gift in the singular
  ("regalo de empresa"); a success party is a graduation ("حفلة نجاح"); "si è appena laureato"; Nowruz is a
  celebration of its own.
- "Next month" with today's month said beside it ("we're in May now", "on est en février", "oggi 20/10",
  "hoy 12/04") is the month after it, and "this month" with today's month ("지금 사월이니까") is that month.
- A festival's month glossed after "after Ramadan" ("el Eid, después del Ramadán, o sea en abril") is the festival's.
- An occasion "at" a movable holiday the note dates ("il battesimo, eh, a Pasqua, quindi aprile") takes its month, and
  the holiday only dates it; gifts "for" the holiday keep both.
- A holiday that only dates a visit or a call ("volta depois do carnaval", "추석 전 재방문"), the shop's opening ("open
  op Koningsdag") or an event the client misses ("圣诞节那个活动来不了") is no occasion; gifts or a pickup before it
  keep it. A holiday glossing a date in brackets, with a few words ("12/06 (Dia dos Namorados aqui)"), is no
  occasion either.
- A couple's dating years counted in words in KO/JA/ZH ("사귄 지 삼 주년", "付き合って三周年"), years "de rencontre".
- A bare anniversary of a couple named by "gf" or a glued "boyfriend" ("和boyfriend一起") is their relationship
  anniversary; a marriage word ("got married", "se casaron", "поженились") keeps it the wedding anniversary.
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.concepts.extraction import extract
from lvmh_pipeline_tests.lib.concepts.occasion_checks import occasion_labels, occasion_pairs


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("JA", "11月にパートナーシップ登録の予定で、ペアリングをご検討。", ("wedding", 11)),
    ("JA", "社長の退任記念(3月末)に万年筆を。", ("retirement", 3)),
    ("ES", "Un regalo de empresa para el director, en diciembre.", ("corporate_gift", 12)),
    ("AR", "حفلة نجاح ابنها في يوليو، يبي ساعة.", ("graduation", 7)),
    ("RU", "Подарок на Навруз, то есть в марте.", ("celebration", 3)),
])
def test_occasion_aliases_of_session_41(language, text, expected):
    assert expected in occasion_pairs(text, language), text


def test_a_son_just_graduated_is_a_graduation():
    assert "graduation" in occasion_labels("Il nipote si è appena laureata a Padova, forse un regalo anche per lei.", "IT")


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("EN", "They get married next month, we're in August now, so rings soon.", ("wedding", 9)),
    ("FR", "Anniversaire de sa fille le mois prochain (on est en octobre).", ("birthday", 11)),
    ("IT", "Compleanno della moglie il mese prossimo (oggi 12/03), un bracciale.", ("birthday", 4)),
    ("ES", "Aniversario de boda el mes que viene — hoy 05/09. Relojes.", ("wedding_anniversary", 10)),
    ("DE", "Geburtstag der Tochter nächsten Monat, wir haben jetzt Juli.", ("birthday", 8)),
])
def test_next_month_with_today_stated_is_the_month_after(language, text, expected):
    assert expected in occasion_pairs(text, language), text


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("KO", "남자친구랑 사귄 지 이 주년이 이번 달이라서, 지금 칠월이니까 커플링 보심.", ("relationship_anniversary", 7)),
    ("EN", "Their anniversary is this month, we're in March now.", ("wedding_anniversary", 3)),
])
def test_this_month_with_today_stated_is_todays_month(language, text, expected):
    assert expected in occasion_pairs(text, language), text


@pytest.mark.parametrize(("language", "text", "month"), [
    ("AR", "هدايا لعيد الفطر بعد رمضان يعني في أبريل.", 4),
    ("ES", "Regalos para el Eid, después del Ramadán, o sea en marzo.", 3),
    ("EN", "Gifts for Eid, after Ramadan, so late March.", 3),
    ("DE", "Geschenke zum Zuckerfest nach dem Ramadan, also im April.", 4),
])
def test_a_festival_month_glossed_after_ramadan_is_the_festivals(language, text, month):
    assert ("eid", month) in occasion_pairs(text, language), text


def test_an_occasion_at_a_dated_movable_holiday_takes_its_month():
    pairs = occasion_pairs("Un regalo per la cresima, ehm, a Pasqua, quindi aprile.", "IT")
    assert ("celebration", 4) in pairs and "easter" not in {c for c, _ in pairs}, pairs


def test_gifts_for_a_movable_holiday_keep_the_holiday():
    pairs = occasion_pairs("Regalos corporativos para el Año Nuevo chino, a principios de febrero.", "ES")
    assert {"corporate_gift", "lunar_new_year"} <= {c for c, _ in pairs}, pairs


@pytest.mark.parametrize(("language", "text"), [
    ("PT", "Gostou da bolsa preta, volta depois do carnaval para decidir."),
    ("KO", "설날 후 재방문 예정이라고 하심."),
    ("FR", "Pas décidée. La rappeler après Pâques."),
    ("EN", "No purchase today; she'll come back after Thanksgiving."),
    ("NL", "Vroeg of de winkel open is op Koningsdag."),
    ("ZH", "她说中秋那个VIP活动来不了，先订一条项链。"),
])
def test_a_holiday_that_only_dates_the_schedule_is_no_occasion(language, text):
    assert not occasion_labels(text, language), text


@pytest.mark.parametrize(("language", "text", "label"), [
    ("DE", "Zwei Tücher bestellt, Abholung vor Weihnachten.", "christmas"),
    ("EN", "A gift for Easter; she comes back before Easter to collect it.", "easter"),
])
def test_a_gift_or_pickup_before_a_holiday_keeps_it(language, text, label):
    assert label in occasion_labels(text, language), text


def test_a_holiday_glossing_a_date_in_brackets_is_no_occasion():
    labels = occasion_labels("Casamento a 12/06 (Dia dos Namorados no Brasil), alianças de ouro.", "PT")
    assert labels == {"wedding"}, labels


@pytest.mark.parametrize(("language", "text"), [
    ("KO", "여자친구랑 사귄 지 오 주년 기념 선물."),
    ("JA", "彼女と付き合って二周年の記念に。"),
    ("ZH", "他们认识十周年，想买情侣表。"),
    ("FR", "Pour leurs quinze ans de rencontre, une montre."),
])
def test_dating_years_in_words_are_a_relationship_anniversary(language, text):
    assert "relationship_anniversary" in occasion_labels(text, language), text


@pytest.mark.parametrize(("language", "text", "label"), [
    ("EN", "Came in with her gf; anniversary in June, matching rings.", "relationship_anniversary"),
    ("ZH", "他和girlfriend一起来，anniversary在五月，想买对戒。", "relationship_anniversary"),
    ("EN", "Came in with her gf; they got married last year, anniversary in June.", "wedding_anniversary"),
])
def test_a_bare_anniversary_of_a_partner_couple(language, text, label):
    found = {h.concept for h in extract(text, language, "2026-01-15") if h.category == "occasion"}
    assert label in found, (text, found)


@pytest.mark.parametrize(("language", "text", "month"), [
    ("IT", "Anniversario del loro matrimonio a luglio, cercano due Tank.", 7),
    ("IT", "Festeggiano a luglio i dieci anni di unione civile.", 7),
    ("EN", "A gift for the anniversary of their wedding in June.", 6),
    ("DE", "Zum Jahrestag ihrer Hochzeit im Mai zwei Uhren.", 5),
    ("ES", "Para el aniversario de su boda en marzo, una pulsera.", 3),
])
def test_a_wedding_a_few_words_after_an_anniversary_or_years_is_the_anniversary(language, text, month):
    hits = [h for h in extract(text, language, "2026-01-15") if h.category == "occasion" and not h.negated]
    assert {(h.concept, h.month) for h in hits} == {("wedding_anniversary", month)}, text
