"""Session 46 contact classes, in our own phrasings: masked card fragments in every masking style
(:mod:`lvmh_pipeline.lib.privacy.masked_cards`), streets with their number and the city after them
(:mod:`lvmh_pipeline.lib.privacy.addresses.extent`), a street without a street word after a billing
label and a company (:mod:`lvmh_pipeline.lib.privacy.addresses.invoiced`), dates that must not open an
address and line breaks that end one (:mod:`lvmh_pipeline.lib.privacy.addresses.dates`), a messenger id
under a bracketed heading; and the numbers that stay (prices, references, sizes, dates, orders, years)."""

from __future__ import annotations

import re

import pytest

from lvmh_pipeline.lib.privacy.addresses import find_addresses
from lvmh_pipeline.lib.privacy.addresses.dates import DAY_MONTH
from lvmh_pipeline.lib.privacy.addresses.extent import city_end, fit_address
from lvmh_pipeline.lib.privacy.addresses.invoiced import find_invoiced_addresses
from lvmh_pipeline.lib.privacy.contacts import find_cards
from lvmh_pipeline.lib.privacy.handles import find_handles
from lvmh_pipeline.lib.privacy.masked_cards import find_masked_cards, has_mask
from lvmh_pipeline.lib.privacy.pseudonymize import PrivacyPolicy, pseudonymize
from lvmh_pipeline.lib.privacy.quality import leaked
from lvmh_pipeline.lib.privacy.spans import PiiSpan

_IDS = PrivacyPolicy(special_categories=False, non_food_allergies=False)


def _stored(text: str) -> str:
    return pseudonymize(text, policy=_IDS).text


def _found(detect, text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect(text)]


# --- masked card fragments ----------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, fragment",
    [
        ("Settled by card •••• 0739, receipt emailed", "•••• 0739"),
        ("Réglé par CB ****0739 le jour même", "****0739"),
        ("Bezahlt mit Karte xxxx-0739", "xxxx-0739"),
        ("Pagó con tarjeta ···· 0739 y efectivo", "···· 0739"),
        ("Pagato con carta *0739", "*0739"),
        ("Pago com cartão XXXX 0739", "XXXX 0739"),
        ("Betaald met pinpas **0739", "**0739"),
        ("Оплатил картой ●●●● 0739", "●●●● 0739"),
        ("دفع ببطاقة **** 0739", "**** 0739"),
        ("カード決済 ****0739", "****0739"),
        ("결제 카드 **0739 사용", "**0739"),
        ("信用卡 ****0739 已付", "****0739"),
        ("Payment: **** **** **** 0739", "**** **** **** 0739"),
        ("paid, ref on slip **** 0739", "**** 0739"),  # a long mask before four digits needs no card word
        ("卡号****0739已付", "****0739"),  # glued to the words of a script without blanks
        ("카드**0739로 결제", "**0739"),
        ("カード番号****0739です", "****0739"),
        ("尾号 ****0739", "****0739"),
        ("카드 끝자리 **0739", "**0739"),
    ],
)
def test_masked_card_fragments(text: str, fragment: str) -> None:
    assert _found(find_cards, text) == [fragment]
    assert not leaked(fragment, _stored(text))


@pytest.mark.parametrize(
    "text",
    [
        "* 2 bottles of Krug for the dinner",
        "**2019** was the year of the Tank",
        "Budget: • 1200 € max, payment on delivery",
        "Taille XXL 44, coloris noir",
        "Moët x 24, max 900 € the lot",
        "Notes:\n* 1500 budget\n* 3 rings to show",
        "ref 1099-xxxx-xxxx-7781 on the order form",
        "order XXXX-2025-XXXX-0042 left the warehouse",
        "Paid *12 € extra for the engraving",
    ],
)
def test_stars_bullets_sizes_and_codes_are_no_card(text: str) -> None:
    assert find_masked_cards(text) == []


def test_has_mask_is_a_cheap_gate() -> None:
    assert has_mask("card ****0739") and has_mask("xxx-0739") and not has_mask("max 900 €, size XL")


def test_said_ending_and_masked_fragment_are_one_card() -> None:
    text = "cartão final ****0739"
    assert _found(find_cards, text) == ["****0739"]


# --- streets with their number, and the city after them ------------------------------------------

@pytest.mark.parametrize(
    "text, address",
    [
        ("Bezorgen: Bloemgracht 57, Haarlem", "Bloemgracht 57, Haarlem"),
        ("wohnt Lindenweg 9, Freiburg", "Lindenweg 9, Freiburg"),
        ("abita in piazza Cavour 21, Como", "piazza Cavour 21, Como"),
        ("vive en avenida de América 14, Sevilla.", "avenida de América 14, Sevilla"),
        ("mora na Rua do Carmo 33, Porto", "Rua do Carmo 33, Porto"),
        ("habite 17 boulevard Carnot, Nancy", "17 boulevard Carnot, Nancy"),
        ("lives at 41 Mill Road, York.", "41 Mill Road, York"),
        ("Доставка: ул. Садовая 11, Казань", "ул. Садовая 11, Казань"),
    ],
)
def test_street_and_number_take_the_city_after_them(text: str, address: str) -> None:
    assert _found(find_addresses, text) == [address]


@pytest.mark.parametrize(
    "text, address",
    [
        ("Hauptweg 4, Ende Juni kommt sie wieder", "Hauptweg 4"),  # a time, not a city
        ("Lindenweg 9, Bitte zweimal klingeln", "Lindenweg 9"),
        ("Rosenplatz 2, Freitag ab 10", "Rosenplatz 2"),
    ],
)
def test_what_follows_a_street_that_is_no_city(text: str, address: str) -> None:
    assert _found(find_addresses, text) == [address]


