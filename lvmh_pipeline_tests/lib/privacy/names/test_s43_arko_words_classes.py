"""Arabic and Korean names that are words, or written in another script, as classes in our own
phrasings (never a note's sentence; :mod:`lvmh_pipeline.lib.privacy.names.restated`):

- Korean: the given part of a full name found, alone before an honorific ("솔 님" after "최솔"); the
  full name in brackets after its given part ("다정 씨 (문다정)"); a Western family name in Hangul
  after a Western given name ("프랑수아 베르네 씨"); a surname and a one-syllable given name written
  apart ("장 폴 님"); a surname that is a prefix word too before a teacher's title ("고 선생님이");
  no name: a product field's value ("색상: 연베이지"), an institution in brackets ("(일본 대사관)");
- Arabic: a client field holding a given and a family name that are words ("عميلة: وفاء الأبيض |"),
  a field listing companions ("المرافقين: سلطان، حمدان، وماجد"), the Arabic spelling of a Latin name
  found after a title or beside it, a Korean name in Arabic letters ("كيم سو يون"); no name: a time
  word after a name ("مدام بنجلون يوم الخميس"), a hotel named in Latin letters ("فندق Al Bustan"),
  a craft word alone ("عندنا حلاق").
"""

from __future__ import annotations

import pytest

from lvmh_pipeline_tests.lib.privacy.names.redaction import names_gone as _gone, words_kept as _kept


@pytest.mark.parametrize(
    "text, names",
    [
        ("메모: 최솔 고객님 방문 / 솔 님 반지 사이즈 12호 / 재방문 예정", ["솔"]),
        ("고객 (박새롬) 방문, 새롬 씨 목걸이 교환 원하심", ["새롬"]),
        ("신규 고객 정하람 / 하람 양 어머님과 같이 오심", ["하람"]),
    ],
)
def test_the_given_part_of_a_korean_full_name_found_goes(text: str, names: list[str]) -> None:
    _gone(text, "ko", names)


@pytest.mark.parametrize(
    "text, names",
    [
        ("고객: 다정 씨 (문다정) / 가방 문의 / 연락 문자", ["다정", "문다정"]),
        ("담당 메모: 가을 님(송가을) 귀걸이 수선 맡기심", ["가을", "송가을"]),
    ],
)
def test_a_full_name_in_brackets_after_its_given_part_goes(text: str, names: list[str]) -> None:
    _gone(text, "ko", names)


def test_a_western_family_name_in_hangul_after_its_given_name_goes() -> None:
    _gone("오후에 프랑수아 베르네 씨 방문, 베르네 씨가 시계 줄 교체 문의", "ko", ["프랑수아", "베르네"])


@pytest.mark.parametrize(
    "text, names",
    [
        ("남편 장 폴 님 커프스 보심, 다음 주 픽업", ["장 폴"]),
        ("동반: 김 준 씨, 벨트 사이즈 문의", ["김 준"]),
    ],
)
def test_a_surname_and_a_one_syllable_given_name_written_apart_go(text: str, names: list[str]) -> None:
    _gone(text, "ko", names)


def test_a_surname_that_is_a_prefix_word_before_a_teachers_title_goes() -> None:
    _gone("네 고 선생님이 지갑 두 개 비교하시고 고 선생님 사모님 선물도 보셨어요", "ko", ["고 선생님"])


@pytest.mark.parametrize(
    "text, words",
    [
        ("고객: 윤서아 님 / 선호 색상: 연베이지, 블랙 / 결제: 카드", ["연베이지"]),
        ("고객: 한지민 님 / 사이즈 문의: 소형 / 포장: 기본", ["소형"]),
        ("고객: 마리 뒤랑 (일본 대사관) / 통역 필요 / 대사관 배송", ["일본 대사관", "대사관 배송"]),
    ],
)
def test_a_product_field_or_an_institution_is_no_korean_name(text: str, words: list[str]) -> None:
    _kept(text, "ko", words)


def test_ordinary_one_syllable_words_near_a_found_name_stay() -> None:
    _kept("고객: 최솔 님 / 별로 안 비싼 거 원하심 / 이 분 씨 아님", "ko", ["별로", "이 분"], ["최솔"])


@pytest.mark.parametrize(
    "text, names",
    [
        ("عميلة: وفاء الأبيض | أول زيارة | تسأل عن خاتم.", ["وفاء", "الأبيض"]),
        ("العميل: نبيل الصافي / يبغى ساعة رياضية.", ["نبيل", "الصافي"]),
    ],
)
def test_an_arabic_client_field_of_words_is_a_name(text: str, names: list[str]) -> None:
    _gone(text, "ar", names)


@pytest.mark.parametrize(
    "text, words",
    [
        ("عميلة: جديدة الزيارة | تسأل عن خاتم.", ["جديدة"]),
        ("عميل: كبير السن | يفضل الجلوس.", ["كبير السن"]),
    ],
)
def test_a_description_in_the_client_field_stays(text: str, words: list[str]) -> None:
    _kept(text, "ar", words)


def test_a_list_of_companions_in_a_field_goes() -> None:
    _gone("زيارة خاصة. المرافقين: سلطان، حمدان، وماجد. الدفع نقدا.", "ar", ["سلطان", "حمدان", "ماجد"])


def test_a_list_of_colours_in_a_field_stays() -> None:
    _kept("الألوان المفضلة: وردي، بني، وأسود.", "ar", ["وردي", "بني", "وأسود"])


@pytest.mark.parametrize(
    "text, names",
    [
        ("العميلة Mrs. Mariam Al Ketbi تحب الذهب. السيد الكتبي بيمر بكرة.", ["Ketbi", "الكتبي"]),
        ("عميل: Mr. Saif Al Mazrouei - سيف المزروعي | طلب قلم.", ["سيف", "المزروعي"]),
        ("عميل: Mr. Samir Najjar / سمير نجار | يبي ساعة.", ["سمير", "نجار"]),
    ],
)
def test_the_arabic_spelling_of_a_latin_name_found_goes(text: str, names: list[str]) -> None:
    _gone(text, "ar", names)


def test_a_word_alone_that_spells_like_the_latin_name_stays() -> None:
    _kept("العميل Mr. Nabil Haddad اشترى ساعة، وعنده حداد يصلح البوابة.", "ar", ["حداد يصلح"], ["Haddad"])


@pytest.mark.parametrize(
    "text, names",
    [
        ("الزبونة كيم سو يون من سيول تبي حقيبة سهرة.", ["كيم سو يون"]),
        ("عميل كوري اسمه بارك جي هون يسأل عن ساعة.", ["بارك جي هون"]),
    ],
)
def test_a_korean_name_in_arabic_letters_goes(text: str, names: list[str]) -> None:
    _gone(text, "ar", names)


def test_who_is_he_in_an_arabic_note_stays() -> None:
    _kept("قال لي مين هو المسؤول عن الطلب.", "ar", ["لي مين هو"])


@pytest.mark.parametrize(
    "text, words, names",
    [
        ("بتجي مدام بنجلون يوم الخميس مع بنتها.", ["يوم الخميس"], ["بنجلون"]),
        ("نزل الضيف في فندق Al Bustan وطلب التوصيل هناك.", ["Al Bustan"], []),
        ("عندنا حلاق جنب المحل، والعميل مر عليه.", ["حلاق"], []),
        ("الزبناء كانو كيسولو على الثمن والتوصيل.", ["كانو كيسولو"], []),
    ],
)
def test_a_time_word_a_hotel_and_a_craft_word_stay(text: str, words: list[str], names: list[str]) -> None:
    _kept(text, "ar", words, names)
