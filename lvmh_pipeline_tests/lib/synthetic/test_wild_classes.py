"""The harder input classes of the generator (lvmh_pipeline.lib.synthetic.wild): each appears in
the generated notes, at a modest rate, and the truth files record its gold."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pandas as pd
import pytest

from lvmh_pipeline.lib.synthetic import generate_dataset
from lvmh_pipeline.lib.synthetic.config import ALLERGIES, DIETS, LANGUAGES
from lvmh_pipeline.lib.synthetic.phrases import load_book
from lvmh_pipeline.lib.synthetic.wild import (
    MEDICAL_DIETS, NONFOOD_ALLERGIES, WILD_CLASSES, WildRates, load_wild,
)

N_CLIENTS = 400
SEED = 7
SPECIAL = {"HEALTH", "RELIGION", "POLITICS", "ORIGIN", "ORIENTATION", "UNION"}
DEFAULT_ON = set(WILD_CLASSES)
TAXONOMY = Path(__file__).resolve().parents[3] / "lvmh_pipeline" / "taxonomy" / "concepts.json"


def _load(out: Path, summary) -> pd.DataFrame:
    truth = pd.read_csv(out / "ground_truth" / "notes_truth.csv", dtype=str, keep_default_na=False)
    texts: dict[tuple[str, int], str] = {}
    for path in summary.note_files:
        with path.open(encoding="utf-8", newline="") as f:
            reader, start = csv.reader(f), 1
            for row in reader:
                texts[(str(path.relative_to(out)), start)] = row[5]
                start = reader.line_num + 1
    truth["text"] = [texts[(f, int(line))] for f, line in zip(truth.source_file, truth.source_line)]
    return truth[(truth.bad_row_reason == "") & (truth.is_duplicate == "0")]


@pytest.fixture(scope="module")
def notes(tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    out = tmp_path_factory.mktemp("wild")
    return _load(out, generate_dataset(out, n_clients=N_CLIENTS, seed=SEED, n_upload_dates=4))


def _with(notes: pd.DataFrame, cls: str) -> pd.DataFrame:
    return notes[notes.wild_classes.str.split(";").apply(lambda xs: cls in xs)]


def _labels(cell: str) -> list[str]:
    return [x for x in cell.split(";") if x]


def test_every_class_appears_at_a_modest_rate(notes):
    seen = {c for v in notes.wild_classes for c in _labels(v)}
    assert seen == DEFAULT_ON
    for cls in DEFAULT_ON:
        share = len(_with(notes, cls)) / len(notes)
        assert 0.003 <= share <= 0.12, (cls, share)
    assert 0.15 <= (notes.wild_classes != "").mean() <= 0.5  # most notes stay plain


def test_truth_columns_come_last(notes):
    assert list(notes.columns[-4:]) == ["names_planted", "special_planted", "wild_classes", "text"]
    assert {c for v in notes.wild_classes for c in _labels(v)} <= set(WILD_CLASSES)


def test_code_switched_phrases_are_english_and_keep_their_gold(notes):
    en = load_book()["EN"]
    phrases = {p for k in ("allergies", "products") for v in en[k].values() for p in v}
    phrases |= set(en["colors"].values()) | set(en["diets"].values())
    switched = _with(notes, "code_switch")
    assert (switched.language != "EN").all()
    hits = switched.text.apply(lambda s: any(re.search(rf"(?<![A-Za-z]){re.escape(p)}(?![A-Za-z])", s, re.I) for p in phrases))
    assert hits.mean() > 0.9
    assert set(_labels(";".join(switched.allergies))) <= set(ALLERGIES) | set(NONFOOD_ALLERGIES)


def test_leading_surnames_open_the_note_before_the_age(notes):
    rows = _with(notes, "leading_surname")
    for r in rows.itertuples():
        name = _labels(r.names_planted)[0]
        assert r.text.startswith(name + load_book()[r.language]["clause_sep"]), r.text[:60]
        assert re.match(rf"{re.escape(name)}\W+\D{{0,12}}\d", r.text), r.text[:60]


def test_slash_titles_fillers_and_couples_precede_the_recorded_name(notes):
    wild = load_wild()
    for cls, key in (("slash_title", "slash"), ("couple", "couple_amp"), ("title_filler", "name_fillers")):
        rows = _with(notes, cls)
        assert len(rows) >= 3, cls
        for r in rows.itertuples():
            name = _labels(r.names_planted)[0]
            if key == "name_fillers":
                forms = [f" {f} {name}" for f in wild[r.language][key]]
            else:
                forms = [f.format(surname=name) for f in wild[r.language][key]]
            assert any(f in r.text for f in forms), (cls, r.text[:80])


def test_repeated_surnames_are_recorded_and_written_twice(notes):
    for r in _with(notes, "repeat_name").itertuples():
        names = _labels(r.names_planted)
        assert sum(r.text.count(n) for n in set(names)) >= 2, r.text
        assert all(n in r.text for n in names)


def test_word_surnames_are_planted_as_names(notes):
    words = {w if isinstance(w, str) else x for t in load_wild().values() for w in t["word_surnames"]
             for x in ([w] if isinstance(w, str) else w)}
    rows = _with(notes, "word_surname")
    assert rows.names_planted.apply(lambda v: any(n in words for n in _labels(v))).all()
    assert len({n for v in rows.names_planted for n in _labels(v)} & words) >= 5


def test_special_category_mentions_are_recorded_with_their_category(notes):
    rows = _with(notes, "special_category")
    assert (notes[notes.special_planted != ""].index.isin(rows.index)).all()
    categories = set()
    for r in rows.itertuples():
        items = _labels(r.special_planted)
        assert len(items) == 1
        category, _, span = items[0].partition(":")
        assert category in SPECIAL and span and span in r.text, (items, r.text)
        assert "[" not in r.text and "<" not in r.text  # the gold markers are not written
        categories.add(category)
    assert categories == SPECIAL


def test_diabetes_mentions_record_the_diet_they_imply(notes):
    diabetes = [r for r in _with(notes, "special_category").itertuples()
                if any(m in r.special_planted for m in ("diab", "Diab", "糖尿病", "диабет", "당뇨", "سكري"))]
    assert all("diabetic" in _labels(r.diets) for r in diabetes)


def test_nonfood_allergies_and_medical_diets_are_gold_labels(notes):
    allergic = _with(notes, "nonfood_allergy")
    assert allergic.allergies.apply(lambda v: any(a in NONFOOD_ALLERGIES for a in _labels(v))).all()
    new_allergens = {a for v in allergic.allergies for a in _labels(v)} - set(ALLERGIES)
    assert {"pollen", "dust_mites", "drug_allergy"} & new_allergens
    dieting = _with(notes, "medical_diet")
    assert dieting.diets.apply(lambda v: any(d in MEDICAL_DIETS for d in _labels(v))).all()
    assert len({d for v in dieting.diets for d in _labels(v)} - set(DIETS)) >= 3
    assert len({r.language for r in allergic.itertuples()} | {r.language for r in dieting.itertuples()}) >= 6
    # a client with a non-food allergy is never written "no allergies"
    for r in allergic.itertuples():
        assert not any(n in r.text for n in load_book()[r.language]["allergy_negative"]), r.text


def test_fillers_are_written_in_the_note_language(notes):
    wild = load_wild()
    rows = _with(notes, "filler")
    assert rows.apply(lambda r: any(f in r.text.lower() for f in wild[r.language]["fillers"]), axis=1).all()
    assert rows.language.nunique() >= 6


def test_handles_are_planted_contacts_written_in_a_frame(notes):
    rows = _with(notes, "handle")
    assert len(rows) >= 1
    frames = load_wild()
    squeeze = lambda text: re.sub(r"\s+", "", text).casefold()  # noqa: E731 (segments are re-spaced and capitalised)
    for r in rows.itertuples():
        assert "handle" in _labels(r.pii_planted)
        assert any(squeeze(f.split("{v}")[0]) in squeeze(r.text) for f in frames[r.language]["handles"]), r.text
        assert re.search(r"\b(?:[a-z]\.[a-z]+\d\d|[a-z]+_[a-z]\d\d|[a-z]+\.style|[a-z]+_\d\d)\b", r.text), r.text


def test_bare_budgets_say_the_amount_without_a_budget_word(notes):
    rows = _with(notes, "bare_budget")
    assert len(rows) >= 5
    book, wild = load_book(), load_wild()
    for r in rows.itertuples():
        assert r.has_budget == "1" and r.budget_min_eur, r.text
        frames = book[r.language]["budget"]["frames"]
        keywords = {f.replace("{amount}", "").strip(" :：") for f in frames} - {""}
        assert not any(k in r.text for k in keywords), (keywords, r.text)
        heads = [f.split("{amount}")[0].strip() or f.split("{amount}")[1].strip() for f in wild[r.language]["bare_budget"]]
        assert any(h.casefold() in r.text.casefold() for h in heads), r.text


def test_glued_honorifics_when_enabled(tmp_path: Path):
    summary = generate_dataset(tmp_path, n_clients=300, seed=3, n_upload_dates=2,
                               wild_rates=WildRates(glued_honorific=1.0))
    rows = _with(_load(tmp_path, summary), "glued_honorific")
    assert set(rows.language) == {"JA", "KO", "ZH"}
    glued = load_wild()
    for r in rows.itertuples():
        name = _labels(r.names_planted)[0]
        assert re.fullmatch(r"[A-Za-z][A-Za-z' -]+", name), name
        assert any(name + h in r.text for h in glued[r.language]["glued"]["F"] + glued[r.language]["glued"]["M"])


def test_off_leaves_the_other_streams_and_plain_notes_unchanged(tmp_path: Path):
    on, off = tmp_path / "on", tmp_path / "off"
    s_on = generate_dataset(on, n_clients=60, seed=5, n_upload_dates=2)
    s_off = generate_dataset(off, n_clients=60, seed=5, n_upload_dates=2, wild_rates=WildRates().scaled(0))
    for name in ("transactions.csv", "catalog.csv", "ground_truth/clients_truth.csv"):
        assert (on / name).read_bytes() == (off / name).read_bytes(), name
    a, b = _load(on, s_on), _load(off, s_off)
    assert (b.wild_classes == "").all() and (b.special_planted == "").all()
    plain = a.wild_classes == ""
    merged = a[plain].merge(b, on=["source_file", "source_line", "client_id"], suffixes=("", "_off"))
    assert len(merged) >= 0.4 * len(a) and (merged.text == merged.text_off).all()
    meta = json.loads((off / "ground_truth" / "meta.json").read_text(encoding="utf-8"))
    assert meta["rates"]["wild"]["filler"] == 0


def test_wild_tables_are_complete_and_use_taxonomy_labels():
    wild = load_wild()
    assert set(wild) == set(LANGUAGES)
    concepts = {c["concept"]: c for c in json.loads(TAXONOMY.read_text(encoding="utf-8"))["concepts"]}
    book = load_book()
    for lang, t in wild.items():
        assert {"fillers", "couple_amp", "word_surnames", "special", "allergies", "diets", "handles",
                "bare_budget"} <= set(t), lang
        assert all("{v}" in f for f in t["handles"]) and all("{amount}" in f for f in t["bare_budget"]), lang
        assert set(t["special"]) == SPECIAL, lang
        for label in NONFOOD_ALLERGIES:
            assert label in t["allergies"] or label in book[lang]["allergies"], (lang, label)
        for label in MEDICAL_DIETS:
            assert label in t["diets"] or label in book[lang]["diets"], (lang, label)
        for phrases in t["special"].values():
            flat = [x for p in phrases for x in ([p] if isinstance(p, str) else p.values())]
            assert all(p.count("[") == 1 and p.count("]") == 1 for p in flat), lang
    for label in NONFOOD_ALLERGIES:
        assert concepts[label]["category"] == "allergy" and concepts[label].get("special_category") == "HEALTH"
    for label in MEDICAL_DIETS:
        assert concepts[label]["category"] == "diet"
