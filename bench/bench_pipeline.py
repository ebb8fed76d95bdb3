"""Benchmarks on the demo data set; prints a markdown table (pasted into the README).

    .venv/bin/python bench/bench_pipeline.py [--clients 2000] [--skip-make]

Measures, on this machine:
- notes/s of ingestion (read + validate + pseudonymize) and of concept extraction, one core;
- concept quality against the generator's ground truth;
- embedding throughput of the pipeline (cache + batching) vs raw SentenceTransformer.encode
  on the same texts in the same run;
- wall time of a cold and a warm `lvmh-pipeline run` (fresh DAGSTER_HOME, warehouse, cache),
  and how many notes the warm run embedded;
- adjusted Rand index of the clusters against the generator's personas.
"""

from __future__ import annotations

import argparse
import os

os.environ.setdefault("OMP_NUM_THREADS", "1")  # ingestion/concepts figures are one-core figures

import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lvmh_pipeline.lib.concepts.extraction import extract_note_concepts  # noqa: E402
from lvmh_pipeline.lib.concepts.quality import concept_quality  # noqa: E402
from lvmh_pipeline.lib.ingestion.notes import ingest_partition  # noqa: E402
from lvmh_pipeline.lib.synthetic import generate_dataset  # noqa: E402
from lvmh_pipeline.lib.ingestion.uploads import scan_uploads  # noqa: E402


def timed(fn, *args, **kwargs):
    started = time.perf_counter()
    value = fn(*args, **kwargs)
    return value, time.perf_counter() - started


def bench_ingest_and_concepts(data_dir: Path, rows: list[tuple[str, str]]) -> pd.DataFrame:
    scan = scan_uploads(data_dir / "uploads")
    frames, seconds = [], 0.0
    for upload_date in scan.dates:
        result, took = timed(ingest_partition, data_dir / "uploads" / upload_date, data_dir=data_dir, upload_date=upload_date,
                             workers=1)
        frames.append(result.notes)
        seconds += took
    notes = pd.concat(frames, ignore_index=True)
    rows.append(("ingestion (read, validate, pseudonymize), 1 core", f"{len(notes) / seconds:,.0f} notes/s ({len(notes)} notes, {seconds:.2f} s)"))
    _, build = timed(extract_note_concepts, notes.groupby("language").head(1), workers=1)  # one automaton per language
    rows.append(("concept matcher build (once per process, 12 languages)", f"{build:.2f} s"))
    concepts, took = timed(extract_note_concepts, notes, workers=1)
    rows.append(("concept extraction, 1 core (target ≥ 5,000)", f"{len(notes) / took:,.0f} notes/s ({len(concepts)} concept rows, {took:.2f} s)"))
    rows.append(("ingestion + concepts, 1 core", f"{len(notes) / (seconds + took):,.0f} notes/s"))
    truth_path = data_dir / "ground_truth" / "notes_truth.csv"
    if truth_path.exists():
        quality = concept_quality(notes, concepts, pd.read_csv(truth_path))
        print("\nConcept quality vs ground truth "
              f"({quality.attrs['notes_evaluated']} notes):\n")
        print(quality.round(4).to_markdown(index=False))
    return notes


def bench_embeddings(notes: pd.DataFrame, rows: list[tuple[str, str]], n: int) -> None:
    """The configured backend (``LVMH_EMBEDDING_BACKEND``, default onnx): its raw ``encode`` and
    the pipeline path (cache lookups, batching, cache writes) on the same texts in one run."""
    from lvmh_pipeline.defs.resources import EmbeddingModel
    from lvmh_pipeline.lib.features.embeddings import EmbeddingCache, embed_with_cache
    from lvmh_pipeline.settings import get_settings

    model = EmbeddingModel.from_settings(get_settings())
    embedder = model.get_embedder()
    texts = notes["text"].drop_duplicates().head(n).tolist()
    embedder.encode(texts[:32], batch_size=32)  # warm-up
    _, raw = timed(embedder.encode, texts, batch_size=64)
    with tempfile.TemporaryDirectory() as tmp, EmbeddingCache(Path(tmp) / "cache.duckdb") as cache:
        first, pipeline = timed(embed_with_cache, texts, embedder, cache, batch_size=64)
        second, cached = timed(embed_with_cache, texts, embedder, cache, batch_size=64)
    rows.append((f"raw `encode`, backend {model.backend} ({embedder.model_name})",
                 f"{len(texts) / raw:,.0f} notes/s ({len(texts)} notes)"))
    rows.append(("pipeline embedding (cache miss), ratio to raw (target ≥ 0.8×)",
                 f"{len(texts) / pipeline:,.0f} notes/s, {raw / pipeline:.2f}×"))
    rows.append(("pipeline embedding, second pass (cache hit)",
                 f"{second.n_embedded} embedded, {second.n_cached} cached, {cached:.2f} s"))


