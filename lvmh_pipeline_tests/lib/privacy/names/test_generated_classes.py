"""Detector misses found on generated notes (lvmh_pipeline.lib.synthetic.wild), built for the
class: particle surnames opening a note or a sentence, transcription fillers between title and
name, CJK couples, a lone Korean surname glued to 님, a leading surname that is a place or a word
before a worded age, Portuguese "Dona" + surname. Each class has names that must go and
ordinary words that must stay. Cases are written for these tests."""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.names.detect import find_names
from lvmh_pipeline_tests.lib.privacy.names.redaction import redact


def names(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_names(text)]


# --- a surname with a particle opening a note or a sentence --------------------------------

@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("De Jong, 45 jaar, zoekt een tas", "De Jong"),
        ("de Jong, 45 jaar, zoekt een tas", "de Jong"),
        ("De Luca, 52 anni, cerca una borsa", "De Luca"),
        ("Van der Berg, 60, wil een horloge", "Van der Berg"),
        ("Van den Heuvel, ongeveer 69 jaar, gepensioneerd", "Van den Heuvel"),
        ("Da Silva, 44 anos, procura uma mala", "Da Silva"),
        ("Le Goff, 38 ans, cherche un sac", "Le Goff"),
        ("De la Fuente, unos 50 años, busca un bolso", "De la Fuente"),
        ("Von Stein, ca. 61 Jahre, sucht eine Uhr", "Von Stein"),
        ("Cliente fiel. De Luca prefiere llamadas por la tarde.", "De Luca"),
        ("Vuole un regalo. Di Stefano conferma per telefono.", "Di Stefano"),
    ],
)
def test_particle_surnames_are_taken_whole(text, name):
    assert name in names(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sig. De Luca, 52 anni. De Luca conferma per telefono.", "Sig. [NAME], 52 anni. [NAME] conferma per telefono."),
        ("Mevr. van Beek, 48 jaar. Zoekt een cadeau. Van Beek liever 's middags bellen.",
         "Mevr. [NAME], 48 jaar. Zoekt een cadeau. [NAME] liever 's middags bellen."),
        ("Dhr. de Jong zoekt een tas. De Jong bevestigt telefonisch.", "Dhr. [NAME] zoekt een tas. [NAME] bevestigt telefonisch."),
        ("Herr von Stein sucht eine Uhr. Von Stein bestätigt telefonisch.", "Herr [NAME] sucht eine Uhr. [NAME] bestätigt telefonisch."),
    ],
)
def test_particle_surnames_repeated_lose_their_particle_too(text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "De nuevo pregunta por el bolso",
        "Da quando è cliente compra molto",
        "Le client cherche un sac",
        "Van daag gebeld, wil een tas",
        "De Bijenkorf heeft een sale",
        "Le Bon Marché ouvre tard",
        "Da Roma arriva domani",
        "Vuole un regalo. Di Roma conosce tutto.",
        "De Madrid, 3 días de viaje",
        "Das Weiss steht ihr gut.",
    ],
)
def test_particle_sentence_starts_that_are_no_names(text):
    assert names(text) == []


def test_a_particle_inside_a_sentence_stays_a_preposition():
    assert names("Regalo de Luca para su madre") == ["Luca"]  # a gift from Luca


# --- transcription fillers between title and name ------------------------------------------

@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sra. perdón Ortega busca bolso", "Ortega"),
        ("Sr. o sea García busca bolso", "García"),
        ("Sra. bueno Ortega busca bolso", "Ortega"),
        ("Reunión con Sr. perdón Romero, jubilado, unos 71 años.", "Romero"),
        ("Sra. digo Santos quer mala", "Santos"),
        ("Senhor quer dizer Pinto, cerca de 44 anos", "Pinto"),
        ("Dr. tipo Simões, 76 anos, cliente ocasional", "Simões"),
        ("Passagem na boutique Sr. digo Reis, cerca de 41 anos", "Reis"),
        ("Sig.ra scusi Bianchi cerca una borsa", "Bianchi"),
        ("Frau Entschuldigung Krause sucht eine Tasche", "Krause"),
        ("Mevr. ik bedoel Jansen zoekt een tas", "Jansen"),
        ("Госпожа простите Орлова ищет сумку", "Орлова"),
    ],
)
def test_fillers_between_title_and_name(text, name):
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sra. perdón, no sé el nombre, busca bolso",
        "Digo que volverá el lunes",
        "Bueno, pregunta por el bolso",
        "Tipo de pele sensível, evitar perfume",
    ],
)
def test_fillers_alone_are_no_names(text):
    assert names(text) == []


