"""The speed gates of the budget path (session 47) answer as the full checks do; no timing is asserted.

- :data:`~lvmh_pipeline.lib.concepts.budgets.numbers.quantities.NUMBER_FIRSTS`: a word whose first character is
  not in it starts no quantity (every number word, glued part, connector and phrase starts with one of them);
- the per-item marks before an amount are looked for in one automaton pass, as the substring test did;
- the boutique's place is looked for around the shop words only.
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.concepts.budgets import totals
from lvmh_pipeline.lib.concepts.budgets.money import _ANCHOR_RE, find_amount_matches
from lvmh_pipeline.lib.concepts.budgets.numbers import words
from lvmh_pipeline.lib.concepts.budgets.numbers.quantities import NUMBER_FIRSTS, is_number_start, scan_quantity

_TEXTS = [
    "Budget around two thousand five hundred, maybe three grand, for her birthday.",
    "Budget environ deux mille cinq cents euros, peut-être trois mille.",
    "Budget circa duemilacinquecento, al massimo tremila euro.",
    "Presupuesto unos dos mil quinientos, como máximo tres mil.",
    "Orçamento uns dois mil e quinhentos, no máximo três mil.",
    "Budget etwa zweitausendfünfhundert, höchstens dreitausend Euro.",
    "Budget ongeveer tweeduizendvijfhonderd, hooguit drieduizend euro.",
    "Бюджет около двух с половиной тысяч, максимум три тысячи евро.",
    "الميزانية حوالي ألفين وخمسمية، بالكثير ثلاثة آلاف، لخمسة آلاف",
    "予算は二十五万円くらい、最大で三十万円。",
    "预算两万五左右，最多三万。",
    "예산은 이백오십만 원 정도, 최대 삼백만 원.",
]


def test_every_number_word_starts_with_a_gated_character() -> None:
    for word in (*words._WORDS, *words._GLUED_PARTS, *words._CONNECTORS, *words._PHRASE_FIRSTS):
        assert word[0] in NUMBER_FIRSTS and word[0].upper() in NUMBER_FIRSTS, word
    assert set(words._HAN) <= NUMBER_FIRSTS and set(words._HANGUL) <= NUMBER_FIRSTS


@pytest.mark.parametrize("text", _TEXTS)
def test_gated_word_starts_hold_no_quantity(text: str) -> None:
    for anchor in _ANCHOR_RE.finditer(text):
        pos = anchor.start()
        if text[pos] not in NUMBER_FIRSTS:
            assert not is_number_start(text, pos)
            assert scan_quantity(text, pos, len(text)) is None, text[pos:]


@pytest.mark.parametrize("text", _TEXTS)
def test_amounts_are_still_found(text: str) -> None:
    assert next(find_amount_matches(text), None) is not None


@pytest.mark.parametrize(
    "before",
    ["12 coffrets à ", "cada um põe ", "Stückpreis Tücher ca. ", "每人", "개당 ", "бюджет на подарок жене около ",
     "she wants a ring, budget of ", "", "per month "],
)
def test_per_item_marks_pass_as_the_substring_test(before: str) -> None:
    text = before + "250 €"
    reference = any(mark in before.lower() for mark in totals._BEFORE_MARKS) \
        and totals._PER_ITEM_BEFORE.search(before.lower()) is not None
    assert totals.per_item_before(text, len(before)) == reference
