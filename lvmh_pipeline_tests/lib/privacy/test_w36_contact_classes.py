"""Contact classes read on the w36 notes (session 32): an eight-digit local number written as two
groups of four with no phone word (Hong Kong, Singapore), in our own phrasings; two years, two round
amounts and a number opened by 0 stay."""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.phones import find_phones


@pytest.mark.parametrize(("text", "number"), [
    ("管家 阿芬 收货 / 6234 5178", "6234 5178"),
    ("Driver Kelvin picks up, 9876-5432 after six.", "9876-5432"),
    ("Asst. in Singapore: Mei, 8123 9087.", "8123 9087"),
])
def test_eight_digit_local_numbers_without_a_phone_word(text, number):
    assert [text[s.start : s.end] for s in find_phones(text)] == [number]


@pytest.mark.parametrize("text", [
    "Anniversaries 2019 2024, both in June.",
    "Budget between 6000 7000, flexible.",
    "Order ref 0123 4567.",
    "Sizes 3840 to 3900 mm.",
])
def test_years_round_amounts_and_references_are_no_phone(text):
    assert find_phones(text) == []
