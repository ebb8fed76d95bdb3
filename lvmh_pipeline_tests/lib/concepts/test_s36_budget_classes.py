"""Budget classes of session 36, in our own phrasings: Arabic spelled ranges whose second number carries its own
thousands after a glued "و" ("بين عشرين ألف وخمسة وعشرين ألف"), Arabic teens in two words, "من … لـ…" ranges and
stretches with a glued "ل" ("توصل لخمسطعش"); spoken "like" between a cue and the amount; shorthand cues ("v.a.",
"pas + de", "+ de"); a cue said before a false start ("tot vier, vierduizend"); a slightly larger cap said after a
whole amount ("한 삼천, 삼천오백까지", "trente mille, trente-cinq maximum", "миллион, ну максимум полтора");
hundreds spelled in words with a currency ("fourteen hundred dollars, tops"); Russian "где-то" and prices per
piece after a slash ("по 40 тыс./шт."); an unanchored amount said again as a cap; a per-piece range that a
total cap must not widen into a mixed range; a total said without its unit ("3k each, 9 total")."""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.concepts.budgets.budget import find_budget
from lvmh_pipeline_tests.lib.concepts.budget_checks import NAN, budget_bounds as _bounds, check_bounds as _check, close as _same


@pytest.mark.parametrize(("language", "text", "low", "high", "currency"), [
    ("AR", "الميزانية بين عشرين ألف وخمسة وعشرين ألف ريال.", 20_000, 25_000, "SAR"),
    ("AR", "الميزانية بين عشرة آلاف وثلاثة عشر ألف دولار.", 10_000, 13_000, "USD"),
    ("AR", "الميزانية من أربعة آلاف لخمسة آلاف درهم.", 4_000, 5_000, "AED"),
    ("AR", "الميزانية عشرة آلاف درهم، وممكن توصل لخمسطعش.", 10_000, 15_000, "AED"),
    ("AR", "الميزانية ألفين وخمسمية درهم.", 2_500, 2_500, "AED"),  # a sum stays a sum
    ("EN", "Budget between two thousand and two thousand five hundred dollars.", 2_000, 2_500, "USD"),
])
def test_arabic_spelled_ranges_with_glued_connectors(language, text, low, high, currency):
    _check(language, text, low, high, currency)


@pytest.mark.parametrize(("language", "text", "low", "high"), [
    ("EN", "Budget starting at like five thousand dollars.", 5_000, NAN),
    ("PT", "Orçamento a partir de, tipo, três mil euros.", 3_000, NAN),
    ("FR", "Budget à partir de genre 2000 €.", 2_000, NAN),
    ("NL", "Budget v.a. 5.000 euro.", 5_000, NAN),
    ("FR", "Budget pas + de 3k.", NAN, 3_000),
    ("FR", "Budget + de 5 000 €.", 5_000, NAN),
    ("ES", "Presupuesto no + de 2.000 €.", NAN, 2_000),
])
def test_spoken_like_and_shorthand_cues(language, text, low, high):
    _check(language, text, low, high)


@pytest.mark.parametrize(("language", "text", "high"), [
    ("NL", "Budget tot vier, vierduizend euro.", 4_000),
    ("EN", "Budget up to three, three thousand dollars.", 3_000),
    ("DE", "Budget bis fünf, fünftausend Euro.", 5_000),
])
def test_a_cue_before_a_false_start(language, text, high):
    _check(language, text, NAN, high)


@pytest.mark.parametrize(("language", "text", "low", "high", "currency"), [
    ("KO", "예산은 한 삼천, 삼천오백까지.", 30_000_000, 35_000_000, "KRW"),
    ("FR", "Ils veulent un collier, trente mille, trente-cinq maximum.", 30_000, 35_000, "EUR"),
    ("RU", "Хотят серьги, миллион, ну максимум полтора.", 1_000_000, 1_500_000, "RUB"),
    ("ES", "Quiere un reloj, dos mil, dos mil quinientos como mucho.", 2_000, 2_500, "EUR"),
])
def test_a_slightly_larger_cap_after_a_whole_amount(language, text, low, high, currency):
    _check(language, text, low, high, currency)


@pytest.mark.parametrize(("language", "text", "low", "high", "currency"), [
    ("EN", "For the scarf she said maybe, uh, fourteen hundred dollars, tops.", NAN, 1_400, "USD"),
    ("RU", "Хотят серьги, где-то триста тысяч.", 300_000, 300_000, "RUB"),
    ("RU", "Подарки партнёрам: 10 шт., по 40 тыс./шт.", 40_000, 40_000, "RUB"),
    ("KO", "목걸이 보시는데 한 오백만 원, 오백만 원 넘으면 안 된대요.", NAN, 5_000_000, "KRW"),
    ("EN", "Budget 3k each, 9 total.", 9_000, 9_000, None),
])
def test_spoken_amounts_without_a_budget_word(language, text, low, high, currency):
    _check(language, text, low, high, currency)


@pytest.mark.parametrize(("language", "text", "piece", "total"), [
    ("NL", "Budget drie à vierduizend euro per horloge, totaal maximaal acht.", (3_000, 4_000), (NAN, 8_000)),
    ("AR", "ساعتين، ٣٠٠٠-٤٠٠٠ دولار للقطعة، الإجمالي ما يتعدى ٨ آلاف.", (3_000, 4_000), (NAN, 8_000)),
    ("IT", "Fedi: 800-1.000 € cad., tot. max 2k.", (800, 1_000), (NAN, 2_000)),
])
def test_a_per_piece_range_and_a_total_cap_are_not_mixed(language, text, piece, total):
    low, high, _ = _bounds(text, language)
    assert any(_same(low, a) and _same(high, b) for a, b in (piece, total)), (text, low, high)


@pytest.mark.parametrize(("language", "text"), [
    ("DE", "Sie hat drei Kinder, zwei, maximal drei Enkel."),
    ("EN", "She paid twelve hundred dollars for the bag last year."),
    ("AR", "لست متأكدة من المقاس، ست قطع."),
])
def test_what_stays_out(language, text):
    assert find_budget(text, language) is None, text
