"""Session 48 classes (w52): a holiday that only dates another occasion (a weekday before it, its restatement),
a bare "anniversaire" restated as the couple's anniversary, two occasions sharing one month, a lowercase "natale" /
"natal" after a preposition, spelled hundreds opening a range, "wait" / "then said" corrections, new aliases (a
Spanish engagement verb, a lowercase "aïd", gifts for the company), and the budget reader's anchors restricted to
letters that may start a number (same output)."""

from __future__ import annotations

import re

import pytest

from lvmh_pipeline.lib.concepts.budgets import money
from lvmh_pipeline.lib.concepts.budgets.numbers.quantities import NUMBER_FIRSTS, is_number_start
from lvmh_pipeline.lib.concepts.extraction import extract


def _positive(text: str, language: str) -> set[str]:
    return {h.concept for h in extract(text, language, budgets=False) if not h.negated}


def _months(text: str, language: str) -> set[tuple[str, int | None]]:
    return {(h.concept, h.month) for h in extract(text, language, budgets=False, fixed_months=True) if not h.negated}


def _budget(text: str, language: str) -> tuple[float, float] | None:
    found = [h for h in extract(text, language) if h.concept == "budget"]
    return (found[0].value_min, found[0].value_max) if found else None


# --- a holiday that only dates another occasion -------------------------------------------------------------------

@pytest.mark.parametrize(("language", "text", "occasion", "holiday"), [
    ("EN", "They are planning the wedding of their son after Eid, so a watch for him.", "wedding", "eid"),
    ("FR", "Elle organise le baptême de sa nièce juste après Pâques, une médaille en or.", "baptism", "easter"),
    ("FR", "La communion de son petit-fils tombe le dimanche de Pâques, une croix discrète.", "first_communion", "easter"),
    ("DE", "Die Hochzeit der Tochter ist irgendwann nach Ostern, sie sucht Ohrringe.", "wedding", "easter"),
    ("IT", "Il matrimonio del nipote è dopo Pasqua, cerca dei gemelli.", "wedding", "easter"),
    ("ES", "La boda de su hija será después de la Pascua, busca pendientes.", "wedding", "easter"),
    ("PT", "O casamento da filha é depois da Páscoa, procura brincos.", "wedding", "easter"),
    ("NL", "De bruiloft van hun zoon is na de kerst, ze zoeken manchetknopen.", "wedding", "christmas"),
    ("RU", "Свадьба дочери после Пасхи, ищет серьги.", "wedding", "easter"),
    ("AR", "تجهز لعرس بنتها بعد العيد، عيد الفطر، وتبحث عن عقد.", "wedding", "eid"),
])
def test_a_holiday_after_an_occasion_only_dates_it(language, text, occasion, holiday):
    found = _positive(text, language)
    assert occasion in found and holiday not in found, (text, found)


@pytest.mark.parametrize(("language", "text", "holiday"), [
    ("EN", "She wants a bracelet for Eid and a scarf for her birthday.", "eid"),  # no "after": both occasions
    ("EN", "Her birthday is in May. After Christmas she flies to Dubai, gifts for Christmas too.", "christmas"),
    ("FR", "Un cadeau pour son anniversaire et un autre pour Noël.", "christmas"),
    ("DE", "Sie feiern Weihnachten erst am siebten Januar, also keine Lieferung vor Heiligabend.", "christmas"),
])
def test_a_holiday_of_its_own_stays(language, text, holiday):
    assert holiday in _positive(text, language), text


# --- a bare anniversary word restated as the couple's ---------------------------------------------------------------

@pytest.mark.parametrize(("language", "text", "couple"), [
    ("FR", "Il cherche un cadeau pour leur anniversaire, sept ans ensemble, en mars.", "relationship_anniversary"),
    ("FR", "Pour leur anniversaire, vingt ans de mariage, elle veut une bague.", "wedding_anniversary"),
    ("PT", "Para o aniversário deles, quinze anos de casados, um relógio.", "wedding_anniversary"),
])
def test_a_restated_anniversary_is_no_birthday(language, text, couple):
    found = _positive(text, language)
    assert couple in found and "birthday" not in found, (text, found)


@pytest.mark.parametrize(("language", "text"), [
    ("FR", "Pour son anniversaire elle aura quarante ans, un sac."),
    ("FR", "Pour son anniversaire, un sac. Ils fêtent aussi vingt ans de mariage en juin."),
])
def test_a_birthday_not_restated_stays(language, text):
    assert "birthday" in _positive(text, language), text


