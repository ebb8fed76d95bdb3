"""Leave-one-round-out cross-validation of the two learned taggers (names, Art. 9).

    .venv/bin/python bench/bench_taggers.py [--rounds w43 w44 w45 w46] [--variants plain averaged]
        [--art9-seeds 0.55 0.65 0.75] [--art9-grows 0.6 0.7] [--name-seeds 0.7 0.8 0.9]

Each writer round of ``lvmh_pipeline_tests/dev_notes`` named in ``--rounds`` is held out in turn:
both taggers are trained, as ``make taggers`` trains them, on every other gold note (the dev notes,
``art9_training`` and the generator's notes) with each variant's classifier settings, and the
held-out round is pseudonymized with them (strict policy). Printed per round and variant: the
surname and given-name leak rates, over-redaction (ordinary tokens removed) and the Art. 9 spans
redacted, then the mean over the rounds and its spread. ``--art9-seeds`` / ``--name-seeds`` also score
each fold's models with other seed probabilities (the probability a token needs to open a span),
one tagger's at a time, the other at its shipped value; ``--art9-grows`` with other grow probabilities
of the Art. 9 tagger (the probability a neighbour needs to join a span: its extent). A writer round is the closest thing to an
unread note we can hold out without spending the held-out sets: the settings are chosen here,
never on ``eval_notes``/``fresh_notes``. Feature rows are built once per note (the rules'
pseudonymization of the training notes is the slow part), so each fold costs only the fits.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from pathlib import Path

import numpy as np
from scipy import sparse

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lvmh_pipeline.lib.privacy import pseudonymize as pseudonymize_module  # noqa: E402
from lvmh_pipeline.lib.privacy import sensitive  # noqa: E402
from lvmh_pipeline.lib.privacy.names.learned import tagger as name_tagger  # noqa: E402
from lvmh_pipeline.lib.privacy.names.learned import training as name_training  # noqa: E402
from lvmh_pipeline.lib.privacy.quality import redaction_outcome  # noqa: E402
from lvmh_pipeline.lib.privacy.special.learned import tagger as art9_tagger  # noqa: E402
from lvmh_pipeline.lib.privacy.special.learned import training as art9_training  # noqa: E402
from lvmh_pipeline.lib.privacy.special.learned.tagger import TaggerModel  # noqa: E402

FOLDERS = (ROOT / "lvmh_pipeline_tests" / "dev_notes", ROOT / "lvmh_pipeline_tests" / "art9_training")
VARIANTS: dict[str, dict[str, object]] = {
    "plain": {},  # the shipped settings (training.SGD_SETTINGS)
    "averaged": {"average": True},
    "averaged_alpha1e-5": {"average": True, "alpha": 1e-5},
    "plain_alpha1e-5": {"alpha": 1e-5},
}
METRICS = ("surname_leak", "given_leak", "over_redaction", "art9_redacted")


def round_of(note: dict) -> str:
    """``w46`` for ``w46a-de-003``; ``s41`` for ``s41a-en-001``; the prefix before the first dash otherwise."""
    head = str(note.get("id", "")).split("-", 1)[0]
    return re.sub(r"(?<=\d)[a-z]$", "", head)


def _matrix(rows: list[list[int]], labels: list[int]) -> tuple[sparse.csr_matrix, np.ndarray]:
    return art9_training.feature_matrix(rows), np.array(labels, dtype=np.int64)


def _fold_fit(parts: list[tuple[sparse.csr_matrix, np.ndarray]], fit, options: dict, classes: list[str]) -> TaggerModel:
    """The tagger trained on ``parts``, rounded to float16 as ``training.save`` stores it."""
    x = sparse.vstack([p[0] for p in parts], format="csr")
    y = np.concatenate([p[1] for p in parts])
    weights, intercept = fit(x, y, **options)
    return TaggerModel(weights.astype(np.float16).astype(np.float32), intercept.astype(np.float32), tuple(classes))


_SHIPPED = (name_tagger._default_model, art9_tagger._default_model)


def _use(names: TaggerModel | None, art9: TaggerModel | None, art9_seed: float, art9_grow: float, name_seed: float) -> None:
    """Make the pipeline's taggers these models (the shipped ones for None) with these seed
    probabilities, every cache that remembers an output cleared."""
    name_tagger._default_model = (lambda: names) if names is not None else _SHIPPED[0]
    art9_tagger._default_model = (lambda: art9) if art9 is not None else _SHIPPED[1]
    # the two finders read their thresholds from their defaults, which the pipeline never passes
    name_tagger.learned_names.__defaults__ = (None, name_seed, name_tagger.GROW_PROBABILITY)
    art9_tagger.learned_spans.__defaults__ = (None, None, art9_seed, art9_grow)
    pseudonymize_module._cached_identifiers.cache_clear()
    pseudonymize_module._CLEAN_TEXTS.clear()
    sensitive._cached_redact_sensitive.cache_clear()


def _scores(notes: list[dict]) -> dict[str, float]:
    policy = pseudonymize_module.policy_from_env("strict")
    total = dict.fromkeys(("surnames", "surnames_leaked", "given_names", "given_names_leaked", "art9_spans",
                           "art9_redacted", "ordinary_tokens", "ordinary_removed"), 0)
    for note in notes:
        out = pseudonymize_module.pseudonymize(note["text"], language=note.get("language"), policy=policy).text
        names = note.get("names", [])
        outcome = redaction_outcome(
            note["text"], out,
            surnames=[n["text"] for n in names if n["kind"] == "surname"],
            given_names=[n["text"] for n in names if n["kind"] == "given"],
            contacts=note.get("contacts", []), art9=[a["text"] for a in note.get("art9", [])])
        for key in total:
            total[key] += getattr(outcome, key)

    def share(part: str, whole: str) -> float:
        return total[part] / total[whole] if total[whole] else float("nan")

    return {"surname_leak": share("surnames_leaked", "surnames"), "given_leak": share("given_names_leaked", "given_names"),
            "over_redaction": share("ordinary_removed", "ordinary_tokens"), "art9_redacted": share("art9_redacted", "art9_spans")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", nargs="+", default=["w43", "w44", "w45", "w46"])
    parser.add_argument("--variants", nargs="+", default=["plain", "averaged"], choices=sorted(VARIANTS))
    parser.add_argument("--art9-seeds", nargs="*", type=float, default=[])
    parser.add_argument("--art9-grows", nargs="*", type=float, default=[])
    parser.add_argument("--name-seeds", nargs="*", type=float, default=[])
    parser.add_argument("--generated-clients", type=int, default=art9_training.GENERATED_CLIENTS)
    args = parser.parse_args()

    started = time.perf_counter()
    gold = art9_training.load_gold(FOLDERS)
    generated = art9_training.generated_notes(args.generated_clients) if args.generated_clients else []
    notes = gold + generated
    groups = [round_of(n) if i < len(gold) else "generated" for i, n in enumerate(notes)]
    missing = sorted(set(args.rounds) - set(groups))
    if missing:
        parser.error(f"no dev notes of round(s) {', '.join(missing)}")
    print(f"{len(gold)} gold notes, {len(generated)} generated; building feature rows …", flush=True)
    name_parts = [_matrix(*name_training.note_rows(n)) for n in notes]
    art9_parts = [_matrix(*art9_training.labelled_tokens(n)) for n in notes]
    print(f"feature rows in {time.perf_counter() - started:.0f} s", flush=True)

    art9_seed, art9_grow, name_seed = art9_tagger.SEED_PROBABILITY, art9_tagger.GROW_PROBABILITY, name_tagger.SEED_PROBABILITY
    seeds = [("", art9_seed, art9_grow, name_seed)]
    seeds += [(f" art9>={a}", a, art9_grow, name_seed) for a in args.art9_seeds]
    seeds += [(f" art9 grow>={g}", art9_seed, g, name_seed) for g in args.art9_grows]
    seeds += [(f" name>={n}", art9_seed, art9_grow, n) for n in args.name_seeds]
    results: dict[str, list[dict[str, float]]] = {}
    print(f"{'round':8s} {'variant':28s} {'notes':>5s} " + " ".join(f"{m:>15s}" for m in METRICS), flush=True)
    for held in args.rounds:
        train = [i for i, g in enumerate(groups) if g != held]
        test = [notes[i] for i, g in enumerate(groups) if g == held]
        for variant in args.variants:
            options = VARIANTS[variant]
            names = _fold_fit([name_parts[i] for i in train], name_training.fit_matrix, options, name_training.CLASSES)
            art9 = _fold_fit([art9_parts[i] for i in train], art9_training.fit_matrix, options, art9_training.CLASSES)
            for label, *thresholds in seeds:
                _use(names, art9, *thresholds)
                scores = _scores(test)
                results.setdefault(variant + label, []).append(scores)
                print(f"{held:8s} {variant + label:28s} {len(test):5d} " + " ".join(f"{scores[m]:15.4f}" for m in METRICS),
                      flush=True)
    _use(None, None, art9_seed, art9_grow, name_seed)
    print()
    for variant, rows in results.items():
        means = [statistics.fmean(r[m] for r in rows) for m in METRICS]
        spreads = [statistics.pstdev([r[m] for r in rows]) for m in METRICS]
        print(f"{'mean':8s} {variant:28s} {'':5s} " + " ".join(f"{a:8.4f} ±{s:.3f}" for a, s in zip(means, spreads)))
    print(f"\n{time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
