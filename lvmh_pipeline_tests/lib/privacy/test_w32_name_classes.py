"""Name classes behind the session-30 leaks (w32 dev notes, held-out class counts), in our own phrasings.

- A Dutch note is no German one because it says "die", "der" or "mag" twice: its capitalised
  words may still be names ("mevrouw Visser, Fenna Visser, die …").
- A listed family name that is a given name too stands before the same surname found with a title
  ("Herr Albers … also Hermann Albers"), in German too.
- Staff named alone after a possessive: drivers, housekeepers, assistants ("her driver Obiora",
  "su chófer Fulgencio", "ihr Fahrer Gernot"), not a post ("la secretaria General").
- A kin word, a comma and a spoken article before a known given name ("a namorada, a Nina,", "su
  novia, la Maite,"), not before a rank ("su marido, el Coronel,").
- A listed given name that is a word too, joined by "and" to a name found ("[Игорь] и Надежда,").
- A Latin given name listed after a name found with a CJK comma ("女儿 [NAME]、Manon。").
- Arabic: kin words with a plural possessive ("ابنهم", "جدتهم") or of staff ("سائقها"), and the
  first member after a family's name and a colon ("آل الكعبي: سالم، …").
- Korean: a name before a church or workplace title ("정미숙 권사님", "김 기사님").
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.names.cues import scan
from lvmh_pipeline.lib.privacy.pseudonymize import PrivacyPolicy, pseudonymize
from lvmh_pipeline.lib.privacy.quality import leaked

_IDS = PrivacyPolicy(special_categories=False, non_food_allergies=False)


def _stored(text: str, language: str) -> str:
    return pseudonymize(text, language=language, policy=_IDS).text


@pytest.mark.parametrize(
    "text, german",
    [
        ("Mevrouw Visser, die was er weer, en de tas die ze wil is groen.", False),
        ("Meneer van der Laan mag geen noten, de zoon van der Berg ook niet.", False),
        ("Il a offert des fleurs des champs, le sein de sa mère.", False),
        ("Frau Weber kauft mit ihrem Mann eine Uhr, die sie seit Jahren sucht.", True),
        ("Herr Brandt ist Stammkunde und sucht für die Tochter eine Kette.", True),
    ],
)
def test_german_notes_are_told_from_dutch_and_french_ones(text, german):
    assert scan(text).german is german


@pytest.mark.parametrize(
    "text, language, names",
    [
        ("eh ja dus mevrouw eh Visser, Fenna Visser, die was er weer, de tas die ze wil.", "nl", ["Visser", "Fenna"]),
        ("Herr Albers war da, also Hermann Albers, der von der Bank, und will eine Uhr.", "de", ["Albers", "Hermann"]),
        ("Mme Perrin, enfin Lambert Perrin, veut une montre.", "fr", ["Perrin", "Lambert"]),
    ],
)
def test_given_name_before_the_surname_found(text, language, names):
    stored = _stored(text, language)
    assert not [n for n in names if leaked(n, stored)], stored


@pytest.mark.parametrize(
    "text, language, names",
    [
        ("Mrs Hale comes Friday, her driver Obiora will wait outside.", "en", ["Obiora"]),
        ("Her driver Sunny will wait outside.", "en", ["Sunny"]),
        ("Viene con su chófer Fulgencio, que espera en el coche.", "es", ["Fulgencio"]),
        ("Elle vient avec son chauffeur Gontran, qui attend dehors.", "fr", ["Gontran"]),
        ("Sie kommt mit ihrem Fahrer Gernot, der draußen wartet.", "de", ["Gernot"]),
        ("Viene con il suo autista Gervasio che aspetta fuori.", "it", ["Gervasio"]),
        ("Sa gouvernante Maïté passera prendre le paquet.", "fr", ["Maïté"]),
        ("Приехала с водителем Тимуром, он ждал в машине.", "ru", ["Тимуром"]),
        ("Ze komt met haar chauffeur Joop, die buiten wacht.", "nl", ["Joop"]),
    ],
)
def test_staff_named_alone(text, language, names):
    stored = _stored(text, language)
    assert not [n for n in names if leaked(n, stored)], stored


@pytest.mark.parametrize(
    "text, language, word",
    [
        ("La secretaria General del grupo llamó ayer.", "es", "General"),
        ("Booked by her assistant Senior Manager of the family office.", "en", "Senior"),
        ("The driver Service was late again.", "en", "Service"),
        ("Elle viendra avec sa secrétaire Mlle Roux.", "fr", "Mlle"),
        ("Son assistante Maître Girard appellera.", "fr", "Maître"),
        ("Su asistente Doña Carmen llamará.", "es", "Doña"),
    ],
)
def test_a_post_after_a_staff_word_stays(text, language, word):
    assert word in _stored(text, language)


@pytest.mark.parametrize(
    "text, language, names",
    [
        ("Ela e a namorada, a Nina, vieram juntas.", "pt", ["Nina"]),
        ("Veio com a melhor amiga, a Luz, para escolher.", "pt", ["Luz"]),
        ("Vino con su novia, la Maite, a mirar relojes.", "es", ["Maite"]),
        ("È venuto con la compagna, la Carla, per un anello.", "it", ["Carla"]),
    ],
)
def test_article_before_a_name_after_a_kin_comma(text, language, names):
    stored = _stored(text, language)
    assert not [n for n in names if leaked(n, stored)], stored


@pytest.mark.parametrize(
    "text, language, word",
    [
        ("Vino con su marido, el Coronel, a por un reloj.", "es", "Coronel"),
        ("Veio com o marido, o Comandante, escolher.", "pt", "Comandante"),
    ],
)
def test_article_before_a_rank_after_a_kin_comma_stays(text, language, word):
    assert word in _stored(text, language)


@pytest.mark.parametrize(
    "text, language, names",
    [
        ("Семья Волковых — Игорь и Надежда, плюс дети. Надежда хочет часы.", "ru", ["Надежда"]),
        ("Mr Pryce came with Tom and Hope, then left.", "en", ["Hope"]),
    ],
)
def test_given_name_that_is_a_word_joined_to_a_name(text, language, names):
    stored = _stored(text, language)
    assert not [n for n in names if leaked(n, stored)], stored


def test_place_joined_to_a_name_stays():
    assert "Paris" in _stored("Mrs Pryce and Paris, then Rome.", "en")


@pytest.mark.parametrize(
    "text, language, names",
    [
        ("两个女儿 王小雨、Manon。圣诞给全家买礼物。", "zh", ["Manon"]),
        ("孙子王小明、Lucas，都在伦敦。", "zh", ["Lucas"]),
    ],
)
def test_latin_given_name_listed_after_a_cjk_comma(text, language, names):
    stored = _stored(text, language)
    assert not [n for n in names if leaked(n, stored)], stored


def test_brands_listed_after_a_cjk_comma_stay():
    stored = _stored("她喜欢Chanel、Chloé。", "zh")
    assert "Chloé" in stored and "Chanel" in stored


@pytest.mark.parametrize(
    "text, names",
    [
        ("جاؤوا مع ابنهم خالد وابنتهم نورة.", ["خالد", "نورة"]),
        ("عائلة الكعبي: سالم، زوجته مريم.", ["الكعبي", "سالم", "مريم"]),
        ("آل الشحي: حمدان، زوجته شما، وابنهم راشد.", ["الشحي", "حمدان", "شما", "راشد"]),
        ("وصلت مع سائقها سالم ظهراً.", ["سالم"]),
    ],
)
def test_arabic_family_members(text, names):
    stored = _stored(text, "ar")
    assert not [n for n in names if leaked(n, stored)], stored


@pytest.mark.parametrize(
    "text, names",
    [
        ("정미숙 권사님 손녀 돌 선물 문의.", ["정미숙"]),
        ("박정우 장로님 내외분이 결혼기념일 선물 보러 오심.", ["박정우"]),
        ("운전은 김 기사님이 하심.", ["김"]),
    ],
)
def test_korean_name_before_a_church_or_work_title(text, names):
    stored = _stored(text, "ko")
    assert not [n for n in names if leaked(n, stored)], stored


@pytest.mark.parametrize(
    "text, language, names",
    [
        ("Came for a Dior scarf. Solange loved it, Solange will be back.", "en", ["Solange"]),
        ("Sa fille Solange adore Chanel. Solange reviendra.", "fr", ["Solange"]),
    ],
)
def test_name_found_again_after_a_brand_and_a_full_stop(text, language, names):
    stored = _stored(text.replace("Came for", "Mrs Aubry came for"), language)
    assert not [n for n in names if leaked(n, stored)], stored


def test_house_name_after_a_brand_word_stays():
    stored = _stored("Mrs Jacobs wants a Marc Jacobs tote.", "en")
    assert "Marc Jacobs" in stored


@pytest.mark.parametrize(
    "text, language, names",
    [
        ("LEMARCHAND Sophie + mari Didier. Cherche un sac.", "fr", ["LEMARCHAND", "Sophie"]),
        ("BRANDSTÄTTER Julia & Ehemann Tobias. Sucht eine Tasche.", "de", ["BRANDSTÄTTER", "Julia"]),
        ("Family visit: Okonkwo, Grace (62), her daughters.", "en", ["Okonkwo", "Grace"]),
        ("Visite du jour : Lefort, Claire — sac.", "fr", ["Lefort", "Claire"]),
    ],
)
def test_inverted_name_opening_a_line_after_a_label_or_before_a_plus(text, language, names):
    stored = _stored(text, language)
    assert not [n for n in names if leaked(n, stored)], stored


def test_place_after_a_label_stays():
    assert "Paris" in _stored("Note: Paris, Marie wants a bag.", "en")


@pytest.mark.parametrize(
    "text, names",
    [
        ("الزعيبي مع زوجته في المحل اليوم.", ["الزعيبي"]),
        ("الزعيبي ابنته تتخرج في يونيو.", ["الزعيبي"]),
        ("نوال (اسم العائلة غير معروف) تبحث عن عقد.", ["نوال"]),
    ],
)
def test_arabic_note_opening_with_a_person_before_kin_or_a_bracket_on_the_name(text, names):
    stored = _stored(text, "ar")
    assert not [n for n in names if leaked(n, stored)], stored


@pytest.mark.parametrize(
    "text, word",
    [
        ("الهدية مع بطاقة.", "الهدية"),
        ("الحفلة مع زوجته في يونيو.", "الحفلة"),
        ("اليوم (بدون اسم) جاءت عميلة.", "اليوم"),
    ],
)
def test_arabic_note_opening_with_a_thing_stays(text, word):
    assert word in _stored(text, "ar")


@pytest.mark.parametrize(
    "text, language, names",
    [
        ("Rosa Ccahuana y su hija vinieron a ver relojes.", "es", ["Rosa", "Ccahuana"]),
        ("Hope Ferrante and her husband came in.", "en", ["Hope", "Ferrante"]),
        ("Rose Lemaire et sa fille sont passées.", "fr", ["Rose", "Lemaire"]),
        ("Rosa Quaranta e la figlia sono passate.", "it", ["Rosa", "Quaranta"]),
        ("Roos Quaadvliet en haar dochter kwamen langs.", "nl", ["Roos", "Quaadvliet"]),
        ("Rosa Quaresma e a filha vieram.", "pt", ["Rosa", "Quaresma"]),
        ("Rosa Quaranta und ihre Tochter waren da.", "de", ["Rosa", "Quaranta"]),
    ],
)
def test_name_opening_a_note_before_and_her_relative(text, language, names):
    stored = _stored(text, language)
    assert not [n for n in names if leaked(n, stored)], stored


@pytest.mark.parametrize(
    "text, language, word",
    [
        ("Paris and her daughter were lovely.", "en", "Paris"),
        ("Lady Dior and her daughter.", "en", "Dior"),
        ("Stammkundin und ihre Tochter waren da.", "de", "Stammkundin"),
        ("Yesterday and his wife came.", "en", "Yesterday"),
        ("Navidad y su hija.", "es", "Navidad"),
    ],
)
def test_word_opening_a_note_before_and_her_relative_stays(text, language, word):
    assert word in _stored(text, language)


@pytest.mark.parametrize(
    "text, names",
    [
        ("الزعيبي في المحل مع بنته.", ["الزعيبي"]),
        ("الدغيشي اليوم في المحل يسأل.", ["الدغيشي"]),
        ("الحمادي أم لثلاثة أولاد.", ["الحمادي"]),
    ],
)
def test_arabic_family_name_of_origin_opening_a_note(text, names):
    stored = _stored(text, "ar")
    assert not [n for n in names if leaked(n, stored)], stored


@pytest.mark.parametrize(
    "text, word",
    [
        ("الكرسي في المحل مكسور.", "الكرسي"),
        ("الذهبي في المحل أجمل.", "الذهبي"),
        ("الراعي في الحفل شركة.", "الراعي"),
    ],
)
def test_arabic_noun_of_that_shape_opening_a_note_stays(text, word):
    assert word in _stored(text, "ar")


@pytest.mark.parametrize(
    "text, names",
    [
        ("고객님 따님서연 생일 선물.", ["서연"]),
        ("남편분민호 생일 6월.", ["민호"]),
        ("며느리지은 출산 선물 문의.", ["지은"]),
    ],
)
def test_korean_given_name_glued_to_an_honorific_kin_word(text, names):
    stored = _stored(text, "ko")
    assert not [n for n in names if leaked(n, stored)], stored


@pytest.mark.parametrize("text", ["딸이랑 같이 옴.", "남편분이랑 방문.", "며느리한테 줄 것.", "따님께서 고르심."])
def test_korean_kin_word_with_a_particle_stays(text):
    assert _stored(text, "ko") == text


@pytest.mark.parametrize(
    "text, language, names",
    [
        ("고객님 따님, 올리비아 대학 졸업식이 5월.", "ko", ["올리비아"]),
        ("남편 사무엘이랑 같이 방문, 생일 선물.", "ko", ["사무엘"]),
        ("娘のイザベルが来月卒業、ネックレスを検討。", "ja", ["イザベル"]),
    ],
)
def test_western_given_name_in_hangul_or_katakana(text, language, names):
    stored = _stored(text, language)
    assert not [n for n in names if leaked(n, stored)], stored


@pytest.mark.parametrize(
    "text, language",
    [
        ("크리스탈 장식 문의, 크리스마스 선물.", "ko"),
        ("두 마리 강아지 선물, 로고 마크 작게.", "ko"),
        ("クリスマスの限定ボックス、ローラー付きケース。", "ja"),
    ],
)
def test_words_of_hangul_or_katakana_stay(text, language):
    assert _stored(text, language) == text


@pytest.mark.parametrize(
    "text, language, names",
    [
        ("Azienda Ricci Srl, referente Paola. 15 portadocumenti.", "it", ["Ricci"]),
        ("Empresa Navarro Hnos., contacto Luis (asistente).", "es", ["Navarro"]),
        ("Firma Krüger GmbH bestellt 20 Kugelschreiber.", "de", ["Krüger"]),
        ("Société Mercier & Fils, cadeaux clients.", "fr", ["Mercier"]),
        ("Firmenkunde Schneider GmbH, Frau Lindner (Einkauf).", "de", ["Schneider", "Lindner"]),
        ("Fatura em nome de Carvalho & Filhos, Lda.", "pt", ["Carvalho"]),
    ],
)
def test_family_name_in_the_clients_firm(text, language, names):
    stored = _stored(text, language)
    assert not [n for n in names if leaked(n, stored)], stored


@pytest.mark.parametrize(
    "text, language, words",
    [
        ("Azienda Ricci Srl, referente Paola.", "it", ["Azienda", "Srl"]),
        ("Société Mercier & Fils, cadeaux clients.", "fr", ["Société", "Fils"]),
        ("Fatura em nome de Carvalho & Filhos, Lda.", "pt", ["em nome de", "Filhos"]),
        ("Ferrari S.p.A. ordina 10 agende.", "it", ["Ferrari"]),
        ("Chanel SAS, cadeaux.", "fr", ["Chanel"]),
        ("Bosch GmbH bestellt 40 Stifte.", "de", ["Bosch"]),
    ],
)
def test_firm_words_and_brands_stay(text, language, words):
    stored = _stored(text, language)
    assert all(w in stored for w in words), stored


def test_korean_full_name_before_a_life_event():
    stored = _stored("오늘 강민서 결혼 선물 보러 옴.", "ko")
    assert not leaked("강민서", stored), stored
    assert _stored("이번주 생일 선물, 김장철 선물 준비.", "ko") == "이번주 생일 선물, 김장철 선물 준비."


@pytest.mark.parametrize(
    "text, word",
    [
        ("المقاس مع زوجها مختلف.", "مختلف"),
        ("زوجها متأخر، سيأتي لاحقاً.", "متأخر"),
        ("الهدية (العميل يريدها ملفوفة) جاهزة.", "يريدها"),
    ],
)
def test_arabic_participle_or_verb_after_a_kin_or_client_word_stays(text, word):
    assert word in _stored(text, "ar")


def test_arabic_unknown_name_after_a_kin_word_still_goes():
    stored = _stored("جاءت مع زوجها زعيتر، واشترت ساعة.", "ar")
    assert not leaked("زعيتر", stored), stored