# --- two occasions sharing a month ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("language", "text", "month"), [
    ("ZH", "需求：结婚五周年礼物，先生生日也同月（6月）", 6),
    ("EN", "Their wedding anniversary, and her birthday the same month, in October.", 10),
    ("DE", "Hochzeitstag und Geburtstag im selben Monat, im August.", 8),
])
def test_two_occasions_of_the_same_month_share_it(language, text, month):
    found = _months(text, language)
    assert ("birthday", month) in found and ("wedding_anniversary", month) in found, (text, found)


def test_the_same_month_as_someone_else_dates_nothing():
    found = _months("Wedding anniversary in May. Her birthday falls in the same month as mine.", "EN")
    assert ("birthday", None) in found and ("wedding_anniversary", 5) in found, found


# --- lowercase "natale" / "natal" -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("language", "text"), [
    ("IT", "vuole sapere se la borsa arriva prima di natale"),
    ("IT", "cerca un regalo per natale per la suocera"),
    ("PT", "quer um presente pro natal da irmã"),
])
def test_a_lowercase_christmas_after_a_preposition(language, text):
    assert "christmas" in _positive(text, language), text


@pytest.mark.parametrize(("language", "text"), [
    ("IT", "torna nel suo paese natale a giugno"),
    ("PT", "voltou para a cidade natal dos pais"),
])
def test_a_home_town_is_no_christmas(language, text):
    assert "christmas" not in _positive(text, language), text


# --- budgets ----------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("language", "text", "low", "high"), [
    ("DE", "Budget so hundertachtzig bis zweihundertfünfzig Euro.", 180, 250),
    ("DE", "Budget zwischen hundertzwanzig und hundertsechzig Euro.", 120, 160),
    ("IT", "budget tra centoventi e centottanta euro", 120, 180),
    ("NL", "budget honderdvijftig tot tweehonderd euro", 150, 200),
])
def test_a_spelled_hundred_opens_a_range(language, text, low, high):
    assert _budget(text, language) == (low, high), text


def test_a_hundred_percent_is_no_amount():
    assert _budget("Sie ist hundertprozentig sicher, dass es passt.", "DE") is None


@pytest.mark.parametrize(("language", "text", "high"), [
    ("IT", "budget fino a seimila, no aspetta, settemila.", 7000),
    ("IT", "budget massimo duemila, ma poi ha detto facciamo duemilacinque.", 2500),
    ("NL", "budget tot 3000, nee wacht, 4000 euro", 4000),
    ("FR", "budget jusqu'à 3000 euros, attends, 3500", 3500),
    ("EN", "budget up to 3k, then she said 4k", 4000),
])
def test_a_wait_or_a_later_saying_corrects_the_amount(language, text, high):
    found = _budget(text, language)
    assert found is not None and found[1] == high, (text, found)


def test_a_wait_without_a_later_amount_keeps_the_first():
    found = _budget("budget tremila, aspetta che chiede alla moglie.", "IT")
    assert found is not None and found[1] == 3000, found


# --- aliases -----------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("language", "text", "concept"), [
    ("ES", "Viene por un anillo porque su hijo se promete en junio.", "engagement"),
    ("FR", "ils passeront pour l'aïd avec les enfants", "eid"),
    ("AR", "يبغى عطور هدايا للشركة قبل نهاية السنة", "corporate_gift"),
    ("EN", "Twenty candles as gifts for the company before the holidays.", "corporate_gift"),
])
def test_new_aliases(language, text, concept):
    assert concept in _positive(text, language), text


@pytest.mark.parametrize(("language", "text", "concept"), [
    ("ES", "Te lo prometo, vuelve el lunes.", "engagement"),
    ("FR", "Il a besoin d'aide pour choisir.", "eid"),
])
def test_words_that_are_no_alias(language, text, concept):
    assert concept not in _positive(text, language), text


# --- speed: the anchors of the budget reader ------------------------------------------------------------------------

_OLD_ANCHOR = re.compile(r"(?<![\d.,٫٬])\d|[一二三四五六七八九十百千两兩〇零]|(?<![^\W\d_])[^\W\d_]")


@pytest.mark.parametrize("text", [
    "Budget about two thousand, maybe 2.5K; parle de trois mille euros, wie zweitausend.",
    "預算兩萬左右，两万五也行。예산은 삼백만 원, 아니 사백만 원까지요.",
    "الميزانية حوالي مية ألف، مية وعشرين. бюджет двести тысяч рублей, ixi pwx jbw.",
])
def test_the_restricted_anchors_keep_every_gated_start(text):
    def gated(pattern: re.Pattern[str]) -> list[int]:
        return [m.start() for m in pattern.finditer(text)
                if text[m.start()].isdigit() or (text[m.start()] in NUMBER_FIRSTS and is_number_start(text, m.start()))]
    assert gated(money._ANCHOR_RE) == gated(_OLD_ANCHOR)
