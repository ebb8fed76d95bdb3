"""Name classes of the second w30 round, in our own phrasings (none copied from the notes).

Korean: a known given name with the 이 a consonant-final name takes or a bare particle ("준혁이 형이랑",
"지우가 입학"); glued to a kin word ("딸민서,") or before a phone number ("하은 010-…"); a lone surname after a given name in Western order
("Kevin 최 (…)"), opening a sentence before punctuation ("윤. …"), spelled out ("성이 '곽'이라") with
the glued full name after it; a quoted name someone is called by ("'훈'이라고 부르심").
Latin: two people after the same preposition ("for Wren and for Hazel"), the person one is engaged
or married to; a dictated correction after a hesitation ("Frau Kovač, äh, Brzezinska").
Latin too: a second person joined by "and" before a verb of people ("Mr Okafor and Zinnia popped
in"); a name the lexicon may not know after a Romance recipient preposition closing the sentence
("para Xiomara.") or before an apposition with a kin word ("Anika, her niece").
Arabic: a staff word before a given name that is a word too ("السائق سالم"); a family name of
origin opening the note before a client word, a person's verb or "and his wife" ("الشامي عميل"), a
kunya family name opening the note before a person's verb ("أبو شقرا مر"); a family name shaped
as a feminine or plural word before a masculine singular verb ("الخوالدة طلب"). Russian: "the
elder / the younger" after a hyphen ("Соколов-младший"). Chinese: a pet name in 小 after a kin word
or "brought", a compound surname or a given name the note states as such ("慕容是姓"). Japanese: a
known given name after a kin word before punctuation or a number ("息子さん悠真12月"); a one-kanji
family name opening the note ("原 来店"). Russian: an undeclined family name after a preposition of
a person ("для Шпак.").
Ordinary words in the same positions stay ("Mark the date", "for Milan and for Rome", "수정이 필요").
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.pseudonymize import PrivacyPolicy, pseudonymize
from lvmh_pipeline.lib.privacy.quality import leaked

_IDS = PrivacyPolicy(special_categories=False, non_food_allergies=False)


def _stored(text: str, language: str) -> str:
    return pseudonymize(text, language=language, policy=_IDS).text


@pytest.mark.parametrize(
    "text, language, names",
    [
        # Korean given names with 이 or a particle, or glued to a kin word
        ("오늘 준혁이 형이랑 같이 옴.", "ko", ["준혁"]),
        ("큰애 예준이랑 작은애 하윤이 생일이 같은 달.", "ko", ["하윤"]),
        ("다음 주 지우가 입학이라 가방 보심.", "ko", ["지우"]),
        ("손녀 둘 — 하린이는 생일, 서아는 졸업.", "ko", ["하린", "서아"]),
        ("딸민서, 다음 주 같이 방문 예정.", "ko", ["민서"]),
        ("연락처: 하은 010-2233-4455", "ko", ["하은"]),
        ("기사님 말고 도윤 010 9876 5432로 연락.", "ko", ["도윤"]),
        # Korean lone surnames: after a given name, opening a sentence, spelled out, quoted nickname
        ("담당 비서 민지 정 (010-1111-2222) 통해 연락.", "ko", ["정"]),
        ("수행 비서 Kevin 최, 결제 담당.", "ko", ["최"]),
        ("윤. 오늘 매장 방문, 반지 사이즈 11.", "ko", ["윤"]),
        ("고객님 성이 '곽'이라 자주 오타남 (곽민서).", "ko", ["곽", "민서"]),
        ("남편을 '훈'이라고 부르심. 벨트 선물.", "ko", ["훈"]),
        # Latin: the same preposition before two people; engaged or married to
        ("Cards for Wren and for Hazel, the nieces.", "en", ["Wren", "Hazel"]),
        ("Son Theo got engaged to Amber, party in June.", "en", ["Amber"]),
        # a dictated correction after a hesitation
        ("Frau Kovač, äh, Brzezinska kommt morgen.", "de", ["Brzezinska"]),
        ("Cliente Giulia Ferri, ehm, Ferrante.", "it", ["Ferrante"]),
        # a second person joined by "and" before a verb of people
        ("Mr Okafor and Zinnia popped in for scarves.", "en", ["Okafor", "Zinnia"]),
        # an unknown name after a Romance recipient preposition closing the sentence, or before
        # ", her niece"
        ("Todo esto es para Xiomara.", "es", ["Xiomara"]),
        ("Le coffret est pour Maëlys.", "fr", ["Maëlys"]),
        ("Dr Patel brought Anika, her niece.", "en", ["Anika"]),
        ("Thijs. 45 jaar. Zoekt manchetknopen.", "nl", ["Thijs"]),
        # a kin or staff word, an unknown name, a lower-case word
        ("Husband Tobiah prefers steel.", "en", ["Tobiah"]),
        ("Her PA Tamsin booked it.", "en", ["Tamsin"]),
        ("Son chauffeur Kader viendra samedi.", "fr", ["Kader"]),
        ("Bolso de noche para Stella.", "es", ["Stella"]),
        ("Vino con Itzel, su nieta, a ver pendientes.", "es", ["Itzel"]),
        # Arabic family name of origin opening the note before a client word, a verb or "and his wife"
        ("الشامي عميل قديم، يحب الساعات.", "ar", ["الشامي"]),
        ("السويدي وزوجته مروا اليوم.", "ar", ["السويدي"]),
        ("أبو شقرا مر على المحل وسأل عن ساعة.", "ar", ["شقرا"]),
        # a family name shaped as a feminine or plural word before a masculine singular verb
        ("الخوالدة طلب ساعة لولده.", "ar", ["الخوالدة"]),
        ("العبدلات اتصل يسأل عن الطلب.", "ar", ["العبدلات"]),
        # Arabic staff word before an ambiguous given name
        ("السكرتير راشد هو اللي ينسق المواعيد.", "ar", ["راشد"]),
        ("السائق سالم يجي ياخذ الطلب الخميس.", "ar", ["سالم"]),
        # Russian: an undeclined family name after a preposition of a person, closing the clause
        ("Подарок для Шпак.", "ru", ["Шпак"]),
        ("Заказ от Гурьянц, оплачен.", "ru", ["Гурьянц"]),
        # Russian elder / younger after a hyphen
        ("Соколов-младший выбрал часы.", "ru", ["Соколов"]),
        # Chinese pet names in 小, stated surname and given name
        ("她孙女小雪对花生过敏。", "zh", ["小雪"]),
        ("王太太带小宝（孙子）来店里。", "zh", ["小宝"]),
        ("嗯，慕容是姓，雪是名字。", "zh", ["慕容", "雪"]),
        ("夏侯是她的姓，来看手镯。", "zh", ["夏侯"]),
        # Japanese given name after a kin word before punctuation or a number
        ("お嬢様の結衣、4月から大学生。", "ja", ["結衣"]),
        ("原 来店、ネックレスをご検討。", "ja", ["原"]),
        ("息子さん悠真12月で成人。", "ja", ["悠真"]),
        ("佐藤様の奥様、美咲 090-1234-5678。", "ja", ["美咲"]),
    ],
)
def test_names_of_the_w30b_classes_are_redacted(text, language, names):
    stored = _stored(text, language)
    assert not [n for n in names if leaked(n, stored)], stored


@pytest.mark.parametrize(
    "text, language, kept",
    [
        ("Mark the date: gala on 3 May.", "en", ["Mark"]),
        ("Grant the usual discount. Chase the supplier for the strap.", "en", ["Grant", "Chase"]),
        ("Flights to Milan and to Rome booked.", "en", ["Milan", "Rome"]),
        ("Sourcing for Hermès and for Chanel clients.", "en", ["Hermès", "Chanel"]),
        ("Gifts for Christmas and for Easter.", "en", ["Christmas", "Easter"]),
        ("수정이 필요함. 재고 확인.", "ko", ["수정이"]),
        ("선물 포장이 중요. 지원이 필요하면 연락.", "ko", ["지원이"]),
        ("네. 다음 주 재방문 예정.", "ko", ["네."]),
        ("수정 요망 (김민서). 재고 확인.", "ko", ["수정 요망"]),
        ("연락처: 010-2233-4455, 지성 있는 디자인 선호.", "ko", ["연락처", "지성"]),
        ("带小朋友来店里，小心易碎。", "zh", ["小朋友", "小心"]),
        ("Herr Vogel, äh, Montag passt.", "de", ["Montag"]),
        ("Es un regalo para Navidad. Pagó con Visa.", "es", ["Navidad", "Visa"]),
        ("Lo quiere para Reyes. Viaja con Iberia.", "es", ["Reyes", "Iberia"]),
        ("Un cadeau pour Noël.", "fr", ["Noël"]),
        ("Wants a dog carrier for Biscuit.", "en", ["Biscuit"]),
        ("Husband Rolex fan, wife Chanel lover.", "en", ["Rolex", "Chanel"]),
        ("Wife Tatler editor, son Hawthorne alumnus.", "en", ["Tatler", "Hawthorne"]),
        ("La asistente Comercial del grupo llamó.", "es", ["Comercial"]),
        ("Rückmeldung kommt per Mail.", "de", ["Mail"]),
        ("الذهبي وصل اليوم للمحل.", "ar", ["الذهبي"]),
        ("الشركة طلبت ٢٠ قلم.", "ar", ["الشركة"]),
        ("السيارة حجز لها موقف.", "ar", ["السيارة"]),
        ("Посылка от Озона, подарок для Европы.", "ru", ["Озона", "Европы"]),
        ("Подарок к Рождеству.", "ru", ["Рождеству"]),
        ("東、西の店舗で在庫確認。", "ja", ["東"]),
    ],
)
def test_ordinary_words_in_the_same_positions_stay(text, language, kept):
    stored = _stored(text, language)
    assert all(k in stored for k in kept), stored


@pytest.mark.parametrize(
    "text, given, surname",
    [
        ("음 강 [NAME] 님 오늘 방문.", "[NAME]", "강"),
        ("명함은 표 하윤 으로 되어 있음.", "하윤", "표"),
    ],
)
def test_a_lone_korean_surname_joins_the_given_name_found_after_it(text, given, surname):
    from lvmh_pipeline.lib.privacy.names.links.hesitations import korean_lone_surnames

    start = text.index(given)
    spans = korean_lone_surnames(text, [(start, start + len(given))])
    assert [text[s.start : s.end] for s in spans] == [surname]


def test_no_lone_surname_after_an_amount_or_a_word_syllable():
    from lvmh_pipeline.lib.privacy.names.links.hesitations import korean_lone_surnames

    for text in ("예산 20만 원 민지 님", "이 [NAME] 님 말로는"):
        given = "민지" if "민지" in text else "[NAME]"
        start = text.index(given)
        assert korean_lone_surnames(text, [(start, start + len(given))]) == []
