"""Name classes that still leaked (or took a word with them) on the first held-out set, found
by kind only: Arabic theophoric given names written in two words ("عبد العزيز"), a nunated noun
after a name ("خاتماً"), a given name that is a word before ", her niece", "her son Will",
the given name after "Mr Hale's wife", a short romanised given name after "Family, " at a
line's head ("Chen, Yu —"), a Dutch surname with its particle in a lower-case transcription,
and a Korean kin word with its honorific before a bracketed name ("남편분(…)"), which is no
name. Each class has names that must go and ordinary words that must stay. The cases are
written for these tests."""

from __future__ import annotations

import pytest

from lvmh_pipeline_tests.lib.privacy.names.redaction import redact


# --- Arabic: عبد + a divine name is one given name ----------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("عبد الحميد طلب ساعة رياضية.", "[NAME] طلب ساعة رياضية."),
        ("حضر ابنها عبد الكريم واختار قلماً.", "حضر ابنها [NAME] واختار قلماً."),
        ("تواصلنا مع عبد الرزاق الشامسي بخصوص الطلب.", "تواصلنا مع [NAME] بخصوص الطلب."),
        ("وعبد الوهاب يفضل اللون الأسود.", "و[NAME] يفضل اللون الأسود."),
        ("حجز أبو عبد الرحيم موعداً للأحد.", "حجز أبو [NAME] موعداً للأحد."),
    ],
)
def test_a_theophoric_given_name_in_two_words_goes(text, expected):
    assert redact(text) == expected


def test_abd_before_an_ordinary_word_stays():
    text = "عبد حسب الطلب، التسليم الأحد."
    assert redact(text) == text


# --- Arabic: a nunated word after a name is a noun, no family name -------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أهدت لأمها هدى سواراً.", "أهدت لأمها [NAME] سواراً."),
        ("اختار لابنه سالم قلماً.", "اختار لابنه [NAME] قلماً."),
    ],
)
def test_a_nunated_noun_after_a_name_stays(text, expected):
    assert redact(text) == expected


# --- English: given names that are words, after kin words and before ", her <kin>" --------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Picked a pendant for Ivy, her goddaughter.", "Picked a pendant for [NAME], her goddaughter."),
        ("Came in with Hope, his sister, to choose a belt.", "Came in with [NAME], his sister, to choose a belt."),
        ("Their son Bill starts university in October.", "Their son [NAME] starts university in October."),
        ("Mrs Pryce's husband Ambrose prefers steel.", "Mrs [NAME]'s husband [NAME] prefers steel."),
        ("A scarf for her daughter's fiancé Leopold.", "A scarf for her daughter's fiancé [NAME]."),
    ],
)
def test_a_given_name_beside_a_kin_word_goes(text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Gift ideas for Milan, her son's new city.",
        "Later, her son called about the strap.",
        "Friday, her daughter will collect it.",
        "Avec son Birkin noir, elle hésite.",
        "The client's daughter Harvard-bound, wants a briefcase.",
    ],
)
def test_ordinary_words_beside_kin_words_stay(text):
    assert redact(text) == text


# --- A short romanised given name after the family name at a line's head -------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zhou, Bo — 下午来店试戴手镯。", "[NAME], [NAME] — 下午来店试戴手镯。"),
        ("Huang, Yi，想看男士钱包。", "[NAME], [NAME]，想看男士钱包。"),
    ],
)
def test_a_short_given_name_after_the_family_name_goes(text, expected):
    assert redact(text) == expected


def test_a_short_word_after_a_comma_inside_a_sentence_stays():
    text = "Bought the tote in Paris, EU size — happy."
    assert redact(text) == text


# --- Dutch: a particle surname in a lower-case transcription --------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("meneer de jong belde terug over de riem.", "meneer [NAME] belde terug over de riem."),
        ("Gesprek met mevrouw de vries, zij wil een sjaal.", "Gesprek met mevrouw [NAME], zij wil een sjaal."),
    ],
)
def test_a_lower_case_particle_surname_after_a_title_goes(text, expected):
    assert redact(text) == expected


def test_a_title_before_a_lower_case_phrase_stays():
    text = "mevrouw de winkel was druk vandaag."
    assert redact(text) == text


# --- Korean: a kin word with its honorific is no name ----------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("남편분(제임스) 생일 선물 상담.", "남편분([NAME]) 생일 선물 상담."),
        ("아내분 (소피아) 향수 문의.", "아내분 ([NAME]) 향수 문의."),
        ("남편분, 61세, 시계 수집가.", "남편분, 61세, 시계 수집가."),
    ],
)
def test_a_kin_word_with_its_honorific_stays(text, expected):
    assert redact(text) == expected


# --- Names listed after a kin word in the plural -------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three grandkids: Rafferty, Elodie and Ned.", "Three grandkids: [NAME], [NAME] and [NAME]."),
        ("Her nieces (Saskia, 12 and Bryony, 9) chose the charms.", "Her nieces ([NAME], 12 and [NAME], 9) chose the charms."),
        ("Nietas: Ximena y Renata pasan el verano aquí.", "Nietas: [NAME] y [NAME] pasan el verano aquí."),
        ("Kinderen Daan (7) en Fleur (4) kozen een knuffel.", "Kinderen [NAME] (7) en [NAME] (4) kozen een knuffel."),
    ],
)
def test_names_listed_after_a_plural_kin_word_go(text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kids: Pokémon and Minecraft mad.",
        "Children: Twins, born in 2015.",
        "Grandkids - Geneva and Zurich based.",
        "Enkelkinder: Schwimmen und Reiten am Wochenende.",
        "Nephews, Omega fans, want a Speedmaster.",
    ],
)
def test_words_after_a_plural_kin_word_stay(text):
    assert redact(text) == text


# --- Arabic: an unknown family name opening a note before a noun that describes her ---------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("الخضيري سيدة أعمال تسافر كثيراً.", "[NAME] سيدة أعمال تسافر كثيراً."),
        ("بوقرين رجل هادئ يحب الجلد البني.", "[NAME] رجل هادئ يحب الجلد البني."),
    ],
)
def test_a_family_name_before_a_person_noun_goes(text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize("text", ["المندوب رجل متعاون جداً.", "الساعة سيدة المجموعة هذا العام."])
def test_a_role_or_thing_before_a_person_noun_stays(text):
    assert redact(text) == text


# --- English: an adjective between the possessive and the kin word; a kin word opening a sentence

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Her youngest son Lachlan is off to Edinburgh.", "Her youngest son [NAME] is off to Edinburgh."),
        ("Best friend Marisa is getting married in May.", "Best friend [NAME] is getting married in May."),
        ("Cousin Imogen chose the navy one.", "Cousin [NAME] chose the navy one."),
        ("Son Ji-hoon collected the order.", "[NAME] [NAME] collected the order."),  # Son is his family name
    ],
)
def test_a_name_after_an_adjective_and_a_kin_word_goes(text, expected):
    assert redact(text) == expected
