"""Session 42: phone numbers said in words that the w47 round's contact leaks point at (their
shapes only: the notes are unread) — hundreds in Portuguese, Spanish and Italian, Arabic tens,
Japanese figures or Han digits with の / ・ between the groups, the hiragana long vowel
(ごお), and the everyday words for calling someone (gsm, bel, bereikbaar, call, zap)."""

import pytest

from lvmh_pipeline.lib.privacy.spoken.dense import find_dense_phones
from lvmh_pipeline.lib.privacy.spoken.phones import find_spoken_phones


def _said(text: str) -> list[str]:
    return [text[s.start:s.end] for s in find_spoken_phones(text)]


@pytest.mark.parametrize("text, number", [
    ("celular: onze, noventa e oito, setecentos e vinte e três, quarenta e cinco, dezoito, ok",
     "onze, noventa e oito, setecentos e vinte e três, quarenta e cinco, dezoito"),
    ("móvil: seiscientos doce, trescientos cuarenta y cinco, seiscientos setenta y ocho",
     "seiscientos doce, trescientos cuarenta y cinco, seiscientos setenta y ocho"),
    ("gsm nul zes, twaalf, vierendertig, zesenvijftig, achtenzeventig, graag voor vrijdag",
     "nul zes, twaalf, vierendertig, zesenvijftig, achtenzeventig"),
    ("ze is bereikbaar op nul zes twaalf vierendertig zesenvijftig achtenzeventig",
     "nul zes twaalf vierendertig zesenvijftig achtenzeventig"),
    ("call her on oh seven seven double nine, one two three", "oh seven seven double nine, one two three"),
    ("zap dela nove nove oito sete seis cinco quatro três", "nove nove oito sete seis cinco quatro três"),
])
def test_numbers_said_with_hundreds_or_after_a_calling_word(text, number):
    assert _said(text) == [number]


@pytest.mark.parametrize("text", [
    "orçamento de setecentos e cinquenta mil reais, ligar depois",
    "budget twee tot drie duizend, bellen in december",
    "presupuesto de seiscientos a novecientos euros, llamar el lunes",
])
def test_amounts_in_words_stay(text):
    assert _said(text) == []


@pytest.mark.parametrize("text, number", [
    ("電話〇三・一二三四・五六七八まで", "〇三・一二三四・五六七八"),
    ("090の1234の5678に電話", "090の1234の5678"),
    ("連絡は○三一二三四五六七八まで", "○三一二三四五六七八"),
    ("ケータイ、ぜろきゅうぜろ、いちにいさんよん、ごおろくななはち", "ぜろきゅうぜろ、いちにいさんよん、ごおろくななはち"),
])
def test_japanese_groups_with_no_or_nakaguro_and_long_vowels(text, number):
    assert [text[s.start:s.end] for s in find_dense_phones(text)] == [number]


@pytest.mark.parametrize("text", ["3丁目の5の2に住む", "2026年の12月の7日", "10の20の30のバッグ", "法人ギフト（○○証券）、○○○○円"])
def test_short_groups_with_no_stay(text):
    assert find_dense_phones(text) == []


@pytest.mark.parametrize("text, address", [
    ("entregar na rua Augusta, mil e duzentos, apê quarenta e um, até sexta", "rua Augusta, mil e duzentos"),
    ("mora na Rua Oscar Freire, dois mil e dez, Jardins", "Rua Oscar Freire, dois mil e dez"),
    ("vive en calle Mayor, mil doscientos treinta y cuatro, Madrid", "calle Mayor, mil doscientos treinta y cuatro"),
    ("bezorgen op de Keizersgracht vierhonderdtwaalf, Amsterdam", "Keizersgracht vierhonderdtwaalf"),
    ("Lieferung Königsallee zweihundertzwölf, Düsseldorf", "Königsallee zweihundertzwölf"),
])
def test_house_numbers_said_with_thousands_or_hundreds_in_one_word(text, address):
    from lvmh_pipeline.lib.privacy.addresses.said import find_said_addresses

    assert [text[s.start:s.end] for s in find_said_addresses(text)] == [address]


@pytest.mark.parametrize("text", ["calle Mayor dos mil euros de presupuesto", "na rua Augusta mil vezes melhor",
                                  "ze wil er tweehonderd uitgeven"])
def test_a_thousand_at_the_end_is_an_amount(text):
    from lvmh_pipeline.lib.privacy.addresses.said import find_said_addresses

    assert find_said_addresses(text) == []
