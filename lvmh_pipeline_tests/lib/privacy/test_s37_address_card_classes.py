"""Session 37 classes of contact identifiers: the clause after an address label with no street
word where the street patterns look for one, and the last digits of a card said as such."""

import pytest

from lvmh_pipeline.lib.privacy.addresses import find_addresses
from lvmh_pipeline.lib.privacy.addresses.labelled import find_labelled_addresses
from lvmh_pipeline.lib.privacy.contacts import find_cards
from lvmh_pipeline.lib.privacy.pseudonymize import pseudonymize


def _spans(found, text: str) -> list[str]:
    return [text[s.start : s.end] for s in found(text)]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Доставка: Тверская 12, кв. 40, Москва. Звонить заранее", "Тверская 12, кв. 40, Москва"),
        ("Доставка: Пречистенка, д. 3, кв. 11.", "Пречистенка, д. 3, кв. 11"),
        ("收货: 杭州市西湖区文三路 120 弄 8 号. 周末在家", "杭州市西湖区文三路 120 弄 8 号"),
        ("お届け先: 横浜市中区山下町45", "横浜市中区山下町45"),
        ("Leveren Prinsengracht 310, Amsterdam. Graag voor vrijdag", "Prinsengracht 310, Amsterdam"),
        ("العنوان: ٩ شارع الورد، الرياض. شكرا", "٩ شارع الورد، الرياض"),
        ("التسليم في المكتب: الدوحة، الخليج الغربي، برج ٣", "الدوحة، الخليج الغربي، برج ٣"),
        ("Zustellung: Seestraße 4, 8002 Zürich, bitte vorher anrufen", "Seestraße 4, 8002 Zürich"),
        ("deliver to 18 Cheyne Row, London please", "18 Cheyne Row, London"),
    ],
)
def test_the_clause_after_an_address_label_is_the_address(text: str, address: str) -> None:
    assert address in _spans(find_addresses, text)


@pytest.mark.parametrize(
    "text",
    [
        "Lieferung: 14.03., ab 10:00 Uhr",
        "entrega en 3 semanas, sin prisa",
        "livraison : 450 € maximum",
        "delivery: next week, 2 boxes",
        "Adresse bekannt, Termin um 14 Uhr",
        "Consegna a Firenze entro il 12, confezione regalo",
        "送货: 下周三, 3 件",
        "address: see the CRM card",
    ],
)
def test_dates_amounts_counts_and_words_after_a_label_are_no_address(text: str) -> None:
    assert find_labelled_addresses(text) == []


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("paid with her Amex ending in 3007 as usual", "3007"),
        ("paga siempre con la tarjeta que termina en 9120", "9120"),
        ("Zahlung mit der Karte, endet auf 6604", "6604"),
        ("оплатил картой, заканчивается на 7781", "7781"),
        ("دفع بالبطاقة المنتهية بـ ٤٤٠٢", "٤٤٠٢"),
        ("信用卡尾号 5093", "5093"),
        ("법인카드 끝자리 2210 결제", "2210"),
    ],
)
def test_the_last_digits_of_a_card_go(text: str, digits: str) -> None:
    assert _spans(find_cards, text) == [digits]


@pytest.mark.parametrize("text", ["the lease ends in 2027", "la boda termina en 2026 con la gira", "尾号 12"])
def test_endings_without_a_card_stay(text: str) -> None:
    assert find_cards(text) == []


def test_the_words_around_the_digits_stay() -> None:
    assert pseudonymize("Paid with the Visa ending in 4410, receipt sent").text == "Paid with the Visa ending in [CARD], receipt sent"
