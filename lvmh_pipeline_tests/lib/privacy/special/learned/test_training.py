"""Training data of the learned Art. 9 tagger: placeholders, labels, generated notes, the command."""

import json

from lvmh_pipeline.lib.privacy.special.learned import training
from lvmh_pipeline.lib.privacy.special.learned.features import tokens

# a made-up note (not from any note set)
_NOTE = {"text": "Mrs Ilse Vogt, on dialysis since May, wants a tote; call +49 170 5550123.", "language": "EN",
         "names": [{"text": "Ilse", "kind": "given"}, {"text": "Vogt", "kind": "surname"}],
         "contacts": ["+49 170 5550123"], "art9": [{"text": "on dialysis", "category": "HEALTH"}]}


def test_names_and_contacts_become_the_placeholders_the_tagger_reads():
    text = training._with_placeholders(_NOTE)
    assert text == "Mrs [NAME] [NAME], on dialysis since May, wants a tote; call [PHONE]."


def test_tokens_of_a_fact_carry_its_category_and_the_rest_is_o():
    rows, labels = training.labelled_tokens(_NOTE)
    words = [t.word for t in tokens(training._with_placeholders(_NOTE))]
    assert len(rows) == len(labels) == len(words)
    tagged = {w for w, label in zip(words, labels, strict=True) if label}
    assert tagged == {"on", "dialysis"}
    assert {training.CLASSES[label] for label in labels if label} == {"HEALTH"}


def test_generated_notes_carry_the_generators_truth():
    notes = training.generated_notes(clients=40, seed=3)
    assert len(notes) > 50
    assert all(fact["text"] in note["text"] and fact["category"] in training.CLASSES
               for note in notes for fact in note["art9"])
    assert sum(bool(note["names"]) for note in notes) > len(notes) // 2


def test_the_command_writes_a_model_and_its_card(tmp_path):
    folder = tmp_path / "gold"
    folder.mkdir()
    other = dict(_NOTE, text="Mrs Ilse Vogt wants a tote for her trip in May.", art9=[])
    (folder / "x.jsonl").write_text("\n".join(json.dumps(n) for n in (_NOTE, other)) + "\n", encoding="utf-8")
    training.main([str(folder), "--out", str(tmp_path / "m.npz"), "--generated-clients", "0"])
    card = json.loads((tmp_path / "m.json").read_text())
    assert card["notes"] == 2 and card["spans"] == 1 and card["generated"]["notes"] == 0
    assert card["training_sha256"] == training.training_digest(training.load_gold([folder]))


def test_fit_is_fit_matrix_on_the_notes_rows_and_options_reach_the_classifier():
    import numpy as np

    other = dict(_NOTE, text="Mrs Ilse Vogt wants a tote for her trip in May.", art9=[])
    weights, intercept = training.fit([_NOTE, other])
    rows, labels = [], []
    for note in (_NOTE, other):
        more_rows, more_labels = training.labelled_tokens(note)
        rows += more_rows
        labels += more_labels
    x, y = training.feature_matrix(rows), np.array(labels)
    same_weights, same_intercept = training.fit_matrix(x, y)
    assert np.array_equal(weights, same_weights) and np.array_equal(intercept, same_intercept)
    averaged, _ = training.fit_matrix(x, y, average=True)
    assert averaged.shape == weights.shape and not np.array_equal(averaged, weights)
