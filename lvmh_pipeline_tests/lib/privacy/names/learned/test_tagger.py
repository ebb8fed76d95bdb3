"""The learned name tagger: features, decoding, guards, training, the shipped model and its use in
pseudonymization."""

import json
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from lvmh_pipeline.lib.privacy.names.learned import tagger, training
from lvmh_pipeline.lib.privacy.names.learned.features import HASH_BITS, feature_rows, tokens
from lvmh_pipeline.lib.privacy.policy import DEFAULT_POLICY, PrivacyPolicy
from lvmh_pipeline.lib.privacy.pseudonymize import pseudonymize
from lvmh_pipeline.lib.privacy.special.learned.tagger import TaggerModel, load_model
from lvmh_pipeline.lib.privacy.special.learned.training import load_gold, training_digest

# made-up notes, written for these tests (not from any note set): a made-up surname after "called"
_SURNAMES = ["Quorvik", "Tellamby", "Ostrander", "Velmont", "Kesswick", "Dorrance", "Pellingham", "Ravensby"]
_TRAIN = [
    {"text": f"Called {s} back about the {p}, wants it in {c}.", "names": [{"text": s, "kind": "surname"}], "contacts": []}
    for s, p, c in zip(_SURNAMES, ["watch", "ring", "bag", "scarf", "belt", "pen", "tote", "wallet"],
                       ["gold", "silver", "navy", "red", "black", "blue", "green", "white"], strict=True)
]


def _everything(probability: float) -> TaggerModel:
    """A model that gives every token the same probability of being a name."""
    logit = float(np.log(probability / (1 - probability)))
    return TaggerModel(np.zeros((1 << HASH_BITS, 2), np.float32), np.array([-logit, logit], np.float32),
                       training.CLASSES)


@pytest.fixture(scope="module")
def small_model() -> TaggerModel:
    weights, intercept = training.fit(_TRAIN)
    return TaggerModel(weights, intercept, training.CLASSES)


def test_features_read_shape_script_and_lexicon():
    text = "Called KELLER, then anna; 전화 [NAME] 12"
    toks = tokens(text)
    rows = feature_rows(text, toks)
    assert len(rows) == len(toks) and all(rows)
    # the same word written otherwise is another feature row (shape), folded the same (spelling)
    upper, lower = feature_rows("KELLER", tokens("KELLER"))[0], feature_rows("Keller", tokens("Keller"))[0]
    assert set(upper) != set(lower) and len(set(upper) & set(lower)) > 5


def test_a_model_trained_on_made_up_notes_finds_a_new_name_in_the_slot_it_learned(small_model):
    text = "Called Brackenridge back about the cup, wants it in grey."
    spans = tagger.learned_names(text, model=small_model, seed=0.5, grow=0.5)
    assert [text[s.start : s.end] for s in spans] == ["Brackenridge"]


def test_placeholders_digits_places_months_brands_and_guarded_words_are_never_tagged():
    text = "[NAME] 12 J. Paris Juni Tellamby"
    assert [text[s.start : s.end] for s in tagger.learned_names(text, model=_everything(0.95))] == ["Tellamby"]
    # a public figure, a word that is a name too, the word after a place or a product word, one CJK character
    for text in ("Ralph Lauren", "Rose", "Sainte-Anne", "Laan van de Vrijheid", "Sac Louise", "王"):
        assert tagger.learned_names(text, model=_everything(0.95)) == [], text


def test_a_span_grows_over_joined_neighbours_and_kana_touch():
    text = "Anna-Maria O'Brien, then, 佐藤花子"
    found = [text[s.start : s.end] for s in tagger.learned_names(text, model=_everything(0.95))]
    assert found == ["Anna-Maria O'Brien", "佐藤花子"]  # a word without a capital opens no name
    assert tagger.learned_names(text, model=_everything(0.6)) == []  # below the seed
    text = "민수가 오늘, 김민지는"
    # "오늘" (today) is a concept alias in a dense script: no name even for a model that tags everything
    assert [text[s.start : s.end] for s in tagger.learned_names(text, model=_everything(0.95))] == ["민수", "김민지"]


