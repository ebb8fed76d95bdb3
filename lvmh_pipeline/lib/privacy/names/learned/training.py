"""Training of the learned name tagger from hand-labelled notes.

The training notes are those of the Art. 9 tagger (:mod:`..special.learned.training`: the dev
notes, the notes written to train that tagger, ~1,900 generated notes with the names the generator
planted). Each note is read twice: as written (contacts replaced as pseudonymization does), and as
the rules leave it (names they found already ``[NAME]``: the text the tagger sees in use, where
what is left of a name is what the rules missed). A token is a name where it lies in an occurrence
of one of the note's gold names (case-insensitive in cased scripts; a Hangul name keeps its
particle). The classifier is scikit-learn's ``SGDClassifier`` (logistic loss, fixed seed: the same
files give the same weights). Run ``python -m lvmh_pipeline.lib.privacy.names.learned.training DIR
[DIR …]`` (``make name-tagger``) to rebuild ``taxonomy/name_tagger.npz`` and its card.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
from scipy import sparse

from lvmh_pipeline.lib.common.text import is_dense_char
from lvmh_pipeline.lib.privacy.names.learned.features import HASH_BITS, feature_rows, tokens
from lvmh_pipeline.lib.privacy.names.learned.tagger import DEFAULT_MODEL, GROW_PROBABILITY, SEED_PROBABILITY
from lvmh_pipeline.lib.privacy.special.learned.training import (
    GENERATED_SEED,
    feature_matrix,
    save,
    training_digest,
    training_notes,
)

__all__ = ["CLASSES", "fit", "fit_matrix", "gold_names", "labelled_tokens", "main", "note_rows", "rules_text"]

CLASSES: tuple[str, ...] = ("O", "NAME")
ALPHA = 1e-6
EPOCHS = 30
SGD_SETTINGS: dict[str, object] = {"loss": "log_loss", "alpha": ALPHA, "max_iter": EPOCHS, "tol": None, "random_state": 0}


def gold_names(note: dict) -> list[str]:
    """The note's gold names (both formats: strings, or objects with ``text``)."""
    names = [n.get("text", "") if isinstance(n, dict) else n for n in note.get("names", [])]
    return [n.strip() for n in names if n and n.strip()]


def _as_written(note: dict) -> str:
    text = note["text"]
    for contact in sorted(note.get("contacts", []), key=len, reverse=True):
        if contact:
            text = text.replace(contact, "[PHONE]")
    return text


def rules_text(note: dict) -> str:
    """The note's text as the rules leave it (identifiers only, no learned names)."""
    from lvmh_pipeline.lib.privacy.policy import PrivacyPolicy
    from lvmh_pipeline.lib.privacy.pseudonymize import pseudonymize

    policy = PrivacyPolicy(special_categories=False, non_food_allergies=False, names_learned=False)
    return pseudonymize(note["text"], language=note.get("language"), policy=policy).text


def _occurrences(text: str, name: str) -> list[tuple[int, int]]:
    """Where ``name`` stands in ``text`` as a word (a dense-script name anywhere; a Hangul name
    may have a particle after it)."""
    if is_dense_char(name[0]):
        return [m.span() for m in re.finditer(re.escape(name), text)]
    pattern = r"(?<!\w)" + re.escape(name) + (r"" if "\uac00" <= name[-1] <= "\ud7a3" else r"(?!\w)")
    return [m.span() for m in re.finditer(pattern, text, re.IGNORECASE)]


def labelled_tokens(text: str, names: Sequence[str]) -> tuple[list[list[int]], list[int]]:
    """Feature rows and labels (1: part of a name) of the tokens of ``text``."""
    toks = tokens(text)
    labels = [0] * len(toks)
    for name in names:
        for start, end in _occurrences(text, name):
            for k, tok in enumerate(toks):
                if tok.start < end and start < tok.end and not tok.placeholder:
                    labels[k] = 1
    return (feature_rows(text, toks) if toks else []), labels


def note_rows(note: dict) -> tuple[list[list[int]], list[int]]:
    """Feature rows and labels of a gold note's tokens, as written and as the rules leave it."""
    rows: list[list[int]] = []
    labels: list[int] = []
    names = gold_names(note)
    for text in {_as_written(note), rules_text(note)}:
        more_rows, more_labels = labelled_tokens(text, names)
        rows += more_rows
        labels += more_labels
    return rows, labels


def fit(notes: Sequence[dict]) -> tuple[np.ndarray, np.ndarray]:
    """Weights (``2**HASH_BITS`` × 2) and intercepts of the tagger trained on ``notes``."""
    rows: list[list[int]] = []
    labels: list[int] = []
    for note in notes:
        more_rows, more_labels = note_rows(note)
        rows += more_rows
        labels += more_labels
    return fit_matrix(feature_matrix(rows), np.array(labels))


def fit_matrix(x: sparse.csr_matrix, y: np.ndarray, **options: object) -> tuple[np.ndarray, np.ndarray]:
    """:func:`fit` on feature rows already built (``options`` override the classifier's settings)."""
    from sklearn.linear_model import SGDClassifier

    if len(set(y.tolist())) < 2:
        raise ValueError("the training notes need tokens inside and outside names")
    model = SGDClassifier(**{**SGD_SETTINGS, **options})
    model.fit(x, y)
    weights = np.hstack([-model.coef_.T, model.coef_.T]).astype(np.float32)
    return weights, np.array([-model.intercept_[0], model.intercept_[0]], dtype=np.float32)


def main(argv: Sequence[str] | None = None) -> None:
    """Train on the gold folders given and the generator's notes; write the model and its card."""
    args, notes, generated = training_notes(argv, __doc__.splitlines()[0], DEFAULT_MODEL)
    weights, intercept = fit(notes + generated)
    card = {"notes": len(notes), "names": sum(len(gold_names(n)) for n in notes),
            "training_sha256": training_digest(notes), "folders": [f.as_posix() for f in args.folders],
            "generated": {"clients": args.generated_clients, "seed": GENERATED_SEED, "notes": len(generated)},
            "hash_bits": HASH_BITS, "alpha": ALPHA, "epochs": EPOCHS, "classes": list(CLASSES),
            "seed_probability": SEED_PROBABILITY, "grow_probability": GROW_PROBABILITY}
    save(args.out, weights, intercept, card, CLASSES)
    print(f"{args.out}: {len(notes)} gold notes ({card['names']} names) and {len(generated)} generated notes")


if __name__ == "__main__":
    main()
