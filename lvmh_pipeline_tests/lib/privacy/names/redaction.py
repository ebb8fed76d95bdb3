"""The names tests' view of the pseudonymizer: names and contacts only, all passes."""

from __future__ import annotations

from lvmh_pipeline.lib.privacy.pseudonymize import PrivacyPolicy, pseudonymize

IDENTIFIERS_ONLY = PrivacyPolicy(special_categories=False, non_food_allergies=False)
# names and contacts by the rules alone, and with the learned name tagger after them
RULES_ONLY = PrivacyPolicy(special_categories=False, non_food_allergies=False, names_learned=False)
WITH_TAGGER = PrivacyPolicy(special_categories=False, non_food_allergies=False, names_learned=True)


def redact(text: str) -> str:
    """The pseudonymizer's output with names and contacts only (all passes, occurrences)."""
    return pseudonymize(text, policy=IDENTIFIERS_ONLY).text


def stored(text: str, language: str, policy: PrivacyPolicy = RULES_ONLY) -> str:
    """What the notes table would store of ``text`` (a note in ``language``) under ``policy``."""
    return pseudonymize(text, language=language, policy=policy).text


def names_gone(text: str, language: str, names: list[str]) -> None:
    """Assert that none of ``names`` is left in ``text`` by the rules alone nor with the tagger."""
    from lvmh_pipeline.lib.privacy.quality import leaked

    for policy in (RULES_ONLY, WITH_TAGGER):
        out = stored(text, language, policy)
        assert not [n for n in names if leaked(n, out)], out


def words_kept(text: str, language: str, words: list[str], names: list[str] = ()) -> None:
    """Assert that ``words`` stay readable and ``names`` go, by the rules alone and with the tagger."""
    from lvmh_pipeline.lib.privacy.quality import leaked

    for policy in (RULES_ONLY, WITH_TAGGER):
        out = stored(text, language, policy)
        assert all(w in out for w in words), out
        assert not [n for n in names if leaked(n, out)], out
