"""Name leaks and over-redactions of session 42, as classes in our own phrasings (never a note's sentence):

Leaks:
- a diminutive that lengthens the given name, said after it and a comma ("Carolina, Carolinha pra
  família", "Juan, Juanito", "Geert, Geertje"; :mod:`...names.aliases.diminutives`);
- a given name after a kin word after a Dutch spoken possessive ("z'n vrouw", "m'n dochter");
- an English given name that is a word too after "son" in an English note, whatever stands before
  "son" (:mod:`...names.given.languages.english`);
- a list of names after a plural kin word with its article and no colon, in Arabic ("البنات …، … و…");
- a name after the word for a baptismal, confirmation or English name, in every script ("세례명 …",
  "nom de baptême …", "Taufname …", "圣名…"; :mod:`...names.given.name_fields`, korean ``fields``);
- a staff member's given name, a word too, beside the post ("Vitória, nossa gerente", "our store
  manager Grace"; :mod:`...names.staff.roles`);
- a Hangul given name found, glued after a one-syllable surname found ("정안나로";
  :mod:`...names.occurrences.unspaced`).

Over-redactions:
- a noun for a person opening a note before a guessed age ("Caballero ~50 años";
  :mod:`...names.voice.person_nouns`);
- a place after a title used as a common noun ("un monsieur de Lyon", "una signora di Torino");
- a hotel or a place after a client word and a contracted article ("cliente del Ritz");
- a Hangul title that follows a house: the product's name ("디올 레이디 백");
- a place before "Village" ("… Luxury Village").
"""

from __future__ import annotations

import pytest

from lvmh_pipeline_tests.lib.privacy.names.redaction import stored, names_gone as _gone, words_kept as _kept


@pytest.mark.parametrize(
    "text, language, names",
    [
        ("Ligou a Carolina, Carolinha pra família, sobre o colar.", "pt", ["Carolina", "Carolinha"]),
        ("Vino Juan, Juanito para todos, a por el reloj.", "es", ["Juan", "Juanito"]),
        ("Passata la signora Paola Greco, Paoletta per gli amici, per la borsa.", "it", ["Paola", "Paoletta"]),
        ("Meneer Geert Visser, Geertje noemt z'n moeder hem, belde.", "nl", ["Geert", "Geertje", "Visser"]),
        ("Mme Jeanne Roux, Jeannette pour ses proches, passera.", "fr", ["Jeanne", "Jeannette", "Roux"]),
    ],
)
def test_a_longer_diminutive_after_the_name_and_a_comma(text: str, language: str, names: list[str]) -> None:
    _gone(text, language, names)


@pytest.mark.parametrize(
    "text, language, names",
    [
        ("Hij komt met z'n dochter Femke voor een ring.", "nl", ["Femke"]),
        ("Ze wil voor m'n zus Lotte iets kiezen.", "nl", ["Lotte"]),
        ("Zij komt met d'r man Wouter langs.", "nl", ["Wouter"]),
    ],
)
def test_a_kin_word_after_a_spoken_dutch_possessive(text: str, language: str, names: list[str]) -> None:
    _gone(text, language, names)


def test_english_son_and_a_given_name_that_is_a_word() -> None:
    _gone("Mrs Ward is gluten-free; son Hunter (Harrow) is starting at Oxford.", "en", ["Ward", "Hunter"])


def test_french_son_before_a_brand_stays() -> None:
    assert "Hunter" in stored("Pour son Hunter il veut du vert, et une écharpe.", "fr")


@pytest.mark.parametrize(
    "text, names",
    [
        ("زارتنا أم خالد مع البنات نورة وحوراء.", ["نورة", "حوراء"]),
        ("الأولاد فيصل، سلطان وراشد، يحبون الساعات.", ["فيصل", "سلطان", "راشد"]),
    ],
)
def test_an_arabic_kin_list_without_a_colon(text: str, names: list[str]) -> None:
    _gone(text, "ar", names)


def test_an_arabic_plural_kin_word_before_things_names_no_one() -> None:
    _kept("هدايا للبنات ساعات وأساور.", "ar", ["ساعات", "وأساور"])


