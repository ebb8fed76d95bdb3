"""Calibration / holdout benchmark of the purchase, expected-purchases and CLV champions against
BG/NBD + Gamma-Gamma and Pareto/NBD + Gamma-Gamma; prints markdown tables (pasted into the README).

    .venv/bin/python bench/bench_clv.py                         # synthetic CDNOW-like log + demo data
    .venv/bin/python bench/bench_clv.py --clients 20000 --seed 7 --skip-demo
    .venv/bin/python bench/bench_clv.py --cdnow CDNOW_master.txt   # the public CDNOW log, if you have it
    .venv/bin/python bench/bench_clv.py --write-log DIR            # only write DIR/transactions.csv

Each data set is cut in two halves of its history: everything up to the calibration end is what
the pipeline sees (the *first half*), the next half is the holdout the predictions are compared
with, for a horizon of that length. The champion is made exactly as a run of
``lvmh-pipeline run --horizon-days H --as-of <calibration end>`` makes it (window plan, the four
families trained on one held-out split, the size-aware selector with its plausibility and
rate-model rules, the scoring code with its rescaling and caps, :mod:`lvmh_pipeline.lib.modeling.backtesting.out_of_time`);
the references are BG/NBD + Gamma-Gamma and Pareto/NBD + Gamma-Gamma fitted on every history at
the calibration end, as a CLV practitioner would. ``--per-family`` adds each family's own models.

- synthetic: ``lib/synthetic/purchase_log.py``, CDNOW-like (cohort acquired in the first 12
  weeks, 78 weeks, Pareto/NBD process with the published CDNOW parameters, Gamma-Gamma spend);
  calibration 39 weeks, holdout 39 weeks (H = 273 days), as in the CLV literature;
- CDNOW (optional): the public CDNOW master log (23,570 clients, 1997-01 to 1998-06; shipped in
  the Lifetimes 0.11.3 wheel as ``lifetimes/datasets/CDNOW_master.txt``), same split;
- demo: the default demo data set (2,000 clients, seed 42: notes, concepts and transactions;
  note embeddings left out unless ``--embeddings``), split at the middle of its transactions.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lvmh_pipeline.lib.modeling.backtesting.out_of_time import OutOfTimeResult, out_of_time_comparison  # noqa: E402
from lvmh_pipeline.lib.synthetic.purchase_log import (  # noqa: E402
    PurchaseLogConfig,
    read_cdnow_master,
    simulate_purchase_log,
    write_purchase_log,
)

LABELS = {"purchase_auc": "purchase AUC", "expected_purchases_mae": "expected purchases MAE",
          "spend_mae": "spend MAE", "spend_r2": "spend R²", "spend_spearman": "spend Spearman",
          "sum_pred_over_actual": "Σpred/Σactual (spend)", "purchases_sum_ratio": "Σpred/Σactual (purchases)"}


def markdown(result: OutOfTimeResult) -> str:
    table = result.table.rename(columns=LABELS)
    return table.to_markdown(index=False, floatfmt=".3f")


def report(name: str, result: OutOfTimeResult, seconds: float) -> None:
    plan = result.plan
    print(f"\n### {name}\n")
    print(f"{result.n_clients:,} clients; calibration {plan['first_order']} → {plan['score_as_of']}, holdout the next "
          f"{plan['horizon_clv_days']} days ({result.actual['buyers']:,.0f} buyers, {result.actual['purchases']:,.0f} "
          f"purchase days, spend {result.actual['spend']:,.0f}); labels at T = {plan['train_as_of']} on "
          f"{plan['label_clv_days']}-day windows ({plan['horizon_method']}); champions: "
          + ", ".join(f"{t} {f}" for t, f in result.champions.items()) + f"; {seconds:.0f} s\n")
    print(markdown(result))
    for target, table in result.selection.items():
        print(f"\n_{target}: validation metrics at T of each family (the selector's view)_\n")
        print(table.to_markdown(index=False, floatfmt=".3f"))


def log_comparison(name: str, log: pd.DataFrame, args: argparse.Namespace, **kwargs) -> None:
    log = log.assign(date=pd.to_datetime(log["date"]))
    first, last = log["date"].min().date(), log["date"].max().date()
    half = (last - first).days // 2
    calibration_end = first + timedelta(days=half)
    started = time.perf_counter()
    result = out_of_time_comparison(log, calibration_end, (last - calibration_end).days, per_family=args.per_family,
                                    seed=args.seed, on_progress=(print if args.verbose else lambda m: None), **kwargs)
    report(name, result, time.perf_counter() - started)


def demo_inputs(args: argparse.Namespace, folder: Path) -> dict:
    from lvmh_pipeline.lib.concepts.extraction import extract_note_concepts
    from lvmh_pipeline.lib.ingestion.notes import ingest_partition, unique_notes
    from lvmh_pipeline.lib.ingestion.uploads import scan_uploads
    from lvmh_pipeline.lib.modeling.labeling.label_files import read_transactions
    from lvmh_pipeline.lib.synthetic import generate_dataset

    generate_dataset(folder, n_clients=args.demo_clients, seed=42, overwrite=True)
    scan = scan_uploads(folder / "uploads")
    notes = unique_notes(pd.concat([ingest_partition(folder / "uploads" / d, data_dir=folder, upload_date=d).notes
                                    for d in scan.dates], ignore_index=True))
    inputs = {"notes": notes, "note_concepts": extract_note_concepts(notes),
              "transactions": read_transactions(folder / "transactions.csv").transactions}
    if args.embeddings:
        from lvmh_pipeline.lib.features.embeddings import EmbeddingCache, SentenceTransformerEmbedder, embed_with_cache

        with EmbeddingCache(folder / "cache" / "embeddings.duckdb") as cache:
            inputs["note_vectors"] = embed_with_cache(notes["text"].tolist(), SentenceTransformerEmbedder(), cache).vectors
    return inputs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=20_000, help="clients of the synthetic log")
    parser.add_argument("--seed", type=int, default=7, help="seed of the synthetic log and of the models")
    parser.add_argument("--cdnow", type=Path, default=None, help="CDNOW_master.txt, to add the public log")
    parser.add_argument("--skip-demo", action="store_true", help="leave out the demo data set")
    parser.add_argument("--demo-clients", type=int, default=2_000)
    parser.add_argument("--embeddings", action="store_true", help="embed the demo notes (minutes on 2 cores)")
    parser.add_argument("--per-family", action="store_true", help="also each family's own models")
    parser.add_argument("--write-log", type=Path, default=None, help="only write the synthetic transactions.csv here")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    config = PurchaseLogConfig(n_clients=args.clients, seed=args.seed)
    if args.write_log:
        print(f"wrote {write_purchase_log(args.write_log, config)}")
        return
    print(f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"{platform.system()}; {date.today().isoformat()}")
    log_comparison(f"Synthetic CDNOW-like log ({args.clients:,} clients, seed {args.seed}, 78 weeks)",
                   simulate_purchase_log(config), args)
    if args.cdnow is not None:
        log_comparison("CDNOW master log (public, 23,570 clients, 78 weeks)", read_cdnow_master(args.cdnow), args)
    if not args.skip_demo:
        with tempfile.TemporaryDirectory(prefix="bench_clv_demo_") as tmp:
            inputs = demo_inputs(args, Path(tmp))
            transactions = inputs.pop("transactions")
            log_comparison(f"Demo data ({args.demo_clients:,} clients, seed 42, notes"
                           f"{' and embeddings' if args.embeddings else ', no embeddings'})", transactions, args,
                           **inputs)


if __name__ == "__main__":
    main()
