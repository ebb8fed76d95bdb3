"""Pseudonymization of the generated demo notes against the names the generator planted."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pandas as pd
import pytest

from lvmh_pipeline.lib.privacy.names.detect import find_names
from lvmh_pipeline.lib.privacy.pseudonymize import find_pii, find_sensitive, pseudonymize
from lvmh_pipeline.lib.synthetic import generate_dataset

N_CLIENTS = 200
SEED = 1
# Scripts written without spaces: a name there is glued to its honorific ("佐藤様", "王先生").
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")


def _transcriptions(path: Path) -> dict[int, str]:
    """Transcription of each record of a notes export, keyed by the line where it starts."""
    out: dict[int, str] = {}
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        start = 1
        for row in reader:
            out[start] = row[5]
            start = reader.line_num + 1
    return out


@pytest.fixture(scope="module")
def notes(tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    out = tmp_path_factory.mktemp("generated")
    summary = generate_dataset(out, n_clients=N_CLIENTS, seed=SEED, n_upload_dates=3)
    truth = pd.read_csv(out / "ground_truth" / "notes_truth.csv", dtype=str, keep_default_na=False)
    texts = {str(p.relative_to(out)): _transcriptions(p) for p in summary.note_files}
    truth["text"] = [texts[f][int(line)] for f, line in zip(truth.source_file, truth.source_line)]
    truth = truth[truth.text.str.strip() != ""].drop_duplicates("text")
    truth["redacted"] = [pseudonymize(t).text for t in truth.text]
    return truth


def _occurrences(name: str, text: str) -> int:
    if _UNSPACED.search(name):
        return text.count(name)
    # a Latin name glued to a CJK / Hangul honorific ("Meyer님") still counts: the boundary is
    # a letter of an alphabetic script, not any word character
    return len(re.findall(rf"(?<!{_ALPHABETIC}){re.escape(name)}(?!{_ALPHABETIC})", text))


_ALPHABETIC = r"[^\W\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF]"  # a word character outside kana, CJK, Hangul


def test_the_generated_set_plants_names_in_every_language(notes):
    assert set(notes.language) == {"FR", "EN", "IT", "ES", "DE", "PT", "NL", "RU", "JA", "KO", "ZH", "AR"}
    assert (notes.names_planted != "").all()


def test_no_planted_name_survives_pseudonymization(notes):
    leaks = []
    for row in notes.itertuples():
        for name in row.names_planted.split(";"):
            # The planted mention must go; the same characters elsewhere ("孙女" granddaughter
            # after "孙女士") may stay.
            if _occurrences(name, row.redacted) >= _occurrences(name, row.text):
                leaks.append(f"{row.language} {name!r}: {row.redacted[:120]}")
    assert not leaks, f"{len(leaks)} planted names survive, e.g.:\n" + "\n".join(leaks[:15])


def test_only_planted_names_are_taken_for_names(notes):
    extra = []
    for row in notes.itertuples():
        planted = set(row.names_planted.split(";"))
        extra += [
            f"{row.language} {row.text[s.start:s.end]!r}: {row.text[max(0, s.start - 40):s.end + 20]}"
            for s in find_names(row.text)
            if row.text[s.start : s.end] not in planted
        ]
    assert not extra, f"{len(extra)} words taken for names, e.g.:\n" + "\n".join(extra[:15])


def test_no_contact_or_payment_identifier_is_left(notes):
    planted = notes[notes.pii_planted != ""]
    assert len(planted) >= 5
    left = [(row.language, row.redacted[:120]) for row in notes.itertuples() if find_pii(row.redacted)]
    assert not left, left[:10]


def test_stored_text_passes_the_blocking_check(notes):
    """What `notes_free_of_pii` reads again: no identifier, Art. 9 term or non-food allergen."""
    leaks = [f"{row.language} {kinds}: {row.redacted[:160]}" for row in notes.itertuples()
             if (kinds := find_sensitive(row.redacted))]
    assert not leaks, f"{len(leaks)} notes fail the check, e.g.:\n" + "\n".join(leaks[:10])


def test_planted_special_category_mentions_are_redacted(notes):
    planted = [(row, item.split(":", 1)) for row in notes.itertuples()
               for item in row.special_planted.split(";") if item]
    assert len(planted) >= 10
    kept = [f"{row.language} {kind} {words!r}: {row.redacted[:160]}" for row, (kind, words) in planted
            if words in row.redacted]
    assert not kept, f"{len(kept)} of {len(planted)} mentions kept, e.g.:\n" + "\n".join(kept[:10])
