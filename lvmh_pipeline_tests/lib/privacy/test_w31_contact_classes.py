"""Contact classes behind the w31 leaks, in our own phrasings: a German street written with the
abbreviation "Str." apart from its name ("Bautzner Str. 9, 01099 Dresden"); an Arabic address
after its label with no house number ("العنوان: حي الروضة، شارع الأمير سلطان، جدة")."""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.addresses import find_addresses


@pytest.mark.parametrize(
    "text, address",
    [
        ("Zustellung: Leipziger Str. 118, 10117 Berlin, bitte klingeln.", "Leipziger Str. 118, 10117 Berlin"),
        ("Wohnt in der Alten Str. 5 seit Jahren.", "Alten Str. 5"),
        ("العنوان: حي الروضة، شارع الأمير سلطان، جدة. يفضل التوصيل مساء.", "حي الروضة، شارع الأمير سلطان، جدة"),
        ("عنوانها: شارع التحلية، الخبر", "شارع التحلية، الخبر"),
    ],
)
def test_abbreviated_or_labelled_addresses(text, address):
    assert [text[s.start : s.end] for s in find_addresses(text)] == [address]


@pytest.mark.parametrize(
    "text",
    [
        "Er kommt am Str. 5 nicht.",
        "سألت عن العنوان ولم تذكره.",
        "العنوان: غير معروف بعد.",
    ],
)
def test_no_address_without_street_or_label(text):
    assert find_addresses(text) == []
