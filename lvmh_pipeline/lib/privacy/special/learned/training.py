"""Training of the learned Art. 9 tagger from hand-labelled notes.

The training notes are the hand-labelled dev notes and the notes written to train it (the ``jsonl``
format of ``lvmh_pipeline_tests/dev_notes`` and ``lvmh_pipeline_tests/art9_training``: ``text``,
``names``, ``contacts``, ``art9`` spans with their category) and ~1,900 notes of the demo generator
with its truth (:func:`generated_notes`: the business wording — hobbies, sports, professions,
family — where words that also start facts state none; without them the tagger read "practises
yoga" as a faith). Each note is first given the placeholders pseudonymization puts there before the
tagger runs (names → ``[NAME]``, contacts → ``[PHONE]``), then each token is labelled with the
category of the Art. 9 span it lies in ("O" outside). The classifier is scikit-learn's
``SGDClassifier`` (logistic loss, one-vs-rest, fixed seed: the same files give the same weights).
Run ``python -m lvmh_pipeline.lib.privacy.special.learned.training DIR [DIR …]``
(``make art9-tagger``: both folders, ~2 min) to rebuild ``taxonomy/art9_tagger.npz`` and its card.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np
from scipy import sparse

from lvmh_pipeline.lib.privacy.policy import SPECIAL_KINDS
from lvmh_pipeline.lib.privacy.special.learned.features import HASH_BITS, feature_rows, tokens
from lvmh_pipeline.lib.privacy.special.learned.tagger import DEFAULT_MODEL

__all__ = ["CLASSES", "feature_matrix", "fit", "fit_matrix", "generated_notes", "labelled_tokens", "load_gold", "main", "save", "training_digest",
           "training_notes"]

CLASSES: tuple[str, ...] = ("O", *SPECIAL_KINDS)
ALPHA = 1e-6
EPOCHS = 30
SGD_SETTINGS: dict[str, object] = {"loss": "log_loss", "alpha": ALPHA, "max_iter": EPOCHS, "tol": None, "random_state": 0}
GENERATED_CLIENTS = 600  # ~1,900 generated notes
GENERATED_SEED = 7


def load_gold(folders: Iterable[Path]) -> list[dict]:
    """Every note of the ``*.jsonl`` files of ``folders``, in file-name order."""
    notes = []
    for folder in folders:
        for path in sorted(Path(folder).glob("*.jsonl")):
            notes += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return notes


def generated_notes(clients: int = GENERATED_CLIENTS, seed: int = GENERATED_SEED) -> list[dict]:
    """The demo generator's notes as gold notes: mostly the business wording of advisor notes
    (hobbies, sports, professions, family, products: the contexts where a word like "practises" or
    "surgeon" states no fact), with the Art. 9 facts and the names it planted (its truth file)."""
    import csv
    import tempfile

    from lvmh_pipeline.lib.synthetic.generate import generate_dataset

    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        generate_dataset(root, n_clients=clients, seed=seed)
        with (root / "ground_truth" / "notes_truth.csv").open(encoding="utf-8") as handle:
            truth = {(row["source_file"], row["source_line"]): row for row in csv.DictReader(handle)}
        notes = []
        for path in sorted((root / "uploads").rglob("*.csv")):
            with path.open(encoding="utf-8", newline="") as handle:
                for line, row in enumerate(csv.DictReader(handle), start=2):
                    known = truth.get((path.relative_to(root).as_posix(), str(line)))
                    if known is None or not row.get("Transcription"):
                        continue
                    facts = [item.split(":", 1) for item in known["special_planted"].split(";") if ":" in item]
                    notes.append({"text": row["Transcription"], "language": row.get("Language"),
                                  "names": [n for n in known["names_planted"].split(";") if n],
                                  "contacts": [], "art9": [{"category": c, "text": t} for c, t in facts]})
    return notes


def _with_placeholders(note: dict) -> str:
    """The note's text with its gold names and contacts replaced as pseudonymization would."""
    text = note["text"]
    facts = [a["text"] for a in note.get("art9", []) if a.get("text")]
    swaps = [(n["text"] if isinstance(n, dict) else n, "[NAME]") for n in note.get("names", [])]
    swaps += [(c, "[PHONE]") for c in note.get("contacts", [])]
    for needle, token in sorted(swaps, key=lambda s: -len(s[0] or "")):
        if needle and not any(needle in fact for fact in facts):
            text = text.replace(needle, token)
    return text


