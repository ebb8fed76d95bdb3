"""Budget classes of session 33, in our own phrasings: amounts that are money by their form with no
budget word and no currency next to them — a spelled number with a money-only multiplier ("three
grand", "twelve K") and an amount priced per piece, head or person in several languages; the currency
named later in the sentence still applies; a price per piece written with its currency ("90 € pièce");
spelled hundreds after a budget keyword in quotes or after "let's say" ("Budget: 'seven hundred'"); a
small price after a Chinese or Korean per-item word ("每份600以内", "개당 15만"); a spoken amount spelled in
words with a hedge ("deux mille, deux mille cinq cents", "around four hundred, maybe five"); a Han range
ending in ten of a unit ("六到十万": 60,000-100,000);
and what must stay out (a race, a grand piano, pieces counted, a count "each of" something, a year,
"cada mes")."""

from __future__ import annotations

import math

import pytest

from lvmh_pipeline.lib.concepts.budgets.budget import find_budget
from lvmh_pipeline.lib.concepts.budgets.money import EUR_PER_UNIT


def _eur(value: float, code: str) -> float:
    return value * EUR_PER_UNIT[code]


def _check(text: str, language: str, low: float, high: float, code: str) -> None:
    budget = find_budget(text, language)
    assert budget is not None, text
    for got, want in ((budget.min_eur, low), (budget.max_eur, high)):
        assert (math.isnan(got) and math.isnan(want)) or got == pytest.approx(_eur(want, code)), (text, budget)


@pytest.mark.parametrize(("text", "low", "high", "code"), [
    ("Wants a tote for her sister, three grand or so.", 3000, 3000, "EUR"),
    ("Cufflinks for the best man, about a couple of grand max.", math.nan, 2000, "EUR"),
    ("Said twelve K for the pair of them, in dollars.", 12000, 12000, "USD"),
    ("Weekend bag, something like four grand, maybe four and a half.", 4000, 4500, "EUR"),
    ("A watch for the twins' 21st, twenty grand tops, pounds.", math.nan, 20000, "GBP"),
])
def test_a_spelled_amount_with_a_money_only_multiplier(text, low, high, code):
    _check(text, "EN", low, high, code)


@pytest.mark.parametrize(("language", "text", "low", "high", "code"), [
    ("EN", "Thank-you gifts for 8 volunteers, 150-200 each.", 150, 200, "EUR"),
    ("EN", "Christening favours, say six hundred a piece, silver.", 600, 600, "EUR"),
    ("EN", "Team dinner gifts, 250 per head.", 250, 250, "EUR"),
    ("FR", "Cadeaux pour ses quatre filleuls, trois cents chacun.", 300, 300, "EUR"),
    ("DE", "Zwölf Präsente für die Kanzlei, etwa 180 pro Person.", 180, 180, "EUR"),
    ("ES", "Regalos para los padrinos, 400 cada uno.", 400, 400, "EUR"),
    ("IT", "Pensierini per le testimoni, 250 a testa.", 250, 250, "EUR"),
    ("NL", "Relatiegeschenken, 120 per persoon.", 120, 120, "EUR"),
    ("RU", "Подарки коллегам, по 20000 каждому.", 20000, 20000, "RUB"),
    ("PT", "Lembranças para os afilhados, uns 120 cada.", 120, 120, "EUR"),
])
def test_an_amount_priced_per_piece_or_person(language, text, low, high, code):
    _check(text, language, low, high, code)


@pytest.mark.parametrize(("language", "text"), [
    ("ES", "Vienen 200 cada mes a la tienda."),
    ("EN", "She is training for a five K run in May."),
    ("EN", "They bought a grand piano for the house."),
    ("EN", "We need 200 each of the ribbons and tags."),
    ("EN", "Two grand-children, both at school."),
    ("DE", "Bitte 500 Stück der Karten bestellen."),
    ("EN", "Family of five, 2019 each year they come back."),
])
def test_counts_races_and_adjectives_stay_out(language, text):
    assert find_budget(text, language) is None, text


