"""The names tests' view of the pseudonymizer: names and contacts only, all passes."""

from __future__ import annotations

from lvmh_pipeline.lib.privacy.pseudonymize import PrivacyPolicy, pseudonymize

IDENTIFIERS_ONLY = PrivacyPolicy(special_categories=False, non_food_allergies=False)


def redact(text: str) -> str:
    """The pseudonymizer's output with names and contacts only (all passes, occurrences)."""
    return pseudonymize(text, policy=IDENTIFIERS_ONLY).text
