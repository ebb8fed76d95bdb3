"""Arabic and Korean name leaks of session 43, as classes in our own phrasings (never a note's sentence):

- surnames that are ordinary words: a father's or family name that is an adjective or a noun too
  ("سالم", "صالح", "سعيد", "كريم") after an Arabic name found, unless the words after it make it
  the adjective ("سعيد جدا", "سعيد بالهدية"; :mod:`...names.extents.arabic_words`); a Latin-script
  family name that is an English word too after an Arabic client word ("العميلة Rose Green");
- names in a script other than the note's: a Han-character name before a Korean honorific or after
  a word asking the name ("金敏浩 회장님", "성함은 王偉이고"), a Hangul or Han name inside an Arabic
  note ("العميلة 김하늘", "زبونتنا 鈴木"; :mod:`...names.scripts.mixed_cues`), Japanese and Arab names
  as Hangul writes them ("다카하시 겐지 님", "사토 미오 고객님", "아흐메드 알 만수리 고객님").
"""

from __future__ import annotations

import pytest

from lvmh_pipeline_tests.lib.privacy.names.redaction import names_gone as _gone, stored, words_kept as _kept


@pytest.mark.parametrize(
    "text, names",
    [
        ("جا العميل عادل سالم يسأل عن ساعة ذهب.", ["عادل", "سالم"]),
        ("العميلة ريم سالم تحب الذهب الأبيض.", ["ريم", "سالم"]),
        ("السيدة نور الهدى صالح تبغى هدية لزوجها.", ["نور الهدى", "صالح"]),
        ("زارتنا مريم سعيد مع أختها، تبغى عقد.", ["مريم", "سعيد"]),
        ("الزبون ماجد كريم يبغى كبك فضة.", ["ماجد", "كريم"]),
        ("جات رشا صابر تسأل عن الطلبية.", ["رشا", "صابر"]),
    ],
)
def test_an_arabic_family_name_that_is_a_word_too(text: str, names: list[str]) -> None:
    _gone(text, "ar", names)


@pytest.mark.parametrize(
    "text, words",
    [
        ("العميل ماجد سعيد جدا بالساعة.", ["سعيد جدا"]),
        ("السيد خالد سعيد بالخدمة اليوم.", ["سعيد بالخدمة"]),
        ("الزبون فهد راضي عن الخدمة.", ["راضي عن"]),
        ("العميلة ريم سعيدة بالهدية.", ["سعيدة"]),
    ],
)
def test_the_adjective_after_a_name_stays(text: str, words: list[str]) -> None:
    _kept(text, "ar", words)


@pytest.mark.parametrize(
    "text, names",
    [
        ("العميلة Rose Green جات اليوم تبغى شنطة.", ["Rose", "Green"]),
        ("الزبون Tom Black يبغى ساعة رياضية.", ["Tom", "Black"]),
    ],
)
def test_a_latin_name_of_words_after_an_arabic_client_word(text: str, names: list[str]) -> None:
    _gone(text, "ar", names)


def test_a_card_tier_after_an_arabic_client_word_stays() -> None:
    _kept("ملاحظة: عميل Black Card يسأل عن إصدار محدود.", "ar", ["Black Card"])


@pytest.mark.parametrize(
    "text, language, names",
    [
        ("金敏浩 고객님 오셨고요, 시계 보셨어요.", "ko", ["金敏浩"]),
        ("고객님 성함은 王偉이고 중국에서 오셨어요.", "ko", ["王偉"]),
        ("朴志勳 회장님 다음 주 방문.", "ko", ["朴志勳"]),
        ("العميلة 김하늘 من سيول تحب الحقائب الصغيرة.", "ar", ["김하늘"]),
        ("زارنا السيد 王伟 من شنغهاي، يحب الساعات الذهبية.", "ar", ["王伟"]),
        ("عميلتنا اليابانية 鈴木 تبغى عطر خفيف، ما عندها حساسية.", "ar", ["鈴木"]),
    ],
)
def test_a_name_in_another_script_inside_the_note(text: str, language: str, names: list[str]) -> None:
    _gone(text, language, names)


def test_han_words_in_a_korean_note_stay() -> None:
    _kept("고객님이 福 자 각인을 원하셨어요. 三星 다니신대요.", "ko", ["福", "三星"])


@pytest.mark.parametrize(
    "text, names",
    [
        ("오늘 다카하시 겐지 님 오셨어요.", ["다카하시", "겐지"]),
        ("사토 미오 고객님, 도쿄에서 오셨어요.", ["사토"]),
        ("오늘 아흐메드 알 만수리 고객님 오셨어요.", ["아흐메드", "만수리"]),
        ("파티마 씨 따님이 다음 달 졸업해요.", ["파티마"]),
    ],
)
def test_japanese_and_arab_names_as_hangul_writes_them(text: str, names: list[str]) -> None:
    _gone(text, "ko", names)


def test_foreign_names_in_hangul_widen_no_korean_given_name_syllables() -> None:
    out = stored("할머님 고객(성함 기록 요청 거절). 예산 800~1000(만원).", "ko")
    assert "할머님" in out and "만원" in out, out
