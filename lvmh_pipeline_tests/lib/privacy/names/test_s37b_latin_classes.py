"""German, English, Spanish and French name classes of session 37 (second pass), in our own phrasings.

Leaks —
- a capitalised kin word opening a sentence, a given name that is a word too, then an English verb
  ("Husband Grant pays");
- a kin word, a comma and the name closed by a bracket ("(gift from her husband, Nacho)");
- the family names after a nickname in brackets ("Guadalupe (Lupita) Quispe Mamani");
- a family word before a surname made of a saint's name ("Famille Saint-Martin");
- hypocoristics and given names missing from the lexicon ("Resi", "Dot", "Margot", "Hugues").

Over-redaction —
- a name rule running past a full stop after a particle-shaped adverb ("Frau Steffi da. Äh, …");
- a title named by its article ("the Sheikha wants …");
- an adjective that is a surname too opening a note before its noun ("Petit mémo, …");
- weekday abbreviations ("deliver Thu latest");
- a given name naming a place after "in" ("en Santiago de Compostela") or a title of the Virgin
  ("Virgen del Pilar");
- a verb opening the sentence before the name ("Llamó Rosario, …").
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.names.detect import find_names
from lvmh_pipeline.lib.privacy.pseudonymize import PrivacyPolicy, pseudonymize
from lvmh_pipeline.lib.privacy.quality import leaked

_IDS = PrivacyPolicy(special_categories=False, non_food_allergies=False, names_learned=False)


def _stored(text: str, language: str) -> str:
    return pseudonymize(text, language=language, policy=_IDS).text


@pytest.mark.parametrize(
    "text, language, names",
    [
        ("Client Tessa Marlow, 52. Husband Grant pays by card.", "en", ["Grant"]),
        ("Son Will turns 18 in May, a first watch.", "en", ["Will"]),
        ("Granny Dot, that's Dorothy Pike, wants pearls for the twins.", "en", ["Dot", "Pike"]),
        ("Busca un bolso (regalo del marido, Nacho) para julio.", "es", ["Nacho"]),
        ("Une montre (cadeau de son mari, Hugues) pour ses cinquante ans.", "fr", ["Hugues"]),
        ("Clienta: Guadalupe (Lupita) Quispe Mamani, de Cusco.", "es", ["Quispe", "Mamani"]),
        ("Famille Saint-Martin (Hugues et Anne), baptême en mai.", "fr", ["Saint-Martin"]),
        ("la famille Saint-Exupéry vient samedi", "fr", ["Saint-Exupéry"]),
        ("Kurz zur Frau Hofer, der Resi, also Theresia Hofer aus Linz.", "de", ["Resi", "Theresia"]),
        ("Sa fille Margaux — enfin Margot, elle l'écrit avec un T.", "fr", ["Margaux", "Margot"]),
    ],
)
def test_s37b_latin_names_leave(text: str, language: str, names: list[str]) -> None:
    stored = _stored(text, language)
    assert not [n for n in names if leaked(n, stored)], stored


@pytest.mark.parametrize(
    "text, language, kept",
    [
        ("Er war mit seiner Frau Steffi da. Äh, die Steffi hat im Mai Geburtstag.", "de", ["da.", "Äh"]),
        ("Her assistant Rana says the Sheikha wants the tiaras brought over.", "en", ["Sheikha"]),
        ("Petit mémo, euh, la cliente du Ritz veut un sac.", "fr", ["Petit"]),
        ("No calls on Fri evening, deliver Thu latest.", "en", ["Thu", "Fri"]),
        ("Bautizo en Santiago de Compostela, medalla de la Virgen del Pilar.", "es", ["Santiago", "Pilar"]),
        ("Llamó Rosario, la asistente del Dr. Salgado, por el pedido.", "es", ["Llamó"]),
        ("Daughter Rose gold bracelet, size S.", "en", ["Rose"]),
    ],
)
def test_s37b_latin_words_stay(text: str, language: str, kept: list[str]) -> None:
    stored = _stored(text, language)
    assert all(k in stored for k in kept), stored


def test_a_title_before_the_adjective_surname_still_names() -> None:
    for text in ("Madame Petit est repassée.", "Petit, 63 ans, collectionneur.", "Herr Klein kommt morgen."):
        assert find_names(text), text


def test_the_particle_still_joins_a_compound_surname() -> None:
    text = "Sr. João da Silva Pereira veio hoje."
    assert [text[s.start : s.end] for s in find_names(text)] == ["João da Silva Pereira"]