# --- couples in Chinese, Japanese and Korean ------------------------------------------------

@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("王夫妇到店，45岁", "王"),
        ("与王夫妇会面，约45岁，想买手袋", "王"),
        ("接待王夫妇，45岁，喜欢红色", "王"),
        ("接待林夫妻，45岁", "林"),
        ("王夫妻到店", "王"),
        ("郭夫妇，画廊老板，2022年起的VIP客户", "郭"),
        ("欧阳夫妇，画廊老板", "欧阳"),
        ("与欧阳夫妇会面", "欧阳"),
        ("林ご夫妻ご来店、45歳", "林"),
        ("森夫妻来店、45歳", "森"),
        ("田中ご夫妻とのアポイント", "田中"),
        ("佐々木夫妻来店", "佐々木"),
        ("森夫妻、会社経営、60歳前後", "森"),
        ("김님 부부 방문, 45세", "김"),
        ("이님 부부과 미팅", "이"),
    ],
)
def test_cjk_couples_give_the_surname_only(text, name):
    assert names(text) == [name]


@pytest.mark.parametrize(
    "text",
    ["他们夫妇很喜欢", "夫妻俩都喜欢", "这对年轻夫妇想买表", "ご夫妻でご来店", "若い夫妻が来店", "新婚夫妻のギフト"],
)
def test_couple_words_without_a_surname(text):
    assert names(text) == []


# --- a lone Korean surname glued to 님 -------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "name"),
    [("김님 방문", "김"), ("오님이 가방을 찾으심", "오"), ("박님 상담, 45세", "박"), ("Meyer님이 방문하셨다", "Meyer")],
)
def test_lone_surname_glued_to_nim(text, name):
    assert names(text) == [name]


@pytest.mark.parametrize("text", ["손님 방문", "주님께 감사", "사모님 방문", "따님 선물 문의", "선생님 상담"])
def test_words_ending_in_nim_are_no_names(text):
    assert names(text) == []


# --- a leading surname that is a place or a word, before an age -----------------------------

@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kensington, around 30, looking for a bag", "Kensington"),
        ("Weiss, aged 33, sucht eine Tasche", "Weiss"),
        ("Rose, 45 ans, cherche un sac", "Rose"),
        ("Black, about 50, wants a watch", "Black"),
        ("Fontaine, environ 60, cherche un cadeau", "Fontaine"),
        ("Verde, circa 41, cerca una borsa", "Verde"),
    ],
)
def test_leading_word_surname_before_an_age(text, name):
    assert names(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Paris, 3 jours, voyage",
        "Anniversaire, environ 50 invités",
        "Budget, around 30K",
        "Tochter, circa 25, studiert",
        "June, around 30 guests",
        "Dior, about 30 pieces",
        "Visit, around 30 minutes",
        "Mariage, environ 50",
    ],
)
def test_leading_words_that_are_no_names(text):
    assert names(text) == []


# --- Portuguese "Dona" + surname ------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "name"),
    [("Dona Santos quer uma mala", "Santos"), ("dona Santos veio hoje", "Santos"), ("Dona Maria quer uma mala", "Maria")],
)
def test_dona_with_a_surname(text, name):
    assert names(text) == [name]


@pytest.mark.parametrize("text", ["Miss Paris, défilé", "Lady Dior en noir", "Dona Lisboa, a cidade, encanta"])
def test_weak_titles_before_places_and_houses(text):
    assert names(text) == []
