"""Session 39 classes of contacts: a street with its house number said in words and no label
("elle habite vingt-deux rue de Rivoli", "forty two Elm Street", "calle Mayor doce",
"Goethestraße zwölf"), an English street word that is also a common word before a city and
its postcode district ("9 Elm Walk, London SW3"), e-mail addresses said with pauses and
hesitations around the names of the signs ("yuki点sato、アット、えー、example点jp"), and Chinese
phone numbers read in pairs of Han digits ("一八六 二二 三四 五五 六七")."""

import pytest

from lvmh_pipeline.lib.privacy.addresses.said import find_said_addresses
from lvmh_pipeline.lib.privacy.addresses.streets import find_addresses
from lvmh_pipeline.lib.privacy.spoken.dense import find_dense_phones
from lvmh_pipeline.lib.privacy.spoken.emails import find_spoken_emails


def _spans(found, text: str) -> list[str]:
    return [text[s.start : s.end] for s in found]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("euh elle habite vingt-deux rue de Rivoli, au troisième", "vingt-deux rue de Rivoli"),
        ("on passe chez lui, trente et un boulevard Haussmann", "trente et un boulevard Haussmann"),
        ("um she's at forty two Elm Street now", "forty two Elm Street"),
        ("moved to seventeen Rosebery Gardens last spring", "seventeen Rosebery Gardens"),
        ("vive en la calle Mayor doce, segundo piso", "calle Mayor doce"),
        ("abita in via Manzoni ventitré con la figlia", "via Manzoni ventitré"),
        ("mora na rua Augusta trinta e dois", "rua Augusta trinta e dois"),
        ("wohnt jetzt Goethestraße zwölf, zweiter Stock", "Goethestraße zwölf"),
        ("woont aan de Prinsengracht twaalf", "Prinsengracht twaalf"),
    ],
)
def test_house_numbers_said_beside_a_street(text: str, address: str) -> None:
    assert _spans(find_said_addresses(text), text) == [address]
    assert address in _spans(find_addresses(text), text)


@pytest.mark.parametrize(
    "text",
    [
        "une place Vendôme pour la photo",  # an article, not a number
        "deux places pour le défilé",  # plural, no street
        "on the avenue Montaigne twice",
        "calle Mayor dos semanas seguidas",  # a count of time after the street
        "via Roma tre volte al mese",
        "Hauptstraße drei Tage gesperrt",
        "twelve Road trips with her sons",  # no capitalised street name between
        "three times at Bond Street",
    ],
)
def test_counts_and_articles_beside_streets_stay(text: str) -> None:
    assert find_said_addresses(text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Send the card to 9 Elm Walk, London SW3. Thanks", "9 Elm Walk, London SW3"),
        ("post to 21 Addison Grove, Bristol BS6 please", "21 Addison Grove, Bristol BS6"),
    ],
)
def test_weak_street_words_before_a_city_and_district(text: str, address: str) -> None:
    assert _spans(find_addresses(text), text) == [address]


@pytest.mark.parametrize(
    "text",
    ["She took a 5 minute walk, London W1 was busy", "a 10 km Walk, then dinner"],
)
def test_walks_without_a_street_stay(text: str) -> None:
    assert find_addresses(text) == []


@pytest.mark.parametrize(
    ("text", "email"),
    [
        ("連絡はメール、yuki点sato、アット、えー、example点jp、で", "yuki点sato、アット、えー、example点jp"),
        ("邮箱 li点ming 艾特 嗯 qq 点 com 谢谢", "li点ming 艾特 嗯 qq 点 com"),
        ("write to anna dot berg at, um, proton dot me today", "anna dot berg at, um, proton dot me"),
        ("courriel : paul point roy arobase, euh, free point fr merci", "paul point roy arobase, euh, free point fr"),
    ],
)
def test_spoken_emails_with_pauses(text: str, email: str) -> None:
    assert _spans(find_spoken_emails(text), text) == [email]


def test_an_english_at_with_a_pause_still_needs_an_id() -> None:
    assert find_spoken_emails("we meet at, uh, home dot com maybe") == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("电话 一八六 二二 三四 五五 六七 谢谢", "一八六 二二 三四 五五 六七"),
        ("番号は〇八〇 一二 三四 五六 七八です", "〇八〇 一二 三四 五六 七八"),
    ],
)
def test_han_digits_read_in_pairs(text: str, phone: str) -> None:
    assert _spans(find_dense_phones(text), text) == [phone]


@pytest.mark.parametrize(
    "text",
    [
        "三四 五六 个人",  # two pairs: a count
        "二〇二六年 一二 三四",  # a year and two pairs
        "이사 오일 구이 삼사",  # Hangul digit syllables in pairs are words
    ],
)
def test_short_pair_runs_and_hangul_words_stay(text: str) -> None:
    assert find_dense_phones(text) == []
