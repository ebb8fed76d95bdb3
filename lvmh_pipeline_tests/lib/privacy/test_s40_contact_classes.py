"""Session 40 classes of contacts: an e-mail address said aloud whose provider or top-level domain
is transliterated into Cyrillic ("olga собака mail точка ру", "ivan собака яндекс точка рф"), as
Russian speech-to-text writes it; the ordinary words for "dog" and "dot" stay; and a labelled address in
Chinese, Japanese or Korean script that ends before a part after a comma with no number and no place or
building word ("…3座1201，工作日送到前台": the delivery hours stay readable); and Japanese phone numbers read
out in hiragana, or in hiragana and katakana groups ("ゼロキューゼロ、いちにいさんよん、…")."""

import pytest

from lvmh_pipeline.lib.privacy.addresses.labelled import find_labelled_addresses
from lvmh_pipeline.lib.privacy.spoken.dense import find_dense_phones
from lvmh_pipeline.lib.privacy.spoken.emails import find_spoken_emails


def _spans(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_spoken_emails(text)]


@pytest.mark.parametrize(
    ("text", "email"),
    [
        ("пишите на olga собака mail точка ру, она ответит", "olga собака mail точка ру"),
        ("почта ivan точка petrov собака яндекс точка рф.", "ivan точка petrov собака яндекс точка рф"),
        ("адрес anna_k собака gmail точка ком", "anna_k собака gmail точка ком"),
        ("Почта: Lena Собака Rambler Точка Ру", "Lena Собака Rambler Точка Ру"),
    ],
)
def test_spoken_emails_with_a_cyrillic_domain(text: str, email: str) -> None:
    assert _spans(text) == [email]


@pytest.mark.parametrize(
    "text",
    [
        "у них собака, точка, больше ничего",
        "собака точка ру не нужна",
        "дома собака и кошка, точка зрения мужа другая",
    ],
)
def test_ordinary_words_for_dog_and_dot_stay(text: str) -> None:
    assert _spans(text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("收货地址：深圳市南山区科技园路12号A栋808，下午送，先打电话。", "深圳市南山区科技园路12号A栋808"),
        ("地址：杭州市西湖区文三路5号，周六不在家", "杭州市西湖区文三路5号"),
        ("地址：广州市天河区，珠江新城花城大道85号，高德置地广场", "广州市天河区，珠江新城花城大道85号，高德置地广场"),
        ("お届け先：大阪市北区梅田3-1-1，平日の午前中", "大阪市北区梅田3-1-1"),
        ("住所：東京都港区六本木6-10-1, 森タワー", "東京都港区六本木6-10-1, 森タワー"),
        ("주소: 서울 강남구 압구정로 12, 현대아파트, 평일만", "서울 강남구 압구정로 12, 현대아파트"),
        ("주소: 부산 해운대구 마린시티2로 38, 101동 1502호", "부산 해운대구 마린시티2로 38, 101동 1502호"),
    ],
)
def test_dense_script_addresses_stop_before_a_part_with_no_place(text: str, address: str) -> None:
    assert [text[s.start : s.end] for s in find_labelled_addresses(text)] == [address]


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("連絡先は、ぜろきゅうぜろ、はちななろく、ごよんさんに、です", "ぜろきゅうぜろ、はちななろく、ごよんさんに"),
        ("お電話 ゼロハチゼロ いちにいさんよん ごーろくななはち まで", "ゼロハチゼロ いちにいさんよん ごーろくななはち"),
    ],
)
def test_japanese_phones_read_out_in_hiragana(text: str, phone: str) -> None:
    assert [text[s.start : s.end] for s in find_dense_phones(text)] == [phone]


@pytest.mark.parametrize(
    "text", ["にさんにち後にまた来店、いちごのケーキ", "しごとの後、さんにんで来店。よろしく", "いちにち中いた"]
)
def test_hiragana_words_made_of_digit_readings_stay(text: str) -> None:
    assert find_dense_phones(text) == []
