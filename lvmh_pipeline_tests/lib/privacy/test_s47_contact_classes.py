"""Session 47 contact class: an Arabic address with no house number and no label, a district and a street
chained by a comma (either order), then at most a town — written for this test."""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.addresses.streets import find_addresses


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_addresses(text)]


@pytest.mark.parametrize(("text", "address"), [
    ("الخطوة التالية: إرسال العينات إلى: حي الياسمين، شارع الأمير سلطان بن فهد، جدة",
     "حي الياسمين، شارع الأمير سلطان بن فهد، جدة"),
    ("توصيل إلى شارع التحلية، حي السليمانية، الرياض. شكرا", "شارع التحلية، حي السليمانية، الرياض"),
    ("يسكن في حي النخيل، شارع العليا", "حي النخيل، شارع العليا"),
])
def test_a_district_and_a_street_chained_by_a_comma_are_an_address(text: str, address: str) -> None:
    assert address in _found(text)


@pytest.mark.parametrize("text", [
    "يحب المشي في الحي، شارع واسع",  # "the neighbourhood" with its article, no named district
    "سألت عن عطر، شارع",  # a street word alone
    "حي الورود جميل، والهدية جاهزة",  # a district without a street
])
def test_no_chain_no_address(text: str) -> None:
    assert _found(text) == []