def run_cli(data_dir: Path, home: Path) -> float:
    env = dict(os.environ, DAGSTER_HOME=str(home), OMP_NUM_THREADS=str(os.cpu_count() or 1))
    started = time.perf_counter()
    subprocess.run(
        [str(ROOT / ".venv" / "bin" / "lvmh-pipeline"), "run", "--data-dir", str(data_dir)],
        check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    return time.perf_counter() - started


def latest_metadata(home: Path, asset: str, key: str):
    import dagster as dg

    os.environ["DAGSTER_HOME"] = str(home)
    with dg.DagsterInstance.get() as instance:
        event = instance.get_latest_materialization_event(dg.AssetKey(asset))
        value = event.asset_materialization.metadata.get(key) if event else None
        return getattr(value, "value", None)


def run_count(home: Path) -> int:
    import dagster as dg

    os.environ["DAGSTER_HOME"] = str(home)
    with dg.DagsterInstance.get() as instance:
        return len(instance.get_run_records())


def bench_full_runs(data_dir: Path, rows: list[tuple[str, str]]) -> None:
    home = data_dir.parent / "dagster_home"
    cold = run_cli(data_dir, home)
    rows.append(("`lvmh-pipeline run` cold (empty warehouse, cache, instance; target ≤ 90 s)", f"{cold:.1f} s"))
    runs_before = run_count(home)
    warm = run_cli(data_dir, home)
    new_runs = run_count(home) - runs_before
    rows.append(("`lvmh-pipeline run` warm (no new uploads; target ≤ 10 s)",
                 f"{warm:.1f} s, {new_runs} Dagster run(s) started" + (" (refresh and retrain skipped)" if not new_runs else
                  f", {latest_metadata(home, 'note_embeddings', 'notes_embedded')} notes embedded")))
    truth = data_dir / "ground_truth" / "clients_truth.csv"
    if truth.exists():
        from lvmh_pipeline.lib.segmentation.clustering import adjusted_rand

        with duckdb.connect(str(data_dir / "warehouse.duckdb"), read_only=True) as db:
            clusters = db.sql("select client_id, cluster_id from lvmh.clusters").df()
        personas = pd.read_csv(truth, usecols=["client_id", "persona"])
        joined = clusters.merge(personas, on="client_id")
        k = clusters["cluster_id"].nunique()
        rows.append(("clusters vs generator personas (adjusted Rand index)", f"{adjusted_rand(joined['cluster_id'], joined['persona']):.3f} (k={k}, {joined['persona'].nunique()} personas)"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=2000)
    parser.add_argument("--embed-notes", type=int, default=1000)
    parser.add_argument("--skip-runs", action="store_true", help="skip the full cold/warm CLI runs")
    args = parser.parse_args()
    rows: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "data"
        summary, took = timed(generate_dataset, data_dir, n_clients=args.clients, seed=42)
        rows.append(("demo data generation", f"{args.clients} clients in {took:.1f} s"))
        notes = bench_ingest_and_concepts(data_dir, rows)
        bench_embeddings(notes, rows, args.embed_notes)
        if not args.skip_runs:
            bench_full_runs(data_dir, rows)
    print(f"\nMachine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.platform()}\n")
    print(pd.DataFrame(rows, columns=["measure", "result"]).to_markdown(index=False))


if __name__ == "__main__":
    main()
