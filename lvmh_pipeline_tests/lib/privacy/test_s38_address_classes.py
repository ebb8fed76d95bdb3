"""Session 38 classes of addresses: house numbers in kanji numerals in Japanese and Chinese
addresses ("三丁目十二番五号", "建国路八十七号"), a copula or verb of living glued before a Chinese address
("地址是…", "她住在…") left readable, and a house number said in words after an address label beside a
street word ("adresse : douze rue de la Paix"), with counts of time or pieces left alone."""

import pytest

from lvmh_pipeline.lib.privacy.addresses.labelled import find_labelled_addresses
from lvmh_pipeline.lib.privacy.addresses.streets import find_addresses
from lvmh_pipeline.lib.privacy.pseudonymize import pseudonymize


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_addresses(text)]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("ご自宅は大阪市北区梅田二丁目四番九号、来週お届け", "大阪市北区梅田二丁目四番九号"),
        ("京都市左京区下鴨十丁目三番地にお住まい", "京都市左京区下鴨十丁目三番地"),
        ("寄到广州市天河区体育西路一百零八号五楼", "广州市天河区体育西路一百零八号五楼"),
    ],
)
def test_kanji_numeral_house_numbers(text: str, address: str) -> None:
    assert _found(text) == [address]


@pytest.mark.parametrize(
    "text",
    [
        "我知道三号要来，下个月五号也行",
        "二番目のバッグ、三号サイズの指輪",
        "南京路上的店，三号来取",
        "一道菜三号上，味道五号再说",
    ],
)
def test_days_sizes_and_ranks_in_numerals_stay(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("地址是杭州市西湖区文三路九十号", "地址是"),
        ("她住在深圳市南山区科技园路12号", "她住在"),
    ],
)
def test_a_copula_or_verb_before_a_chinese_address_stays(text: str, kept: str) -> None:
    assert pseudonymize(text, language="ZH").text == kept + "[ADDRESS]"


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("adresse : vingt-trois rue du Bac, Paris. Merci", "vingt-trois rue du Bac, Paris"),
        ("Lieferadresse: Schillerstraße vierzehn, Köln.", "Schillerstraße vierzehn, Köln"),
        ("deliver to forty Elm Road, Leeds.", "forty Elm Road, Leeds"),
        ("dirección: avenida del Mar quince, Málaga", "avenida del Mar quince, Málaga"),
    ],
)
def test_a_house_number_said_in_words_after_a_label(text: str, address: str) -> None:
    assert [text[s.start : s.end] for s in find_labelled_addresses(text)] == [address]


@pytest.mark.parametrize(
    "text",
    [
        "livraison : deux semaines maximum",
        "indirizzo: via Roma tre settimane fa cambiata",
        "Adresse : un appartement rue de Rivoli",
        "livraison : rue de Rivoli, deux pièces",
        "address: to be confirmed, two options",
    ],
)
def test_counts_articles_and_streets_without_a_said_number_stay(text: str) -> None:
    assert find_labelled_addresses(text) == []
