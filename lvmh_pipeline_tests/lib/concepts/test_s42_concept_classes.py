"""Allergy, diet, occasion and budget classes of session 42, in our own phrasings:

- Budgets: a cap correcting an amount said in 만 / 万 keeps its unit ("이천만 원, 아니 삼천까지"); a range whose top alone
  is taken back keeps its bottom ("삼백에서 사백, 아니 오백까지", "between 5 and 7K, no, up to 8K"); a filler after the
  range word ("zwischen drei und, ähm, fünftausend"); a count times a per-piece amount, then the total ("zwei mal
  dreitausend, also sechs insgesamt", "1点約3万円×10点、計30万円"); French "grand max" is "at the very most", no
  "grand" (thousand).
- Diets: a Korean diet said "…은 아니고" is denied ("비건은 아니고"); one done before and "not now" ("예전에 했었는데
  지금은 안 함") is past.
- Occasions: a dating anniversary counted in years then "記念日" / "기념일" / "纪念日" is the relationship's, even in a
  married couple's note; a spouse word taken back for a partner ("il marito… no, il compagno") leaves the couple
  unmarried; a movable holiday no month dates, right after an occasion and its "of" complement, only dates it ("il
  battesimo della nipote a Pasqua"); a holiday that ends a fast ("пост — до Пасхи") or that a habitual visit is said
  around ("ze komen elk jaar rond Koningsdag") is no occasion.
"""

from __future__ import annotations

import math

import pytest

from lvmh_pipeline.lib.concepts.extraction import extract
from lvmh_pipeline_tests.lib.concepts.budget_checks import budget_bounds
from lvmh_pipeline_tests.lib.concepts.occasion_checks import occasion_labels, occasion_pairs

NAN = math.nan


def _same(a: float, b: float) -> bool:
    return (math.isnan(a) and math.isnan(b)) or abs(a - b) <= 0.01 * max(abs(b), 1.0)


@pytest.mark.parametrize(("language", "text", "low", "high", "currency"), [
    ("KO", "예산은 이천만 원, 아니 삼천까지 괜찮으시대요.", NAN, 30_000_000, "KRW"),
    ("KO", "예산은 삼백에서 사백, 아 아니 오백까지.", 3_000_000, 5_000_000, "KRW"),
    ("EN", "Budget between 5 and 7K, no wait, up to 8K.", 5000, 8000, "EUR"),
    ("EN", "Budget 5-7K, no, 3K.", 3000, 3000, "EUR"),
    ("DE", "Budget zwischen drei und, ähm, fünftausend.", 3000, 5000, "EUR"),
    ("FR", "Elle voudrait un sac, entre deux et, euh, trois mille euros.", 2000, 3000, "EUR"),
    ("IT", "Budget tra tre e, ehm, cinquemila euro.", 3000, 5000, "EUR"),
    ("DE", "Budget so zwei mal dreitausend, also sechs insgesamt.", 6000, 6000, "EUR"),
    ("EN", "Budget three times 2K, so 6K in total.", 6000, 6000, "EUR"),
    ("FR", "Budget deux fois 3000 euros, donc 6000 au total.", 6000, 6000, "EUR"),
    ("JA", "1点約3万円×10点、計30万円。", 300_000, 300_000, "JPY"),
    ("KO", "개당 약 20만 원, 총 200만 원.", 2_000_000, 2_000_000, "KRW"),
    ("FR", "Budget trois mille, trois mille cinq grand max.", 3000, 3500, "EUR"),
    ("FR", "Budget quatre mille euros grand max.", NAN, 4000, "EUR"),
])
def test_budget_classes_of_session_42(language, text, low, high, currency):
    got_low, got_high, got_currency = budget_bounds(text, language)
    assert got_currency == currency, (text, got_currency)
    assert _same(got_low, low) and _same(got_high, high), (text, got_low, got_high)


@pytest.mark.parametrize(("language", "text", "high"), [
    ("EN", "Budget five grand max.", 5000),  # English "grand" stays a thousand
    ("EN", "a couple of grand max for the watch", 2000),
])
def test_english_grand_max_stays_thousands(language, text, high):
    assert _same(budget_bounds(text, language)[1], high)


def _diets(text: str, language: str) -> set[str]:
    return {h.concept for h in extract(text, language) if h.category == "diet" and not h.negated}


@pytest.mark.parametrize(("text", "absent", "kept"), [
    ("사장님은 할랄 식단은 아니고 돼지고기만 안 드세요.", "halal", "no_pork"),
    ("사모님은 비건은 아니고 고기를 조금 드세요.", "vegan", None),
    ("채식은 예전에 했었는데 지금은 안 함.", "vegetarian", None),
    ("비건은 작년에 했었는데 요즘은 안 해요.", "vegan", None),
])
def test_korean_denied_and_past_diets(text, absent, kept):
    diets = _diets(text, "KO")
    assert absent not in diets, text
    if kept:
        assert kept in diets, text


