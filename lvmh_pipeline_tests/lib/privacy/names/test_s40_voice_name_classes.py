"""Name classes of session 40, in our own phrasings (general mechanisms for the classes the `w44`
notes showed, never copied from a note):

Leaks —
- a lower-case family name after an English title, known or not ("mrs pemberton", "mr and mrs
  ashcombe"), a given name that is a word too or a Russian given name in another case after a kin
  word and a hesitation ("la nipote, ehm, aurora", "с женой, э-э, дашей"), a lower-case given name before a kin apposition ("margaux, la fille de madame
  Roux"), a known given name before a family name that is a word too or has particles ("amit shah",
  "femke van der berg");
- a name spelt out letter by letter right after it ("hale, h-a-l-e");
- a double-barrelled family name whose parts are both words too ("Klein-Bell");
- a given name that is a month too right after a possessive and a kin word ("her aunt April"), and
  its possessive, but not the month ("in April");
- a given name that is a name particle too, found once, elsewhere ("Ben … Ben isst");
- an Italian married name after "in" or "ved." ("Paola Greco in Marino");
- a given name that is a word too after a person's occasion ("el bautizo de Candela");
- an English given name after a Cantonese familiar form ("黃太 Kiki");
- English given names the lexicon lacked (Geoffrey, Winnie).

Over-redaction —
- a place that is a name too where one goes or is ("a Fátima em romaria", "blessing in Lourdes",
  "Câmara Municipal de Braga", "Santiago de Chile");
- a line named after a person, by a series word or its house before it ("Joséphine系列", "Chaumet,
  la Joséphine");
- airports and Cyrillic city names ("Heathrow", "(Пекин)"); a house named after its founder
  ("Georg Jensen");
- a Chinese festival at the start of a clause ("中秋"), a Korean time noun with its particle ("다음
  주에"), a Portuguese title abbreviation ("Dep."), an Arabic possessive and a doctor's specialty
  ("دكتور العيون حقها");
- lower-case words a kin word or title does not make names ("de dochter van mevrouw", "her
  daughter grace period", "72 anni, figlio 19 anni", "mr and mrs um").
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.guard import AMBIGUOUS, COMMON, classify
from lvmh_pipeline.lib.privacy.names.houses import product_line
from lvmh_pipeline.lib.privacy.names.positions.lowercase import with_name_capitals
from lvmh_pipeline.lib.privacy.names.voice.months import month_use
from lvmh_pipeline.lib.privacy.names.voice.places import place_not_person
from lvmh_pipeline.lib.privacy.names.voice.spelled import spelled_names
from lvmh_pipeline.lib.privacy.pseudonymize import PrivacyPolicy
from lvmh_pipeline.lib.privacy.quality import leaked
from lvmh_pipeline_tests.lib.privacy.names.redaction import RULES_ONLY as _IDS
from lvmh_pipeline_tests.lib.privacy.names.redaction import WITH_TAGGER as _LEARNED
from lvmh_pipeline_tests.lib.privacy.names.redaction import stored as _stored


@pytest.mark.parametrize(
    "text, language, names",
    [
        # a lower-case family name after an English title, known to the lexicon or not
        ("ok so mrs pemberton popped in, wants the small trunk", "en", ["pemberton"]),
        ("er, mr and mrs ashcombe again, they liked the cufflinks", "en", ["ashcombe"]),
        ("Ms hargreave rang about the repair.", "en", ["hargreave"]),
        # a given name that is a word too, or in another case, after a kin word and a hesitation
        ("vuole un anello per la nipote, ehm, aurora, a giugno", "it", ["aurora"]),
        ("quiere algo para su nieta, eh, candela, que cumple quince", "es", ["candela"]),
        ("пришёл с женой, э-э, дашей, смотрели серьги. даша любит жемчуг.", "ru", ["дашей", "даша"]),
        # a lower-case given name before a kin apposition, whatever else the word is
        ("alors margaux, la fille de madame Roux, cherche un sac", "fr", ["margaux"]),
        ("bon, chloé, la nièce de monsieur Perrin, revient samedi", "fr", ["chloé"]),
        # a known given name before a family name that is a word too, or with particles
        ("so amit shah came by, wants a watch", "en", ["amit", "shah"]),
        ("nou, femke van der berg kwam langs voor een ring", "nl", ["femke", "van der berg"]),
        ("eh, anouk de vries belde, ze wil de tas ophalen", "nl", ["anouk", "de vries"]),
        # a name spelt out letter by letter right after it
        ("client's name is wren, w-r-e-n, she wants a scarf", "en", ["w-r-e-n"]),
        ("Frau Öztürk, Ö-Z-T-Ü-R-K, holt die Uhr ab.", "de", ["Öztürk", "Ö-Z-T-Ü-R-K"]),
        # a double-barrelled family name whose parts are both words too
        ("Visit from Laura Klein-Bell and her son.", "en", ["Klein-Bell"]),
        ("Mr Daniel Costa-Hart asked for a strap.", "en", ["Costa-Hart"]),
        # a given name that is a month too, after a possessive and a kin word, and its possessive
        ("She'll bring her aunt April; April's birthday is soon.", "en", ["April", "April's"]),
        ("Regalo para su hija Abril, le encantan los pendientes.", "es", ["Abril"]),
        # a given name that is a name particle too, found once, elsewhere
        ("Geschenk für den Enkel, den kleinen Ben. Ben mag Uhren.", "de", ["Ben"]),
        # an Italian married name after "in" or "ved."
        ("Sig.ra Paola Greco in Marino, cliente da anni.", "it", ["Marino"]),
        ("La signora Anna Neri ved. Galli ha chiamato.", "it", ["Galli"]),
        # a given name that is a word too after a person's occasion
        ("Buscan algo para el bautizo de Candela en mayo.", "es", ["Candela"]),
        ("Cerca un bracciale per il compleanno di Aurora.", "it", ["Aurora"]),
        # an English given name after a Cantonese familiar form
        ("黃生同黃太 Kiki 今日嚟睇錶。", "zh", ["Kiki"]),
        # English given names the lexicon lacked
        ("Mrs Lowry and her husband Geoffrey came by.", "en", ["Geoffrey"]),
        ("Her granddaughter Winnie turns ten.", "en", ["Winnie"]),
    ],
)
def test_s40_names_leave(text: str, language: str, names: list[str]) -> None:
    stored = _stored(text, language)
    assert not [n for n in names if leaked(n, stored)], stored


@pytest.mark.parametrize(
    "text, language, kept",
    [
        # a place that is a name too where one goes or is
        ("Vão a Fátima em romaria no mês que vem.", "pt", ["Fátima"]),
        ("The blessing is in Lourdes, she wants a rosary.", "en", ["Lourdes"]),
        ("Trabalha na Câmara Municipal de Braga.", "pt", ["Braga"]),
        ("Acaba de volver de Santiago, quiere un reloj.", "es", ["Santiago"]),
        ("Sr. Ignacio Prieto, Santiago de Chile, compra por teléfono.", "es", ["Santiago", "Chile"]),
        ("Quiere una medalla de la Virgen de Guadalupe.", "es", ["Guadalupe"]),
        # a line named after a person, by a series word or its house before it
        ("想看Joséphine系列的戒指。", "zh", ["Joséphine"]),
        ("Elle hésite entre Cartier et Chaumet, la Joséphine peut-être.", "fr", ["Joséphine"]),
        # airports and Cyrillic city names; a house named after its founder
        ("Compares prices with Heathrow duty free.", "en", ["Heathrow"]),
        ("Bezoek: mevr. Li (Pudong), kijkt naar horloges.", "nl", ["Pudong"]),
        ("Гость: г-н Чжан (Пекин), смотрел часы.", "ru", ["Пекин"]),
        ("Le gusta el estilo de Georg Jensen, algo sobrio.", "es", ["Georg Jensen"]),
        # a Chinese festival at a clause start; a Korean time noun and its particle
        ("老客户。中秋想给父母买礼物，预算两万。", "zh", ["中秋"]),
        ("다음 주에 다시 오신대요.", "ko", ["주에"]),
        # a Portuguese title abbreviation before the name
        ("Cliente: Dep. Marcos Tavares, via assessor.", "pt", ["Dep."]),
        # an Arabic possessive and a doctor's specialty after "doctor"
        ("قالت إن دكتور العيون حقها منعها من العدسات.", "ar", ["العيون", "حقها"]),
        # lower-case words a kin word, a title or a comma does not make names
        ("de dochter van mevrouw Smit komt morgen", "nl", ["van"]),
        ("her son, um, will come back on friday", "en", ["will"]),
        ("mr and mrs um came in for the bags", "en", ["um"]),
        ("Nonna 80 anni, figlio 50 anni, nipote 20 anni.", "it", ["anni"]),
        ("Gift for birthday daughter April, a pendant.", "en", ["April"]),
    ],
)
@pytest.mark.parametrize("policy", [_IDS, _LEARNED], ids=["rules", "learned"])
def test_s40_words_stay(text: str, language: str, kept: list[str], policy: PrivacyPolicy) -> None:
    stored = _stored(text, language, policy)
    assert all(k in stored for k in kept), stored


def test_a_month_name_keeps_its_dates() -> None:
    stored = _stored("Her sister June visits in June, on 3 June and June 9.", "en")
    assert stored.count("June") == 3 and "sister June" not in stored


@pytest.mark.parametrize(
    "text, month, date",
    [("back in May", "May", True), ("on 12 May", "May", True), ("May 3rd", "May", True), ("once May's back", "May", False)],
)
def test_month_use(text: str, month: str, date: bool) -> None:
    at = text.index(month)
    assert month_use(text, at, at + len(month)) is date


def test_spelled_names_need_the_word_before() -> None:
    text = "the b-z-e-r-o ring, and Gül, G-Ü-L, called"
    assert [text[s.start : s.end] for s in spelled_names(text)] == ["Gül"]


def test_two_family_names_that_are_words_make_a_name_not_a_colour() -> None:
    assert classify("Costa-Bell") == AMBIGUOUS
    assert classify("rose-gold") == COMMON


def test_a_title_keeps_a_place_name_a_person() -> None:
    text = "La señora Lourdes vino en Lourdes."
    first = text.index("Lourdes")
    second = text.index("Lourdes", first + 1)
    assert not place_not_person(text, PiiSpan(first, first + 7, "NAME"))
    assert place_not_person(text, PiiSpan(second, second + 7, "NAME"))


def test_a_named_line_needs_its_house_in_the_sentence() -> None:
    text = "Sa fille Joséphine aime les bagues."
    at = text.index("Joséphine")
    assert not product_line(text, at, at + len("Joséphine"))


@pytest.mark.parametrize(
    "text",
    [
        "her daughter grace period ends",  # a given name that is an everyday word
        "mrs um, the one from last week",  # a filler after a title
        "de dochter van mevrouw",  # a particle after a kin word
    ],
)
def test_lower_case_words_stay_lower_case(text: str) -> None:
    assert with_name_capitals(text) == text
