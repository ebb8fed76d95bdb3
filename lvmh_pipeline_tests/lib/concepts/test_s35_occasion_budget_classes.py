"""Occasion and budget classes of session 35, in our own phrasings: a month said after the occasion in a
clause that restates its years in words ("leurs vingt ans en mai"); a JA/ZH/KO month in a short clause of its
own before the occasion ("下个月，就是五月，结婚十周年") or after it with the years said again ("삼십 주년이 오월");
abbreviated months glued to a day or a year ("12/set", "nov/26", French "fin sept."); many pieces counted
for a business group as a corporate gift, also for a holiday; caps said after the amount at the end of
its clause ("duemila, non di più"), the same amount said again with its bound ("两万，两万以内"), a higher
cap restated in the amount's unit ("under three thousand, three and a half max"), a total after a
per-piece price that a stretch must not widen ("pro Stück 7.500 €, gesamt max. 15.000"), glued Dutch
halves ("tweeënhalf duizend"), spelled prices per named piece ("deux cents euros le coffret", "كل علبة
خمسمية درهم"); and what must stay out."""

from __future__ import annotations

import math

import pytest

from lvmh_pipeline.lib.concepts.budgets.budget import find_budget
from lvmh_pipeline.lib.concepts.budgets.money import EUR_PER_UNIT
from lvmh_pipeline.lib.concepts.extraction import extract


def _occasions(text: str, language: str) -> set[tuple[str, int | None]]:
    return {(h.concept, h.month) for h in extract(text, language, "2026-01-15", fixed_months=True)
            if h.category == "occasion" and not h.negated}


def _budget(text: str, language: str) -> tuple[float, float, str]:
    budget = find_budget(text, language)
    assert budget is not None, text
    rate = EUR_PER_UNIT[budget.currency]
    return budget.min_eur / rate, budget.max_eur / rate, budget.currency


def _same(got: float, want: float) -> bool:
    return (math.isnan(got) and math.isnan(want)) or got == pytest.approx(want, rel=0.01)


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("FR", "Pour leur anniversaire de mariage, leurs vingt ans en mai, elle cherche une montre.", ("wedding_anniversary", 5)),
    ("PT", "Presente de bodas de prata, vinte e cinco anos em outubro, um colar.", ("wedding_anniversary", 10)),
    ("ES", "Regalo por su aniversario de boda, treinta y cinco años en marzo.", ("wedding_anniversary", 3)),
])
def test_a_month_after_the_years_said_again_in_words(language, text, expected):
    assert expected in _occasions(text, language), text


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("ZH", "她下个月，就是五月，结婚十周年，想买一对袖扣。", ("wedding_anniversary", 5)),
    ("JA", "来月、つまり五月、還暦のお祝いに時計を。", ("birthday", 5)),
    ("JA", "忙しいので、六月の末、定年の、その前に受け取りたいとのこと。", ("retirement", 6)),
    ("KO", "결혼기념일 선물을 미리 보심, 삼십 주년이 오월이라.", ("wedding_anniversary", 5)),
])
def test_a_dense_month_in_a_short_clause_of_its_own(language, text, expected):
    assert expected in _occasions(text, language), text


def test_a_dense_month_of_another_sentence_stays_out():
    assert ("birthday", 6) not in _occasions("他六月去日本出差，生日礼物要早点准备。", "ZH")


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("PT", "Formatura de Direito nov/26, brincos.", ("graduation", 11)),
    ("PT", "Bodas de ouro 12/set, colar e relógio.", ("wedding_anniversary", 9)),
    ("FR", "Cadeau de départ à la retraite (fin sept.) pour son associé.", ("retirement", 9)),
])
def test_an_abbreviated_month_with_a_day_a_year_or_a_position(language, text, expected):
    assert expected in _occasions(text, language), text


def test_french_sept_alone_is_seven():
    assert _occasions("Ils seront sept. Anniversaire de sa fille.", "FR") == {("birthday", None)}


@pytest.mark.parametrize(("language", "text"), [
    ("FR", "Pour Noël, ils veulent douze coffrets pour leurs partenaires, cent euros par coffret."),
    ("EN", "Wants 15 thank-you notebooks for her whole team, £100 each."),
    ("ES", "Regalos de Navidad p/ 20 clientes de la empresa, 90€/u."),
    ("IT", "Regalo per lo staff: 12 agende in pelle, 80€/pz."),
    ("IT", "Pasqua: 6 scatole regalo per i fornitori, 150€/scatola."),
    ("PT", "Campanha de Natal: 50 kits, R$ 200/kit."),
    ("RU", "К Новому году: 12 наборов для коллег, 3 тыс./набор."),
    ("KO", "추석 선물, 거래처 30곳, 개당 10만 원."),
    ("ZH", "中秋礼盒 40 份，每份 800 元。下周送到公司前台。"),
    ("FR", "Campagne pour la fête des pères : trente flacons pour les influenceurs, soixante euros le flacon."),
])
def test_many_pieces_counted_for_a_business_group_are_a_corporate_gift(language, text):
    assert "corporate_gift" in {c for c, _ in _occasions(text, language)}, text


