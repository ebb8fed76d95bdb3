"""Contact classes found on the w25 dev notes (own phrasings): a messaging id announced a few
words after the app, a card printed with masked digits, a Chinese lane address, a British
address on a street word that is also ordinary ("Walk", "Close") before its postcode."""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.addresses import find_addresses
from lvmh_pipeline.lib.privacy.contacts import find_cards
from lvmh_pipeline.lib.privacy.handles import find_handles


def found(finder, text: str) -> list[str]:
    return [text[s.start : s.end] for s in finder(text)]


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("Kontakt über Telegram, ihre ID lautet: mk_berlin77. Danke", "mk_berlin77"),
        ("Zahlung per WeChat Pay, ID auf der Quittung: chen_li09", "chen_li09"),
        ("LINEでご連絡、ID：yk_77です", "yk_77"),
        ("prefers KakaoTalk; user ID: sora.22 for the invitation", "sora.22"),
    ],
)
def test_an_id_announced_after_the_app(text, handle):
    assert found(find_handles, text) == [handle]


@pytest.mark.parametrize(
    "text",
    ["Client ID: ab_12, no app named", "Ordered on WeChat. Next visit, loyalty ID: ab_12", "WeChat group; ID: 2024"],
)
def test_an_id_without_an_app_nearby_or_id_mark_stays(text):
    assert found(find_handles, text) == []


@pytest.mark.parametrize(
    ("text", "card"),
    [
        ("paid with Amex ending **** **** **** 1009 ok", "**** **** **** 1009"),
        ("Karte 4970-12**-****-8812 belastet", "4970-12**-****-8812"),
        ("법인카드 4532 11** **** 7781 결제", "4532 11** **** 7781"),
    ],
)
def test_a_card_with_masked_digits(text, card):
    assert found(find_cards, text) == [card]


@pytest.mark.parametrize("text", ["ref 1234-xxxx-xxxx-5678 on the order", "order XXXX-2024-XXXX-0001 shipped"])
def test_masked_codes_that_are_no_card_stay(text):
    assert found(find_cards, text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("新地址：北京市朝阳区建国路77弄12号，周末送", "北京市朝阳区建国路77弄12号"),
        ("Please ship to 7 Flood Walk, London SW3 4HT tomorrow", "7 Flood Walk, London SW3 4HT"),
        ("now at 12 Elm Close, Leeds LS6 2AB since May", "12 Elm Close, Leeds LS6 2AB"),
    ],
)
def test_lane_and_british_street_word_addresses(text, address):
    assert found(find_addresses, text) == [address]


@pytest.mark.parametrize("text", ["we had 2 Long Walks yesterday", "2 Hyde Park rings in the window", "3 Close Friends came"])
def test_ordinary_street_words_without_a_postcode_stay(text):
    assert found(find_addresses, text) == []