@pytest.mark.parametrize("text", ["할랄 아니면 안 드세요.", "할랄 식단만 드세요.", "고객님은 비건이에요, 가죽은 괜찮대요."])
def test_korean_diets_that_stay(text):
    assert _diets(text, "KO"), text


@pytest.mark.parametrize(("language", "text"), [
    ("JA", "ご主人の拓也さんとご来店。付き合って七年の記念日なので、ペアウォッチ。"),
    ("JA", "彼氏と付き合って3年の記念日に指輪。"),
    ("KO", "남자친구랑 사귄 지 5년 기념일이라 반지 보심."),
    ("ZH", "和男朋友在一起五年的纪念日，想买对戒。"),
    ("IT", "è venuta con il marito… no, con il compagno, per il loro quinto anniversario."),
    ("EN", "She came with her husband, sorry, her partner Sam, for their anniversary in June."),
    ("DE", "Sie kam mit ihrem Mann, nein, ihrem Freund, für den Jahrestag im Juni."),
])
def test_dating_anniversaries_of_session_42(language, text):
    labels = occasion_labels(text, language)
    assert "relationship_anniversary" in labels and "wedding_anniversary" not in labels, (text, labels)


@pytest.mark.parametrize(("language", "text"), [
    ("JA", "結婚十年の記念日にネックレス。"),
    ("IT", "con il marito, per il loro decimo anniversario, e il compagno della figlia."),
])
def test_wedding_anniversaries_stay(language, text):
    assert "wedding_anniversary" in occasion_labels(text, language), text


@pytest.mark.parametrize(("language", "text", "occasion"), [
    ("IT", "cerca un regalo per il battesimo della nipote a Pasqua.", "baptism"),
    ("EN", "a gift for the christening of her grandson at Easter.", "baptism"),
    ("FR", "un cadeau pour le baptême de sa nièce à Pâques.", "baptism"),
])
def test_an_undated_movable_holiday_only_dates_the_occasion(language, text, occasion):
    assert occasion_labels(text, language) == {occasion}, text


def test_gifts_for_a_holiday_and_an_occasion_keep_both():
    assert occasion_labels("regali per Pasqua e per il battesimo del nipote.", "IT") == {"easter", "baptism"}


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("RU", "Соблюдает пост, до Пасхи без дегустаций. Подарок крестнику на крестины в мае.", {("baptism", 5)}),
    ("EN", "She keeps Lent, no dinners until Easter. Gift for a christening in May.", {("baptism", 5)}),
    ("NL", "Ze komen ieder jaar rond Pasen, zoeken een ring voor de verloving in juni.", {("engagement", 6)}),
    ("EN", "They come every year around Christmas; a ring for the engagement in May.", {("engagement", 5)}),
])
def test_holidays_bounding_a_fast_or_a_habitual_visit(language, text, expected):
    assert occasion_pairs(text, language) == expected, text


def test_a_gift_for_easter_during_a_fast_stays():
    assert "easter" in occasion_labels("Подарок на Пасху, соблюдает пост.", "RU")


def test_a_redacted_religious_practice_before_until_easter_is_a_fast():
    text = "[NAME], [RELIGION] — до Пасхи никаких ужинов. Подарок крестнице на крестины в апреле."
    assert occasion_pairs(text, "RU") == {("baptism", 4)}


def test_every_bare_anniversary_of_a_dating_note_is_the_couples():
    text = "ご主人とご来店。付き合って八年の記念日が来月。刻印は記念日の日付で。"
    assert occasion_labels(text, "JA") == {"relationship_anniversary"}


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("EN", "Her daughter starts at St Anne's College in September.", set()),
    ("FR", "Sa fille commence à l'École Normale en septembre.", set()),
    ("EN", "Her son starts at Deloitte in September.", {("new_job", 9)}),
])
def test_a_relative_starting_school_has_no_new_job(language, text, expected):
    assert occasion_pairs(text, language) == expected, text


@pytest.mark.parametrize(("language", "text", "low", "high", "currency"), [
    ("JA", "予算 一本50万円、計4本(総額200万円)。", 2_000_000, 2_000_000, "JPY"),  # "計4本": a count, the total after it
    ("EN", "Budget 300 each, 4 pieces in total, 1200 overall.", 1200, 1200, "EUR"),
])
def test_a_count_of_pieces_after_the_total_word_is_no_total(language, text, low, high, currency):
    got_low, got_high, got_currency = budget_bounds(text, language)
    assert got_currency == currency and _same(got_low, low) and _same(got_high, high), (text, got_low, got_high)
