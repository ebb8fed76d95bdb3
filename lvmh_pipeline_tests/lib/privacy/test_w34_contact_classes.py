"""Contact classes behind the w34 leaks, in our own phrasings.

- A phone after a contact or phone word in Arabic, Russian, Dutch, Portuguese and the words for
  "contact" ("جواله ٥٥١٢٣٤٥٦", "тел. 3344 5566", "contato 9876 5432"), also when an e-mail
  stands between the word and the number ("تواصل: a@b.com / ٣٣٤٤ ٥٥٦٦", "Kontakt: … oder …").
- A Dutch street whose street word comes first, before a preposition ("Laan van Meerdervoort 55",
  "Weg naar Rhoon 3").
- An e-mail spelt out with the sign's name in the note's language ("apenstaartje", "Klammeraffe",
  "arobase", "arroba", "chiocciola", "собака") and "ponto", "точка" for the dot.

Amounts, order numbers and a network's name before a handle ("via Instagram @…") stay.
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.pseudonymize import PrivacyPolicy, pseudonymize

_IDS = PrivacyPolicy(special_categories=False, non_food_allergies=False)


def _stored(text: str, language: str) -> str:
    return pseudonymize(text, language=language, policy=_IDS).text


@pytest.mark.parametrize(
    "text, language, contact",
    [
        ("جواله ٥٥١٢٣٤٥٦ بعد العصر", "ar", "٥٥١٢٣٤٥٦"),
        ("هاتفها: ٦٦٧٧ ٨٨٩٩", "ar", "٦٦٧٧ ٨٨٩٩"),
        ("تواصل: mona.k@gmail.com / ٣٣٤٤ ٥٥٦٦", "ar", "٥٥٦٦"),
        ("Kontakt: a.berger@web.de oder 3344 5566", "de", "3344 5566"),
        ("тел. 3344 5566, после шести", "ru", "3344 5566"),
        ("contato 9876 5432 (WhatsApp)", "pt", "9876 5432"),
        ("mail j.devries apenstaartje gmail punt com", "nl", "devries"),
        ("Mail: anna.k Klammeraffe web punkt de", "de", "anna.k"),
        ("écrire à claire.r arobase orange point fr", "fr", "claire.r"),
        ("correo lucia arroba gmail punto com", "es", "lucia"),
        ("mail giulia chiocciola libero punto it", "it", "giulia"),
        ("email ana arroba gmail ponto com", "pt", "ana arroba"),
        ("почта olga собака mail точка ru", "ru", "olga"),
        ("woont aan de Laan van Meerdervoort 55 in Den Haag", "nl", "Meerdervoort 55"),
        ("bezorgen: Weg naar Rhoon 3, Poortugaal", "nl", "Rhoon 3"),
    ],
)
def test_contacts_redacted(text: str, language: str, contact: str) -> None:
    assert contact not in _stored(text, language)


@pytest.mark.parametrize(
    "text, language, kept",
    [
        ("Bestellnummer: 12345678", "de", "12345678"),
        ("الميزانية ٨٠٠٠٠٠ ريال", "ar", "٨٠٠٠٠٠"),
        ("contact: budget 250000", "en", "250000"),
        ("meet at home dot com", "en", "home dot com"),
        ("DM via Instagram @elif.k.style, asks about the bag", "en", "Instagram"),
        ("De Laan van de Vrijheid is 3 km lang.", "nl", "Laan van de Vrijheid"),
    ],
)
def test_numbers_and_words_stay(text: str, language: str, kept: str) -> None:
    assert kept in _stored(text, language)