def labelled_tokens(note: dict) -> tuple[list[list[int]], list[int]]:
    """Feature rows and class indices of a gold note's tokens."""
    text = _with_placeholders(note)
    toks = tokens(text)
    labels = [0] * len(toks)
    for fact in note.get("art9", []):
        span, category = fact.get("text") or "", fact.get("category")
        if not span or category not in CLASSES:
            continue
        at = text.find(span)
        while at >= 0:
            for k, tok in enumerate(toks):
                if tok.start < at + len(span) and at < tok.end and not tok.placeholder:
                    labels[k] = CLASSES.index(category)
            at = text.find(span, at + 1)
    return feature_rows(toks), labels


def feature_matrix(rows: Sequence[list[int]]) -> sparse.csr_matrix:
    """One sparse row of ones per token (its hashed feature columns)."""
    indptr = np.cumsum([0, *(len(r) for r in rows)])
    columns = np.fromiter((c for r in rows for c in r), dtype=np.int64, count=int(indptr[-1]))
    return sparse.csr_matrix((np.ones(len(columns), dtype=np.float32), columns, indptr), shape=(len(rows), 1 << HASH_BITS))


def fit(notes: Sequence[dict]) -> tuple[np.ndarray, np.ndarray]:
    """Weights (``2**HASH_BITS`` × classes) and intercepts of the tagger trained on ``notes``."""
    rows: list[list[int]] = []
    labels: list[int] = []
    for note in notes:
        more_rows, more_labels = labelled_tokens(note)
        rows += more_rows
        labels += more_labels
    return fit_matrix(feature_matrix(rows), np.array(labels))


def fit_matrix(x: sparse.csr_matrix, y: np.ndarray, **options: object) -> tuple[np.ndarray, np.ndarray]:
    """:func:`fit` on feature rows already built (``options`` override the classifier's settings:
    ``bench/bench_taggers.py`` compares them by leaving a writer round out)."""
    from sklearn.linear_model import SGDClassifier

    present = sorted(set(y.tolist()))
    if len(present) < 2:
        raise ValueError("the training notes need tokens inside and outside Art. 9 spans")
    model = SGDClassifier(**{**SGD_SETTINGS, **options})
    model.fit(x, y)
    weights = np.zeros((1 << HASH_BITS, len(CLASSES)), dtype=np.float32)
    intercept = np.full(len(CLASSES), -30.0, dtype=np.float32)  # a class never seen is never chosen
    coef = model.coef_ if len(present) > 2 else np.vstack([-model.coef_, model.coef_])
    bias = model.intercept_ if len(present) > 2 else np.array([-model.intercept_[0], model.intercept_[0]])
    for row, label in enumerate(model.classes_):
        weights[:, label] = coef[row]
        intercept[label] = bias[row]
    return weights, intercept


def training_digest(notes: Iterable[dict]) -> str:
    """SHA-256 of the training notes (the model card's ``training_sha256``: a test checks that the
    shipped model was trained on the dev notes as they are)."""
    digest = hashlib.sha256()
    for note in notes:
        digest.update(json.dumps(note, sort_keys=True, ensure_ascii=False).encode())
    return digest.hexdigest()


def save(path: Path, weights: np.ndarray, intercept: np.ndarray, card: dict, classes: Sequence[str] = CLASSES) -> None:
    """Write the model (float16 weights, arrays only) and its JSON card next to it."""
    np.savez_compressed(path, weights=weights.astype(np.float16), intercept=intercept,
                        classes=np.array(json.dumps(list(classes))))
    path.with_suffix(".json").write_text(json.dumps(card, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def training_notes(argv: Sequence[str] | None, description: str, default_out: Path) -> tuple[argparse.Namespace, list[dict], list[dict]]:
    """The command line of a tagger's training (gold folders, ``--out``, ``--generated-clients``),
    the gold notes of its folders and the generator's notes."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, default=default_out)
    parser.add_argument("--generated-clients", type=int, default=GENERATED_CLIENTS)
    args = parser.parse_args(argv)
    return args, load_gold(args.folders), generated_notes(args.generated_clients) if args.generated_clients else []


def main(argv: Sequence[str] | None = None) -> None:
    """Train on the gold folders given and the generator's notes; write the model and its card."""
    args, notes, generated = training_notes(argv, __doc__.splitlines()[0], DEFAULT_MODEL)
    weights, intercept = fit(notes + generated)
    card = {"notes": len(notes), "spans": sum(len(n.get("art9", [])) for n in notes),
            "training_sha256": training_digest(notes), "folders": [f.as_posix() for f in args.folders],
            "generated": {"clients": args.generated_clients, "seed": GENERATED_SEED, "notes": len(generated),
                          "spans": sum(len(n["art9"]) for n in generated)},
            "hash_bits": HASH_BITS, "alpha": ALPHA, "epochs": EPOCHS, "classes": list(CLASSES)}
    save(args.out, weights, intercept, card)
    print(f"{args.out}: {len(notes)} gold notes ({card['spans']} Art. 9 spans) and {len(generated)} generated notes")


if __name__ == "__main__":
    main()
