"""Precision classes of session 32: words a redaction took that state no special-category fact.

Our own phrasings of each class (not taken from any note set), in the languages where it exists:

- a condition the note denies, with a verb of having ("doesn't have diabetes", "n'a pas de
  diabète", "no tiene diabetes", "não tem", "non ha il", "hat keinen", "нет диабета"), after it in
  Korean and Japanese ("당뇨는 없고", "糖尿病はない") and before it in Chinese and Arabic ("没有糖尿病",
  "ما عنده سكري"), is no health fact (``special.edges.drop_negated``); a condition that is over
  ("ya no tiene cáncer", "hat keinen Krebs mehr", "not diabetic anymore") and a stated one stay
  redacted;
- an Arabic word that is an address part and an ordinary noun (a piece, a house, a tower, a road)
  with a number is no address when the number is an amount, a price, a count or a span of time
  ("كل قطعة ١٠٠٠ درهم", "طريق 5 ساعات"), nor alone without a further part ("يبغى قطعة 2 من
  المجموعة"); a street with its parts still is (``privacy.addresses.arabic``).
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.addresses import find_addresses
from lvmh_pipeline.lib.privacy.special.categories import find_special_categories


def _health(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_special_categories(text) if s.kind == "HEALTH"]


@pytest.mark.parametrize("text", [
    "She doesn't have diabetes, she just skips dessert.",
    "He has never had asthma, the cough is a cold.",
    "Il n'a pas de diabète, il surveille seulement le sucre.",
    "Elle n'a pas d'asthme, juste une toux.",
    "No tiene diabetes, solo cuida el azúcar.",
    "Não tem diabetes, evita doces por escolha.",
    "Non ha il diabete, evita solo i dolci.",
    "Er hat keinen Diabetes, isst nur wenig Süßes.",
    "Нет диабета, просто мало сладкого.",
    "Hij heeft geen diabetes, eet gewoon weinig suiker.",
    "고혈압은 없고 그냥 짠 음식을 피하세요.",
    "당뇨 아님, 단 음식만 줄이는 중.",
    "糖尿病はないそうです、甘いものを控えているだけ。",
    "高血圧ではありません。",
    "糖尿病がないとのことです。",
    "당뇨도 없으시고 단 것도 좋아하세요.",
    "没有高血压，只是少吃盐。",
    "不是糖尿病，只是不爱吃甜的。",
    "ما عنده ضغط، بس يقلل الملح.",
])
def test_a_denied_condition_is_no_health_fact(text: str) -> None:
    assert _health(text) == []


@pytest.mark.parametrize(("text", "condition"), [
    ("Ya no tiene cáncer, está curada y lo celebra.", "cáncer"),
    ("Er hat keinen Krebs mehr, feiert mit der Familie.", "Krebs"),
    ("She has diabetes, no sugar in the gift box.", "diabetes"),
    ("Tiene diabetes y no toma azúcar.", "diabetes"),
    ("고혈압이 있으셔서 짠 음식은 안 드세요.", "고혈압"),
    ("有高血压，少吃盐。", "高血压"),
    ("عنده ضغط، بدون ملح.", "ضغط"),
])
def test_a_stated_or_past_condition_stays_redacted(text: str, condition: str) -> None:
    assert any(condition in span for span in _health(text)), _health(text)


def _addresses(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_addresses(text)]


@pytest.mark.parametrize("text", [
    "عايزة هدايا للعائلة، حوالي ١٢ قطعة، كل قطعة ٨٠٠ درهم.",
    "يبغى قطعة 2 من نفس المجموعة قبل العيد.",
    "المزرعة على طريق 3 ساعات من الرياض.",
    "بيت 4 في العائلة يفضلون الذهب الأبيض.",
    "عنده مجمع 5 شركات ويبي هدايا للموظفين.",
    "في برج ٢ بالمول فرع ثاني، الساعة ٧ مساء.",
])
def test_an_arabic_count_or_price_is_no_address(text: str) -> None:
    assert _addresses(text) == []


@pytest.mark.parametrize(("text", "address"), [
    ("التوصيل: فيلا ٩، شارع ٤١، الرحاب ٣، القاهرة.", "فيلا ٩، شارع ٤١، الرحاب ٣، القاهرة"),
    ("قطعة 5، شارع 12، منزل 30، السالمية.", "قطعة 5، شارع 12، منزل 30، السالمية"),
    ("يسكن شقة 8 فوق المحل.", "شقة 8"),
])
def test_an_arabic_street_with_its_number_is_still_an_address(text: str, address: str) -> None:
    assert address in _addresses(text), _addresses(text)


@pytest.mark.parametrize(("text", "language", "kept"), [
    ("Er fastet nach 16:8, kein Frühstück.", "DE", "fastet"),
    ("Sua filha estuda na Universidade Católica.", "PT", "Católica"),
    ("Il figlio si è laureato all'Università Cattolica.", "IT", "Cattolica"),
    ("Врач сказал урезать сахар, без десертов.", "RU", "сахар"),
])
def test_a_schedule_a_university_and_cutting_sugar_are_no_special_category(text, language, kept):
    from lvmh_pipeline.lib.privacy.pseudonymize import pseudonymize

    assert kept in pseudonymize(text, language=language).text


@pytest.mark.parametrize(("text", "language"), [
    ("Sie fastet im Ramadan, Termine nach Sonnenuntergang.", "DE"),
    ("Es muy católica, va a misa cada domingo.", "ES"),
])
def test_the_faith_itself_stays_redacted(text, language):
    from lvmh_pipeline.lib.privacy.pseudonymize import pseudonymize

    assert "[RELIGION]" in pseudonymize(text, language=language).text


@pytest.mark.parametrize(("text", "language", "kept"), [
    ("Wants the enamel in a gay red, very 1950s.", "EN", "gay red"),
    ("Un sac pèlerin en cuir fauve pour lui.", "FR", "pèlerin"),
    ("Хочет сумку в стиле паломника, из кожи.", "RU", "паломника"),
])
def test_false_friends_of_orientation_and_religion_stay_readable(text, language, kept):
    from lvmh_pipeline.lib.privacy.pseudonymize import pseudonymize

    assert kept in pseudonymize(text, language=language).text


@pytest.mark.parametrize(("text", "language", "category"), [
    ("Her brother is gay and just got married.", "EN", "[ORIENTATION]"),
    ("Il revient d'un pèlerinage à Compostelle.", "FR", "[RELIGION]"),
])
def test_the_facts_themselves_stay_redacted(text, language, category):
    from lvmh_pipeline.lib.privacy.pseudonymize import pseudonymize

    assert category in pseudonymize(text, language=language).text
