"""A same-sex union ("unione civile", "eingetragene Partnerschaft", "同性パートナーシップ宣誓") is
special-category data (ORIENTATION) and leaves the text, while the ceremony stays the profile's
``wedding`` occasion, with its month, like the ``birth`` of a pregnancy does (``sensitive._PROTECTED_CONCEPTS``)."""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.concepts.extraction import extract
from lvmh_pipeline.lib.concepts.hits import protected_hits
from lvmh_pipeline.lib.privacy.pseudonymize import protected_to_json, pseudonymize


def _occasions(text: str, language: str) -> tuple[str, set[tuple[str, int | None]]]:
    """The stored text and its (occasion, month) pairs, as the pipeline reads them (the protected
    concepts go through their JSON cell, like ``notes.protected_concepts``)."""
    result = pseudonymize(text, language=language)
    protected = protected_hits(result.text, protected_to_json(result.protected))
    hits = extract(result.text, language, "2026-03-02", protected=protected) + protected
    return result.text, {(h.concept, h.month) for h in hits if h.category == "occasion" and not h.negated}


@pytest.mark.parametrize(("text", "language", "words", "month"), [
    ("Lui e il suo compagno: unione civile a settembre, fedi in oro giallo.", "IT", "unione civile", 9),
    ("Eingetragene Partnerschaft im Mai, zwei Ringe in Gelbgold gesucht.", "DE", "Partnerschaft", 5),
    ("来月6月に同性パートナーシップ宣誓の予定、ペアリングをご希望。", "JA", "パートナーシップ", 6),
])
def test_a_same_sex_union_leaves_the_text_and_stays_a_wedding(text, language, words, month):
    stored, occasions = _occasions(text, language)
    assert words not in stored and "[ORIENTATION]" in stored, stored
    assert ("wedding", month) in occasions, occasions


def test_an_occasion_inside_another_redacted_fact_is_still_not_kept():
    stored, occasions = _occasions("Observes Ramadan strictly, appointments after iftar.", "EN")
    assert "Ramadan" not in stored
    assert not any(c == "eid" for c, _ in occasions), occasions


@pytest.mark.parametrize(("text", "language"), [
    ("Per il loro anniversario di unione civile a luglio cercano due Tank.", "IT"),
    ("Primo anniversario dell'unione civile a luglio: regalo per il compagno.", "IT"),
])
def test_the_anniversary_of_a_union_is_no_wedding_to_come(text, language):
    stored, occasions = _occasions(text, language)
    assert "[ORIENTATION]" in stored, stored
    assert not any(c == "wedding" for c, _ in occasions), occasions
