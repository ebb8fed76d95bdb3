"""Name classes of session 39, in our own phrasings (general mechanisms for the classes the `w43`
notes showed, never copied from a note):

Leaks —
- an Arabic given name said twice in a row, the family name after the second ("الأستاذ سامي، سامي
  غرين،"), and that family name spelt again in Latin letters ("يعني Green مثل اللون");
- a voice note in lower case: a family name after a spoken title said again after a given name that
  may be a word too ("mrs lane, ivy lane"), a short form after a kin word then the full given name
  ("her son nick, sorry, nicholas");
- a familiar form with an article, a hesitation, then the given name found ("a Cris, eh, Cristina");
- one Chinese surname taken back for another ("张 不对 是 章女士"), a surname said twice before its
  honorific, then the full name ("李 李先生 李振华");
- a Hangul name before a Japanese or Chinese honorific ("박서연様", "최민준 先生");
- a German register line after a client abbreviation, the title before the given name
  ("Kd. Roth, Prof. Anna –");
- a given name that is a month too, alone in brackets after a titled name ("Sr. Ortega (Julio)").

Over-redaction —
- a house in Arabic script after a product noun, one that is a given name too ("عطر كلوي");
- the first word of a house of two words ("Christian Dior", "Louis Vuitton") after a kin word;
- a model written as an initial, a hyphen and a word ("Lady D-Lite");
- a couple word before a family name with the couple's given names in brackets ("Супруги Орловых
  (Олег и Вера)");
- a place of worship before "de" ("Catedral de Toledo", "Sé de Viseu");
- a number said after an Arabic name ("بنته لينا الخمسطعش");
- a Chinese drink or temperature word opening with a surname character ("一杯温水");
- an initial before a particle surname ("Dhr. J. van Dam").
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.names.houses import product_line
from lvmh_pipeline.lib.privacy.names.links.mixed_script import _arabic_skeleton, _latin_skeleton
from lvmh_pipeline.lib.privacy.pseudonymize import PrivacyPolicy
from lvmh_pipeline.lib.privacy.quality import leaked
from lvmh_pipeline_tests.lib.privacy.names.redaction import RULES_ONLY as _IDS
from lvmh_pipeline_tests.lib.privacy.names.redaction import WITH_TAGGER as _LEARNED
from lvmh_pipeline_tests.lib.privacy.names.redaction import stored as _stored


@pytest.mark.parametrize(
    "text, language, names",
    [
        # an Arabic given name restated with the family name, then that name in Latin letters
        ("مرت الأستاذة سلمى، سلمى غرين، يعني Green مثل اللون، وسألت عن عقد.", "ar", ["غرين", "Green"]),
        ("الدكتور سامي، سامي بلاك، اتصل الصبح.", "ar", ["بلاك"]),
        ("جا السيد طارق، طارق سميث، Smith على الكرت، يبي ساعة.", "ar", ["سميث", "Smith"]),
        # lower-case voice notes: the family name after a spoken title, said again after a given name
        ("ok so mrs lane came back, ivy lane, she wants the small tote", "en", ["lane", "ivy"]),
        ("allora la signora neri ha chiamato, carla neri, vuole la borsa", "it", ["neri", "carla"]),
        ("la señora rubio llamó, lucía rubio, quiere un bolso", "es", ["rubio", "lucía"]),
        # a short form after a kin word, then the full given name
        ("he came with his son nick, sorry, nicholas, to look at watches", "en", ["nick", "nicholas"]),
        # a familiar form with an article before a hesitation, then the given name found
        ("Veio a Cris, eh, Cristina Lobato, com a filha.", "pt", ["Cris", "Cristina"]),
        ("Ha chiamato la Vale, ehm, Valentina Sorrenti, per il bracciale.", "it", ["Vale", "Valentina"]),
        # one Chinese surname taken back for another; a surname said twice before its honorific
        ("嗯 张 不对 是 章女士 章雪梅 想看 项链", "zh", ["张", "章雪梅"]),
        ("那个 李 李先生 李振华 来 取表", "zh", ["李振华"]),
        # a Hangul name before a Japanese or Chinese honorific
        ("박서연様がご来店、指輪をご覧になりました。", "ja", ["박서연"]),
        ("최민준 先生 下周 再来 看表。", "zh", ["최민준"]),
        # a German register line after a client abbreviation, the title before the given name
        ("Kd. Roth, Prof. Anna – Armband bestellt.", "de", ["Roth", "Anna"]),
        # a given name that is a month too, alone in brackets after a titled name
        ("Mevr. Bakker (Jan) kwam langs. Jan wil een ring.", "nl", ["Jan"]),
        ("Sr. Ortega (Julio) pasó ayer. Julio quiere un reloj.", "es", ["Julio"]),
    ],
)
def test_s39_names_leave(text: str, language: str, names: list[str]) -> None:
    stored = _stored(text, language)
    assert not [n for n in names if leaked(n, stored)], stored


@pytest.mark.parametrize(
    "text, language, kept",
    [
        # a house in Arabic script after a product noun, a given name too
        ("اشترت عطر كلوي وشنطة سيلين لبنتها.", "ar", ["كلوي", "سيلين"]),
        ("يبي ساعة تيفاني لزوجته.", "ar", ["تيفاني"]),
        # the first word of a house of two words, after a kin word
        ("Cadeau pour sa fille : Christian Dior Saddle.", "fr", ["Christian Dior"]),
        ("Für den Sohn: Louis Vuitton Keepall.", "de", ["Louis Vuitton"]),
        # a model written as an initial, a hyphen and a word
        ("Interested in the Lady D-Lite, medium size.", "en", ["D-Lite"]),
        ("Elle regarde le Lady D-Joy en noir.", "fr", ["D-Joy"]),
        # a couple word before the family name with the couple's given names in brackets
        ("Супруги Орловых (Олег и Вера) заходили вчера.", "ru", ["Супруги"]),
        # a place of worship before "de"
        ("O batizado será na Sé de Viseu em maio.", "pt", ["Viseu"]),
        ("La boda es en la Catedral de Toledo.", "es", ["Toledo"]),
        # a number said after an Arabic name
        ("هدية لبنته لينا الخمسطعش، عيد ميلادها.", "ar", ["الخمسطعش"]),
        # a Chinese drink word opening with a surname character
        ("试戴时请给客人准备一杯温水。", "zh", ["温水"]),
        # an initial before a particle surname
        ("Dhr. J. van Dam belde over de ring.", "nl", ["J."]),
    ],
)
@pytest.mark.parametrize("policy", [_IDS, _LEARNED], ids=["rules", "learned"])
def test_s39_words_stay(text: str, language: str, kept: list[str], policy: PrivacyPolicy) -> None:
    stored = _stored(text, language, policy)
    assert all(k in stored for k in kept), stored


def test_an_arabic_house_that_is_a_given_name_is_a_client_without_a_product_noun() -> None:
    text = "سيلين اتصلت تسأل عن الطلب."
    assert not product_line(text, 0, len("سيلين"))
    assert "سيلين" not in _stored(text, "ar")


def test_an_arabic_house_that_is_no_given_name_is_a_house_anywhere() -> None:
    text = "تحب ديور كثير."
    at = text.index("ديور")
    assert product_line(text, at, at + len("ديور"))


def test_a_given_name_of_its_own_after_a_kin_word_is_still_a_name() -> None:
    assert "Louis" not in _stored("Her son Louis wants a watch.", "en")


def test_a_restated_given_name_does_not_take_an_ordinary_word_after_it() -> None:
    stored = _stored("الأستاذة هند، هند سعيدة، جات اليوم.", "ar")
    assert "سعيدة" in stored


def test_a_pause_after_a_place_is_no_familiar_form() -> None:
    assert "Braga" in _stored("Comprou em Braga, eh, Beatriz gostou muito.", "pt")


def test_a_surname_taken_back_needs_surnames_on_both_sides() -> None:
    assert "金" in _stored("金 不对 是 银的，王先生说。", "zh")


@pytest.mark.parametrize(
    "latin, arabic",
    [("Black", "بلاك"), ("Brown", "براون"), ("Smith", "سميث"), ("Johnson", "جونسون"), ("Green", "غرين")],
)
def test_a_latin_spelling_has_the_consonants_of_its_arabic_spelling(latin: str, arabic: str) -> None:
    assert _latin_skeleton(latin) == _arabic_skeleton(arabic)


def test_different_names_have_different_consonants() -> None:
    assert _latin_skeleton("Hublot") != _arabic_skeleton("بلاك")


def test_a_month_with_a_dot_or_a_date_in_brackets_stays() -> None:
    assert "Jan." in _stored("Dhr. Smit (Jan.) belde over de ring.", "nl")


def test_a_house_spelling_that_is_a_given_name_names_a_friend_without_a_product_noun() -> None:
    text = "مرت ومعها صديقتها كلوي، Chloé Durand، وشافت الأساور."
    at = text.index("كلوي")
    assert not product_line(text, at, at + len("كلوي"))
    assert "كلوي" not in _stored(text, "ar")


def test_a_family_name_that_is_a_word_stays_where_no_given_name_stands_before_it() -> None:
    assert "in bianco" in _stored("so mrs bianco called, she wants it in bianco please", "en")
