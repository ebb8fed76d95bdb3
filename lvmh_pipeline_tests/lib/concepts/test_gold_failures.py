"""The held-out failure view counts misses by class, with no note text in its labels."""

from __future__ import annotations

import pandas as pd

from lvmh_pipeline.lib.concepts.gold_failures import failure_classes
from lvmh_pipeline.lib.concepts.gold_quality import GoldNote, GoldRun


def _note(text: str, **kw) -> GoldNote:
    base = dict(id="n1", language="EN", text=text, classes=(), surnames=(), given_names=(), contacts=(),
                art9=(), art9_categories=(), allergies=(), diets=(), budget=None, occasions=())
    return GoldNote(**{**base, **kw})


def test_counts_leaks_art9_and_labels_without_text():
    original = "Mrs. um, Zyxwq came. Practising Catholic. Peanut allergy. Vegan."
    stored = "Mrs. um, Zyxwq came. Practising [RELIGION]. Peanut allergy. Vegan."
    gold = [_note(original, surnames=("Zyxwq",), art9=("Practising Catholic",), art9_categories=("RELIGION",),
                  allergies=(("peanut", "Peanut"),), diets=("vegan",))]
    run = GoldRun(
        notes=pd.DataFrame({"client_id": ["n1"], "text": [stored]}),
        rejected=pd.DataFrame(),
        concepts=pd.DataFrame(),
        profiles=pd.DataFrame({"client_id": ["n1"], "allergies": [["sesame"]], "diets": [["vegan"]]}),
    )
    frame = failure_classes(gold, run)
    got = {(r.kind, r.label): r.count for r in frame.itertuples()}
    assert got == {
        ("surname_left", "latin|long|unknown|filler|word|all_left"): 1,
        ("art9_kept", "RELIGION|partly_kept_before|2-3words|token_in_note"): 1,
        ("allergy_missed", "peanut"): 1,
        ("allergy_invented", "sesame"): 1,
    }
    assert not any("Zyxwq" in label or "Catholic" in label for label in frame["label"])


def test_over_redacted_words_are_labelled_by_placeholder_and_place():
    original = "Mrs Zyxwq came with Bag. Asthmatic since 2010."
    stored = "Mrs [NAME] came with [NAME]. [HEALTH] since 2010."
    gold = [_note(original, surnames=("Zyxwq",), art9=("Asthmatic",), art9_categories=("HEALTH",))]
    run = GoldRun(
        notes=pd.DataFrame({"client_id": ["n1"], "text": [stored]}),
        rejected=pd.DataFrame(),
        concepts=pd.DataFrame(),
        profiles=pd.DataFrame({"client_id": ["n1"], "allergies": [[]], "diets": [[]]}),
    )
    frame = failure_classes(gold, run)
    over = frame[frame["kind"] == "over_redacted"]
    assert list(over["label"]) == ["NAME|latin|common_word|capitalised|between_gold"]


def test_budget_misses_are_labelled_by_bound_multiplier_and_what_the_note_offers():
    gold = [
        _note("Zyxwq, 57, bis 5 Tsd.", id="a", language="DE", budget={"min": None, "max": 5000, "currency": "EUR"}),
        _note("Budget 3-4K.", id="b", budget={"min": 3000, "max": 4000, "currency": "EUR"}),
        _note("Budget 300 тысяч.", id="c", language="RU", budget={"min": 300000, "max": 300000, "currency": "RUB"}),
        _note("Nice day.", id="d"),
    ]
    run = GoldRun(
        notes=pd.DataFrame({"client_id": ["a", "b", "c", "d"], "text": ["x"] * 4}),
        rejected=pd.DataFrame(),
        concepts=pd.DataFrame(),
        profiles=pd.DataFrame({"client_id": ["a", "b", "c", "d"], "allergies": [[]] * 4, "diets": [[]] * 4,
                               "budget_min_eur": [float("nan"), 3000.0, 3.0, 100.0],
                               "budget_max_eur": [float("nan"), 3000.0, 3.0, 100.0]}),
    )
    frame = failure_classes(gold, run)
    got = {(r.language, r.label) for r in frame[frame["kind"] == "budget_missed"].itertuples()}
    assert got == {
        ("DE", "none_found|default_currency|no_keyword|no_currency|digits"),
        ("EN", "min:ok|max:lower|default_currency"),
        ("RU", "min:/1e3|max:/1e3|default_currency"),
        ("EN", "spurious"),
    }


def test_a_name_kind_other_than_surname_or_given_is_refused_with_its_file_and_line(tmp_path):
    import json

    import pytest

    from lvmh_pipeline.lib.concepts.gold_quality import load_gold_notes

    good = {"id": "a", "language": "EN", "text": "Mrs Vale came.", "names": [{"text": "Vale", "kind": "surname"}]}
    bad = {"id": "b", "language": "EN", "text": "Li Wei came.", "names": [{"text": "Li Wei", "kind": "full"}]}
    (tmp_path / "x.jsonl").write_text(json.dumps(good) + "\n" + json.dumps(bad) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"x\.jsonl:2: name kind full is neither"):
        load_gold_notes(tmp_path)
    (tmp_path / "x.jsonl").write_text(json.dumps(good) + "\n", encoding="utf-8")
    assert load_gold_notes(tmp_path)[0].surnames == ("Vale",)


def test_a_language_other_than_the_twelve_codes_is_refused_with_its_file_and_line(tmp_path):
    import json

    import pytest

    from lvmh_pipeline.lib.concepts.gold_quality import load_gold_notes

    good = {"id": "a", "language": "NL", "text": "Mevrouw Bos kwam.", "names": [{"text": "Bos", "kind": "surname"}]}
    bad = {"id": "b", "language": "003", "text": "Señora Mora vino.", "names": []}
    (tmp_path / "y.jsonl").write_text(json.dumps(good) + "\n" + json.dumps(bad) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"y\.jsonl:2: language '003' is not one of the 12 codes"):
        load_gold_notes(tmp_path)
    (tmp_path / "y.jsonl").write_text(json.dumps(good) + "\n", encoding="utf-8")
    assert load_gold_notes(tmp_path)[0].language == "NL"


def test_a_word_the_gold_forbids_as_a_concept_is_counted_by_its_concept():
    gold = [_note("Mrs Rose came for a gold bracelet.", surnames=("Rose",), not_concepts=("rose", "gold"))]
    run = GoldRun(
        notes=pd.DataFrame({"client_id": ["n1"], "text": ["Mrs Rose came for a gold bracelet."]}),
        rejected=pd.DataFrame(),
        concepts=pd.DataFrame({"client_id": ["n1", "n1"], "concept": ["rose", "gold"], "negated": [False, True]}),
        profiles=pd.DataFrame({"client_id": ["n1"], "allergies": [[]], "diets": [[]]}),
    )
    frame = failure_classes(gold, run)
    assert list(frame.loc[frame["kind"] == "forbidden_concept", "label"]) == ["rose"]


def test_loader_counts_label_entries_of_not_concepts_and_keeps_word_notes_for_readers(tmp_path):
    import json

    from lvmh_pipeline.lib.concepts.gold_quality import load_gold_notes

    note = {"id": "x-1", "language": "EN", "text": "Mrs Rose, no allergies.", "names": [{"text": "Rose", "kind": "surname"}],
            "not_concepts": ["rose", {"label": "gold"}, {"text": "no allergies", "why": "negated"}]}
    (tmp_path / "x.jsonl").write_text(json.dumps(note) + "\n", encoding="utf-8")
    assert load_gold_notes(tmp_path)[0].not_concepts == ("rose", "gold")
