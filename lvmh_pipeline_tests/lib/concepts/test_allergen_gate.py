"""The gate that lets pseudonymization skip concept extraction: it must say True wherever
extraction can return a special-category (non-food) allergy hit, and False on ordinary notes."""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.concepts.allergen_gate import may_name_special_allergen, special_allergen_sources
from lvmh_pipeline.lib.concepts.extraction import extract
from lvmh_pipeline.lib.concepts.taxonomy import load_taxonomy
from lvmh_pipeline.lib.privacy.pseudonymize import pseudonymize

TAXONOMY = load_taxonomy()
SPECIAL = {c.concept for c in TAXONOMY.concepts if c.special_category}

WITH_ALLERGEN = [
    ("en", "Client reacts to nickel buckles, wants a titanium clasp."),
    ("fr", "Allergique au pollen au printemps, préfère les rendez-vous en hiver."),
    ("de", "Penicillinallergie erwähnt, sonst keine Einschränkungen."),
    ("en", "Gets a rash from perfume, so no scented gift wrap."),  # perfume relabelled as an allergy
    ("en", "Her allergy is to the red food colouring in some clothes dyes."),
    ("ja", "ニッケルアレルギーのため金具はチタンを希望。"),
    ("ru", "Аллергия на латекс, перчатки не предлагать."),
]
ORDINARY = [
    ("en", "Bought a tote in black, back in March for her birthday, budget around 3k."),
    ("fr", "Cliente fidèle, aime les carrés de soie, vegan, pas de cuir."),
    ("it", "Allergia alle noci, evitare i cioccolatini all'evento."),  # a food allergy stays readable
    ("ko", "다음 달 결혼기념일 선물 문의, 예산 200만원."),
    ("en", ""),
]


@pytest.mark.parametrize(("language", "text"), WITH_ALLERGEN)
def test_gate_opens_where_extraction_finds_a_non_food_allergen(language: str, text: str) -> None:
    hits = extract(text, language, taxonomy=TAXONOMY)
    assert any(h.concept in SPECIAL for h in hits), "probe must name a non-food allergen"
    assert may_name_special_allergen(text, language, TAXONOMY)


@pytest.mark.parametrize(("language", "text"), WITH_ALLERGEN + ORDINARY)
def test_gate_closed_means_no_special_hit(language: str, text: str) -> None:
    if not may_name_special_allergen(text, language, TAXONOMY):
        assert not any(h.concept in SPECIAL for h in extract(text, language, taxonomy=TAXONOMY))


@pytest.mark.parametrize(("language", "text"), [p for p in ORDINARY if p[1]][:2])
def test_gate_is_closed_on_ordinary_notes(language: str, text: str) -> None:
    assert not may_name_special_allergen(text, language, TAXONOMY)


def test_sources_are_the_special_concepts_and_the_relabelled_ones() -> None:
    names = {TAXONOMY.names[i] for i in special_allergen_sources(TAXONOMY)}
    assert SPECIAL < names
    assert names - SPECIAL == {"fragrance_product", "food_colouring"}


def test_pseudonymization_still_redacts_the_allergen_behind_the_gate() -> None:
    result = pseudonymize("Gets a rash from perfume, so no scented gift wrap.", language="en")
    assert "perfume" not in result.text and "[HEALTH]" in result.text
    assert pseudonymize(ORDINARY[0][1], language="en").text == ORDINARY[0][1]


def test_gate_is_a_superset_of_extraction_on_every_dev_note() -> None:
    """A new rule that relabels some concept into a non-food allergen must extend the gate's
    sources: on every hand-written dev note, a closed gate means no special-category hit."""
    from pathlib import Path

    from lvmh_pipeline.lib.concepts.gold_quality import load_gold_notes

    folder = Path(__file__).resolve().parents[2] / "dev_notes"
    notes = load_gold_notes(folder)
    assert len(notes) > 1000
    opened = 0
    for note in notes:
        if may_name_special_allergen(note.text, note.language, TAXONOMY):
            opened += 1
            continue
        special = [h.concept for h in extract(note.text, note.language, taxonomy=TAXONOMY) if h.concept in SPECIAL]
        assert not special, f"{note.id}: gate closed but extraction finds {special}"
    assert 0 < opened < len(notes)
