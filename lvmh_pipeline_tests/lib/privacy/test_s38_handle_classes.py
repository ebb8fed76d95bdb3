"""Session 38 class: the word that announces a phone number after a messaging app's name ("WhatsApp:
tel. +351 …") is no handle."""

import pytest

from lvmh_pipeline.lib.privacy.handles import find_handles


@pytest.mark.parametrize(
    "text",
    ["Catálogo por WhatsApp: tel. +351 913 222 111.", "WhatsApp : tél. 06 44 55 66 77", "Signal: number 0612 443 221"],
)
def test_a_phone_word_after_a_messaging_app_is_no_handle(text: str) -> None:
    assert find_handles(text) == []
