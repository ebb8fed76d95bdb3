"""Name classes of session 48, round 2 (the own evaluation files), in our own phrasings.

Over-redaction:
- a title, a lower-case particle of origin and a town or district right after it ("the lady from
  Portofino", "madame de Genève"): where the client is from, no family name
  (:func:`...cues.parsing.parse_name`); a listed family name that is a place too stays a name;
- a Dutch street named after a titled person ("Burgemeester …weg", "Prins …kade"): the street,
  not a mayor's family name (:mod:`...guard_words.never_persons`).

Leaks:
- a word the note says is the family name ("… is the surname", "… es el apellido", "… это фамилия"),
  in the languages written in Latin or Cyrillic letters (:mod:`...voice.declared_surnames`);
- a Korean full name opening a record before a Latin tag or a field's bar
  (:mod:`...scripts.korean.fields`).
"""

from __future__ import annotations

import pytest

from lvmh_pipeline_tests.lib.privacy.names.redaction import names_gone as _gone, words_kept as _kept


@pytest.mark.parametrize(
    "text, language, kept",
    [
        ("ha richiamato la signora di Portofino per il bracciale", "it", ["Portofino"]),
        ("passou a senhora do Funchal, quer ver os lenços", "pt", ["Funchal"]),
        ("vino la señora de Sevilla a por el pañuelo", "es", ["Sevilla"]),
        ("la señora de Guadalajara pidió otra talla", "es", ["Guadalajara"]),
        ("la dame de Lyon revient samedi", "fr", ["Lyon"]),
        ("il signore di Milano aspetta la consegna", "it", ["Milano"]),
        ("levering aan de Burgemeester Hogendorpweg, na vijf uur", "nl", ["Hogendorpweg"]),
        ("ophalen bij de winkel aan de Prins Willemkade", "nl", ["Willemkade"]),
        ("adres: Koningin Julianalaan, hoek bij de kerk", "nl", ["Julianalaan"]),
    ],
)
def test_s48_round2_places_kept(text: str, language: str, kept: list[str]) -> None:
    _kept(text, language, kept)


@pytest.mark.parametrize(
    "text, language, names",
    [
        # a listed family name after the particle stays a name, even one that is a place too
        ("la Sra. de Castro pasará el jueves", "es", ["Castro"]),
        ("mevrouw De Vries belt morgen terug", "nl", ["Vries"]),
        ("Frau von Arnim möchte die Tasche reservieren", "de", ["Arnim"]),
        ("la signora De Santis ha chiesto il foulard", "it", ["Santis"]),
        # a Dutch title before a family name that is no street stays a name
        ("Burgemeester Jansen kwam langs voor een cadeau", "nl", ["Jansen"]),
    ],
)
def test_s48_round2_names_still_found(text: str, language: str, names: list[str]) -> None:
    _gone(text, language, names)


@pytest.mark.parametrize(
    "text, language, names",
    [
        # a word the note says is the family name (a colour, a metal, an adjective)
        ("Mr Silver came by — Silver is the surname, not a colour wish", "en", ["Silver"]),
        ("la señora Blanco, Blanco es el apellido, quiere un pañuelo", "es", ["Blanco"]),
        ("il signor Grande, Grande è il cognome, cerca un orologio", "it", ["Grande"]),
        ("M. Lejeune, enfin Lejeune c'est le nom, revient lundi", "fr", ["Lejeune"]),
        ("Frau Klein, Klein ist der Nachname, kommt morgen", "de", ["Klein"]),
        ("mevrouw Groot, Groot is de achternaam, belt terug", "nl", ["Groot"]),
        ("звонила Серая, ой нет Серый это фамилия мужа", "ru", ["Серый"]),
        ("a senhora Branco, Branco é o sobrenome, quer uma bolsa", "pt", ["Branco"]),
    ],
)
def test_s48_round2_declared_surnames(text: str, language: str, names: list[str]) -> None:
    _gone(text, language, names)


@pytest.mark.parametrize(
    "text, language, kept",
    [
        # a pronoun, or a product named "the name of" something, is no declared surname
        ("this is the surname on the card", "en", ["this", "surname"]),
        ("Das ist der Nachname auf der Karte", "de", ["Das", "Nachname"]),
        ("Alma c'est le nom du sac qu'elle veut", "fr", ["Alma"]),
        ("la seconda è il cognome del marito", "it", ["seconda"]),
    ],
)
def test_s48_round2_no_declared_surname(text: str, language: str, kept: list[str]) -> None:
    _kept(text, language, kept)


@pytest.mark.parametrize(
    "text, language, names",
    [
        # a record opening on a Korean full name, then a Latin tag or a field's bar
        ("최유나 VIP / 향수 선호 / 예산 200", "ko", ["최유나"]),
        ("강도윤 | 40대 | 시계", "ko", ["강도윤"]),
    ],
)
def test_s48_round2_korean_record_openings(text: str, language: str, names: list[str]) -> None:
    _gone(text, language, names)


@pytest.mark.parametrize(
    "text, language, kept",
    [
        ("고객님 VIP / 향수", "ko", ["고객님"]),
        ("선물용 / 예산 300", "ko", ["선물용"]),
        ("정기적 / 방문 예정", "ko", ["정기적"]),
    ],
)
def test_s48_round2_korean_record_words_kept(text: str, language: str, kept: list[str]) -> None:
    _kept(text, language, kept)
