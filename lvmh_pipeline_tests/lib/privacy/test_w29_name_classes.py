"""Name and address classes behind the w29 leaks, in our own phrasings.

Latin: a spoken correction after a name with a bare "no" / "not" or another apology ("Frau Becker
– nein, Beckmann", "M. Lebrunet, pas Lebrun", "não, desculpe, …"), to a name lengthened, cut or
grown in front ("Pinto … Pintinho", "Costa … Acosta"); a capitalised word before its kin in
brackets ("Gurleen (daughter)"); a capitalised word between commas after a kin, assistant or
driver word ("la sua assistente, Nicla, …").

CJK and Hangul: a Korean two-syllable surname written apart before a name found ("제갈 하린님"),
two or three kanji opening a clause before 夫妻 / ご夫妻, known as a surname or not.

Addresses: a German street in "-ring" before a postcode ("Kaiserring 12, 68161 Mannheim"), not a
ring size; an Arabic named building before a numbered part ("برج النخيل، الطابق 12، دبي").
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.addresses import find_addresses
from lvmh_pipeline.lib.privacy.pseudonymize import PrivacyPolicy, pseudonymize
from lvmh_pipeline.lib.privacy.quality import leaked

_IDS = PrivacyPolicy(special_categories=False, non_food_allergies=False)


def _stored(text: str, language: str) -> str:
    return pseudonymize(text, language=language, policy=_IDS).text


@pytest.mark.parametrize(
    "text, language, names",
    [
        # a spoken correction with a bare "no" or "not", or "desculpe"
        ("Frau Becker – nein, Beckmann – holt die Tasche ab.", "de", ["Becker", "Beckmann"]),
        ("Mme Roux, non, Rouxel, a rappelé ce matin.", "fr", ["Roux", "Rouxel"]),
        ("O Sr. Pinto — não, desculpe, Pintinho — vem sábado.", "pt", ["Pinto", "Pintinho"]),
        ("la signora Costa, no scusa, Acosta, ha chiamato", "it", ["Costa", "Acosta"]),
        # a capitalised word before its kin in brackets
        ("Will bring Gurleen (daughter) next time.", "en", ["Gurleen"]),
        ("Il part demain. Taslima (sa nièce) passera.", "fr", ["Taslima"]),
        ("Vem com Jaciara (a neta, 9) na sexta.", "pt", ["Jaciara"]),
        # a capitalised word between commas after a kin, assistant or driver word
        ("La sua assistente, Nicla, chiama domani.", "it", ["Nicla"]),
        ("Il suo autista, Nilo, aspetta fuori.", "it", ["Nilo"]),
        ("My nephew, Tadhgin, turns 18 in May.", "en", ["Tadhgin"]),
        # a Korean two-syllable surname written apart before a name found
        ("제갈 하린님이 방문하셨어요.", "ko", ["제갈", "하린"]),
        ("남궁 서윤 고객님이 방문.", "ko", ["남궁", "서윤"]),
        # two or three kanji opening a clause before a couple word
        ("本日、村井ご夫妻が来店。", "ja", ["村井"]),
        ("杉野夫妻、結婚記念日のギフト。", "ja", ["杉野"]),
    ],
)
def test_names_leave(text, language, names):
    stored = _stored(text, language)
    assert not [n for n in names if leaked(n, stored)], stored


@pytest.mark.parametrize(
    "text, language, word",
    [
        ("Mr Hart, sorry, Harbour view is booked.", "en", "Harbour"),
        ("Bought it in Milan (daughter lives there).", "en", "Milan"),
        ("Her son, Paris, then London next week.", "en", "Paris"),
        ("Un regalo per la Pasqua (figlia) e basta.", "it", "Pasqua"),
        ("新婚夫妻へのギフトを探している。", "ja", "新婚"),
        ("作家の方へのプレゼント。", "ja", "作家"),
    ],
)
def test_words_stay(text, language, word):
    assert word in _stored(text, language)


@pytest.mark.parametrize(
    "text, address",
    [
        ("Lieferung: Kaiserring 12, 68161 Mannheim.", "Kaiserring 12, 68161 Mannheim"),
        ("Adresse: Theodor-Heuss-Ring 5, 50668 Köln", "Theodor-Heuss-Ring 5, 50668 Köln"),
        ("العنوان: برج النخيل، الطابق 12، دبي.", "برج النخيل، الطابق 12، دبي"),
    ],
)
def test_addresses_found(text, address):
    assert address in [text[s.start : s.end] for s in find_addresses(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Er trägt einen Ehering 18 Karat.",
        "Verlobungsring 54, passt gut.",
        "برج العرب جميل، الطابق 3 مغلق",
    ],
)
def test_no_address(text):
    assert not find_addresses(text)


def test_article_before_a_corrected_name_stays():
    stored = _stored("Herr Weber – nicht der Weber vom Empfang! – kauft Manschettenknöpfe.", "de")
    assert "nicht der" in stored and not leaked("Weber", stored)


@pytest.mark.parametrize(
    "text, language, city",
    [
        # a city after "da" / "di" says where the client is from: no part of the surname
        ("Sig. Ferrandi da Torino, cliente storico.", "it", "Torino"),
        ("Sig.ra Rota di Bergamo chiama domani.", "it", "Bergamo"),
        ("Sig. Ferrandi da Verona, seconda visita.", "it", "Verona"),
    ],
)
def test_city_after_a_from_particle_stays(text, language, city):
    stored = _stored(text, language)
    assert city in stored and "Ferrandi" not in stored and "Rota" not in stored
