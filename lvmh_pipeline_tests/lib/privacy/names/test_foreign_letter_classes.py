"""A surname spelled with letters that German, English and the Romance languages do not use
(Slavic, Baltic, Hungarian, Turkish, Romanian, Nordic: č ć š ž đ ł ő ğ ş ı ș ø å …) continues a
name in a German note too, where a capitalised word after a name is usually a noun: "Gespräch mit
Dragan Kovačević" left the surname readable. Such a word is no German noun. Ordinary words with
those letters that the vocabulary knows, and German nouns after a name, stay. Cases are written
for these tests."""

from __future__ import annotations

import pytest

from lvmh_pipeline_tests.lib.privacy.names.redaction import redact


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("Gespräch mit Dragan Kovačević, sucht eine Uhr.", "Kovačević"),
        ("Frau Ayşe Yılmaz kam mit ihrer Tochter.", "Yılmaz"),
        ("Termin mit Piotr Wałęsa wegen Manschettenknöpfen.", "Wałęsa"),
        ("Herr Jørgensen Skovgård möchte ein Etui.", "Skovgård"),
        ("Besuch von Zsófia Kőrösi, Budget 5K.", "Kőrösi"),
        ("Met Dragan Kovačević and his wife for the anniversary.", "Kovačević"),
        ("Kundin Ioana Popescu-Țurcanu, sehr freundlich.", "Țurcanu"),
    ],
)
def test_a_surname_with_foreign_letters_continues_the_name(text, surname):
    assert surname not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "Frau [NAME] Geschenk für den Mann.",
        "Herr Keller, Uhrenarmband in Schwarz.",
        "Kundin mag Smørrebrød und Købenshavn-Reisen.",
    ],
)
def test_german_nouns_after_a_name_stay(text):
    kept = [w for w in ("Geschenk", "Uhrenarmband", "Smørrebrød") if w in text]
    assert all(w in redact(text) for w in kept)