def test_gold_occurrences_are_case_insensitive_words_and_a_hangul_name_keeps_its_particle():
    text = "Keller and KELLER's wife; Kellerman no; 민수가 왔다"
    rows, labels = training.labelled_tokens(text, ["Keller", "민수"])
    words = [text[t.start : t.end] for t in tokens(text)]
    assert len(rows) == len(labels) == len(words)
    assert [w for w, label in zip(words, labels, strict=True) if label] == ["Keller", "KELLER", "민수가"]
    assert training.gold_names({"names": ["Ana", {"text": " Bo ", "kind": "given"}, {"text": ""}]}) == ["Ana", "Bo"]


def test_the_rules_text_has_the_rules_names_and_contacts_replaced():
    note = {"text": "Mrs Ilse Vogt, call +49 170 5550123.", "language": "EN"}
    assert training.rules_text(note) == "Mrs [NAME], call [PHONE]."


def test_the_command_writes_a_model_and_its_card(tmp_path):
    folder = tmp_path / "gold"
    folder.mkdir()
    (folder / "x.jsonl").write_text("\n".join(json.dumps(n) for n in _TRAIN) + "\n", encoding="utf-8")
    training.main([str(folder), "--out", str(tmp_path / "m.npz"), "--generated-clients", "0"])
    card = json.loads((tmp_path / "m.json").read_text())
    assert card["notes"] == len(_TRAIN) and card["names"] == len(_TRAIN) and card["generated"]["notes"] == 0
    assert load_model(tmp_path / "m.npz").classes == training.CLASSES


def test_the_shipped_model_is_the_one_trained_on_the_dev_notes_and_the_training_notes():
    model = load_model(tagger.DEFAULT_MODEL)
    assert model.classes == training.CLASSES
    card = json.loads(tagger.DEFAULT_MODEL.with_suffix(".json").read_text())
    assert card["names"] > 1000 and card["hash_bits"] == HASH_BITS
    assert card["folders"] == ["lvmh_pipeline_tests/dev_notes", "lvmh_pipeline_tests/art9_training"]
    root = Path(__file__).resolve().parents[5]
    # dev or training notes changed since the model was trained: `make name-tagger`
    assert card["training_sha256"] == training_digest(load_gold([root / folder for folder in card["folders"]]))


def test_pseudonymization_redacts_what_the_tagger_finds_everywhere_in_the_note_as_the_policy_asks(monkeypatch):
    from lvmh_pipeline.lib.privacy import pseudonymize as module
    from lvmh_pipeline.lib.privacy.spans import PiiSpan

    def fake(text: str) -> list[PiiSpan]:
        at = text.find("Zorbwick")  # a made-up word no rule reads as a name where it stands
        return [PiiSpan(at, at + 8, "NAME")] if at >= 0 else []

    monkeypatch.setattr(module, "_LEARNED_DETECTORS", (fake,))
    module._cached_identifiers.cache_clear()
    text = "Asked Zorbwick about the tote; ZORBWICK wants it in red."
    learned = pseudonymize(text, policy=replace(DEFAULT_POLICY, names_learned=True))
    assert learned.text == "Asked [NAME] about the tote; [NAME] wants it in red." and "Zorbwick" in learned.names
    assert pseudonymize(text, policy=PrivacyPolicy(names_learned=False)).text == text
    module._cached_identifiers.cache_clear()


def test_a_hangul_word_that_is_also_a_name_opens_no_span_with_its_particle():
    # the stem before the particle decides: 하늘 (sky), 바다 (sea) are ordinary words as well as names
    from lvmh_pipeline.lib.privacy.names.learned.tagger import learned_names

    for text in ("어제 하늘이 흐렸음. 회색 머플러 보여드림.", "주말 바다가 보이는 호텔 숙박 예정."):
        assert learned_names(text) == [], text