@pytest.mark.parametrize(
    "text, language, names",
    [
        ("고객님 천주교 신자 (세례명 요셉), 미사 후 방문 예정.", "ko", ["요셉"]),
        ("세례명: 마리아. 다음 주 방문.", "ko", ["마리아"]),
        ("Pratiquante, nom de baptême Rose, vient après la messe.", "fr", ["Rose"]),
        ("Va a misa, nombre de pila Luz, viene los domingos.", "es", ["Luz"]),
        ("Sehr gläubig, Taufname Rosa, kommt nach der Messe.", "de", ["Rosa"]),
        ("Praticante, nome di battesimo Stella, passa dopo la messa.", "it", ["Stella"]),
        ("王太太信天主教，圣名玛利亚，周日弥撒后来。", "zh", ["玛利亚", "王"]),
    ],
)
def test_a_name_after_the_word_for_a_baptismal_name(text: str, language: str, names: list[str]) -> None:
    _gone(text, language, names)


def test_a_field_left_unfilled_after_the_korean_naming_word() -> None:
    assert "모름" in stored("세례명 모름, 미사 후 방문.", "ko")


@pytest.mark.parametrize(
    "text, language, names",
    [
        ("Quer ser atendida só pela Vitória, nossa gerente.", "pt", ["Vitória"]),
        ("Asked again for Grace, our store manager, on Friday.", "en", ["Grace"]),
        ("Pidió que le atienda la encargada Rosa el sábado.", "es", ["Rosa"]),
        ("Il veut voir Capucine, notre directrice, samedi.", "fr", ["Capucine"]),
    ],
)
def test_a_staff_given_name_beside_the_post(text: str, language: str, names: list[str]) -> None:
    _gone(text, language, names)


@pytest.mark.parametrize(
    "text, language, kept",
    [
        ("Caballero ~60 años, de paso por Madrid, mira relojes.", "es", ["Caballero"]),
        ("Cavaliere sui 70 anni, cerca un gemello.", "it", ["Cavaliere"]),
        ("Mann um die 50, sucht einen Gürtel.", "de", ["Mann"]),
    ],
)
def test_a_noun_for_a_person_before_a_guessed_age(text: str, language: str, kept: list[str]) -> None:
    _kept(text, language, kept)


def test_a_family_name_before_an_exact_age_stays_a_name() -> None:
    _gone("Caballero, 52 años, cliente desde 2019.", "es", ["Caballero"])


@pytest.mark.parametrize(
    "text, language, kept, names",
    [
        ("Passé ce matin un monsieur de Lyon, euh, pour une ceinture.", "fr", ["Lyon"], []),
        ("È venuta una signora di Milano per un foulard.", "it", ["Milano"], []),
        ("Vino una señora de Sevilla a ver bolsos.", "es", ["Sevilla"], []),
        ("Un monsieur de Montclair a appelé pour sa femme.", "fr", [], ["Montclair"]),
    ],
)
def test_a_place_after_a_title_used_as_a_common_noun(text: str, language: str, kept: list[str], names: list[str]) -> None:
    _kept(text, language, kept, names)


@pytest.mark.parametrize(
    "text, language, kept, names",
    [
        ("Un signore, cliente del Ritz, cercava una cintura.", "it", ["Ritz"], []),
        ("Señor mayor, cliente del Mandarin Oriental, busca gemelos.", "es", ["Mandarin", "Oriental"], []),
        ("Monsieur, client du Bristol, voulait un carré.", "fr", ["Bristol"], []),
        ("Clienta del Castillo, busca un bolso.", "es", [], ["Castillo"]),
    ],
)
def test_a_hotel_after_a_client_word_and_a_contracted_article(text: str, language: str, kept: list[str], names: list[str]) -> None:
    _kept(text, language, kept, names)


def test_a_hangul_title_after_a_house_is_the_products_name() -> None:
    _kept("선물로 디올 레이디 백이랑 스카프, 윤서연 고객님.", "ko", ["레이디 백"], ["윤서연"])


def test_a_place_before_village_is_no_person() -> None:
    _kept("Клиентка живёт рядом, Жуковка Luxury Village, любит Chaumet.", "ru", ["Жуковка"])


def test_a_hangul_given_name_glued_after_a_surname_found() -> None:
    _gone("정 고객님 (세례명 안나) 방문. 예약자 정안나로 되어 있음.", "ko", ["안나", "정안나"])