def test_city_end_and_fit_address() -> None:
    assert city_end("Lindenweg 9, Freiburg\n", 11) == 21
    assert city_end("Lindenweg 9, Montag", 11) is None
    text = "Lindenweg 9\nTel: 0151"
    assert fit_address(text, PiiSpan(0, 17, "ADDRESS")) == PiiSpan(0, 11, "ADDRESS")
    assert fit_address("Visit\n9 Mill Road", PiiSpan(0, 11, "ADDRESS")) is None
    assert fit_address("4 déc. Mill Road", PiiSpan(0, 16, "ADDRESS")) is None


# --- a street without a street word after a billing label and a company --------------------------

@pytest.mark.parametrize(
    "text, address",
    [
        ("Factuur: Smit Beheer BV, Oude Delft 12, Delft", "Oude Delft 12, Delft"),
        ("Factuur: Korte Vijverberg 3, Den Haag", "Korte Vijverberg 3, Den Haag"),
        ("Rechnung: Brandt GmbH, Am Lindenhof 8, Kassel", "Am Lindenhof 8, Kassel"),
        ("Facture : Atelier Roux SARL, 5 Grande Rue, Dijon", "5 Grande Rue, Dijon"),
        ("Invoice: Harwood Ltd, 12 Orchard Row, Bath", "12 Orchard Row, Bath"),
        ("Fattura: Bassi Srl, Borgo Pinti 40, Firenze", "Borgo Pinti 40, Firenze"),
        ("Factura: Olmo SL, Ronda Sur 6, Murcia", "Ronda Sur 6, Murcia"),
        ("Fatura: Costa Lda, Largo do Rato 2, Lisboa", "Largo do Rato 2, Lisboa"),
        ("Счёт: ООО «Берег», Малая Бронная 15, Москва", "Малая Бронная 15, Москва"),
    ],
)
def test_billing_label_company_then_street(text: str, address: str) -> None:
    assert address in _found(find_addresses, text)
    assert not leaked(address, _stored(text))


@pytest.mark.parametrize(
    "text",
    [
        "Invoice: INV-2291",
        "Facture : 2 250 € TTC, Paris",
        "Factuur: Birkin 30, Gold",
        "Rechnung: Projekt 12, Ende Mai",
        "Fattura: Rossi Srl, 3 pezzi, consegna",
        "Keepall 55, Monogram",
        "Livraison: Tank 3, Cartier",
        "Lieferung: Serpenti 2, Bulgari",
    ],
)
def test_billing_lines_without_a_street_stay(text: str) -> None:
    assert find_invoiced_addresses(text) == []


# --- dates do not open an address; a line break ends one -----------------------------------------

@pytest.mark.parametrize("date", ["4 déc.", "12 mars", "3 de diciembre", "7 мая", "1er mai", "12. März", "9 Oct"])
def test_day_and_month_name(date: str) -> None:
    assert re.fullmatch(DAY_MONTH, date)


@pytest.mark.parametrize(
    "text",
    [
        "Visite : 21/06, Chanel Rue Cambon\nIntérêt : sac",
        "Visit: 21/06, Dior New Bond St\nInterest: tote",
        "Besuch 21/06, Boutique Königsallee\nInteresse: Uhr",
        "Livraison: 9 janv.\nNote: emballage cadeau",
        "Entrega: 3 de diciembre\nNota: envolver",
        "Consegna: 12 marzo\nNota: biglietto",
        "Levering: 5 mei\nOpmerking: inpakken",
        "Lieferung: 14. Februar\nNotiz: Schleife",
        "Visit 14 March Bond St",
        "RDV jeudi 15h, av. Montaigne.",
        "Rendez-vous 9h30, rue Saint-Honoré",
    ],
)
def test_a_date_opens_no_address(text: str) -> None:
    assert find_addresses(text) == []


def test_a_date_line_does_not_swallow_the_card_line_below() -> None:
    text = "Livraison: 9 janv.\nCB: **** 0739\nNote: emballage"
    stored = _stored(text)
    assert "[ADDRESS]" not in stored
    assert stored.splitlines() == ["Livraison: 9 janv.", "CB: [CARD]", "Note: emballage"]


def test_an_address_stops_at_the_line_break() -> None:
    text = "Lieferung: Lindenweg 9\nKarte: •••• 0739"
    assert _found(find_addresses, text) == ["Lindenweg 9"]


# --- numbers that stay ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "Prix 4 950 €, réf. M40712, taille 52, commande 20251103-19",
        "Preis 12.500 € für die Reverso, Größe 38, Jahrgang 2019",
        "Precio 2.300 €, ref. N41358, talla 40, pedido 88123",
        "Prezzo 1.850 €, rif. WSSA0030, misura 17, ordine 55102",
        "Price £3,400, ref M45832, size 10, order 771204, vintage 1998",
        "Цена 120 000 руб., арт. M46234, размер 54, заказ 22918",
        "価格 48万円、品番 M41112、サイズ 11号、注文番号 2025-4471",
    ],
)
def test_prices_references_sizes_orders_and_years_stay(text: str) -> None:
    assert _stored(text) == text


# --- a messenger id under a bracketed heading ----------------------------------------------------

@pytest.mark.parametrize(
    "text, handle",
    [
        ("【微信】mei_ling07\n【备注】周末联系", "mei_ling07"),
        ("[LINE] haru_0817", "haru_0817"),
    ],
)
def test_messenger_id_under_a_bracketed_heading(text: str, handle: str) -> None:
    assert _found(find_handles, text) == [handle]


def test_bracketed_heading_without_an_id_stays() -> None:
    assert find_handles("【微信】已加好友，周末联系") == []
