"""Arabic and Korean name classes of session 39, in our own phrasings: the forms names take in
advisor notes when the lexicon lacks the name or lists it as a word too.

Leaks —
- an Arabic given name missing from the lexicon after a kin word (a rank adjective or a bracket between), a
  client or guest word, a field label with its colon, a kunya, a verb of calling, a family word
  ("عائلة بوشليبي"), or opening a clause before a person's verb; the family name after it; a
  second name joined by و; one that is a frequent word too before a family name;
- an Arabic given name that is a word too, between commas after "whose daughter" ("بنت العميل،
  أمل،"), before "son / daughter of" ("صباح بنت راشد"), behind ب after a verb of calling;
- the child's name of a kunya in Latin letters in any note ("Umm Ghanem", "Abou Fares");
- a Korean given name without a surname before a personal honorific or a parent word ("해린
  사모님", "도율 엄마가"), after a kin or label word ("조카 세린", "자녀: 시율, 서율"), before a
  person's particle ("채온한테", "서온이랑"), a pair before a word for two ("하라랑 다율 자매"), alone
  in brackets ("(세린) 졸업 선물"); a full name before "회원" or after a client word.

Over-redaction —
- Arabic adjectives of a person after a kin or client word and a comma ("بنتها خجولة،", "زوجها
  رايق،"), a dual ("ولدين"), a dual verb after a couple's titles ("وصلا معاً"), a verb in the
  plural or a naming word after a kin or staff word ("مع ابنه، اشتروا", "سائقه يدعى"), a naming
  word after a client word and a filler before a name ("العميل اسمه يعني …"), a house of two
  words ("باتيك فيليب"), a place named after a person ("مسجد أنس بن مالك");
- places and German nouns after a Latin kunya ("Abu Dhabi", "Um Weihnachten");
- Korean words of a given name's syllables ("우리 엄마", "원하는", "VIP 라운지", "손님 이름은").
"""

from __future__ import annotations

import json

import pytest

from lvmh_pipeline.lib.privacy.names.lexicon.frequent import ar_frequent, ar_name_shaped, dump_lexicon, ko_frequent
from lvmh_pipeline.lib.privacy.names.person_names import PERSON_NAMES_PATH
from lvmh_pipeline.lib.privacy.quality import leaked
from lvmh_pipeline_tests.lib.privacy.names.redaction import stored as _stored


@pytest.mark.parametrize(
    "text, language, names",
    [
        # Arabic: a given name the lexicon lacks, after a cue
        ("اليوم جت بنتها عفيشة تدور خاتم", "ar", ["عفيشة"]),
        ("ولدها الكبير مشعان يبي ساعة رياضية", "ar", ["مشعان"]),
        ("الزوج: ظاعن، يفضل الجلد البني", "ar", ["ظاعن"]),
        ("الزبون: دغيم. يسأل عن الأسعار", "ar", ["دغيم"]),
        ("الضيف غنام المطيري وصل بدري", "ar", ["غنام", "المطيري"]),
        ("العميلة (جمايل) طلبت تغليف هدية", "ar", ["جمايل"]),
        ("الأولاد: عتيج ومطوع، الاثنين في الجامعة", "ar", ["عتيج", "مطوع"]),
        ("أبو دعيج جاب الفاتورة القديمة", "ar", ["دعيج"]),
        ("اتصل صنهات يأكد الموعد", "ar", ["صنهات"]),
        ("ملاحظة: زويد يحب الساعات الكبيرة", "ar", ["زويد"]),
        ("الزبونة ملاذ الشحي اتصلت الصبح", "ar", ["ملاذ", "الشحي"]),
        ("بنتها ضي، عمرها عشر سنوات", "ar", ["ضي"]),
        ("زوجته (دجى) تحب الذهب الوردي", "ar", ["دجى"]),
        ("عائلة بوشليبي طلبت ساعات متطابقة", "ar", ["بوشليبي"]),
        ("حصيص العرياني - عميلة VIP من العين", "ar", ["حصيص", "العرياني"]),
        # Arabic: a given name that is a word too, where the phrase shows the person
        ("اتصلت بسعيد وأكد الطلب", "ar", ["سعيد"]),
        ("بنت العميل، أمل، تخرجت هذه السنة", "ar", ["أمل"]),
        ("صباح بنت راشد الكعبي زارتنا اليوم", "ar", ["صباح"]),
        # a kunya in Latin letters
        ("Umm Ghanem asked for the ring to be resized", "en", ["Ghanem"]),
        ("Abou Fares a appelé pour la montre", "fr", ["Fares"]),
        # Korean: a given name without a surname
        ("해린 사모님 오셔서 목걸이 보심", "ko", ["해린"]),
        ("하늘 님 예약 변경 요청", "ko", ["하늘"]),
        ("도율 엄마가 대신 결제하심", "ko", ["도율"]),
        ("조카 세린 입학 선물 문의", "ko", ["세린"]),
        ("아들: 주하 군대 가기 전 선물", "ko", ["주하"]),
        ("자녀: 시율, 서율 쌍둥이 선물", "ko", ["시율", "서율"]),
        ("채온한테 사이즈 다시 물어보기", "ko", ["채온"]),
        ("서온이랑 같이 와서 향수 봄", "ko", ["서온"]),
        ("은후가 고른 시계로 결정", "ko", ["은후"]),
        ("보람한테 재입고 연락", "ko", ["보람"]),
        ("하라랑 다율 자매 생일 선물", "ko", ["하라", "다율"]),
        ("염동혁 회원, 포인트 적립", "ko", ["염동혁"]),
        ("(세린) 졸업 선물 상담", "ko", ["세린"]),
    ],
)
def test_names_in_these_forms_leave(text, language, names):
    stored = _stored(text, language)
    assert not [n for n in names if leaked(n, stored)], stored


