"""Occasion classes of session 36, in our own phrasings: an abbreviated month that is also a word read after a
preposition of time and a dot ("in Jan.", "em out.", "en ago."); a holiday naming a shop window ("the Christmas
window", "la vetrina di Pasqua"; a holiday collection stays the holiday's) or only placing another occasion of its
sentence in time ("two weeks before Christmas"); the Russian doctor's title "д-р", which folds like the birthday's "д. р."; a wedding word
after a shortened anniversary word ("aniv. de boda"); a month that opens the sentence with the age said after it,
before the occasion's clause ("в мае семьдесят, юбилей"); and what must stay as it was."""

from __future__ import annotations

import pytest

from lvmh_pipeline_tests.lib.concepts.occasion_checks import occasion_labels as _labels, occasion_pairs as _occasions


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("EN", "Gift for her deputy, promotion to partner in Jan.", ("promotion", 1)),
    ("PT", "Presente p/ filha, formatura em out.", ("graduation", 10)),
    ("ES", "Regalo p/ hermano, boda en ago.", ("wedding", 8)),
])
def test_a_wordlike_abbreviated_month_after_a_preposition(language, text, expected):
    assert expected in _occasions(text, language), text


def test_a_name_after_with_is_no_month():
    assert ("birthday", 1) not in _occasions("Dinner with Jan. Birthday gift for his wife.", "EN")


@pytest.mark.parametrize(("language", "text", "holiday"), [
    ("EN", "She loved the Christmas window, gift for her sister's birthday.", "christmas"),
    ("FR", "Elle a admiré la vitrine de Noël, rien acheté.", "christmas"),
    ("IT", "Ha guardato la vetrina di Pasqua, nessun acquisto.", "easter"),
    ("ES", "Le gustó el escaparate de Navidad.", "christmas"),
])
def test_a_holiday_naming_a_shop_window(language, text, holiday):
    assert holiday not in _labels(text, language), text


def test_a_holiday_collection_stays_the_holidays():
    assert "easter" in _labels("Easter collection eggs for the grandchildren.", "EN")


@pytest.mark.parametrize(("language", "text", "holiday"), [
    ("EN", "Her birthday is two weeks before Christmas, she wants earrings.", "christmas"),
    ("FR", "Il fête ses 60 ans trois jours avant Noël.", "christmas"),
    ("DE", "Geburtstag der Tochter zwei Wochen vor Weihnachten.", "christmas"),
])
def test_a_holiday_that_only_dates_another_occasion(language, text, holiday):
    labels = _labels(text, language)
    assert "birthday" in labels and holiday not in labels, text


@pytest.mark.parametrize(("language", "text"), [
    ("EN", "Christmas gift for his wife from the new collection."),
    ("EN", "Christmas gift for his wife, deliver two weeks before Christmas."),
])
def test_a_holiday_that_is_the_occasion_stays(language, text):
    assert "christmas" in _labels(text, language), text


def test_the_russian_doctor_title_is_no_birthday():
    assert "birthday" not in _labels("Клиент — д-р мед. наук, подарок жене на годовщину свадьбы.", "RU")
    assert ("birthday", 5) in _occasions("ДР жены в мае, ищет серьги.", "RU")


@pytest.mark.parametrize(("language", "text"), [
    ("ES", "Aniv. de boda en mayo, busca pulsera."),
    ("PT", "Aniv. casamento em maio, procura relógio."),
])
def test_a_shortened_anniversary_word_before_the_wedding(language, text):
    assert ("wedding_anniversary", 5) in _occasions(text, language), text


def test_a_wedding_alone_stays_a_wedding():
    assert _labels("La boda de su hija en mayo.", "ES") == {"wedding"}


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("RU", "Маме в мае семьдесят, юбилей.", ("birthday", 5)),
    ("RU", "Отцу в марте восемьдесят, юбилей в ресторане.", ("birthday", 3)),
])
def test_a_month_and_an_age_before_the_occasion(language, text, expected):
    assert expected in _occasions(text, language), text
