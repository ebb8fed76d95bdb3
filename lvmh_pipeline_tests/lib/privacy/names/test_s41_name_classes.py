"""Name leaks of session 41, as classes in our own phrasings (never a note's sentence):

- the name a person goes by, after a noun that introduces it ("surnom", "nickname:", "Spitzname",
  "soprannome", "apodo"), in guillemets with their spaces too (:mod:`...names.links.nicknames`);
- a nickname set off in quotes or brackets between the given name and the family name, and the
  family name after it, a particle surname's particles with it (:mod:`...names.aliases.between`);
  the family name after a particle written short ("Sanne v.d. Velde": :mod:`...names.links.particles`);
- a diminutive said right after the full name and a comma, built on the given name ("Татьяна
  Белова, Танечка", "Дмитрий, Димочка"; :mod:`...names.aliases.diminutives`);
- a bare family name, a short one too, after a driver's, an assistant's or a guide's noun, with "by"
  in every language before it ("door chauffeur Ng", "durch Fahrer Li", "гид Пак.";
  :mod:`...names.staff`), and a one-kanji surname after a Japanese staff label ("担当:林。");
- a Cantonese familiar name in Latin letters in a Chinese note ("保姆 Ah Fong");
- a relative's full Chinese name after a kin word once the family name is known in the note
  ("孙女周一一"; :mod:`...names.scripts.chinese.known_surname`);
- the family name after a noble title and a particle ("Hrn. Graf v. Moltke", "le Marquis de
  Sade…"): the name goes, the title stays (:mod:`...names.cues.nobles`).
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.quality import leaked
from lvmh_pipeline_tests.lib.privacy.names.redaction import RULES_ONLY, WITH_TAGGER, stored, names_gone as _gone


@pytest.mark.parametrize(
    "text, language, names",
    [
        ("Rappel pour M. Gérard Fabre (surnom « Gégé »), notaire, samedi.", "fr", ["Gégé", "Fabre"]),
        ("Mr Dominic Ashby (nickname: Dodo) wants the steel Santos.", "en", ["Dodo", "Ashby"]),
        ("Herr Anton Kessler, Spitzname Toni, holt die Uhr ab.", "de", ["Toni", "Kessler"]),
        ("Il signor Tommaso Greco, soprannome Tommy, passa venerdì.", "it", ["Tommy", "Greco"]),
        ("Don Ignacio Varela (apodo «Nacho»), cliente de siempre.", "es", ["Nacho", "Varela"]),
    ],
)
def test_a_nickname_after_the_noun_that_introduces_it(text: str, language: str, names: list[str]) -> None:
    _gone(text, language, names)


@pytest.mark.parametrize(
    "text, language, names",
    [
        ("Klantkaart: Marieke ('Miep') van der Linden, wil een Alma.", "nl", ["Miep", "van der Linden"]),
        ("Contact: Jonathan 'Jonty' Pryce, prefers rose gold.", "en", ["Jonty", "Pryce"]),
        ("Clienta: Lucía (Luci) de la Torre, busca un pañuelo.", "es", ["Luci", "de la Torre"]),
        ("Kundin: Friederike („Frieda“) von Arnstedt, sucht Ohrringe.", "de", ["Frieda", "Arnstedt"]),
        ("Cliente: Giovanni (Gianni) Moretti, regalo per la moglie.", "it", ["Gianni", "Moretti"]),
    ],
)
def test_a_nickname_between_given_and_family_name(text: str, language: str, names: list[str]) -> None:
    _gone(text, language, names)


@pytest.mark.parametrize(
    "text, language, names",
    [
        ("Klantnotitie: Sanne v.d. Velde, wil een riem.", "nl", ["Sanne", "Velde"]),
        ("Notiz: Konrad v. Brandt holt die Uhr ab.", "de", ["Konrad", "Brandt"]),
    ],
)
def test_a_family_name_after_a_particle_written_short(text: str, language: str, names: list[str]) -> None:
    _gone(text, language, names)


def test_an_abbreviation_after_the_short_particle_stays() -> None:
    assert "Chr." in stored("Anna erzählt, die Münze ist von 300 v. Chr.", "de")


def test_a_place_after_the_nickname_is_no_family_name() -> None:
    out = stored("Kundin: Annette (Anni) Paris, dann zurück.", "de")
    assert "Paris" in out and "Anni" not in out


@pytest.mark.parametrize(
    "text, language, names",
    [
        ("перезвонила Татьяна Белова, Танечка, просит отложить серьги", "ru", ["Танечка", "Белова"]),
        ("приходил Дмитрий, Димочка, внук Галины Петровны, выбрал ремень", "ru", ["Димочка", "Дмитрий"]),
        ("заходила Анастасия Орлова, Настюша, за платком", "ru", ["Настюша"]),
        ("came in with Patricia Moore, Patty, for the scarf", "en", ["Patty", "Moore"]),
    ],
)
def test_a_diminutive_right_after_the_full_name(text: str, language: str, names: list[str]) -> None:
    _gone(text, language, names)


def test_a_city_after_the_name_and_a_comma_stays() -> None:
    out = stored("звонила Татьяна Белова, Москва, про серьги", "ru")
    assert "Москва" in out


@pytest.mark.parametrize(
    "text, language, names",
    [
        ("Levering zaterdag, opgehaald door chauffeur Ng.", "nl", ["Ng"]),
        ("Die Tasche wird durch Fahrer Li abgeholt.", "de", ["Li"]),
        ("Paquet récupéré par chauffeur Wu, lundi.", "fr", ["Wu"]),
        ("Tour party of eight with their guide Ng, no purchase.", "en", ["Ng"]),
        ("Группа из Сеула, гид Пак. Купили два шарфа.", "ru", ["Пак"]),
        ("Grupo de turistas con la guía Lucía, miraron bolsos.", "es", ["Lucía"]),
        ("Ritiro tramite autista Rossi, giovedì.", "it", ["Rossi"]),
    ],
)
def test_a_staff_member_or_a_guide_named_by_the_role_noun(text: str, language: str, names: list[str]) -> None:
    _gone(text, language, names)


@pytest.mark.parametrize(
    "text, language, kept",
    [
        ("Elle suit le guide Michelin pour ses dîners.", "fr", "Michelin"),
        ("Según la guía Repsol, el restaurante es bueno.", "es", "Repsol"),
        ("Booked by driver Uber, arrives at six.", "en", "Uber"),
    ],
)
def test_a_guide_or_a_driver_that_is_a_book_or_a_firm_stays(text: str, language: str, kept: str) -> None:
    assert kept in stored(text, language)


@pytest.mark.parametrize(
    "text, language, names",
    [
        ("次回は新作をご案内、担当:林。", "ja", ["林"]),
        ("保姆 Ah Fong 下午来取货，先打电话。", "zh", ["Ah Fong"]),
        ("秘书Ah Wing说周五来店。", "zh", ["Ah Wing"]),
        ("周太太，周美玲，说她孙女周一一下个月满月，想买手镯。", "zh", ["周一一"]),
    ],
)
def test_staff_and_relatives_in_cjk_notes(text: str, language: str, names: list[str]) -> None:
    _gone(text, language, names)


def test_a_kin_word_and_an_unknown_surname_stay_words() -> None:
    assert "黄金" in stored("王先生来了，他女儿黄金很喜欢。", "zh")


@pytest.mark.parametrize(
    "text, language, name, title",
    [
        ("Termin für Hrn. Graf v. Moltke, Abholung Freitag. Der Graf zahlt bar.", "de", "Moltke", "Graf"),
        ("Le Marquis de Sauvigny passera mardi.", "fr", "Sauvigny", "Marquis"),
        ("Il Conte di Serralunga vuole un orologio.", "it", "Serralunga", "Conte"),
        ("Baron van Heeckeren komt donderdag.", "nl", "Heeckeren", "Baron"),
    ],
)
def test_the_family_name_after_a_noble_title_and_a_particle(text: str, language: str, name: str, title: str) -> None:
    for policy in (RULES_ONLY, WITH_TAGGER):
        out = stored(text, language, policy)
        assert not leaked(name, out) and title in out, out


def test_a_noble_word_that_is_the_family_name_goes() -> None:
    assert "Graf" not in stored("Frau Graf holt die Kette ab.", "de")
