"""German product compounds right after a name in a telegraphic note ("Herr Keller
Uhrenarmband in Schwarz") are nouns, not a second name: their head (Armband, Gürtel, Brille,
Mantel …) says so. Heads short enough to end real surnames ("-band" in Rosenband, "-schal" in
Marschal) are not used, so those surnames still go. Cases are written for these tests."""

from __future__ import annotations

import pytest

from lvmh_pipeline_tests.lib.privacy.names.redaction import redact


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Herr Keller Uhrenarmband in Schwarz.", "Uhrenarmband"),
        ("Herr Vogel Ledergürtel braun, Größe 95.", "Ledergürtel"),
        ("Frau Lindemann Sonnenbrille anprobiert.", "Sonnenbrille"),
        ("Frau Brandt Wollmantel reserviert.", "Wollmantel"),
    ],
)
def test_a_product_compound_after_a_name_stays(text, noun):
    redacted = redact(text)
    assert noun in redacted and "[NAME]" in redacted


@pytest.mark.parametrize(("text", "surname"), [("Frau Rosenband war da.", "Rosenband"), ("Herr Marschal kommt.", "Marschal")])
def test_surnames_ending_like_a_short_noun_still_go(text, surname):
    assert surname not in redact(text)
