"""Name leaks and over-redactions of session 44, as classes in our own phrasings (never a note's sentence):

Leaks:
- a name after a referral phrase ("ref. by", "referred by", "recommandée par", "consigliata da"), a given
  name that is a word too ("Grace", "Hope") and a double family name included
  (:mod:`...names.lexicon.phrases`, :mod:`...names.cues.words`);
- a given name after an assistant or kin word and a copula ("son assistante c'est Chloé", "l'autista è
  Pippo", "her PA is Grace"; :mod:`...names.given.kin_commas`);
- an Arabic given name that is a word too after a household-staff word and its adjective
  ("مساعدته الشخصية ياسمين:"; :mod:`...names.scripts.arabic.kin.adjective`);
- Italian diminutives, Russian forms of Hebrew given names, French names written in Hangul (lexicon);
- a lower-case family name with an elided particle after a given name in a voice note ("jack
  o'connell"; :mod:`...names.positions.lowercase`);
- a name written again beside itself in another script: a bracket after a Latin name and a Korean
  honorific ("Jean-Pierre 님(장피에르)"), a slash between a romanised and a Han name ("Zhang Wei / 张伟"),
  a Korean full name struck out before its correction ("박정미 X → 박정은"), a one-character Chinese
  family name with 様 after a companion word in Japanese ("ご友人の王様"; :mod:`...names.scripts.restated_scripts`).

Over-redactions:
- a lower-case pronoun after a title and a correction ("her doctor, no sorry he's a friend");
- a nationality noun after a kin word and a comma ("man, Belg, uit Gent"), a hospital after a post;
- a district after a client word and "dos / das" ("a cliente dos Jardins");
- the colour of a model after it ("Capucines BB Rose Jasmin", "Speedy 25 Noir"), a model and its size
  where the client's double name holds the model's word ("Kelly 25");
- a Hangul word glossed in a bracket glued to it ("채식주의자(비건)"), a country in Hangul beside a name.
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.names.detect import find_names
from lvmh_pipeline_tests.lib.privacy.names.redaction import names_gone as _gone, words_kept as _kept


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_names(text)]


@pytest.mark.parametrize(
    "text, language, names",
    [
        ("New client, ref. by Hope Castellano-Reid, wants a bracelet.", "en", ["Hope", "Castellano-Reid"]),
        ("Walk-in referred by Grace Abernethy; looking at rings.", "en", ["Grace", "Abernethy"]),
        ("Cliente consigliata da Gioia Santangelo, cerca orecchini.", "it", ["Gioia", "Santangelo"]),
        ("Nouvelle cliente recommandée par Rose Vasseur-Kahn, bague.", "fr", ["Rose", "Vasseur-Kahn"]),
    ],
)
def test_a_name_after_a_referral_phrase(text: str, language: str, names: list[str]) -> None:
    _gone(text, language, names)


def test_no_name_after_a_referral_phrase_that_names_a_shop_or_a_channel() -> None:
    _kept("Client referred by Instagram, then ref. by Harrods staff.", "en", ["Instagram", "Harrods"])


@pytest.mark.parametrize(
    "text, language, names",
    [
        ("Pour le rendez-vous, sa secrétaire c'est Chloé, elle rappelle lundi.", "fr", ["Chloé"]),
        ("Il cliente arriva con l'autista, Pippo, verso le cinque.", "it", ["Pippo"]),
        ("L'autista è Gigi, lo aspetta fuori.", "it", ["Gigi"]),
        ("Booking via his PA, her PA is Grace – call before noon.", "en", ["Grace"]),
    ],
)
def test_a_given_name_after_an_assistant_word_and_a_copula(text: str, language: str, names: list[str]) -> None:
    _gone(text, language, names)


def test_no_name_after_a_kin_word_and_a_copula_that_is_an_adjective_or_a_place() -> None:
    assert _found("Her son is Happy with the watch.") == []
    assert _found("Sa fille c'est Lyon qu'elle préfère.") == []


@pytest.mark.parametrize(
    "text, names",
    [
        ("اتصلت سكرتيرته الخاصة أمل: تريد موعدا يوم الخميس.", ["أمل"]),
        ("مساعدتها الجديدة فرح، رقمها عند الاستقبال.", ["فرح"]),
    ],
)
def test_an_arabic_given_name_after_a_staff_word_and_its_adjective(text: str, names: list[str]) -> None:
    _gone(text, "ar", names)


def test_an_arabic_staff_word_and_adjective_before_a_plain_adjective_is_no_name() -> None:
    assert _found("مساعدته الشخصية لطيفة جدا.") == []  # "kind", a given name too, before "very"


@pytest.mark.parametrize(
    "text, language, names",
    [
        ("Fam. Rubinstein: Semjon e Sara? No: Моисей и Рахиль пришли вдвоём.", "ru", ["Моисей", "Рахиль"]),
        ("Пришла Сара с дочкой, выбирали серьги.", "ru", ["Сара"]),
        ("Il figlio, Peppino, compie diciotto anni a marzo.", "it", ["Peppino"]),
    ],
)
def test_given_names_the_lexicon_now_holds(text: str, language: str, names: list[str]) -> None:
    _gone(text, language, names)


@pytest.mark.parametrize(
    "text, names",
    [
        ("ok so it's for liam, liam o'sullivan, he wants cufflinks", ["liam", "o'sullivan"]),
        ("note for mrs o'donnell, she called back about the ring", ["o'donnell"]),
    ],
)
def test_a_lower_case_family_name_with_an_elided_particle(text: str, names: list[str]) -> None:
    _gone(text, "en", names)


def test_an_elided_particle_before_an_ordinary_word_stays() -> None:
    _kept("elle veut un bracelet d'argent pour anna d'abord", "fr", ["d'argent"])


@pytest.mark.parametrize(
    "text, language, names",
    [
        ("남편 Jean-Luc 님(장뤼크)은 다음 주 방문 예정.", "ko", ["Jean-Luc", "장뤼크"]),
        ("Claire Dubois 고객 (클레르 뒤부아, 벨기에) – 반지 문의.", "ko", ["Claire", "Dubois", "뒤부아"]),
        ("客户 Li Na / 李娜，想看手镯。", "zh", ["Li Na", "李娜"]),
        ("고객 최민아 X → 최민지 님, 목걸이 문의.", "ko", ["최민아", "최민지"]),
        ("お連れの金様も同じ時計をご検討。", "ja", ["金"]),
    ],
)
def test_a_name_restated_beside_itself_or_corrected(text: str, language: str, names: list[str]) -> None:
    _gone(text, language, names)


@pytest.mark.parametrize(
    "text, language, words",
    [
        ("Lambert様（イラストレーター、パリ在住）がご来店。", "ja", ["イラストレーター"]),
        ("Duval 고객님(인테리어, 서울 거주) 방문.", "ko", ["인테리어"]),
    ],
)
def test_a_bracket_after_a_latin_name_that_does_not_sound_like_it_stays(text: str, language: str, words: list[str]) -> None:
    _kept(text, language, words)


def test_a_transcription_starts_with_the_latin_names_sound() -> None:
    _gone("Morel様（モレル、パリ在住）がご来店。", "ja", ["Morel", "モレル"])
    _gone("Hugo様（ユゴー）のお誕生日。", "ja", ["Hugo", "ユゴー"])
    _gone("François 님(프랑수아, 파리) 방문.", "ko", ["François", "프랑수아"])


def test_the_king_in_japanese_is_no_name_without_a_companion_word() -> None:
    assert _found("王様のようなおもてなしを希望。") == []


@pytest.mark.parametrize(
    "text, language, words",
    [
        ("Dr Reyes, her doctor, no sorry he's just a friend, came along.", "en", ["he's"]),
        ("eh, klant, man, Belg, uit Gent, wil een horloge.", "nl", ["Belg"]),
        ("Kunde, Italiener, sucht Manschettenknöpfe.", "de", ["Italiener"]),
        ("Prof. Albrecht Kühn (Oberarzt Charité) sucht eine Uhr.", "de", ["Charité"]),
        ("então a cliente dos Jardins voltou, quer um colar.", "pt", ["Jardins"]),
        ("Mme Garnier compare Capucines BB Rose Jasmin et Speedy 25 Noir.", "fr", ["Rose Jasmin", "Noir"]),
        ("Ref. by Ms Birkin-Hale; the Birkin 30 is on hold for her.", "en", ["Birkin 30"]),
        ("식단: 채식주의자(비건), 디저트 확인.", "ko", ["비건"]),
        ("Anne Moreau 고객 (안 모로, 프랑스) 방문.", "ko", ["프랑스"]),
    ],
)
def test_words_beside_names_that_are_no_names(text: str, language: str, words: list[str]) -> None:
    _kept(text, language, words)


@pytest.mark.parametrize(
    "text, names",
    [
        ("اتصل الأستاذ ماجد العمر يسأل عن ساعته.", ["ماجد", "العمر"]),
        ("زارتنا لولوة الحمد مع أختها اليوم.", ["لولوة", "الحمد"]),
        ("السيدة هيا المالك تبي طقم ألماس.", ["هيا", "المالك"]),
    ],
)
def test_an_arabic_family_name_of_the_article_and_a_given_name_that_is_a_word(text: str, names: list[str]) -> None:
    _gone(text, "ar", names)


def test_those_arabic_words_alone_stay_words() -> None:
    _kept("الحمد لله كل شي تمام، العمر مو مهم، والمالك وافق.", "ar", ["الحمد", "العمر", "المالك"])


def test_and_his_wife_after_a_title_word_is_no_name() -> None:
    assert "وزوجته" not in _found("حضر السيد ناصر الأمير وزوجته للمعرض.")


@pytest.mark.parametrize(
    "text, names",
    [
        ("고객 Mme Girard (지라르 부인) 방문, 브로치 문의.", ["Girard", "지라르"]),
        ("Rachel 문 고객님 (미국), 다음 주 재방문.", ["Rachel", "문"]),
    ],
)
def test_a_korean_note_restating_a_latin_name_or_joining_a_latin_given_name(text: str, names: list[str]) -> None:
    _gone(text, "ko", names)


def test_a_house_before_a_korean_syllable_is_no_given_name() -> None:
    assert _found("Cartier 신 제품 관심 있음.") == []