@pytest.mark.parametrize(("language", "text", "value"), [
    ("FR", "Coffrets pour le personnel, environ 90 € pièce.", 90),
    ("DE", "Zwanzig Kugelschreiber, je 120 € Stück.", 120),
    ("IT", "Trenta agende per i clienti, circa 150 € pezzo.", 150),
])
def test_a_currency_marked_price_per_piece(language, text, value):
    budget = find_budget(text, language)
    assert budget is not None, text
    assert budget.max_eur == pytest.approx(_eur(value, "EUR"))


def test_pieces_counted_after_a_bare_amount_stay_out():
    assert find_budget("Commande de 300 pièces pour le salon.", "FR") is None


@pytest.mark.parametrize(("language", "text", "low", "high"), [
    ("FR", "Budget « trois cents », pas plus cher.", 300, 300),
    ("EN", "Budget: 'seven hundred'. Gift wrap.", 700, 700),
    ("IT", "Budget: diciamo duecento, massimo trecento.", 200, 300),
    ("ES", "Presupuesto, digamos, seiscientos.", 600, 600),
])
def test_spelled_hundreds_quoted_or_hedged_after_a_budget_keyword(language, text, low, high):
    _check(text, language, low, high, "EUR")


@pytest.mark.parametrize(("language", "text", "low", "high", "code"), [
    ("ZH", "年会给员工的礼物 / 每份600以内 / 周五前定。", math.nan, 600, "CNY"),
    ("ZH", "送合作伙伴小礼品，三十个，每个四百左右。", 400, 400, "CNY"),
    ("KO", "거래처 선물 30개, 개당 15만 정도.", 150_000, 150_000, "KRW"),
])
def test_a_small_price_after_a_cjk_per_item_word(language, text, low, high, code):
    _check(text, language, low, high, code)


@pytest.mark.parametrize(("language", "text"), [
    ("ZH", "每天走8000步，很注意身体。"),
    ("KO", "인당 2명까지 동반 가능."),
])
def test_counts_after_a_cjk_per_item_word_stay_out(language, text):
    assert find_budget(text, language) is None, text


@pytest.mark.parametrize(("language", "text", "low", "high"), [
    ("FR", "Un bracelet ou une bague, deux mille, deux mille cinq cents. Livraison lundi.", 2000, 2500),
    ("IT", "Una borsa, ehm, sui due, duemila e cinque. Niente fiori.", 2000, 2500),
    ("ES", "Unas gafas y un cinturón, mil doscientos más o menos. Vegano.", 1200, 1200),
    ("EN", "A silk scarf, around four hundred, maybe five. She is vegan.", 400, 500),
    ("EN", "A watch for him, maybe six, six and a half thousand. No rush.", 6000, 6500),
    ("DE", "Eine Kerze oder ein Tuch. Bis dreihundert oder so.", math.nan, 300),
])
def test_a_spoken_spelled_amount_with_a_hedge(language, text, low, high):
    _check(text, language, low, high, "EUR")


@pytest.mark.parametrize(("language", "text"), [
    ("FR", "Mille mercis pour tout, à bientôt."),
    ("EN", "About a hundred guests, maybe two hundred people."),
    ("FR", "Trois cents personnes environ au dîner."),
    ("EN", "She has about three hundred followers."),
])
def test_spelled_counts_stay_out(language, text):
    assert find_budget(text, language) is None, text


@pytest.mark.parametrize(("language", "text", "low", "high", "code"), [
    ("ZH", "预算大概六到十万吧。", 60_000, 100_000, "CNY"),
    ("JA", "予算は七から十万円くらい。", 70_000, 100_000, "JPY"),
    ("ZH", "预算二十到三十万。", 200_000, 300_000, "CNY"),
])
def test_a_han_range_whose_second_end_is_ten_of_a_unit(language, text, low, high, code):
    _check(text, language, low, high, code)
