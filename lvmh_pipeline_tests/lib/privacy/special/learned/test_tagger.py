"""The learned Art. 9 tagger: decoding, guards, the shipped model and the second pass of redaction."""

import json
from pathlib import Path

import numpy as np
import pytest

from lvmh_pipeline.lib.privacy.policy import PrivacyPolicy, ProtectedConcept
from lvmh_pipeline.lib.privacy.pseudonymize import find_sensitive, pseudonymize
from lvmh_pipeline.lib.privacy.sensitive import _redact_learned
from lvmh_pipeline.lib.privacy.special.learned import tagger
from lvmh_pipeline.lib.privacy.special.learned.features import HASH_BITS, feature_rows, tokens
from lvmh_pipeline.lib.privacy.special.learned.training import CLASSES, fit, load_gold, save, training_digest

# made-up notes, written for these tests (not from any note set)
_TRAIN = [
    {"text": f"Client {w} said her {t} went well, wants a {p} in {c}.", "names": [], "contacts": [],
     "art9": [{"text": t, "category": "HEALTH"}]}
    for w, t, p, c in [
        ("Ada", "dialysis", "watch", "gold"), ("Bea", "dialysis", "ring", "silver"), ("Cy", "dialysis", "bag", "navy"),
        ("Di", "dialysis", "scarf", "red"), ("Ed", "dialysis", "belt", "black"), ("Flo", "dialysis", "pen", "blue"),
    ]
] + [
    {"text": f"Client {w} said her {t} went well, wants a {p} in {c}.", "names": [], "contacts": [], "art9": []}
    for w, t, p, c in [
        ("Gus", "trip", "watch", "gold"), ("Hal", "party", "ring", "silver"), ("Ivy", "move", "bag", "navy"),
        ("Jo", "fitting", "scarf", "red"), ("Kim", "holiday", "belt", "black"), ("Lu", "dinner", "pen", "blue"),
    ]
]


@pytest.fixture(scope="module")
def small_model():
    weights, intercept = fit(_TRAIN)
    return tagger.TaggerModel(weights, intercept, CLASSES)


def test_a_model_trained_on_made_up_notes_tags_the_word_it_learned(small_model):
    text = "Client Mo said her dialysis went well, wants a cup in green."
    spans = tagger.learned_spans(text, model=small_model, seed=0.5, grow=0.5)
    assert [(text[s.start : s.end], s.kind) for s in spans] == [("dialysis", "HEALTH")]
    assert tagger.learned_spans("Client Mo said her trip went well, wants a cup in green.", model=small_model, seed=0.5) == []


def test_placeholders_diet_words_and_keep_phrases_are_never_tagged():
    rows = feature_rows(tokens("[HEALTH] vegan"))
    assert len(rows) == 2
    everything = tagger.TaggerModel(np.zeros((1 << HASH_BITS, len(CLASSES)), np.float32),
                                    np.array([-5, 5, -5, -5, -5, -5, -5], np.float32), CLASSES)
    text = "[HEALTH] vegan, halal; a x dialysis"
    assert [text[s.start : s.end] for s in tagger.learned_spans(text, model=everything)] == ["dialysis"]
    text = "Niente prodotti di origine animale. Smalto, gay red."
    assert [text[s.start : s.end] for s in tagger.learned_spans(text, "IT", model=everything)] == ["Smalto"]  # "Niente …" is the vegan alias


def test_a_run_touching_a_kept_word_is_dropped():
    everything = tagger.TaggerModel(np.zeros((1 << HASH_BITS, len(CLASSES)), np.float32),
                                    np.array([-5, -5, -5, 5, -5, -5, -5], np.float32), CLASSES)
    # its negator or verb: without it "aniversários" and "Natal" would become occasions, "janvier" lose its birth
    assert tagger.learned_spans("não festeja aniversários nem Natal", "PT", model=everything) == []
    text = "elle a accouché en janvier"
    assert "janvier" not in [text[s.start : s.end] for s in tagger.learned_spans(text, "FR", model=everything)]


def test_a_span_grows_over_joined_neighbours_only():
    everything = tagger.TaggerModel(np.zeros((1 << HASH_BITS, len(CLASSES)), np.float32),
                                    np.array([-5, -5, -5, 5, -5, -5, -5], np.float32), CLASSES)
    text = "goes to mass. every morning"
    assert [(text[s.start : s.end], s.kind) for s in tagger.learned_spans(text, model=everything)] == [
        ("goes to mass", "RELIGION"), ("every morning", "RELIGION")]


