"""Name and contact classes behind the w35 leaks (dev notes written this session), in our own phrasings.

Leaks:
- A given name set off after a titled surname and closed by a comma before a pronoun about the
  person ("M. Haddad, Karim, il voudrait …", "Herr Petrović, Dragan, seine Frau …"), or by a dash
  ("Sra. Ito, Yumi – ela quer …"), of two words too ("Mme Nguyen, Thi Lan, elle …").
- A staff word as a label before a name the lexicon lacks and a number ("السائق: بابلو +971…").
- A phone number read out in words after a phone word, in any language of the notes
  ("Telefoon nul zes …", "номер восемь девятьсот …").

Kept: a place, a month, a generation in the same positions ("Mr Hale, London, he …", "Mrs Hale,
Senior, she …"); amounts said in words ("zehn, zwölf tausend Euro").
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.names.detect import find_names
from lvmh_pipeline.lib.privacy.phones import find_phones


def _names(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_names(text)]


def _phones(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_phones(text)]


@pytest.mark.parametrize(
    ("text", "given"),
    [
        ("M. Haddad, Karim, il voudrait une montre pour ses cinquante ans.", "Karim"),
        ("Herr Petrović, Dragan, seine Frau hat gestern angerufen.", "Dragan"),
        ("Sr. Moura, Tiago, ele quer abotoaduras de ouro.", "Tiago"),
        ("Sra. Ito, Yumi – ela quer um lenço de seda.", "Yumi"),
        ("Mme Nguyen, Thi Lan, elle cherche un sac pour sa belle-mère.", "Thi Lan"),
        ("Frau Novak, Ana Marija, sie möchte Ohrringe.", "Ana Marija"),
        ("Mr Adeyemi, Tunde – his wife called about the fitting.", "Tunde"),
        ("el señor Ferrer, Jordi, él prefiere plata.", "Jordi"),
    ],
)
def test_given_name_apposed_after_titled_surname(text: str, given: str) -> None:
    assert given in _names(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Mr Hale, London, he wants a watch.", "London"),
        ("Mrs Hale, Senior, she asked for a scarf.", "Senior"),
        ("Herr Weber, München, er kommt am Montag.", "München"),
        ("Mme Roy, Noël, elle veut un coffret.", "Noël"),
        ("Mrs Lee, Hong Kong – she flies back Friday.", "Hong Kong"),
        ("Dhr. Visser, Zoetermeer – vaste klant sinds jaren.", "Zoetermeer"),
        ("Sra. Prado, Cotia – cliente antiga.", "Cotia"),
    ],
)
def test_place_month_or_generation_after_titled_surname_stays(text: str, word: str) -> None:
    assert word not in _names(text)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Telefoon nul zes vier drie twee een een negen acht zeven, graag bellen.", "nul zes vier drie twee een een negen acht zeven"),
        ("het nummer is plus tweeëndertig vier zes zeven acht een twee drie vier", "plus tweeëndertig vier zes zeven acht een twee drie vier"),
        ("Номер: восемь девятьсот шестнадцать сто два тридцать три сорок четыре.", "восемь девятьсот шестнадцать сто два тридцать три сорок четыре"),
        ("son numéro c'est zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit", "zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit"),
        ("phone is oh seven seven double four one two three five six", "oh seven seven double four one two three five six"),
        ("Telefon null eins sieben zwei, dreiundvierzig, achtzig, fünfzehn", "null eins sieben zwei, dreiundvierzig, achtzig, fünfzehn"),
        ("número cero seis uno dos tres cuatro cinco seis", "cero seis uno dos tres cuatro cinco seis"),
        ("telefone nove meia dois três quatro cinco sete oito", "nove meia dois três quatro cinco sete oito"),
        ("il numero è tre quattro sette uno due tre quattro cinque", "tre quattro sette uno due tre quattro cinque"),
        ("cellulare tre tre otto, ventitré, quarantadue, trentuno, sei", "tre tre otto, ventitré, quarantadue, trentuno, sei"),
    ],
)
def test_phone_number_read_out_in_words(text: str, number: str) -> None:
    assert number in _phones(text)


@pytest.mark.parametrize(
    "text",
    [
        "Budget zehn, zwölf tausend Euro, Telefon bitte später.",
        "phone: she has two or three children",
        "до двухсот тысяч, номер потом пришлёт",
        "drie stuks, vier of vijf honderd per stuk",
    ],
)
def test_amounts_and_counts_in_words_are_no_phone(text: str) -> None:
    assert _phones(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("السائق: بابلو ‎+971 50 123 4567", "بابلو"),
        ("المربية: ماريسول، تجي الساعة ٥", "ماريسول"),
    ],
)
def test_arabic_staff_label_then_name(text: str, name: str) -> None:
    assert name in _names(text)
