"""Words that look like names in Korean, Japanese, Chinese and Arabic CRM notes, and the advisors a
field names (session 42, helper "label words"), as classes in our own phrasings:

Over-redactions:
- a Han field label or word opening a note before a colon or a comma ("連絡先：…", "金額：…",
  "高端线，…"), read as a surname and a given name (:mod:`...scripts.chinese.combined`);
- a particle inside a "name" before a Chinese title ("公司的方总": the company's Mr Fang) and a title
  swallowed by a client label ("客户：高明远先生");
- Korean 이 (this) before a person word mid-note ("… 이 사모님 요즘 …"), and an adverb or a word of
  time before one ("이미 고객님", "조만간 고객님"; :mod:`...scripts.korean.demonstrative`);
- Arabic حصة (a lesson) before an activity ("حصة سباحة"): listed as ambiguous in ``person_names.json``;
  the demonstrative ها glued to a noun opening a note ("هالعميلة تبي …");
- a katakana post before a Japanese honorific ("オーナー様", "ヨガインストラクターさん").

Leaks:
- the advisor in a field ("担当：周", "サブ担当：森下。", "担当の安藤より", "负责人：林", "المسؤولة: أمل",
  "부담당: 윤"; :mod:`...names.staff.advisor_labels`), a Chinese surname left out of the lexicon after
  姓 ("姓安").
"""

from __future__ import annotations

import pytest

from lvmh_pipeline_tests.lib.privacy.names.redaction import names_gone as _gone, words_kept as _kept


@pytest.mark.parametrize(
    "text, language, words",
    [
        ("連絡先：03-9876-5432\n予定：来月", "ja", ["連絡先"]),
        ("金額：120万円、一括払い希望。", "ja", ["金額"]),
        ("連休：八月の旅行前に受け取り。", "ja", ["連休"]),
        ("金色款：两只，月底前到货。", "zh", ["金色款"]),
        ("周年庆：店里十一月办活动。", "zh", ["周年庆"]),
        ("高端线，预算八万，要现货。", "zh", ["高端线"]),
    ],
)
def test_a_han_field_label_opening_a_note(text: str, language: str, words: list[str]) -> None:
    _kept(text, language, words)


@pytest.mark.parametrize("text", ["李建国：老客户，喜欢腕表。", "许佳怡，熟客，下周来。"])
def test_a_name_opening_a_note_before_a_colon_or_a_comma_is_still_one(text: str) -> None:
    _gone(text, "zh", [text[:3]])


@pytest.mark.parametrize(
    "text, language, words, names",
    [
        ("备注：贸易公司的方总下周来挑礼品。", "zh", ["公司的"], ["方"]),
        ("她和王总一起来看包。", "zh", ["她和"], ["王"]),
        ("客户：陈思远先生\n备注：要两块表。", "zh", ["先生"], ["陈思远"]),
    ],
)
def test_a_chinese_name_before_a_title_stops_at_a_particle_and_the_title(
    text: str, language: str, words: list[str], names: list[str]
) -> None:
    _kept(text, language, words, names)


@pytest.mark.parametrize(
    "text, words",
    [
        ("방문 완료. 이 사모님 요즘 필라테스 다니심.", ["이 사모님"]),
        ("반지 수선 접수. 이 손님 다음 주 픽업.", ["이 손님"]),
        ("어, 그러니까 이 고객님이 지난번에 시계 사 가셨어요.", ["이 고객님"]),
        ("이미 고객님 결제 완료, 포장만 남음.", ["이미"]),
        ("조만간 고객님 재방문 예정.", ["조만간"]),
        ("비고: 이번엔 고객님 혼자 오심.", ["이번엔"]),
        ("비건 고객님이라 가죽 제외.", ["비건"]),
        ("메모: 채식주의자 사모님, 디저트 확인.", ["채식주의자"]),
    ],
)
def test_korean_this_and_adverbs_before_a_person_word(text: str, words: list[str]) -> None:
    _kept(text, "ko", words)


