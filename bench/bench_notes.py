"""Note understanding and privacy on the held-out evaluation notes, per language and per class.

    .venv/bin/python bench/bench_notes.py [--eval-dir lvmh_pipeline_tests/eval_notes] [--policy strict]
                                          [--failures] [--failure-classes]

The notes (``lvmh_pipeline_tests/eval_notes/*.jsonl``) were written by hand, apart from the
taxonomy, the name lexicon and the generator. They go through the real pipeline path (an upload
CSV → ingestion with pseudonymization → concept extraction → client profiles); the measures are
defined in ``lvmh_pipeline/lib/privacy/quality.py`` and ``lvmh_pipeline/lib/concepts/gold_quality.py``.
Also prints the over-redaction split by the redaction token that took the ordinary words ([NAME],
[HEALTH] … — which detector over-reaches, read without reading a note) and the concept-extraction
and ingestion throughput on these notes (one core).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lvmh_pipeline.lib.concepts.extraction import extract_note_concepts  # noqa: E402
from lvmh_pipeline.lib.concepts.gold_failures import failure_classes  # noqa: E402
from lvmh_pipeline.lib.concepts.gold_quality import gold_report, load_gold_notes, run_gold_notes  # noqa: E402
from lvmh_pipeline.lib.privacy.pseudonymize import policy_from_env  # noqa: E402

COLUMNS = [
    "notes", "surname_leak_notes", "surname_leak", "given_name_leak", "contact_leak", "over_redaction",
    "art9_redacted", "allergy_text_redacted", "allergy_precision", "allergy_recall", "diet_precision",
    "diet_recall", "budget_exact", "occasion_precision", "occasion_recall", "occasion_month_recall",
    "forbidden_concepts",
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--eval-dir", default=str(ROOT / "lvmh_pipeline_tests" / "eval_notes"))
    parser.add_argument("--policy", default="strict", help="strict | strict-clauses | keep-allergies | identifiers-only")
    parser.add_argument("--failures", action="store_true", help="list the ids of notes that leaked or lost words")
    parser.add_argument("--failure-classes", action="store_true",
                        help="count the misses by class (where a name stands, which category or label), no text")
    args = parser.parse_args()
    gold = load_gold_notes(args.eval_dir)
    with tempfile.TemporaryDirectory() as work:
        started = time.perf_counter()
        run = run_gold_notes(gold, Path(work), policy_from_env(args.policy))
        total = time.perf_counter() - started
    report = gold_report(gold, run)
    started = time.perf_counter()
    for _ in range(5):
        extract_note_concepts(run.notes, workers=1)
    extraction = (time.perf_counter() - started) / 5
    pd.set_option("display.width", 250)
    pd.set_option("display.max_columns", 40)
    print(f"{len(gold)} held-out notes, policy {args.policy}")
    print(report["languages"].set_index("language")[COLUMNS].round(3).T.to_string())
    print()
    print(report["classes"].set_index("class")[COLUMNS].round(3).to_string())
    print()
    print("over-redaction by the redaction token that took the ordinary words (share of ordinary tokens; - = dropped)")
    print(report["over_redaction_by"].round(4).to_string())
    print()
    print(f"ingestion + extraction + profiles: {len(gold) / total:,.0f} notes/s; "
          f"concept extraction alone: {len(gold) / extraction:,.0f} notes/s (one core)")
    if args.failure_classes:
        print(failure_classes(gold, run).to_string(index=False))
    if args.failures:
        print(report["failures"].to_string(index=False))


if __name__ == "__main__":
    main()