@pytest.mark.parametrize(("language", "text"), [
    ("AR", "هدايا عرس ابنتها في أبريل، تقريباً 150 ضيف، كل علبة 500 درهم، الشركة توصل."),
    ("EN", "Eid gifting, 30 boxes for the staff & family, £40 each."),
    ("EN", "Christmas gifts for his household staff, 40 x £120, from the office account."),
    ("EN", "Easter eggs for the parish kids, like twenty of them, thirty quid each. Her partner loves them."),
    ("EN", "He turns sixty in May, his team will be there; budget ten thousand pounds."),
    ("FR", "Dîner pour 12 clients le 5 mai au restaurant de l'hôtel."),
    ("ES", "Aniversario de la empresa (40 años) en noviembre: 30 botellas para los socios, 200 €/botella."),
])
def test_counted_pieces_of_a_household_a_party_or_an_anniversary_stay_out(language, text):
    assert "corporate_gift" not in {c for c, _ in _occasions(text, language)}, text


@pytest.mark.parametrize(("language", "text", "low", "high"), [
    ("IT", "Orecchini, budget tipo tremila, non di più.", math.nan, 3000),
    ("EN", "Budget around four thousand, no more.", math.nan, 4000),
    ("ES", "Presupuesto unos dos mil, no más.", math.nan, 2000),
    ("KO", "거래처 선물, per box 30만 원 cap.", math.nan, 300000),
    ("ZH", "预算三万，三万以内。", math.nan, 30000),
    ("DE", "Zwei Uhren, pro Stück ca. 6.000 €, gesamt max. 12.000.", math.nan, 12000),
    ("EN", "Something under two thousand pounds, two and a half max.", math.nan, 2500),
    ("NL", "Budget zo'n drie, drieënhalf duizend samen.", 3000, 3500),
    ("FR", "Dix coffrets, trois cents euros le coffret.", 300, 300),
    ("AR", "كل علبة ستمية درهم.", 600, 600),
])
def test_budget_bounds_totals_and_spelled_prices(language, text, low, high):
    got_low, got_high, _ = _budget(text, language)
    assert _same(got_low, low) and _same(got_high, high), (text, got_low, got_high)


@pytest.mark.parametrize(("language", "text", "low", "high"), [
    ("DE", "Budget 2.000 €, nicht mehr vegetarisch seit dem Sommer.", 2000, 2000),
    ("FR", "Budget entre quatre et cinq mille euros, pas plus.", 4000, 5000),
    ("EN", "Budget 5K, no more than 7K.", 5000, 7000),
])
def test_a_cap_word_that_does_not_end_its_clause_or_a_range_stays(language, text, low, high):
    got_low, got_high, _ = _budget(text, language)
    assert _same(got_low, low) and _same(got_high, high), (text, got_low, got_high)


def test_a_price_per_month_is_no_piece_price():
    assert find_budget("Loyer du parking, deux cents euros par mois.", "FR") is None


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("JA", "ご主人が四月から新しい会社に移られるそうで、そのお祝いに名刺入れを。", ("new_job", 4)),
    ("JA", "息子さんが十月に銀行に入社する予定です。", ("new_job", 10)),
    ("KO", "아드님이 3월에 새 회사로 옮기신다고 해서 선물 보심.", ("new_job", 3)),
    ("KO", "남편분 9월 입사 예정, 만년필.", ("new_job", 9)),
])
def test_a_relative_who_moves_to_a_new_employer_in_japanese_and_korean(language, text, expected):
    assert expected in _occasions(text, language), text


def test_a_visit_to_a_company_is_no_new_job():
    assert not _occasions("四月に会社にお越しになる予定。", "JA")


@pytest.mark.parametrize(("language", "text"), [
    ("DE", "Die Familie feiert Weihnachten erst am siebten Januar, Lieferung danach."),
    ("EN", "They celebrate Christmas only on the 7th of January."),
    ("RU", "Рождество только в январе, седьмого."),
])
def test_a_usual_date_holiday_dated_a_few_words_after(language, text):
    assert ("christmas", 1) in _occasions(text, language), text


def test_a_month_of_another_clause_is_not_the_holidays():
    assert _occasions("Noël, rappeler en novembre.", "FR") == {("christmas", 12)}


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("NL", "Voor het dertigjarig bestaan van het bedrijf in oktober: pennen met gravure.", ("corporate_anniversary", 10)),
    ("DE", "Zum fünfzigjährigen Bestehen der Firma im Juni: Füller für die Kunden.", ("corporate_anniversary", 6)),
])
def test_years_of_existence_glued_to_a_number_word(language, text, expected):
    found = _occasions(text, language)
    assert expected in found and "corporate_gift" not in {c for c, _ in found}, text


def test_long_standing_is_no_anniversary():
    assert not _occasions("Een langjarig bestaan als klant van het huis.", "NL")
