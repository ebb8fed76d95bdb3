"""Session 37 classes of phone numbers read out in words: with no phone word before them, in
Arabic number words, and as CJK or Hangul digit characters."""

import pytest

from lvmh_pipeline.lib.privacy.pseudonymize import pseudonymize
from lvmh_pipeline.lib.privacy.spoken.phones import find_spoken_phones


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_spoken_phones(text)]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("merci de la joindre au zéro sept vingt et un quarante-trois dix-huit zéro deux", "zéro sept vingt et un quarante-trois dix-huit zéro deux"),
        ("ring the PA on plus four four seven seven zero zero nine one two", "plus four four seven seven zero zero nine one two"),
        ("reach her at two zero seven one one four five eight nine three", "two zero seven one one four five eight nine three"),
        ("واتساب صفر خمسة ستة ثلاثة اثنين واحد تسعة ثمانية سبعة", "صفر خمسة ستة ثلاثة اثنين واحد تسعة ثمانية سبعة"),
        ("اتصلوا على صفر سبعة سبعة اثنين اثنين ثلاثة ثلاثة أربعة", "صفر سبعة سبعة اثنين اثنين ثلاثة ثلاثة أربعة"),
        ("휴대폰 공일공 구팔칠 육오사삼 으로 연락", "공일공 구팔칠 육오사삼"),
        ("先生手机幺三八零零一二三四五六，晚上打", "幺三八零零一二三四五六"),
        ("携帯は〇八〇-九八七六-五四三二です", "〇八〇-九八七六-五四三二"),
    ],
)
def test_a_number_read_out_is_found(text: str, number: str) -> None:
    assert _found(text) == [number]


@pytest.mark.parametrize(
    "text",
    [
        "budget around twelve thousand five hundred, maybe fifteen",
        "deux ou trois pièces, quatre au plus, pour ses soixante ans",
        "she bought two, then three, then one more: six in all",
        "سبع قطع، خمسة آلاف للقطعة، والمجموع خمسة وثلاثين ألف",
        "예산 삼천만 원, 오월 이십일 방문, 일일이 확인",
        "二〇二六年十二月三日来店，预算五万到八万",
        "一月三日と二月五日にご来店",
    ],
)
def test_amounts_dates_and_words_are_not_numbers(text: str) -> None:
    assert _found(text) == []


def test_the_stored_text_keeps_the_rest_of_the_sentence() -> None:
    out = pseudonymize("Rückruf bitte: null eins sieben zwei drei vier fünf sechs sieben acht, danke").text
    assert out == "Rückruf bitte: [PHONE], danke"