@pytest.mark.parametrize(
    "text, names",
    [
        ("이 고객님 재방문. 이 고객님 골프 좋아하심.", ["이"]),  # the note opens on the surname
        ("이민정 님 방문. 이 고객님 따님 약혼.", ["이", "민정"]),  # the note writes the full name
    ],
)
def test_korean_lee_before_a_person_word_where_the_note_shows_the_surname(text: str, names: list[str]) -> None:
    _gone(text, "ko", names)


@pytest.mark.parametrize(
    "text, words, names",
    [
        ("ملاحظات: عندها حصة سباحة بعد الظهر.", ["حصة"], []),
        ("حصة بيلاتس كل صباح، تبي ساعة رياضية.", ["حصة"], []),
        ("هالعميلة تبي شنطة سوداء.", ["هالعميلة"], []),
        ("بنتها حصة تتخرج في مايو.", ["بنتها"], ["حصة"]),
        ("السيدة حصة المهيري زارتنا.", ["السيدة"], ["حصة", "المهيري"]),
    ],
)
def test_arabic_lesson_and_this_one(text: str, words: list[str], names: list[str]) -> None:
    _kept(text, "ar", words, names)


@pytest.mark.parametrize(
    "text, words",
    [
        ("備考：オーナー様からのご紹介。", ["オーナー"]),
        ("備考：マネージャーさんと一緒に来店。", ["マネージャー"]),
        ("備考：ヨガインストラクターさんのご紹介で来店。", ["ヨガインストラクター"]),
    ],
)
def test_a_katakana_post_before_a_japanese_honorific(text: str, words: list[str]) -> None:
    _kept(text, "ja", words)


@pytest.mark.parametrize(
    "text, language, names",
    [
        ("担当：周　用途：ご結婚祝い", "ja", ["周"]),
        ("予算：40万円\nサブ担当：森下。", "ja", ["森下"]),
        ("担当の安藤から来週ご連絡。", "ja", ["安藤"]),
        ("えっと、担当は林です、はい。", "ja", ["林"]),
        ("负责人是周，下周联系。", "zh", ["周"]),
        ("负责人：林\n备注：下周取货。", "zh", ["林"]),
        ("备注：送货上门。顾问：文。", "zh", ["文"]),
        ("这位先生姓安，安先生下周再来。", "zh", ["安"]),
        ("الهاتف: 0509998877\nالمسؤولة: أمل", "ar", ["أمل"]),
        ("ملاحظات: تبي ساعة. المسؤول: راشد.", "ar", ["راشد"]),
        ("담당: 한지우, 부담당: 윤", "ko", ["윤"]),
    ],
)
def test_the_advisor_in_a_field(text: str, language: str, names: list[str]) -> None:
    _gone(text, language, names)


@pytest.mark.parametrize(
    "text, language, words",
    [
        ("担当：店長、サブ担当：未定。", "ja", ["店長", "未定"]),
        ("担当の私が引き続き対応。", "ja", ["私"]),
        ("担当の金額は来週確定。", "ja", ["金額"]),
        ("担当の方針が変わった。", "ja", ["方針"]),
        ("担当は男性です。", "ja", ["男性"]),
        ("担当：銀座店。", "ja", ["銀座店"]),
        ("负责人：王\n备注：王府井店转来的。", "zh", ["王府井"]),
        ("المسؤول عن الطلب غائب اليوم.", "ar", ["المسؤول عن"]),
    ],
)
def test_no_advisor_in_a_field(text: str, language: str, words: list[str]) -> None:
    _kept(text, language, words)


@pytest.mark.parametrize("text, kept, gone", [
    ("会食は六名様で予約済み。", "六名様", None),
    ("2名様でご来店、山田様主催", "2名様", "山田"),
    ("何名様でお越しか確認", "何名様", None),
    ("椎名様ご来店", None, "椎名"),
])
def test_a_count_of_guests_before_sama_is_no_name(text, kept, gone):
    from lvmh_pipeline.lib.privacy.names.detect import find_names

    found = [text[s.start:s.end] for s in find_names(text)]
    assert (kept is None or all(kept not in f and f not in kept for f in found)) and (gone is None or gone in found)
