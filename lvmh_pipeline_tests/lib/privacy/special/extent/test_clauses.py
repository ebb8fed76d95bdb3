"""The opt-in ``strict-clauses`` policy: an Art. 9 fact's whole clause goes (own phrasings)."""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.policy import DEFAULT_POLICY, policy_from_env
from lvmh_pipeline.lib.privacy.pseudonymize import find_sensitive, pseudonymize
from lvmh_pipeline.lib.privacy.spans import PiiSpan
from lvmh_pipeline.lib.privacy.special.extent.clauses import clause_spans

CLAUSES = policy_from_env("strict-clauses")


def test_a_span_takes_its_clause_between_punctuation():
    text = "Came in today. Il fait aussi une dépression depuis l'hiver, rester discret."
    start = text.index("dépression")
    assert clause_spans(text, [PiiSpan(start, start + 10, "HEALTH")]) == [
        PiiSpan(text.index("Il"), text.index(", rester"), "HEALTH")]


def test_numbers_with_a_separator_do_not_cut_a_clause():
    text = "Budget 2,500 EUR and diabetic since 2019."
    start = text.index("diabetic")
    (span,) = clause_spans(text, [PiiSpan(start, start + 8, "HEALTH")])
    assert text[span.start : span.end] == "Budget 2,500 EUR and diabetic since 2019"


def test_two_facts_of_one_clause_make_one_span():
    text = "Il est catholique et diabétique, budget 3k."
    a, b = text.index("catholique"), text.index("diabétique")
    assert clause_spans(text, [PiiSpan(a, a + 10, "RELIGION"), PiiSpan(b, b + 10, "HEALTH")]) == [
        PiiSpan(0, text.index(", budget"), "RELIGION")]


@pytest.mark.parametrize(("text", "language", "stored"), [
    ("Il fait aussi une dépression depuis l'hiver, rester discret.", "FR", "[HEALTH], rester discret."),
    ("她母亲正在做化疗，想要柔软的帽子。", "ZH", "[HEALTH]，想要柔软的帽子。"),
    ("Er kandidiert jetzt für die SPD im Landtag; Uhr als Geschenk.", "DE", "[POLITICS]; Uhr als Geschenk."),
])
def test_the_policy_redacts_the_clause(text, language, stored):
    assert pseudonymize(text, language=language, policy=CLAUSES).text == stored


def test_the_default_policy_keeps_the_rest_of_the_clause():
    # the lexicon's extent; the learned tagger, which runs after it, reads words of its own
    # (here "hiver", a time after a condition, is one of its false positives)
    lexicon_only = policy_from_env("strict-lexicon")
    stored = pseudonymize("Il fait aussi une dépression depuis l'hiver, rester discret.", language="FR", policy=lexicon_only).text
    assert stored.endswith("depuis l'hiver, rester discret.") and "[HEALTH]" in stored
    assert not DEFAULT_POLICY.art9_clauses


def test_a_diet_inside_the_clause_stays_a_protected_concept():
    result = pseudonymize("Diabétique, pas de sucre au dîner.", language="FR", policy=CLAUSES)
    assert "diabetic" in {p.concept for p in result.protected}


def test_stored_text_under_the_policy_is_a_fixpoint():
    stored = pseudonymize("Sie ist gläubige Muslimin und fastet im Ramadan, Geschenk zu Eid.", language="DE",
                          policy=CLAUSES).text
    assert find_sensitive(stored, "DE", CLAUSES) == []
