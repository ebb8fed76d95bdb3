"""Contact classes behind the session-30 leaks, in our own phrasings.

- A phone number whose area code is set off by a spaced slash or dash, with an extension ("0621 /
  38 44 90-2", "06 - 21 43 65 87"), also after an office word ("Büro", "kantoor", "ufficio");
  amounts around a spaced slash or dash stay ("12000 / 15000", "10000 - 15000").
- The floor of a Dutch house after its number ("88-II", "70hs", "5-2hg") and a particle or
  preposition opening a street's name ("Van Eeghenstraat 70", "Am Hofgarten 3").
- A street named without a street word, its number, then a postcode and a city ("Am Kirchberg
  7, 54290 Trier", "Achter de Molen 9, 8911 KL Leeuwarden"); not a product, a size or an amount
  before a number ("Lady Dior 3, 2025 Paris", "Budget 3, 50000 Euro").
- A phone number with an en dash ("06–21436587") or a spaced dash after the country code ("+31 6 -
  2143 6587"); ranges with an en dash stay ("12000–15000").
- An e-mail written against robots ("fenna.visser [at] kpnmail.nl", "k.weber (at) web (punkt) de",
  "anna_b at gmail dot com"), not "at" in a sentence ("Arriving at 10.30 at hotel.com").
- An id after a messaging app written in Hangul, katakana, Chinese, Cyrillic or Arabic ("위챗
  lee_88 로", "ウィーチャット: ken_77", "脸书 anna.l_07", "в вичате: lena_85", "ويتشات: wang_88").
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.addresses import find_addresses
from lvmh_pipeline.lib.privacy.contacts import find_emails, find_phones
from lvmh_pipeline.lib.privacy.handles import find_handles


def _found(finder, text: str) -> list[str]:
    return [text[s.start : s.end] for s in finder(text)]


@pytest.mark.parametrize(
    "text, phone",
    [
        ("Rückruf erbeten, Büro 0621 / 38 44 90-2.", "0621 / 38 44 90-2"),
        ("Festnetz 089 / 71 20 33, abends.", "089 / 71 20 33"),
        ("Bel het kantoor: 010 / 244 18 90.", "010 / 244 18 90"),
        ("Ufficio 02 / 8765 4321, chiedere di lei.", "02 / 8765 4321"),
        ("Office 0161 / 496 0321 after ten.", "0161 / 496 0321"),
        ("Bel haar op 06 - 21 43 65 87, liefst 's avonds.", "06 - 21 43 65 87"),
    ],
)
def test_phone_with_a_spaced_slash(text, phone):
    assert _found(find_phones, text) == [phone]


@pytest.mark.parametrize(
    "text",
    [
        "Budget 12000 / 15000, je nach Modell.",
        "Größe 38 / 40, Länge 42 / 44.",
        "Auftrag 4711 / 2024 / 0815 offen.",
        "Budget tussen 10000 - 15000 euro.",
        "Open van 09 - 17 uur.",
    ],
)
def test_amounts_around_a_spaced_slash_stay(text):
    assert _found(find_phones, text) == []


@pytest.mark.parametrize("text", ["Budget 12000-15000.", "Бюджет 120000-150000, можно больше.", "予算は30000-50000くらい"])
def test_a_hyphenated_range_of_amounts_is_no_phone(text):
    assert _found(find_phones, text) == []


@pytest.mark.parametrize(("text", "phone"), [("Mobile 98765-43210", "98765-43210"), ("Tel: 12345-67890", "12345-67890")])
def test_a_phone_split_in_two_equal_groups_stays_a_phone(text, phone):
    assert _found(find_phones, text) == [phone]


@pytest.mark.parametrize(
    "text, address",
    [
        ("Lieferadresse: Am Kirchberg 7, 54290 Trier.", "Am Kirchberg 7, 54290 Trier"),
        ("Adres: Achter de Molen 9, 8911 KL Leeuwarden.", "Achter de Molen 9, 8911 KL Leeuwarden"),
        ("Zustellung an: Im Winkel 12a, 80331 München.", "Im Winkel 12a, 80331 München"),
        ("Envoyer: Les Tilleuls 4, 1204 Genève.", "Les Tilleuls 4, 1204 Genève"),
    ],
)
def test_street_without_a_street_word_before_a_postcode(text, address):
    assert _found(find_addresses, text) == [address]


@pytest.mark.parametrize(
    "text, address",
    [
        ("Bezorgen: Lijnbaansgracht 88-II, 1017 RZ Amsterdam.", "Lijnbaansgracht 88-II, 1017 RZ Amsterdam"),
        ("p/a Van Eeghenstraat 70hs, Amsterdam", "Van Eeghenstraat 70hs, Amsterdam"),
        ("Graag naar Kerkstraat 5-2hg sturen.", "Kerkstraat 5-2hg"),
        ("Lieferung Am Hofgarten 3, 53113 Bonn.", "Am Hofgarten 3, 53113 Bonn"),
    ],
)
def test_dutch_floor_and_particle_of_a_street(text, address):
    assert _found(find_addresses, text) == [address]


@pytest.mark.parametrize(
    "text",
    ["Lady Dior 3, 2025 Paris zur Hochzeit.", "Budget 3, 50000 Euro maximal.", "Kette Modell 5, 12000 Euro."],
)
def test_numbers_before_a_year_or_an_amount_are_no_address(text):
    assert _found(find_addresses, text) == []


@pytest.mark.parametrize(
    "text, handle",
    [
        ("위챗 lee_sora88 로 사진 보내드리기.", "lee_sora88"),
        ("페이스북 kim.jiho_92 으로도 가능.", "kim.jiho_92"),
        ("ウィーチャット: ken_tanaka77 に送る。", "ken_tanaka77"),
        ("脸书 anna.lee_07，有新款就发。", "anna.lee_07"),
        ("Пишет в вичате: lena_orlova85.", "lena_orlova85"),
        ("ويتشات: wang_li88 للصور.", "wang_li88"),
    ],
)
def test_handle_after_an_app_named_in_another_script(text, handle):
    assert _found(find_handles, text) == [handle]


def test_app_named_without_an_id_stays():
    assert _found(find_handles, "왓츠앱으로 연락, 위챗은 안 씀.") == []


@pytest.mark.parametrize(
    "text, phone",
    [
        ("mobiel: 06–21436587, na zessen.", "06–21436587"),
        ("Tel +31 6 - 2143 6587 (privé).", "+31 6 - 2143 6587"),
    ],
)
def test_phone_with_an_en_dash_or_a_spaced_dash_after_the_country_code(text, phone):
    assert _found(find_phones, text) == [phone]


@pytest.mark.parametrize("text", ["Budget 12000–15000.", "Tussen 1990–2024 klant.", "am 12.–14. März 2025"])
def test_ranges_with_an_en_dash_stay(text):
    assert _found(find_phones, text) == []


@pytest.mark.parametrize(
    "text, email",
    [
        ("Mail: fenna.visser [at] kpnmail.nl, graag.", "fenna.visser [at] kpnmail.nl"),
        ("Kontakt k.weber (at) web (punkt) de bitte.", "k.weber (at) web (punkt) de"),
        ("send to anna_b at gmail dot com tonight", "anna_b at gmail dot com"),
        ("écrire à m.roux @ orange.fr", "m.roux @ orange.fr"),
    ],
)
def test_email_written_against_robots(text, email):
    assert _found(find_emails, text) == [email]


@pytest.mark.parametrize(
    "text", ["We meet at home dot com.", "Arriving at 10.30 at hotel.com", "She flies at 9 to Paris.fr", "Lunch at Nobu."]
)
def test_at_in_a_sentence_is_no_email(text):
    assert _found(find_emails, text) == []
