"""Session 38 class: CJK or Hangul digits read out in groups with a pause written as a comma (ASCII,
full-width or ideographic) between them are one phone number; numbers with units between them stay."""

import pytest

from lvmh_pipeline.lib.privacy.pseudonymize import pseudonymize
from lvmh_pipeline.lib.privacy.spoken.phones import find_spoken_phones


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_spoken_phones(text)]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("太太的电话一三九，八七六五，四三二一，晚上联系", "一三九，八七六五，四三二一"),
        ("号码：一五零、二二三三、四四五五。", "一五零、二二三三、四四五五"),
        ("携帯は〇九〇, 一二三四, 五六七八とのこと", "〇九〇, 一二三四, 五六七八"),
        ("연락처 공일공, 구팔칠육, 오사삼이 입니다", "공일공, 구팔칠육, 오사삼이"),
    ],
)
def test_digit_groups_with_commas_are_one_number(text: str, number: str) -> None:
    assert _found(text) == [number]


@pytest.mark.parametrize(
    "text",
    [
        "预算二十万，三十万也可以，五十万封顶",
        "一月三日，二月五日，三月八日来店",
        "二〇二六年，一二三号柜台",
        "三百，五百，八百的三款",
    ],
)
def test_numbers_with_units_or_short_groups_stay(text: str) -> None:
    assert _found(text) == []


def test_the_grouped_number_is_redacted_in_the_stored_text() -> None:
    out = pseudonymize("她手机是一三七，二四六八，一三五七，下午打。", language="ZH").text
    assert "一三七" not in out and "[PHONE]" in out


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("電話は〇八〇の九八七六の五四三二、夜がいい", "〇八〇の九八七六の五四三二"),
        ("手机一五九杠八七六五杠四三二一，找她本人", "一五九杠八七六五杠四三二一"),
        ("携帯はゼロハチゼロ、キューナナロク、ゴーヨンサンニーです", "ゼロハチゼロ、キューナナロク、ゴーヨンサンニー"),
        ("電話は〇七〇ハイフン二二三三ハイフン四四五五まで", "〇七〇ハイフン二二三三ハイフン四四五五"),
        ("携帯は０８０の２２３３の４４５５です", "０８０の２２３３の４４５５"),
        ("〇八〇ー三三四四ー五五六六に折り返し", "〇八〇ー三三四四ー五五六六"),
    ],
)
def test_japanese_and_chinese_pauses_and_katakana_readings(text: str, number: str) -> None:
    assert _found(text) == [number]


@pytest.mark.parametrize(
    "text",
    [
        "イチゴとハチミツのケーキ、サンドイッチ",  # katakana words that open on digit readings
        "ゴールドのネックレス、ロクシタンのギフト",
        "三月の八日と九月の十日",
        "予算は１００万円、２００万円まで",
    ],
)
def test_katakana_words_and_dates_stay(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("rappeler au 07 quinze 22 48 90 avant midi", "07 quinze 22 48 90"),
        ("her number, uh, 0 seven 700 nine hundred 123", "0 seven 700 nine hundred 123"),
        ("جواله صفر خمسة، ستة سبعة، ثمانية تسعة، واحد اثنين", "صفر خمسة، ستة سبعة، ثمانية تسعة، واحد اثنين"),
    ],
)
def test_words_mixed_with_figures_or_arabic_commas(text: str, number: str) -> None:
    assert _found(text) == [number]


@pytest.mark.parametrize(
    "text",
    [
        "budget entre 2 500 et 3 000, voire quatre mille",
        "le 06 ou le 12 juin, deux ou trois pièces",
        "sizes 38 40 42, two or three pieces, 3 4 5 in stock",
        "Größe 36, zwei Stück, 3 oder 4 Farben",
    ],
)
def test_amounts_dates_and_sizes_with_words_stay(text: str) -> None:
    assert _found(text) == []