def test_a_habitual_weekday_stays_readable_and_a_fact_beside_it_still_goes():
    everything = tagger.TaggerModel(np.zeros((1 << HASH_BITS, len(CLASSES)), np.float32),
                                    np.array([-5, -5, -5, 5, -5, -5, -5], np.float32), CLASSES)
    # the diet rules read the weekday: "Freitags kein Fleisch" is a practice, not a meatless diet
    for text, fact in (("prays on Fridays", "prays"), ("fastet freitags", "fastet"), ("prie le vendredi", "prie")):
        assert [text[s.start : s.end] for s in tagger.learned_spans(text, model=everything)] == [fact]


def test_model_file_round_trip_and_refusal(tmp_path, small_model):
    path = tmp_path / "m.npz"
    save(path, small_model.weights, small_model.intercept, {"notes": len(_TRAIN)})
    loaded = tagger.load_model(path)
    assert loaded.classes == CLASSES and loaded.weights.shape == (1 << HASH_BITS, len(CLASSES))
    assert json.loads(path.with_suffix(".json").read_text())["notes"] == len(_TRAIN)
    np.savez(tmp_path / "bad.npz", weights=np.zeros((4, 7)), intercept=np.zeros(7), classes=np.array(json.dumps(list(CLASSES))))
    with pytest.raises(ValueError, match="bad.npz"):
        tagger.load_model(tmp_path / "bad.npz")


def test_the_shipped_model_is_the_one_trained_on_the_dev_notes_and_the_training_notes():
    model = tagger.load_model()
    assert model.classes == CLASSES
    card = json.loads(tagger.DEFAULT_MODEL.with_suffix(".json").read_text())
    assert card["spans"] > 1000 and card["hash_bits"] == HASH_BITS
    assert card["folders"] == ["lvmh_pipeline_tests/dev_notes", "lvmh_pipeline_tests/art9_training"]
    root = Path(__file__).resolve().parents[5]
    # dev or training notes changed since the model was trained: `make art9-tagger`
    assert card["training_sha256"] == training_digest(load_gold([root / folder for folder in card["folders"]]))


def test_second_pass_moves_protected_concepts_with_the_text(monkeypatch):
    from lvmh_pipeline.lib.privacy.spans import PiiSpan

    text = "on chemo, allergique au [HEALTH]"
    monkeypatch.setattr(tagger, "learned_spans", lambda t, language=None: [PiiSpan(3, 8, "HEALTH")])
    counts = {"HEALTH": 1}
    protected = (ProtectedConcept("nickel", 24, 32),)
    redacted, moved = _redact_learned(text, None, protected, counts)
    assert redacted == "on [HEALTH], allergique au [HEALTH]"
    assert redacted[moved[0].start : moved[0].end] == "[HEALTH]" and counts["HEALTH"] == 2
    # several spans, longer and shorter than their placeholder: each concept moves by all of them
    text = "the long treatment x, chemo y, allergique au [HEALTH]"
    spans = [PiiSpan(4, 18, "HEALTH"), PiiSpan(22, 27, "HEALTH")]
    monkeypatch.setattr(tagger, "learned_spans", lambda t, language=None: spans)
    at = text.index("[HEALTH]")
    redacted, moved = _redact_learned(text, None, (ProtectedConcept("nickel", at, at + 8),), {"HEALTH": 1})
    assert redacted == "the [HEALTH] x, [HEALTH] y, allergique au [HEALTH]"
    assert redacted[moved[0].start : moved[0].end] == "[HEALTH]" and moved[0].start == redacted.rindex("[HEALTH]")


def test_the_blocking_check_reads_known_patterns_only(monkeypatch):
    from lvmh_pipeline.lib.privacy.spans import PiiSpan

    monkeypatch.setattr(tagger, "learned_spans", lambda t, language=None: [PiiSpan(0, 4, "HEALTH")] if t.startswith("Zorb") else [])
    assert pseudonymize("Zorbs twice a week, wants a tote.").text.startswith("[HEALTH]")
    assert pseudonymize("Zorbs twice a week, wants a tote.", policy=PrivacyPolicy(art9_learned=False)).text.startswith("Zorbs")
    assert find_sensitive("Zorbs twice a week, wants a tote.") == []


def test_a_span_never_opens_or_closes_on_a_function_word():
    everything = tagger.TaggerModel(np.zeros((1 << HASH_BITS, len(CLASSES)), np.float32),
                                    np.array([-5, 5, -5, -5, -5, -5, -5], np.float32), CLASSES)
    for text, fact in (("with the dialysis and", "dialysis"), ("con la diálisis", "diálisis"), ("vom Stadtrat", "Stadtrat")):
        assert [text[s.start : s.end] for s in tagger.learned_spans(text, model=everything)] == [fact]
    assert tagger.learned_spans("with the", model=everything) == []
