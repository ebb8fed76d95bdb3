"""Arabic and Korean name classes of session 37 (second pass), in our own phrasings — general
mechanisms for the classes still leaking or over-redacted, never a note's sentence.

Arabic leaks —
- a name after a naming label with its colon, the full name of three words ("الاسم: منى الخضير",
  "الاسم الكامل: رغد عبدالعزيز الجربوع");
- a staff word with its possessive and the name in apposition ("السواق حقها، بابو،", "المربية حقت
  البيت، روبي،"), after a contact word ("رقم السواق سونيل:"), staff words of other registers ("الشوفير");
- a name after a naming word followed by a verb ("اسمه ديليب بيجي"), a negated naming word is none
  ("ماعرفش اسمه لسه");
- a kin word with an adjective of rank or origin before the name ("بنته الصغيرة جود عمرها …",
  "صديقتها الكويتية ندى");
- a verb of visiting, a word of time, then the name and its family name ("زارنا اليوم خالد الفرحان");
- a two-word family name with الله after a title ("السيد إياد عوض الله");
- a kunya before a given name that is a word too ("أبو عمر");
- the third of a list joined by و ("حمد وخليفة وموزة");
- a respelling offered with "or" ("دانة القصيبي، ولا القصبي؟");
- a term of endearment before the name ("إلى حبيبتي جنى");
- Maghrebi and clerical titles ("لالة زهور", "أبونا يوحنا"), a word-name after a title before a known
  family name ("السيدة سعيدة الهاشمي");
- given names of staff and Christian Arabs missing from the lexicon ("ماريسول", "يوحنا").

Arabic over-redaction — the cue word before a name stays: a naming word, a kunya's أبو / أم, a staff
word with its possessive, a describing word, the Levantine "ست" ("اسمها عائشة", "أبو خليل،",
"الشاب رامي"); "ست" (six) before a noun is no title.

Korean leaks —
- a full name after a naming word, a rare given name or surname too ("성함은 조만식", "존함이 홍길수",
  "예약자: 봉준서"), before a copula ("함석진이시고");
- a list of full names after a list word or next to one found, in brackets after 부부 too;
- a given name after a kin word before 씨 / 님 / 양 even when a word ("신랑 바다 씨", "따님 메이링 양"),
  with the 이 of a name before the relative's event ("조카 도담이 백일"), before a kin word of respect
  ("순자 할머님");
- the corrected name ("은비가 아니고 은빈이요"), a surname taken back with 말고 ("강 말고 장"), a
  nickname ("애칭이 호호래요"), the name one asks to be called ("제니라고 불러 달래요");
- a rare surname written with its given name, then alone ("봉재훈 원장님 … 봉 원장님").

Korean over-redaction — "어" said as "uh" before a role mid-sentence, the word for age before an age
("나이 7세"), nouns before a teacher's title ("유치원 선생님", "은사님"), the label "명:".
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.names.detect import find_names
from lvmh_pipeline.lib.privacy.pseudonymize import PrivacyPolicy, pseudonymize
from lvmh_pipeline.lib.privacy.quality import leaked

_IDS = PrivacyPolicy(special_categories=False, non_food_allergies=False, names_learned=False)


def _stored(text: str, language: str) -> str:
    return pseudonymize(text, language=language, policy=_IDS).text


@pytest.mark.parametrize(
    "text, names",
    [
        ("الاسم: منى الخضير / الجوال بعدين", ["منى", "الخضير"]),
        ("الاسم الكامل: رغد عبدالعزيز الجربوع – عميلة جديدة", ["رغد", "الجربوع"]),
        ("جات مع السواق حقها، بابو، وبيرجع يستلم الأكياس", ["بابو"]),
        ("المربية حقت البيت، روبي، بتاخذ الطلب", ["روبي"]),
        ("رقم السواق سونيل: عند الاستقبال", ["سونيل"]),
        ("جاية مع الشوفير تبعها، كومار، بعد العصر", ["كومار"]),
        ("السايق اسمه ديليب بيجي الساعة خمسة", ["ديليب"]),
        ("بنته الصغيرة جود عمرها سبع سنين", ["جود"]),
        ("ولده الكبير راشد، طالب في كندا", ["راشد"]),
        ("تبي هدية لصديقتها الكويتية ندى", ["ندى"]),
        ("زارنا اليوم خالد الفرحان يسأل عن ساعة", ["خالد", "الفرحان"]),
        ("السيد إياد عوض الله من عمّان، ميزانية مفتوحة", ["إياد", "عوض الله"]),
        ("ملاحظة: أبو عمر ما يحب الذهب الأصفر", ["عمر"]),
        ("عيال الشيخ: حمد وخليفة وموزة", ["حمد", "خليفة", "موزة"]),
        ("العميلة دانة القصيبي، ولا القصبي؟ لازم نتأكد", ["القصيبي", "القصبي"]),
        ("الكرت يكون: إلى حبيبتي جنى، كل عام وانتي بخير", ["جنى"]),
        ("لالة زهور العلمي بغات خاتم", ["زهور", "العلمي"]),
        ("أبونا يوحنا طلب صليب فضة للكنيسة", ["يوحنا"]),
        ("مرت السيدة سعيدة الهاشمي وطلبت عقد", ["سعيدة", "الهاشمي"]),
        ("المربية ماريسول بتجيب البنات", ["ماريسول"]),
        ("صديقة العميلة، جيسيكا، طلبت نفس الشنطة", ["جيسيكا"]),
    ],
)
def test_arabic_names_leave(text: str, names: list[str]) -> None:
    stored = _stored(text, "ar")
    assert not [n for n in names if leaked(n, stored)], stored


@pytest.mark.parametrize(
    "text, kept",
    [
        ("جت وحدة ثانية اسمها عائشة تسأل عن الطقم", ["اسمها"]),
        ("أبو خليل، عميل قديم، يبي ساعة", ["أبو"]),
        ("الشاب رامي الأحمد، عريس، يبي طقم", ["الشاب"]),
        ("السواق حقهم عبدالرؤوف، بنغالي", ["السواق", "حقهم"]),
        ("بنته الصغيرة جود عمرها ست سنين", ["ست سنين"]),
        ("ماعرفش اسمه لسه، هيرجع الخميس", ["لسه"]),
        ("السواق حقه تأخر، ما جا", ["تأخر"]),
        ("بنتها الصغيرة جميلة.", ["جميلة"]),
        ("تبي ريم ولا الفضة؟", ["الفضة"]),
        ("الموظفة مريم ساعدتها في الاختيار", ["ساعدتها"]),
        ("الهدية جميلة جداً والعميلة سعيدة.", ["سعيدة"]),
        ("تم التسليم بنجاح.", ["بنجاح"]),
    ],
)
def test_arabic_words_stay(text: str, kept: list[str]) -> None:
    stored = _stored(text, "ar")
    assert all(k in stored for k in kept), stored


def test_the_cue_word_stays_out_of_the_span() -> None:
    text = "ست سعاد الأيوبي جاية بكرة"
    assert [text[s.start : s.end] for s in find_names(text)] == ["سعاد الأيوبي"]


@pytest.mark.parametrize(
    "text, names",
    [
        ("기사님 성함은 조만식, 내일 픽업", ["조만식"]),
        ("시아버님 존함이 홍길수, 팔순 잔치", ["홍길수"]),
        ("남편분 성함이 함석진이시고 결혼 30주년", ["함석진"]),
        ("예약자: 봉준서 / 2인 / 커플링", ["봉준서"]),
        ("받는 분: 용혜원 / 주소 추후", ["용혜원"]),
        ("초대 명단: 길태민, 명소라, 어윤정", ["길태민", "명소라", "어윤정"]),
        ("탁 회장님 부부 (탁영식 / 문미라) 결혼기념일", ["탁영식", "문미라"]),
        ("하늘 씨 결혼 예물, 신랑 바다 씨 반지", ["바다"]),
        ("왕 사장님 따님 메이링 양 생일 선물", ["메이링"]),
        ("조카 도담이 백일 선물로 금반지", ["도담"]),
        ("순자 할머님 팔순이라 오셨어요", ["순자"]),
        ("한국 이름은 은비… 아니 은비가 아니고 은빈이요.", ["은비", "은빈"]),
        ("음 강, 강 말고 장, 장민혁 고객님", ["강", "장"]),
        ("민호 씨 애칭이 호호래요", ["호호"]),
        ("본인을 그냥 제니라고 불러 달라고 하심", ["제니"]),
        ("봉재훈 원장님 오셨고, 봉 원장님이 직원 선물 고르심", ["봉재훈", "봉"]),
        ("담당자 변경: 기존 위성호 → 신규 표지은", ["위성호", "표지은"]),
    ],
)
def test_korean_names_leave(text: str, names: list[str]) -> None:
    stored = _stored(text, "ko")
    assert not [n for n in names if leaked(n, stored)], stored


@pytest.mark.parametrize(
    "text, kept",
    [
        ("사모님 성함은 모르겠고 어 회장님 칠순이래요", ["어 회장님"]),
        ("아드님 이름: 지호 / 나이 7세", ["나이"]),
        ("하윤이 유치원 선생님 선물", ["유치원"]),
        ("은사님 퇴임 선물 찾으세요", ["은사님"]),
        ("예약자 명: 황보윤서 / 2인", ["명:"]),
        ("성함은 기억이 안 나요.", ["기억이"]),
        ("다들 이거라고 불러요.", ["이거"]),
        ("견적서는 내일 보내 드림", ["견적서는"]),
        ("금 말고 은으로 해주세요", ["금", "은으로"]),
        ("우리 할머님 팔순 선물", ["우리"]),
    ],
)
def test_korean_words_stay(text: str, kept: list[str]) -> None:
    stored = _stored(text, "ko")
    assert all(k in stored for k in kept), stored


def test_a_hesitation_surname_opening_the_note_stays_a_name() -> None:
    stored = _stored("어 고객님(성이 '어'씨예요, 어수진 님) 다시 오심", "ko")
    assert not leaked("어수진", stored) and stored.startswith("[NAME]")