@pytest.mark.parametrize(
    "text, language, words",
    [
        # Arabic adjectives and verbs after a kin, client or staff word
        ("بنتها خجولة، ما تحب الزحمة", "ar", ["خجولة"]),
        ("زوجها رايق، ما يهتم بالسعر", "ar", ["رايق"]),
        ("العميلة نحيفة، مقاسها صغير", "ar", ["نحيفة"]),
        ("ولدها شقي، يكسر الساعات", "ar", ["شقي"]),
        ("الأبناء: ولدين وبنت", "ar", ["ولدين"]),
        ("بنتها توأم، نبي هديتين", "ar", ["توأم"]),
        ("العميلة دوم تجي يوم الخميس", "ar", ["دوم"]),
        ("زوجها برضو يبي ساعة", "ar", ["برضو"]),
        ("السيد والسيدة وصلا معاً واختارا خاتمين", "ar", ["وصلا"]),
        ("جاء مع ابنه، اشتروا ساعتين", "ar", ["اشتروا"]),
        ("سائقه يدعى راشد وسيأتي غداً", "ar", ["يدعى"]),
        ("طيب العميل اسمه يعني سلطان الظنحاني", "ar", ["اسمه", "يعني"]),
        ("يجمع ساعات باتيك فيليب القديمة", "ar", ["فيليب"]),
        ("مسجد أنس بن مالك قريب من البيت", "ar", ["أنس"]),
        # places and German nouns after a Latin kunya
        ("Delivery to the Abu Dhabi branch on Monday", "en", ["Dhabi"]),
        ("Um Weihnachten kommt sie mit ihrer Tochter wieder", "de", ["Weihnachten"]),
        # Korean words of a given name's syllables
        ("우리 엄마 생신 선물", "ko", ["우리"]),
        ("원하는 색상은 블랙", "ko", ["원하는"]),
        ("딸 가을 결혼 예정", "ko", ["가을"]),
        ("VIP 라운지 예약 완료", "ko", ["라운지"]),
        ("손님 이름은 모름", "ko", ["이름은"]),
        ("수리가 필요해서 맡기심", "ko", ["수리가"]),
        ("친구한테 줄 선물", "ko", ["친구한테"]),
        ("(호두, 땅콩) 들어간 초콜릿 제외", "ko", ["호두"]),
        ("딸 (진주) 목걸이 선물", "ko", ["진주"]),
    ],
)
def test_ordinary_words_of_these_forms_stay(text, language, words):
    stored = _stored(text, language)
    assert all(w in stored for w in words), stored


def test_the_frequency_lists_tell_words_from_names():
    assert ar_frequent("مرة") and ar_frequent("فخمة") and not ar_frequent("هتون")
    assert not ar_frequent("جميلة")  # a name of the lexicon: its rules decide
    assert ar_name_shaped("نوفة") and not ar_name_shaped("الحمامي") and not ar_name_shaped("تحب")
    assert ko_frequent("수리") and ko_frequent("라운지") and not ko_frequent("채온")


def test_the_lexicon_file_keeps_its_layout():
    raw_text = PERSON_NAMES_PATH.read_text(encoding="utf-8")
    raw = json.loads(raw_text)
    assert dump_lexicon(raw) == raw_text  # one line per list, as `lexicon.frequent` writes it
    for language, words in raw["frequent_words"].items():
        assert words == sorted(set(words)), language
