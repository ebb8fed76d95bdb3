"""Ordinary words opening a sentence or following a cue where a name would stand (issue 9,
"notes in the wild"): Russian nouns in the accusative, verbs, diet and health terms, products
written in Cyrillic; Arabic words before a post-title that is a word too ("بك"), a city named
like a parent ("أبو ظبي"), a note's own terms before an age or after a kin word. Each guard has
names in the same position that must still go. Cases are written for these tests."""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.names.guard import COMMON, classify
from lvmh_pipeline.lib.privacy.names.word_forms import russian_sentence_word
from lvmh_pipeline_tests.lib.privacy.names.redaction import redact


@pytest.mark.parametrize(
    "text",
    [
        "Свинину не употребляет.",
        "Говядину не ест, курицу можно.",
        "Баранину не ест. Курицу ест.",
        "Диабет, колет инсулин.",
        "Колет инсулин утром и вечером.",
        "Капуцины понравились, отложили.",
        "Купила Неверфул и Капуцины.",
        "Апельсины не ест.",
        "Витамины принимает каждый день.",
        "Корзину подарков собрать к пятнице.",
        "Аллергия на орехи. Колет инсулин.",
        "Покупает часто. Приходит с мужем.",
    ],
)
def test_russian_words_opening_a_sentence_stay(text):
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Смирнова пришла за сумкой.", "[NAME] пришла за сумкой."),
        ("Орлов, 69 лет, ищет часы.", "[NAME], 69 лет, ищет часы."),
        ("Петрова Анна купила шарф.", "[NAME] купила шарф."),
        ("Кузнецова Мария, 45 лет.", "[NAME], 45 лет."),
        ("Орехова пришла за подарком.", "[NAME] пришла за подарком."),
        ("Свинину не ест. Смирнова пришла с мужем.", "Свинину не ест. [NAME] пришла с мужем."),
        ("Зовут Колей, приходит с женой.", "Зовут [NAME], приходит с женой."),
        ("С Колей и Машей.", "С [NAME] и [NAME]."),
        ("Пришла с дочерью Анной.", "Пришла с дочерью [NAME]."),
    ],
)
def test_russian_names_in_the_same_positions_go(text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize("word", ["Свинину", "Колет", "Употребляет", "Телятину", "Корзину"])
def test_russian_sentence_word_by_ending(word):
    assert russian_sentence_word(word)


@pytest.mark.parametrize("word", ["Смирнова", "Орлов", "Анна", "Иван", "Мария"])
def test_known_russian_names_are_no_sentence_words(word):
    assert not russian_sentence_word(word)


@pytest.mark.parametrize("word", ["Диабет", "Инсулин", "Свинину", "Капуцины", "Неверфул", "Спиди"])
def test_taxonomy_terms_and_products_are_common(word):
    assert classify(word) == COMMON


@pytest.mark.parametrize(
    "text",
    [
        "نرحب بك دائما في المتجر.",
        "سنتصل بك غدا بخصوص الطلب.",
        "فستان جان بول غوتييه.",
        "سافرت إلى أبو ظبي، وتعود الأسبوع القادم.",
        "تسكن في أبو ظبي.",
        "دبي، 40 سنة على افتتاح الفرع.",
        "حلال، لا تأكل لحم الخنزير.",
        "بنتها عروس، الزفاف في يونيو.",
    ],
)
def test_arabic_words_in_name_positions_stay(text):
    assert "[NAME]" not in redact(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أحمد بيك زارنا اليوم.", "[NAME] بيك زارنا اليوم."),
        ("نادية هانم تحب العطور.", "[NAME] هانم تحب العطور."),
        ("أم سلطان، عميلة قديمة.", "أم [NAME]، عميلة قديمة."),
        ("بنتها شيخة، عمرها 20 سنة.", "بنتها [NAME]، عمرها 20 سنة."),
        ("الخطيب، ٥٠ سنة، يبحث عن ساعة.", "[NAME]، ٥٠ سنة، يبحث عن ساعة."),
    ],
)
def test_arabic_names_in_the_same_positions_go(text, expected):
    assert redact(text) == expected
